/**
 * Drafts preview for editors: `/preview/{lang}/entries/{slug}` is the entry's
 * page as it will read once published, from the `drafts` perspective (each
 * document's draft in place of the published one) of the Sanity project, read
 * with `SANITY_READ_TOKEN` from the live API.
 *
 * Only for whoever gives a preview URL secret that a signed-in editor's Studio
 * created in the dataset within the hour (`@sanity/preview-url-secret`; the
 * Studio's links, studio/components/preview-links.tsx), as
 * `?sanity-preview-secret=` or `Authorization: Bearer`: without one, 401; with
 * one that is wrong or expired, 403; either way no draft is read. Nothing in
 * the Worker or the Studio's bundle holds a secret that opens previews. A
 * preview is never kept (`private, no-store`), never indexed
 * (`X-Robots-Tag: noindex`), and gives no page it links to the secret in its
 * address (`Referrer-Policy: no-referrer`; its links are the public URLs); no
 * problem repeats the secret (http/problem.ts). Without a Sanity project or a
 * read token (the embedded dataset has no drafts), a 501 says what preview needs.
 */
import { Hono, type Context } from 'hono'
import type { LanguageId } from '../../schemas/languages'
import { PREVIEW_SECRET_PARAMETER, siteUrls } from '../../schemas/lib/site-urls'
import type { DraftsPreview } from '../content/configured-sanity'
import { findEntry } from '../content/entries'
import { getSettings } from '../content/settings'
import type { AppEnv, Env } from '../env'
import { CACHE_CONTROL } from '../http/cache-control'
import { publicOrigin } from '../http/origin'
import { problemResponse } from '../http/problem'
import { LANGUAGE_SEGMENT } from '../i18n/language'
import { renderEntryPage } from '../render/pages/entry'
import { pageFeeds, pageHeaders } from './pages'

/** The secret the request gives: `?sanity-preview-secret=`, else `Authorization: Bearer …`. */
function givenSecret(c: Context<AppEnv>): string | undefined {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('Authorization') ?? '')?.[1]
  return c.req.query(PREVIEW_SECRET_PARAMETER)?.trim() || bearer || undefined
}

/** The preview routes, opening what `draftsPreviewFor` gives for the request's bindings. */
export function previewRoutes(draftsPreviewFor: (env: Env) => DraftsPreview | undefined) {
  const routes = new Hono<AppEnv>()

  // Whatever a preview answers, refusals and errors included, is for one editor's eyes.
  routes.use(async (c, next) => {
    await next()
    c.header('Cache-Control', CACHE_CONTROL.preview)
    c.header('X-Robots-Tag', 'noindex')
    c.header('Referrer-Policy', 'no-referrer')
  })

  routes.get(`${LANGUAGE_SEGMENT}/entries/:slug`, async (c) => {
    // The path names the language (its second segment, so i18n/language.ts did not see it).
    const language = c.req.param('lang') as LanguageId
    c.set('language', language)
    const preview = draftsPreviewFor(c.env ?? {})
    if (!preview) return problemResponse(c, 'previewUnavailable')
    const secret = givenSecret(c)
    if (!secret) {
      c.header('WWW-Authenticate', 'Bearer realm="preview"')
      return problemResponse(c, 'previewSecretMissing')
    }
    // Sanity failing, here or below, is app.onError's 503.
    if (!(await preview.admits(secret))) return problemResponse(c, 'previewSecretWrong')
    // Everything this page reads (settings, feed titles) is read from the drafts.
    c.set('source', preview.drafts)
    const slug = c.req.param('slug')
    const [entry, settings] = await Promise.all([findEntry(preview.drafts, slug, language), getSettings(preview.drafts, language)])
    if (!entry) return problemResponse(c, 'entryNotFound', { values: { slug } })
    await pageHeaders(c, 'preview')
    return c.html(await renderEntryPage({ entry, settings, feeds: await pageFeeds(c), urls: siteUrls(publicOrigin(c)) }))
  })
  return routes
}
