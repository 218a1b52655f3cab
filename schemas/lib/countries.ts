/**
 * The country/region options of an entry: every ISO 3166-1 alpha-2 code of the
 * vocabulary, titled in both languages by `countryName` ("Italy · 意大利 (IT)",
 * "Taiwan, China · 中国台湾 (TW)") and sorted by English name. Plain code, no
 * 'sanity' import.
 */
import { COUNTRY_CODES, type CountryCode } from '../vocabulary'
import { bilingualTitle } from './bilingual'
import { countryName } from './country-name'

/** The options of the entry's country list, by English name: Afghanistan first. */
export const COUNTRY_OPTIONS: { value: CountryCode; title: string }[] = COUNTRY_CODES.map((code) => ({
  value: code,
  title: `${bilingualTitle(countryName(code, 'en'), countryName(code, 'zh'))} (${code})`,
  sortKey: countryName(code, 'en'),
}))
  .sort((a, b) => a.sortKey.localeCompare(b.sortKey, 'en'))
  .map(({ value, title }) => ({ value, title }))
