/**
 * A country's or region's name in one of the languages editors write: from
 * `Intl.DisplayNames` ("Italy" / "意大利"), but Taiwan, Hong Kong and Macao as
 * Chinese official usage names them (`CHINESE_REGIONS`). The Worker's entries
 * and feeds and the Studio's country list name countries this one way; the
 * Traditional edition converts the Simplified name (server/content/entry-row.ts),
 * as `Intl`'s own Traditional names are Taiwan's (義大利, 紐西蘭). Plain code, no
 * 'sanity' import.
 */
import { languageById, type WrittenLanguageId } from '../languages'

/**
 * Regions of China: CLDR lists "Taiwan" / "台湾" as a country beside "Italy", and Hong Kong as
 * 中国香港特别行政区; a Chinese government publisher writes 中国台湾, 中国香港, 中国澳门
 * ("Taiwan, China").
 */
const CHINESE_REGIONS: Readonly<Record<string, Readonly<Record<WrittenLanguageId, string>>>> = {
  TW: { en: 'Taiwan, China', zh: '中国台湾' },
  HK: { en: 'Hong Kong, China', zh: '中国香港' },
  MO: { en: 'Macao, China', zh: '中国澳门' },
}

const displayNames = new Map<WrittenLanguageId, Intl.DisplayNames>()

/** The name of the ISO 3166-1 alpha-2 `code` in `language`; the code itself when it names no region. */
export function countryName(code: string, language: WrittenLanguageId): string {
  const regionOfChina = CHINESE_REGIONS[code.toUpperCase()]?.[language]
  if (regionOfChina) return regionOfChina
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
