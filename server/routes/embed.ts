/**
 * The partner-city widget: `/embed.js`, a web component any site can include,
 * and `/embed`, the same entries as a page to put in an `<iframe>`. Both take
 * the same options (`lang`, `city`, `country`, `topic`, `year`, `limit`,
 * `theme`, `layout`), and a value they cannot use falls back to its default.
 * `/embed` may be framed by any site (CSP `frame-ancestors *`) and is strict
 * about everything else: no sources but its own hashed style and script.
 */
import { Hono } from 'hono'
import { siteUrls } from '../../schemas/lib/site-urls'
import { listEntries } from '../content/entries'
import { displayOptions, linkDisplayOptions } from '../embed/display-options'
import { renderEmbedScript } from '../embed/script'
import type { AppEnv } from '../env'
import { answerInLanguage, CACHE_CONTROL } from '../http/cache-control'
import { showing } from '../http/cache-tags'
import { declareCanonicalRequest } from '../http/canonical-request'
import { contentSecurityPolicy } from '../http/csp'
import { withEtag } from '../http/etag'
import { knownFilters } from '../http/filters'
import { publicOrigin } from '../http/origin'
import { usableFilters } from '../model/filters'
import { EMBED_HEIGHT_SCRIPT, EMBED_PAGE_STYLE, renderEmbedPage } from '../render/pages/embed'

let embedPagePolicy: Promise<string> | undefined

/** The iframe page's policy: framed from anywhere, loading nothing but its own inline style and script. */
function embedContentSecurityPolicy(): Promise<string> {
  embedPagePolicy ??= contentSecurityPolicy({ styles: [EMBED_PAGE_STYLE], scripts: [EMBED_HEIGHT_SCRIPT], frameAncestors: '*' })
  return embedPagePolicy
}

export const embedRoutes = new Hono<AppEnv>()
  .get('/embed.js', withEtag, (c) => {
    c.header('Cache-Control', CACHE_CONTROL.untilDeploy)
    showing(c, { kind: 'asset' })
    return c.body(renderEmbedScript(publicOrigin(c)), 200, { 'Content-Type': 'application/javascript; charset=utf-8' })
  })
  .get('/embed', withEtag, async (c) => {
    const query = c.req.query()
    const options = displayOptions(query, c.get('language'))
    const urls = siteUrls(publicOrigin(c))
    const usable = usableFilters(query)
    declareCanonicalRequest(c, urls.embedPage({ ...usable, ...linkDisplayOptions(options) }))
    // An unknown city shows every entry, as the script does, rather than nothing: the widget of every city.
    const filters = await knownFilters(c.get('source'), usable)
    declareCanonicalRequest(c, urls.embedPage({ ...filters, ...linkDisplayOptions(options) }))
    const page = await listEntries(c.get('source'), { ...filters, limit: options.limit }, options.lang)
    c.header('Content-Security-Policy', await embedContentSecurityPolicy())
    answerInLanguage(c, 'content')
    showing(c, { kind: 'widget', entries: page.entries, lists: [filters] })
    return c.html(await renderEmbedPage({ options, filters, entries: page.entries, urls }))
  })
