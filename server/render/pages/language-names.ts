/**
 * Languages named in a page's own language, as its sentences need them: "shown
 * in Simplified Chinese", 以英文显示, 英文、简体中文和繁体中文. (The language switch
 * names each language in itself instead: `nativeTitle` in schemas/languages.ts.)
 */
import { languageById, type LanguageId } from '../../../schemas/languages'
import { translator } from '../../i18n'

/** `id`'s name in `inLanguage`: 英文, "Traditional Chinese". */
export function languageName(id: LanguageId, inLanguage: LanguageId): string {
  return translator(inLanguage)(`language.${id}`)
}

const listFormats = new Map<LanguageId, Intl.ListFormat>()

/** Several languages' names as one list in `inLanguage`: "English, Simplified Chinese and Traditional Chinese", 英文、简体中文和繁体中文. */
export function languageList(ids: readonly LanguageId[], inLanguage: LanguageId): string {
  let format = listFormats.get(inLanguage)
  if (!format) {
    format = new Intl.ListFormat(languageById(inLanguage).locale, { type: 'conjunction' })
    listFormats.set(inLanguage, format)
  }
  return format.format(ids.map((id) => languageName(id, inLanguage)))
}
