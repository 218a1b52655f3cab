/**
 * Drafts preview for editors: `/preview/{lang}/entries/{slug}` is the entry's
 * page as it will read once published, from the `drafts` perspective (each
 * document's draft in place of the published one) of the Sanity project, read
 * with `SANITY_READ_TOKEN` from the live API.
 *
 * Only for whoever holds `PREVIEW_SECRET`, given as `?secret=` (the Studio's
 * links) or `Authorization: Bearer`, compared in constant time: without it,
 * 401; with a wrong one, 403; either way nothing of the content is read. A
 * preview is never kept (`private, no-store`), never indexed
 * (`X-Robots-Tag: noindex`), and gives no page it links to the secret in its
 * address (`Referrer-Policy: no-referrer`; its links are the public URLs).
 * Without a Sanity project or a read token (the embedded dataset has no
 * drafts), a 501 says what preview needs.
 */
import { Hono, type Context } from 'hono'
import { timingSafeEqual } from 'hono/utils/buffer'
import type { LanguageId } from '../../schemas/languages'
import { PREVIEW_SECRET_PARAMETER, siteUrls } from '../../schemas/lib/site-urls'
import { draftsSourceFor } from '../content/configured-source'
import { findEntry } from '../content/entries'
import { getSettings } from '../content/settings'
import { ContentUnavailableError } from '../content/source'
import type { AppEnv } from '../env'
import { CACHE_CONTROL } from '../http/cache-control'
import { publicOrigin } from '../http/origin'
import { problemResponse } from '../http/problem'
import { LANGUAGE_SEGMENT } from '../i18n/language'
import { renderEntryPage } from '../render/pages/entry'
import { pageFeeds, pageHeaders } from './pages'

/** The secret the request gives: `?secret=`, else `Authorization: Bearer …`. */
function givenSecret(c: Context<AppEnv>): string | undefined {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('Authorization') ?? '')?.[1]
  return c.req.query(PREVIEW_SECRET_PARAMETER) || bearer || undefined
}

/** A problem about this preview, naming its path but never its query, which may hold the secret. */
function previewProblem(c: Context<AppEnv>, kind: Parameters<typeof problemResponse>[1], values?: Record<string, string>) {
  return problemResponse(c, kind, { values, instance: new URL(c.req.url).pathname })
}

/** The refusal for a request without the right secret, or `undefined` when it has it. */
async function refusal(c: Context<AppEnv>): Promise<Response | undefined> {
  const expected = c.env?.PREVIEW_SECRET?.trim()
  if (!expected) return previewProblem(c, 'previewUnavailable')
  const given = givenSecret(c)
  if (!given) {
    c.header('WWW-Authenticate', 'Bearer realm="preview"')
    return previewProblem(c, 'previewSecretMissing')
  }
  return (await timingSafeEqual(given, expected)) ? undefined : previewProblem(c, 'previewSecretWrong')
}

export const previewRoutes = new Hono<AppEnv>()

// Whatever a preview answers, refusals included, is for one editor's eyes.
previewRoutes.use(async (c, next) => {
  await next()
  c.header('Cache-Control', CACHE_CONTROL.preview)
  c.header('X-Robots-Tag', 'noindex')
  c.header('Referrer-Policy', 'no-referrer')
})

previewRoutes
  .get(`${LANGUAGE_SEGMENT}/entries/:slug`, async (c) => {
    // The path names the language (its second segment, so i18n/language.ts did not see it).
    const language = c.req.param('lang') as LanguageId
    c.set('language', language)
    const refused = await refusal(c)
    if (refused) return refused
    const source = draftsSourceFor(c.env)
    if (!source) return previewProblem(c, 'previewUnavailable')
    // Everything this page reads (settings, feed titles) is read from the drafts.
    c.set('source', source)
    const slug = c.req.param('slug')
    try {
      const [entry, settings] = await Promise.all([findEntry(source, slug, language), getSettings(source, language)])
      if (!entry) return previewProblem(c, 'entryNotFound', { slug })
      await pageHeaders(c, 'preview')
      return c.html(await renderEntryPage({ entry, settings, feeds: await pageFeeds(c), urls: siteUrls(publicOrigin(c)) }))
    } catch (error) {
      if (!(error instanceof ContentUnavailableError)) throw error
      c.header('Retry-After', '30')
      return previewProblem(c, 'unavailable')
    }
  })
  // Any other preview address: a 404 that does not repeat the query.
  .get('*', (c) => {
    const path = new URL(c.req.url).pathname
    return previewProblem(c, 'notFound', { path })
  })
