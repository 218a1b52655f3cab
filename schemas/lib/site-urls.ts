/**
 * Every public URL of the site, built in one place so that the API, feeds,
 * pages, widget and the Studio's links agree. URLs name their language and
 * never change once shipped. Plain code, no 'sanity' import: the Worker, the
 * widget and the Studio all import it.
 */
import type { LanguageId } from '../languages'

export const FEED_FORMATS = ['rss', 'atom', 'json'] as const
export type FeedFormat = (typeof FEED_FORMATS)[number]

/** The file name of each feed format under `/{lang}/`. */
export const FEED_FILES: Record<FeedFormat, string> = { rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json' }

/** The selectors every list, feed, page and widget takes, in the order they are described and linked. */
export const FILTER_NAMES = ['city', 'country', 'topic', 'year'] as const
export type FilterName = (typeof FILTER_NAMES)[number]

/** Values for some of the selectors: a city as its key (`fort-worth`), a country code, a topic code, a year. */
export type Selectors = { [Name in FilterName]?: string | undefined }

/** Filters that carry over from a list to its feeds and pages (not the cursor). */
export type LinkFilters = Selectors & { limit?: number | undefined }

function withQuery(url: URL, query: Record<string, string | number | undefined>): string {
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') url.searchParams.set(name, String(value))
  }
  return url.toString()
}

export interface SiteUrls {
  entries(query: LinkFilters & { lang: LanguageId; cursor?: string }): string
  entry(slug: string, lang: LanguageId): string
  entryPage(slug: string, lang: LanguageId): string
  /** The reader's page of entries, filtered by `filters`. */
  home(lang: LanguageId, filters?: LinkFilters): string
  feed(lang: LanguageId, format: FeedFormat, filters?: LinkFilters): string
  /** One language's feed in every format, with the same filters. */
  feeds(lang: LanguageId, filters?: LinkFilters): Record<FeedFormat, string>
  /** Every feed, listed in OPML. */
  feedList(): string
  /** The topic vocabulary, as a feed category scheme: with a topic code appended, the API's entries on that topic. */
  topicScheme(): string
}

/** URLs under `base`, the public origin (`PUBLIC_BASE_URL`, or the request's origin). */
export function siteUrls(base: string): SiteUrls {
  const at = (path: string) => new URL(path, base)
  const feed = (lang: LanguageId, format: FeedFormat, filters: LinkFilters = {}) =>
    withQuery(at(`/${lang}/${FEED_FILES[format]}`), { ...filters })
  return {
    entries: ({ lang, ...query }) => withQuery(at('/api/v1/entries'), { lang, ...query }),
    entry: (slug, lang) => withQuery(at(`/api/v1/entries/${encodeURIComponent(slug)}`), { lang }),
    entryPage: (slug, lang) => at(`/${lang}/entries/${encodeURIComponent(slug)}`).toString(),
    home: (lang, filters = {}) => withQuery(at(`/${lang}/`), { ...filters }),
    feed,
    feeds: (lang, filters) =>
      Object.fromEntries(FEED_FORMATS.map((format) => [format, feed(lang, format, filters)])) as Record<FeedFormat, string>,
    feedList: () => at('/feeds.opml').toString(),
    topicScheme: () => `${at('/api/v1/entries').toString()}?topic=`,
  }
}
