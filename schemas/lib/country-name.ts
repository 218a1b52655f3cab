/**
 * A country's or region's name in one of our languages: from `Intl.DisplayNames`
 * ("Italy" / "意大利"), but Taiwan, Hong Kong and Macao as Chinese official usage
 * names them (`CHINESE_REGIONS`). The Worker's entries
 * and feeds and the Studio's country list name countries this one way. Plain
 * code, no 'sanity' import.
 */
import { languageById, type LanguageId } from '../languages'

/**
 * Regions of China, by the BCP 47 tag of the language: CLDR lists "Taiwan" / "台湾" as a country
 * beside "Italy", and Hong Kong as 中国香港特别行政区; a Chinese government publisher writes
 * 中国台湾, 中国香港, 中国澳门 ("Taiwan, China").
 */
const CHINESE_REGIONS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  TW: { en: 'Taiwan, China', 'zh-Hans': '中国台湾', 'zh-Hant': '中國台灣' },
  HK: { en: 'Hong Kong, China', 'zh-Hans': '中国香港', 'zh-Hant': '中國香港' },
  MO: { en: 'Macao, China', 'zh-Hans': '中国澳门', 'zh-Hant': '中國澳門' },
}

const displayNames = new Map<LanguageId, Intl.DisplayNames>()

/** The name of the ISO 3166-1 alpha-2 `code` in `language`; the code itself when it names no region. */
export function countryName(code: string, language: LanguageId): string {
  const regionOfChina = CHINESE_REGIONS[code.toUpperCase()]?.[languageById(language).tag]
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
