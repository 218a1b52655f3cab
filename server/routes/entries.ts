/**
 * `GET /api/v1/entries` and `GET /api/v1/entries/{slug}`: localized JSON, in
 * the request's language (`lang`, else `Accept-Language`).
 */
import { Hono } from 'hono'
import { siteUrls } from '../../schemas/lib/site-urls'
import { findEntry, listEntries } from '../content/entries'
import type { AppEnv } from '../env'
import { answerInLanguage } from '../http/cache-control'
import { showing } from '../http/cache-tags'
import { declareCanonicalRequest } from '../http/canonical-request'
import { encodeCursor } from '../http/cursor'
import { rejectUnknownCity, validateEntryFilters, validateLanguage } from '../http/filters'
import { publicOrigin } from '../http/origin'
import { problemResponse } from '../http/problem'
import { linkFilters } from '../model/filters'
import { renderEntryJson, renderEntryListJson } from '../render/json'

export const entriesRoutes = new Hono<AppEnv>()
  .get('/', validateEntryFilters, async (c) => {
    const { lang: _decided, cursor, ...filters } = c.req.valid('query')
    const language = c.get('language')
    const urls = siteUrls(publicOrigin(c))
    // The answer repeats the cursor as it was given, so the canonical request keeps it so.
    const givenCursor = c.req.query('cursor')
    declareCanonicalRequest(c, urls.entries({ lang: language, ...linkFilters(filters), cursor: givenCursor }))
    const page = await listEntries(c.get('source'), { ...filters, cursor }, language)
    // An empty answer for a city we have never heard of is more likely a typo: say which cities exist.
    const unknownCity = await rejectUnknownCity(c, filters.city, page.entries.length)
    if (unknownCity) return unknownCity
    answerInLanguage(c, 'content')
    showing(c, { kind: 'api', entries: page.entries, lists: [filters] })
    return c.json(
      renderEntryListJson(page.entries, {
        language,
        filters,
        urls,
        cursor: givenCursor,
        nextCursor: page.next && encodeCursor(page.next),
      }),
    )
  })
  .get('/:slug', validateLanguage, async (c) => {
    const slug = c.req.param('slug') ?? ''
    const urls = siteUrls(publicOrigin(c))
    declareCanonicalRequest(c, urls.entry(slug, c.get('language')))
    const entry = await findEntry(c.get('source'), slug, c.get('language'))
    if (!entry) return problemResponse(c, 'entryNotFound', { values: { slug } })
    answerInLanguage(c, 'content')
    showing(c, { kind: 'api', entries: [entry], slug })
    return c.json(renderEntryJson(entry, urls))
  })
