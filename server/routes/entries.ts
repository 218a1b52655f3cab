/**
 * `GET /api/v1/entries` and `GET /api/v1/entries/{slug}`: localized JSON.
 * Without `lang`, the language is negotiated from `Accept-Language` and the
 * response says so with `Vary`; with it, the answer is the same for everyone.
 */
import { Hono, type Context } from 'hono'
import { languageById, type LanguageId } from '../../schemas/languages'
import { findEntry, listEntries } from '../content/entries'
import type { AppEnv } from '../env'
import { rejectUnknownCity, validateEntryFilters, validateLanguage } from '../filters'
import { negotiateLanguage } from '../../schemas/languages'
import { translator } from '../i18n'
import { siteUrls } from '../../schemas/lib/site-urls'
import { problemResponse } from '../problem'
import { publicOrigin } from '../origin'
import { renderEntryJson, renderEntryListJson } from '../render/json'

/** Readers' apps poll; a minute of freshness keeps the edge busy and content recent. */
const API_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300'

function responseLanguage(c: Context<AppEnv>, requested: LanguageId | undefined): LanguageId {
  if (requested) return requested
  c.header('Vary', 'Accept-Language', { append: true })
  return negotiateLanguage(c.req.header('Accept-Language'))
}

function localizedHeaders(c: Context<AppEnv>, language: LanguageId) {
  c.header('Content-Language', languageById(language).tag)
  c.header('Cache-Control', API_CACHE_CONTROL)
}

export const entriesRoutes = new Hono<AppEnv>()
  .get('/', validateEntryFilters, async (c) => {
    const { lang, cursor, ...filters } = c.req.valid('query')
    const language = responseLanguage(c, lang)
    const source = c.get('source')
    const page = await listEntries(source, { ...filters, cursor }, language)
    // An empty answer for a city we have never heard of is more likely a typo: say which cities exist.
    const unknownCity = await rejectUnknownCity(c, filters.city, page.entries.length)
    if (unknownCity) return unknownCity
    localizedHeaders(c, language)
    const urls = siteUrls(publicOrigin(c))
    return c.json(renderEntryListJson(page, { language, filters, urls, cursor: c.req.query('cursor') }))
  })
  .get('/:slug', validateLanguage, async (c) => {
    const { lang } = c.req.valid('query')
    const language = responseLanguage(c, lang)
    const slug = c.req.param('slug') ?? ''
    const entry = await findEntry(c.get('source'), slug, language)
    if (!entry) {
      const t = translator(c.get('uiLanguage'))
      return problemResponse(
        c,
        { type: '/problems/not-found', title: t('problem.entryNotFound.title'), status: 404, detail: t('problem.entryNotFound.detail', { slug }) },
        c.get('uiLanguage'),
      )
    }
    localizedHeaders(c, language)
    return c.json(renderEntryJson(entry, siteUrls(publicOrigin(c))))
  })
