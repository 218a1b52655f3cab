/**
 * What a request asks for (`EntryFilters`) and how it carries over into links
 * (`LinkFilters`, in schemas/lib/site-urls.ts): the four selectors `city`,
 * `country`, `topic` and `year`, a `limit` and, for the API, a `cursor`. The
 * API, feeds, pages and widget all take these, and name them from here.
 */
import { CITY_MAX_LENGTH, CITY_PATTERN, cityKey } from '../../schemas/lib/city'
import type { LinkFilters } from '../../schemas/lib/site-urls'
import { COUNTRY_CODES, TOPIC_CODES } from '../../schemas/vocabulary'
import type { Cursor } from './cursor'

/** The selectors every surface takes, in the order they are described and linked. */
export const FILTER_NAMES = ['city', 'country', 'topic', 'year'] as const
export type FilterName = (typeof FILTER_NAMES)[number]

/**
 * What each selector accepts, normalised as every surface reads it (a city
 * in lower case, a country code in upper case, a topic code in lower case, a
 * year of four digits); `undefined` when the value cannot be one. The API's
 * validator, the pages, the iframe widget and the widget element all apply
 * these rules. Plain code with no dependencies: the element bundles it.
 */
export const FILTER_RULES: Readonly<Record<FilterName, (value: string) => string | undefined>> = {
  city: (value) => {
    const name = value.trim().toLowerCase()
    return name.length <= CITY_MAX_LENGTH && CITY_PATTERN.test(name) ? name : undefined
  },
  country: (value) => COUNTRY_CODES.find((code) => code === value.trim().toUpperCase()),
  topic: (value) => TOPIC_CODES.find((code) => code === value.trim().toLowerCase()),
  year: (value) => (/^\d{4}$/.test(value.trim()) ? value.trim() : undefined),
}

/**
 * The selectors among `values` that are valid, normalised as links carry them
 * (a city as its key); the others are left out. For pages and the widget,
 * which show something sensible rather than a 400.
 */
export function usableFilters(values: Readonly<Record<string, string | undefined>>): LinkFilters {
  const filters: LinkFilters = {}
  for (const name of FILTER_NAMES) {
    const value = values[name] === undefined ? undefined : FILTER_RULES[name](values[name])
    if (value) filters[name] = name === 'city' ? cityKey(value) : value
  }
  return filters
}

/** How many entries a list or feed may hold. */
export const LIMIT = { min: 1, max: 100, default: 20 } as const

/** What a request asks for, validated and normalised: a city as given, in lower case; a country in upper case. */
export interface EntryFilters {
  city?: string | undefined
  country?: string | undefined
  topic?: string | undefined
  year?: string | undefined
  limit: number
  /** Where the page starts (the API only). */
  cursor?: Cursor | undefined
}

/**
 * The filters as links carry them, canonical so equal lists have equal URLs:
 * a city as its key ("palmerston-north"), the default limit and the cursor left out.
 */
export function linkFilters({ city, country, topic, year, limit }: Partial<EntryFilters>): LinkFilters {
  return {
    city: city ? cityKey(city) : undefined,
    country,
    topic,
    year,
    limit: limit === LIMIT.default ? undefined : limit,
  }
}
