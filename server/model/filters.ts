/**
 * What a request asks for (`EntryFilters`) and how it carries over into links
 * (`linkFilters`): the selectors of schemas/lib/site-urls.ts (`city`,
 * `country`, `topic`, `year`), a `limit` and, for the API, a `cursor`, read
 * by one rule each. The API's validator, the feeds, the pages and both forms
 * of the widget (the element bundles this module) all apply them.
 */
import { CITY_MAX_LENGTH, CITY_PATTERN, cityKey } from '../../schemas/lib/city'
import { FILTER_NAMES, type FilterName, type LinkFilters, type Selectors } from '../../schemas/lib/site-urls'
import { COUNTRY_CODES, TOPIC_CODES } from '../../schemas/vocabulary'

/**
 * What each selector accepts, normalised: a city as its key ("Fort Worth" →
 * `fort-worth`), a country code in upper case, a topic code in lower case, a
 * year of four digits; `undefined` when the value cannot be one.
 */
export const FILTER_RULES: Readonly<Record<FilterName, (value: string) => string | undefined>> = {
  city: (value) => {
    const name = value.trim()
    return name.length <= CITY_MAX_LENGTH && CITY_PATTERN.test(name) ? cityKey(name) : undefined
  },
  country: (value) => COUNTRY_CODES.find((code) => code === value.trim().toUpperCase()),
  topic: (value) => TOPIC_CODES.find((code) => code === value.trim().toLowerCase()),
  year: (value) => (/^\d{4}$/.test(value) ? value : undefined),
}

/**
 * The selectors among `values` that are valid, normalised; the others are
 * left out. For pages and the widget, which show something sensible rather
 * than a 400.
 */
export function usableFilters(values: Readonly<Record<string, string | undefined>>): Selectors {
  const filters: Selectors = {}
  for (const name of FILTER_NAMES) {
    const value = values[name] === undefined ? undefined : FILTER_RULES[name](values[name])
    if (value) filters[name] = value
  }
  return filters
}

/** Where a page of entries starts: after the entry with this agreement date and id (keyset pagination). */
export interface Cursor {
  date: string
  id: string
}

/** How many entries a list or feed may hold. */
export const LIMIT = { min: 1, max: 100, default: 20 } as const

/** What a request asks for, each selector read by its rule. */
export type EntryFilters = Selectors & {
  limit: number
  /** Where the page starts (the API only). */
  cursor?: Cursor | undefined
}

/** The filters as links carry them, canonical so equal lists have equal URLs: the default limit and the cursor left out. */
export function linkFilters({ city, country, topic, year, limit }: Partial<EntryFilters>): LinkFilters {
  return { city, country, topic, year, limit: limit === LIMIT.default ? undefined : limit }
}
