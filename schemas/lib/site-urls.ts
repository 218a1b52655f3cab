/**
 * Every public URL of the site, built in one place so that the API, feeds,
 * pages, widget and the Studio's links agree. URLs name their language and
 * never change once shipped. Plain code, no 'sanity' import: the Worker, the
 * widget and the Studio all import it.
 */
import { isLanguageId, type LanguageId } from '../languages'

export const FEED_FORMATS = ['rss', 'atom', 'json'] as const
export type FeedFormat = (typeof FEED_FORMATS)[number]

/** The file name of each feed format under `/{lang}/`. */
export const FEED_FILES: Record<FeedFormat, string> = { rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json' }

/**
 * The format to subscribe to when a reader may take any: Atom 1.0 (RFC 4287), which every
 * mainstream reader reads and which says the most (`published` and `updated`, `xml:lang`,
 * typed and language-tagged links). The subscription lists name it, the pages recommend it
 * and open it in readers; why Atom rather than RSS 2.0 is in the README (*Feeds*).
 */
export const RECOMMENDED_FEED_FORMAT = 'atom' satisfies FeedFormat

/**
 * The subscription lists (OPML 2.0), each naming every language once: the recommended feed
 * of every language at `/feeds.opml`, of one at `/{lang}/feeds.opml`; the JSON Feeds, which
 * readers of RSS and Atom cannot read, only in a list of their own at `/json-feeds.opml`.
 */
export const FEED_LIST_FILES = { recommended: 'feeds.opml', json: 'json-feeds.opml' } as const
export type FeedListKind = keyof typeof FEED_LIST_FILES

/** The feed format each list names. */
export const FEED_LIST_FORMATS: Record<FeedListKind, FeedFormat> = { recommended: RECOMMENDED_FEED_FORMAT, json: 'json' }

/**
 * The site's mark as square PNG icons, by size in pixels: 64 (JSON Feed `favicon`, Atom `icon`),
 * 144 (RSS `image`, at most 144 wide) and 512 (JSON Feed `icon`).
 */
export const ICON_SIZES = [64, 144, 512] as const
export type IconSize = (typeof ICON_SIZES)[number]

/** The logo (Atom `logo`), 2:1 as RFC 4287 asks, in pixels. */
export const LOGO_SIZE = { width: 480, height: 240 } as const

/** Where the site's images are served: the icons, the logo and `/favicon.ico`. */
export const IMAGE_PATHS = {
  icon: (size: IconSize) => `/icons/icon-${size}.png`,
  logo: '/icons/logo.png',
  favicon: '/favicon.ico',
} as const

/** The selectors every list, feed, page and widget takes, in the order they are described and linked. */
export const FILTER_NAMES = ['city', 'country', 'topic', 'year'] as const
export type FilterName = (typeof FILTER_NAMES)[number]

/** Values for some of the selectors: a city as its key (`fort-worth`), a country code, a topic code, a year. */
export type Selectors = { [Name in FilterName]?: string | undefined }

/** Filters that carry over from a list to its feeds and pages (not the cursor). */
export type LinkFilters = Selectors & { limit?: number | undefined }

/**
 * The query parameter that carries the preview secret in a preview link: `@sanity/preview-url-secret`'s
 * `urlSearchParamPreviewSecret`, where its `validatePreviewUrl` looks (not imported: that module
 * reads `process.env` as it loads, which the widget's browsers do not have).
 */
export const PREVIEW_SECRET_PARAMETER = 'sanity-preview-secret'

/**
 * The widget's options as its URLs carry them (server/embed/display-options.ts), in this order:
 * the filters, then `limit`, `theme`, `layout`, `target` and `date-locale`, each left out when
 * not given.
 */
export type EmbedQuery = LinkFilters & {
  lang: LanguageId
  theme?: string | undefined
  layout?: string | undefined
  target?: string | undefined
  'date-locale'?: string | undefined
}

function embedParameters({ lang, city, country, topic, year, limit, theme, layout, target, ...rest }: Partial<EmbedQuery>) {
  return { lang, city, country, topic, year, limit, theme, layout, target, 'date-locale': rest['date-locale'] }
}

export interface SiteUrls {
  entries(query: LinkFilters & { lang: LanguageId; cursor?: string }): string
  entry(slug: string, lang: LanguageId): string
  entryPage(slug: string, lang: LanguageId): string
  /**
   * An editor's preview of the entry's draft (`/preview/{lang}/entries/{slug}`), with a preview
   * secret as `PREVIEW_SECRET_PARAMETER` when given (the Studio's links carry one it just created).
   */
  entryPreview(slug: string, lang: LanguageId, secret?: string): string
  /** The reader's page of entries, filtered by `filters`. */
  home(lang: LanguageId, filters?: LinkFilters): string
  /**
   * The page's subscribe panel (`#subscribe`), with the same filters: which format to pick, the
   * feed's address to copy and links that open it in a reader, rather than a feed's raw XML.
   */
  subscribe(lang: LanguageId, filters?: LinkFilters): string
  /**
   * The widget as a page to frame (`/embed`), with its filters and the display options that are
   * not the defaults (`limit`, `theme`, `layout`; server/embed/display-options.ts).
   */
  embedPage(query: EmbedQuery): string
  /**
   * What the web component shows, as JSON (`/embed.json`): the same options as `embedPage`, every
   * value it cannot use falling back to its default, and only the fields the widget shows.
   */
  embedData(query: EmbedQuery): string
  /** The page where a partner configures the widget and copies its snippet (`/{lang}/embed/`). */
  embedConfigurator(lang: LanguageId, query?: Partial<EmbedQuery>): string
  /** The script a host page may include to size the widget's iframe to its content (`/embed-frame.js`). */
  embedFrameScript(): string
  /** The web component's script (`/embed.js`), or one version of it pinned by its hash (`/embed/{version}.js`). */
  embedScript(version?: string): string
  feed(lang: LanguageId, format: FeedFormat, filters?: LinkFilters): string
  /** One language's feed in every format, with the same filters. */
  feeds(lang: LanguageId, filters?: LinkFilters): Record<FeedFormat, string>
  /**
   * A subscription list in OPML: the recommended feed of every language (`/feeds.opml`), or of
   * `lang` only (`/{lang}/feeds.opml`); `json` lists every language's JSON Feed (`/json-feeds.opml`).
   */
  feedList(list?: { kind?: 'recommended'; lang?: LanguageId } | { kind: 'json' }): string
  /** The site's mark as a square PNG of `size` pixels. */
  icon(size: IconSize): string
  /** The 2:1 logo, a PNG of `LOGO_SIZE`. */
  logo(): string
  /** `/favicon.ico`, for browsers and readers that ask for it by that name. */
  favicon(): string
  /** The page that describes our JSON Feed extension (`_meeting_the_world`), in `lang`: its `about`. */
  jsonFeedExtension(lang: LanguageId): string
}

type Query = Record<string, string | number | undefined>

/**
 * How a `SiteUrls` writes an address under its base: every one is what the URL parser writes
 * (`new URL(path, base)`, the query set with `URLSearchParams`), one way or another.
 */
interface AddressWriter {
  /** `path`, absolute. */
  path(path: string): string
  /** `path` with `query`'s values that are given (not `undefined`, not empty), in order. */
  withQuery(path: string, query: Query): string
  /** `prefix` (which names `lang`) and the slug as one segment, with `lang` as `?lang=` when `withLang`. */
  entry(prefix: string, slug: string, lang: LanguageId, withLang: boolean): string
}

/** `url` with `query`'s values that are given, as `URLSearchParams` writes them. */
function parsedWithQuery(url: URL, query: Query): string {
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') url.searchParams.set(name, String(value))
  }
  return url.toString()
}

