/**
 * The country/region options of an entry: every ISO 3166-1 alpha-2 code of the
 * vocabulary, named in both languages by `countryName` ("Italy", "意大利";
 * "Taiwan, China", "中国台湾"). The schema's list (`COUNTRY_OPTIONS`, which
 * Sanity validates against) is titled in both languages and sorted by English
 * name; the Studio's searchable list (`countryChoices`) is sorted and searched
 * the way an editor reading the interface's language looks for a country.
 * Plain code, no 'sanity' import.
 */
import { WRITTEN_LANGUAGE_IDS, type WrittenLanguageId } from '../languages'
import { COUNTRY_CODES, type CountryCode } from '../vocabulary'
import { bilingualTitle } from './bilingual'
import { countryName } from './country-name'

/** One country or region of the list, with its names in both languages. */
export interface CountryChoice {
  /** The ISO 3166-1 alpha-2 code, as the entry stores it: `IT`. */
  value: CountryCode
  /** Its name in each written language: `{ en: 'Italy', zh: '意大利' }`. */
  names: Readonly<Record<WrittenLanguageId, string>>
  /** Both names, the interface's first, and the code: `意大利 · Italy (IT)`. */
  title: string
}

/**
 * How names are ordered in each interface language: Chinese by pinyin (the
 * collation of `zh-Hans-CN`, as a Chinese dictionary orders them: 阿尔巴尼亚 …
 * 意大利 … 中国), English alphabetically.
 */
const COLLATION_LOCALES: Readonly<Record<WrittenLanguageId, string>> = { en: 'en', zh: 'zh-Hans-CN' }

const NAMES = COUNTRY_CODES.map((code) => ({ value: code, names: { en: countryName(code, 'en'), zh: countryName(code, 'zh') } }))

/** The written language other than `language`: editors write two (`WRITTEN_LANGUAGE_IDS`). */
function otherThan(language: WrittenLanguageId): WrittenLanguageId {
  const other = WRITTEN_LANGUAGE_IDS.find((id) => id !== language)
  if (!other) throw new Error(`No written language besides ${language}`)
  return other
}

const choicesByLanguage = new Map<WrittenLanguageId, readonly CountryChoice[]>()

/**
 * Every country and region, for an editor whose interface is in `language`:
 * sorted by its name in that language (Chinese by pinyin), titled with that
 * name first.
 */
export function countryChoices(language: WrittenLanguageId): readonly CountryChoice[] {
  let choices = choicesByLanguage.get(language)
  if (!choices) {
    const collator = new Intl.Collator(COLLATION_LOCALES[language])
    choices = NAMES.map(({ value, names }) => ({ value, names, title: `${bilingualTitle(names[language], names[otherThan(language)])} (${value})` })).sort(
      (a, b) => collator.compare(a.names[language], b.names[language]),
    )
    choicesByLanguage.set(language, choices)
  }
  return choices
}

/** `query` as names and codes are compared with it: trimmed, in lower case. */
const normalized = (query: string) => query.trim().toLocaleLowerCase('en')

/** How well `choice` answers `query` (already normalized): 0 its code, 1 a name that starts with it, 2 a name that has it, undefined none. */
function relevance(wanted: string, choice: CountryChoice): number | undefined {
  if (wanted === '' || choice.value.toLowerCase() === wanted) return 0
  const names = Object.values(choice.names).map((name) => name.toLocaleLowerCase('en'))
  if (names.some((name) => name.startsWith(wanted))) return 1
  if (names.some((name) => name.includes(wanted))) return 2
  return undefined
}

/**
 * Whether `choice` is what an editor typing `query` looks for: the query is
 * part of its Chinese or English name (`意大利`, `ital`, `new zea`) or is its
 * code (`IT`, `nz`). Case and surrounding spaces do not matter.
 */
export function countryMatches(query: string, choice: CountryChoice): boolean {
  return relevance(normalized(query), choice) !== undefined
}

/**
 * `choices` that match `query`, best first: the country whose code it is
 * (`nz`: New Zealand before Tanzania), then those whose name starts with it,
 * then the rest; in the list's order otherwise.
 */
export function countriesMatching(query: string, choices: readonly CountryChoice[]): CountryChoice[] {
  const wanted = normalized(query)
  return choices
    .map((choice) => ({ choice, rank: relevance(wanted, choice) }))
    .filter((ranked): ranked is { choice: CountryChoice; rank: number } => ranked.rank !== undefined)
    .sort((a, b) => a.rank - b.rank)
    .map(({ choice }) => choice)
}

/** The options of the entry's country list, as the schema declares them, by English name: Afghanistan first. */
export const COUNTRY_OPTIONS: { value: CountryCode; title: string }[] = countryChoices('en').map(({ value, title }) => ({ value, title }))
