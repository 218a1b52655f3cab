/**
 * The partner-city widget: `/embed.js`, a web component any site can include,
 * and `/embed`, the same entries as a page to put in an `<iframe>`. Both take
 * the same options (`lang`, `city`, `country`, `topic`, `year`, `limit`,
 * `theme`, `layout`), and a value they cannot use falls back to its default.
 * `/embed` may be framed by any site (CSP `frame-ancestors *`) and is strict
 * about everything else: no sources but its own hashed style and script.
 */
import { Hono } from 'hono'
import { languageById } from '../../schemas/languages'
import { siteUrls } from '../../schemas/lib/site-urls'
import { listEntries } from '../content/entries'
import { widgetOptions } from '../embed/options'
import { renderEmbedScript } from '../embed/script'
import type { AppEnv } from '../env'
import { CACHE_CONTROL } from '../http/cache-control'
import { contentSecurityPolicy } from '../http/csp'
import { withEtag } from '../http/etag'
import { knownFilters } from '../http/filters'
import { publicOrigin } from '../http/origin'
import { EMBED_HEIGHT_SCRIPT, EMBED_PAGE_STYLE, renderEmbedPage } from '../render/pages/embed'

let embedPagePolicy: Promise<string> | undefined

/** The iframe page's policy: framed from anywhere, loading nothing but its own inline style and script. */
export function embedContentSecurityPolicy(): Promise<string> {
  embedPagePolicy ??= contentSecurityPolicy({ styles: [EMBED_PAGE_STYLE], scripts: [EMBED_HEIGHT_SCRIPT], frameAncestors: '*' })
  return embedPagePolicy
}

export const embedRoutes = new Hono<AppEnv>()
  .get('/embed.js', withEtag, (c) => {
    c.header('Cache-Control', CACHE_CONTROL.deploy)
    return c.body(renderEmbedScript(publicOrigin(c)), 200, { 'Content-Type': 'application/javascript; charset=utf-8' })
  })
  .get('/embed', withEtag, async (c) => {
    const options = widgetOptions(c.req.query(), c.get('language'))
    const { lang, limit, theme, layout, ...requested } = options
    // An unknown city shows every entry, as the script does, rather than nothing.
    const filters = await knownFilters(c.get('source'), requested)
    const page = await listEntries(c.get('source'), { ...filters, limit }, lang)
    c.header('Content-Security-Policy', await embedContentSecurityPolicy())
    c.header('Content-Language', languageById(lang).tag)
    c.header('Cache-Control', CACHE_CONTROL.content)
    return c.html(await renderEmbedPage({ options, filters, entries: page.entries, urls: siteUrls(publicOrigin(c)) }))
  })
