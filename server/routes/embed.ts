/**
 * The partner-city widget: `/embed.js`, a web component any site can include,
 * and `/embed`, the same entries as a page to put in an `<iframe>`. Both take
 * the same options (`lang`, `city`, `country`, `topic`, `year`, `limit`,
 * `theme`, `layout`), and a value they cannot use falls back to its default.
 * `/embed` may be framed by any site (CSP `frame-ancestors *`) and is strict
 * about everything else: no sources but its own hashed style and script.
 */
import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { etag } from 'hono/etag'
import { languageById } from '../../schemas/languages'
import { listCityKeys, listEntries } from '../content/entries'
import { contentSecurityPolicy } from '../csp'
import { widgetOptions } from '../embed/options'
import { renderEmbedScript } from '../embed/script'
import type { AppEnv } from '../env'
import { languageFromTag, negotiateLanguage } from '../../schemas/languages'
import { siteUrls } from '../../schemas/lib/site-urls'
import { publicOrigin } from '../origin'
import { EMBED_HEIGHT_SCRIPT, EMBED_PAGE_STYLE, renderEmbedPage } from '../render/pages/embed'

/** The script changes only with a deploy; an hour fresh, a day stale while revalidating. */
const SCRIPT_CACHE_CONTROL = 'public, max-age=3600, stale-while-revalidate=86400'
const PAGE_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300'

let embedPagePolicy: Promise<string> | undefined

/** The iframe page's policy: framed from anywhere, loading nothing but its own inline style and script. */
export function embedContentSecurityPolicy(): Promise<string> {
  embedPagePolicy ??= contentSecurityPolicy({ styles: [EMBED_PAGE_STYLE], scripts: [EMBED_HEIGHT_SCRIPT], frameAncestors: '*' })
  return embedPagePolicy
}

export const embedRoutes = new Hono<AppEnv>()
  .get('/embed.js', cors({ origin: '*', allowMethods: ['GET', 'HEAD'] }), etag(), (c) => {
    c.header('Cache-Control', SCRIPT_CACHE_CONTROL)
    return c.body(renderEmbedScript(publicOrigin(c)), 200, { 'Content-Type': 'application/javascript; charset=utf-8' })
  })
  .get('/embed', etag(), async (c) => {
    const options = widgetOptions(c.req.query(), negotiateLanguage(c.req.header('Accept-Language')))
    // Without a usable lang, the reader's Accept-Language chose: caches must know.
    if (!languageFromTag(c.req.query('lang') ?? '')) c.header('Vary', 'Accept-Language', { append: true })
    const source = c.get('source')
    // An unknown city shows every entry, as the script does, rather than nothing.
    const cities = options.city ? await listCityKeys(source) : []
    const { lang, limit, theme, layout, ...requested } = options
    const filters = requested.city && !cities.includes(requested.city) ? { ...requested, city: undefined } : requested
    const page = await listEntries(source, { ...filters, limit }, lang)
    c.header('Content-Security-Policy', await embedContentSecurityPolicy())
    c.header('Content-Language', languageById(lang).tag)
    c.header('Cache-Control', PAGE_CACHE_CONTROL)
    return c.html(await renderEmbedPage({ options, filters, entries: page.entries, urls: siteUrls(publicOrigin(c)) }))
  })
