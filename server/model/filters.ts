/**
 * What a request asks for (`EntryFilters`) and how it carries over into links
 * (`LinkFilters`, in schemas/lib/site-urls.ts): the four selectors `city`,
 * `country`, `topic` and `year`, a `limit` and, for the API, a `cursor`. The
 * API, feeds, pages and widget all take these, and name them from here.
 */
import { cityKey } from '../../schemas/lib/city'
import type { LinkFilters } from '../../schemas/lib/site-urls'
import type { Cursor } from './cursor'

/** The selectors every surface takes, in the order they are described and linked. */
export const FILTER_NAMES = ['city', 'country', 'topic', 'year'] as const
export type FilterName = (typeof FILTER_NAMES)[number]

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