/** Every address through the URL parser. */
function parsedAddresses(base: string): AddressWriter {
  const at = (path: string) => new URL(path, base)
  return {
    path: (path) => at(path).toString(),
    withQuery: (path, query) => parsedWithQuery(at(path), query),
    entry: (prefix, slug, lang, withLang) => parsedWithQuery(at(`${prefix}${encodeURIComponent(slug)}`), withLang ? { lang } : {}),
  }
}

/**
 * Addresses written as strings where the parser would leave them as written, and through it
 * otherwise: a `new URL` per address was most of what a feed model cost (a 100-item feed names
 * some 320 addresses, an API list more).
 */
function writtenAddresses(base: string): AddressWriter {
  const parsed = parsedAddresses(base)
  // A path the parser writes as it is: segments of letters, digits, `_`, `-` and `.` that do not
  // start with a dot (so never a `.` or `..` segment, which it resolves).
  const plainPath = /^(?:\/[\w-][\w.-]*)*\/?$/
  // What `URLSearchParams` writes as it is (application/x-www-form-urlencoded): letters, digits, `*-._`.
  const plainQueryText = /^[\w.*-]*$/
  // What `encodeURIComponent` leaves as it is: letters, digits and `-_.!~*'()`.
  const plainSegment = /^[\w.!~*'()-]*$/
  // What the parser writes before an absolute path (scheme and host as it writes them, the default
  // port dropped, the base's own path, query and fragment dropped), read on first use so that a base
  // it refuses fails in the same call as through it.
  let origin: string | undefined
  const originOf = () => (origin ??= parsed.path('/').slice(0, -1))
  const isPlainPath = (path: string) => path.startsWith('/') && plainPath.test(path)
  // A feed item links its entry in every language: the last slug's segment, kept for the next.
  let lastSlug: string | undefined
  let lastSegment = ''
  return {
    path: (path) => (isPlainPath(path) ? `${originOf()}${path}` : parsed.path(path)),
    withQuery: (path, query) => {
      if (!isPlainPath(path)) return parsed.withQuery(path, query)
      let search = ''
      for (const name of Object.keys(query)) {
        const value = query[name]
        if (value === undefined || value === '') continue
        const text = String(value)
        if (!plainQueryText.test(name) || !plainQueryText.test(text)) return parsed.withQuery(path, query)
        search += `${search ? '&' : '?'}${name}=${text}`
      }
      return `${originOf()}${path}${search}`
    },
    // The same string as long as `lang` is one of ours and the slug's segment, as `encodeURIComponent`
    // writes it (it escapes all the path escape set does, and more), is not `.` or `..`.
    entry: (prefix, slug, lang, withLang) => {
      if (slug !== lastSlug) {
        lastSegment = plainSegment.test(slug) ? slug : encodeURIComponent(slug)
        lastSlug = slug
      }
      if (lastSegment === '.' || lastSegment === '..' || !isLanguageId(lang)) return parsed.entry(prefix, slug, lang, withLang)
      return `${originOf()}${prefix}${lastSegment}${withLang ? `?lang=${lang}` : ''}`
    },
  }
}

/** `SiteUrls` whose addresses `write` writes. */
function siteUrlsWith(write: AddressWriter): SiteUrls {
  const feed = (lang: LanguageId, format: FeedFormat, filters: LinkFilters = {}) => write.withQuery(`/${lang}/${FEED_FILES[format]}`, filters)
  return {
    entries: ({ lang, ...query }) => write.withQuery('/api/v1/entries', { lang, ...query }),
    entry: (slug, lang) => write.entry('/api/v1/entries/', slug, lang, true),
    entryPage: (slug, lang) => write.entry(`/${lang}/entries/`, slug, lang, false),
    entryPreview: (slug, lang, secret) =>
      write.withQuery(`/preview/${lang}/entries/${encodeURIComponent(slug)}`, { [PREVIEW_SECRET_PARAMETER]: secret }),
    home: (lang, filters = {}) => write.withQuery(`/${lang}/`, filters),
    subscribe: (lang, filters = {}) => `${write.withQuery(`/${lang}/`, filters)}#subscribe`,
    embedPage: (query) => write.withQuery('/embed', embedParameters(query)),
    embedData: (query) => write.withQuery('/embed.json', embedParameters(query)),
    embedConfigurator: (lang, query = {}) => write.withQuery(`/${lang}/embed/`, embedParameters(query)),
    embedFrameScript: () => write.path('/embed-frame.js'),
    embedScript: (version) => write.path(version ? `/embed/${encodeURIComponent(version)}.js` : '/embed.js'),
    feed,
    feeds: (lang, filters) =>
      Object.fromEntries(FEED_FORMATS.map((format) => [format, feed(lang, format, filters)])) as Record<FeedFormat, string>,
    feedList: (list = {}) => {
      const kind = list.kind ?? 'recommended'
      const lang = 'lang' in list ? list.lang : undefined
      return write.path(`${lang ? `/${lang}` : ''}/${FEED_LIST_FILES[kind]}`)
    },
    icon: (size) => write.path(IMAGE_PATHS.icon(size)),
    logo: () => write.path(IMAGE_PATHS.logo),
    favicon: () => write.path(IMAGE_PATHS.favicon),
    jsonFeedExtension: (lang) => write.path(`/${lang}/json-feed-extension`),
  }
}

/** URLs under `base`, the public origin (`PUBLIC_BASE_URL`, or the request's origin). */
export function siteUrls(base: string): SiteUrls {
  return siteUrlsWith(writtenAddresses(base))
}

/**
 * The same URLs, every one through the URL parser: slower, in fewer bytes, for the widget's
 * element, which names a handful and travels to every partner's reader (`/embed.js`, under 6 KB).
 */
export function parsedSiteUrls(base: string): SiteUrls {
  return siteUrlsWith(parsedAddresses(base))
}
