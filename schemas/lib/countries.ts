/**
 * The country options of an entry: every ISO 3166-1 alpha-2 code of the
 * vocabulary, titled in both languages by `Intl.DisplayNames`
 * ("Italy · 意大利 (IT)") and sorted by English name. Plain code, no 'sanity'
 * import.
 */
import { COUNTRY_CODES, type CountryCode } from '../vocabulary'
import { bilingualTitle } from './bilingual'

const countryNamesEn = new Intl.DisplayNames(['en'], { type: 'region' })
const countryNamesZh = new Intl.DisplayNames(['zh-Hans'], { type: 'region' })

/** The options of the entry's country list, by English name: Afghanistan first. */
export const COUNTRY_OPTIONS: { value: CountryCode; title: string }[] = COUNTRY_CODES.map((code) => ({
  value: code,
  title: `${bilingualTitle(countryNamesEn.of(code) ?? code, countryNamesZh.of(code) ?? code)} (${code})`,
  sortKey: countryNamesEn.of(code) ?? code,
}))
  .sort((a, b) => a.sortKey.localeCompare(b.sortKey, 'en'))
  .map(({ value, title }) => ({ value, title }))
