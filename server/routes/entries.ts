/**
 * `GET /api/v1/entries` and `GET /api/v1/entries/{slug}`: localized JSON, in
 * the request's language (`lang`, else `Accept-Language`).
 */
import { Hono, type Context } from 'hono'
import { languageById } from '../../schemas/languages'
import { siteUrls } from '../../schemas/lib/site-urls'
import { findEntry, listEntries } from '../content/entries'
import type { AppEnv } from '../env'
import { CACHE_CONTROL } from '../http/cache-control'
import { rejectUnknownCity, validateEntryFilters, validateLanguage } from '../http/filters'
import { publicOrigin } from '../http/origin'
import { problemResponse } from '../http/problem'
import { linkFilters } from '../model/filters'
import { renderEntryJson, renderEntryListJson } from '../render/json'

function localizedHeaders(c: Context<AppEnv>) {
  c.header('Content-Language', languageById(c.get('language')).tag)
  c.header('Cache-Control', CACHE_CONTROL.content)
}

export const entriesRoutes = new Hono<AppEnv>()
  .get('/', validateEntryFilters, async (c) => {
    const { lang: _decided, cursor, ...filters } = c.req.valid('query')
    const language = c.get('language')
    const page = await listEntries(c.get('source'), { ...filters, cursor }, language)
    // An empty answer for a city we have never heard of is more likely a typo: say which cities exist.
    const unknownCity = await rejectUnknownCity(c, filters.city, page.entries.length)
    if (unknownCity) return unknownCity
    localizedHeaders(c)
    return c.json(
      renderEntryListJson(page, {
        language,
        filters,
        links: linkFilters(filters),
        urls: siteUrls(publicOrigin(c)),
        cursor: c.req.query('cursor'),
      }),
    )
  })
  .get('/:slug', validateLanguage, async (c) => {
    const slug = c.req.param('slug') ?? ''
    const entry = await findEntry(c.get('source'), slug, c.get('language'))
    if (!entry) return problemResponse(c, 'entryNotFound', { values: { slug } })
    localizedHeaders(c)
    return c.json(renderEntryJson(entry, siteUrls(publicOrigin(c))))
  })
