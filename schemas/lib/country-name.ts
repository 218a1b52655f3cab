/**
 * A country's name in one of our languages, from `Intl.DisplayNames` (never a
 * hand-typed string): "Italy" / "意大利". The Worker's entries and feeds and the
 * Studio's country list name countries this one way. Plain code, no 'sanity' import.
 */
import { languageById, type LanguageId } from '../languages'

const displayNames = new Map<LanguageId, Intl.DisplayNames>()

/** The name of the ISO 3166-1 alpha-2 `code` in `language`; the code itself when it names no region. */
export function countryName(code: string, language: LanguageId): string {
  let names = displayNames.get(language)
  if (!names) {
    names = new Intl.DisplayNames([languageById(language).tag], { type: 'region', fallback: 'code' })
    displayNames.set(language, names)
  }
  try {
    return names.of(code) ?? code
  } catch {
    return code
  }
}
