/**
 * The feeds: `/{lang}/rss.xml`, `/{lang}/atom.xml` and `/{lang}/feed.json`,
 * one language each, filtered by the API's query parameters (`city`,
 * `country`, `topic`, `year`, `limit`); and the subscription lists that name
 * them, each language once. The path names the language, so a feed never
 * changes language and an unknown one is a 404; bad filters are a 400 problem,
 * as in the API, in the feed's language. This is the one place that chooses the output format.
 */
import { Hono, type Context } from 'hono'
import { LANGUAGE_IDS, type LanguageId } from '../../schemas/languages'
import { FEED_FILES, FEED_FORMATS, FEED_LIST_FILES, siteUrls, type FeedFormat, type FeedListKind } from '../../schemas/lib/site-urls'
import { listEntries } from '../content/entries'
import { getSettings } from '../content/settings'
import type { AppEnv } from '../env'
import { buildFeed, type Feed } from '../feeds/feed'
import { buildFeedList } from '../feeds/feed-list'
import { FEED_MEDIA_TYPES } from '../feeds/formats'
import { showing } from '../http/cache-tags'
import { declareCanonicalRequest } from '../http/canonical-request'
import { feedResponse } from '../http/conditional'
import { rejectUnknownCity, validateFeedFilters } from '../http/filters'
import { publicOrigin } from '../http/origin'
import { hubLinks, websubHub } from '../http/websub'
import { LANGUAGE_SEGMENT } from '../i18n/language'
import { linkFilters } from '../model/filters'
import { renderAtom } from '../render/atom'
import { renderJsonFeed } from '../render/json-feed'
import { renderOpml } from '../render/opml'
import { renderRss } from '../render/rss'

const RENDERERS: Record<FeedFormat, (feed: Feed) => string> = { rss: renderRss, atom: renderAtom, json: renderJsonFeed }

export const feedsRoutes = new Hono<AppEnv>()

for (const format of FEED_FORMATS) {
  feedsRoutes.get(`${LANGUAGE_SEGMENT}/${FEED_FILES[format]}`, validateFeedFilters, async (c) => {
    const language = c.get('language')
    const query = c.req.valid('query')
    const source = c.get('source')
    const urls = siteUrls(publicOrigin(c))
    const filters = linkFilters(query)
    declareCanonicalRequest(c, urls.feed(language, format, filters))
    const [page, settings] = await Promise.all([listEntries(source, query, language), getSettings(source, language)])
    const unknownCity = await rejectUnknownCity(c, query.city, page.entries.length)
    if (unknownCity) return unknownCity
    // An empty feed filtered by city or country still names them in its language, from any entry of theirs.
    const namedBy =
      page.entries[0] ??
      (query.city || query.country
        ? (await listEntries(source, { city: query.city, country: query.country, limit: 1 }, language)).entries[0]
        : undefined)
    const hub = websubHub(c)
    const feed = buildFeed({
      language,
      entries: page.entries,
      settings,
      filters,
      urls,
      namedBy,
      hub,
    })
    showing(c, { kind: 'feed', entries: namedBy ? [...page.entries, namedBy] : page.entries, settings: true, lists: [query] })
    // WebSub discovery: the hub that pushes this feed, and the one URL to subscribe to it by.
    if (hub) c.header('Link', hubLinks(hub, feed.self[format]))
    return feedResponse(c, {
      body: RENDERERS[format](feed),
      mediaType: FEED_MEDIA_TYPES[format],
      updated: feed.updated,
      language: feed.language.tag,
    })
  })
}

/**
 * The subscription lists (OPML), each language once: `/feeds.opml` and
 * `/{lang}/feeds.opml` name the recommended XML feed, `/json-feeds.opml` the
 * JSON Feeds. A list of every language answers the same whatever the reader's
 * language, so it is shared by every cache.
 */
async function feedListResponse(c: Context<AppEnv>, kind: FeedListKind, lang?: LanguageId) {
  const source = c.get('source')
  const urls = siteUrls(publicOrigin(c))
  declareCanonicalRequest(c, urls.feedList(kind === 'json' ? { kind } : { kind, lang }))
  const languages = lang ? [lang] : LANGUAGE_IDS
  const settings = await Promise.all(languages.map((language) => getSettings(source, language)))
  const list = buildFeedList(kind, settings, urls)
  showing(c, { kind: 'opml', settings: true })
  return feedResponse(c, {
    body: renderOpml(list),
    // No registered media type exists for OPML; this is the one readers and browsers recognise.
    mediaType: 'text/x-opml',
    updated: list.updated,
    language: list.languages.map((language) => language.tag).join(', '),
  })
}

feedsRoutes.get(`/${FEED_LIST_FILES.recommended}`, (c) => feedListResponse(c, 'recommended'))
feedsRoutes.get(`${LANGUAGE_SEGMENT}/${FEED_LIST_FILES.recommended}`, (c) => feedListResponse(c, 'recommended', c.get('language')))
feedsRoutes.get(`/${FEED_LIST_FILES.json}`, (c) => feedListResponse(c, 'json'))
