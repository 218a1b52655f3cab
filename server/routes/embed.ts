/**
 * The partner-city widget: `/embed.js`, a web component any site can include
 * (and the same bytes pinned by their hash, `/embed/{version}.js`, for
 * Subresource Integrity), `/embed.json`, what it shows, in one request, and
 * `/embed`, the same entries as a page to put in an `<iframe>`, with
 * `/embed-frame.js`, the host's optional helper that sizes such iframes. They
 * take the same options (`lang`, `city`, `country`, `topic`, `year`, `limit`,
 * `theme`, `layout`, `target`, `date-locale`); a value they cannot use falls
 * back to its default, and a city there is no entry for shows every entry:
 * never a 400 in a partner's page.
 * `/embed` may be framed by any site (CSP `frame-ancestors *`) and is strict
 * about everything else: no sources but its own hashed style and script;
 * while the content cannot be read it is a short message in that page, never
 * the problem's JSON.
 */
import { Hono, type Context, type MiddlewareHandler } from 'hono'
import { languageById } from '../../schemas/languages'
import { siteUrls, type EmbedQuery } from '../../schemas/lib/site-urls'
import { listEntries } from '../content/entries'
import { embedDataText, renderEmbedData, widgetMap } from '../embed/data'
import { dataLayout, displayOptions, linkDisplayOptions, type DisplayOptions } from '../embed/display-options'
import { renderEmbedFrameScript } from '../embed/frame'
import { pastEmbedScript, recordEmbedScript } from '../embed/releases'
import { EMBED_SCRIPT_FILE, pinnedEmbedScript, renderEmbedScript } from '../embed/script'
import type { AppEnv } from '../env'
import { answerInLanguage, CACHE_CONTROL } from '../http/cache-control'
import { showing } from '../http/cache-tags'
import { declareCanonicalRequest } from '../http/canonical-request'
import { contentSecurityPolicy } from '../http/csp'
import { withEtag } from '../http/etag'
import { knownFilters } from '../http/filters'
import { publicOrigin } from '../http/origin'
import { problemResponse } from '../http/problem'
import { redirectForGood } from '../http/redirect'
import { LANGUAGE_SEGMENT } from '../i18n/language'
import type { Entry } from '../model/entry'
import { usableFilters } from '../model/filters'
import { EMBED_HEIGHT_SCRIPT, EMBED_PAGE_STYLE, renderEmbedPage, renderEmbedUnavailable } from '../render/pages/embed'

let embedPagePolicy: Promise<string> | undefined

/** The iframe page's policy: framed from anywhere, loading nothing but its own inline style and script. */
function embedContentSecurityPolicy(): Promise<string> {
  embedPagePolicy ??= contentSecurityPolicy({ styles: [EMBED_PAGE_STYLE], scripts: [EMBED_HEIGHT_SCRIPT], frameAncestors: '*' })
  return embedPagePolicy
}

const JAVASCRIPT = { 'Content-Type': 'application/javascript; charset=utf-8' }

/** The options and filters a widget asks for, and the entries they choose (an unknown city shows every entry). */
async function widgetEntries(c: Context<AppEnv>, canonical: (query: EmbedQuery) => string) {
  const query = c.req.query()
  const options = displayOptions(query, c.get('language'))
  const usable = usableFilters(query)
  declareCanonicalRequest(c, canonical({ ...usable, ...linkDisplayOptions(options) }))
  const filters = await knownFilters(c.get('source'), usable)
  declareCanonicalRequest(c, canonical({ ...filters, ...linkDisplayOptions(options) }))
  const page = await listEntries(c.get('source'), { ...filters, limit: options.limit }, options.lang)
  return { options, filters, entries: page.entries }
}

/** The entries' map, for the map layout when a listed entry has a place (without, the widget lists the entries, or says there are none). */
function shownMap(options: DisplayOptions, entries: readonly Entry[], context: Parameters<typeof widgetMap>[1]) {
  return dataLayout(options.layout) ? widgetMap(entries, context) : undefined
}

/**
 * Around `/embed`: an answer that failed (the content source down, a 503 with `Retry-After`; or
 * anything else, a 500) is the widget's error message as the iframe page, with its status and
 * the page's CSP, never stored. The last good copy, outside, still comes first when there is one.
 */
const framedErrors: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next()
  if (!c.error) return
  const problem = c.res
  const headers = new Headers({
    'Content-Type': 'text/html; charset=UTF-8',
    'Content-Security-Policy': await embedContentSecurityPolicy(),
    'Cache-Control': CACHE_CONTROL.none,
    'Content-Language': languageById(displayOptions(c.req.query(), c.get('language')).lang).tag,
  })
  const retryAfter = problem.headers.get('Retry-After')
  if (retryAfter) headers.set('Retry-After', retryAfter)
  const html = await renderEmbedUnavailable(displayOptions(c.req.query(), c.get('language')))
  // Replaced, not merged: the problem's Content-Type must not stay.
  c.res = undefined
  c.res = new Response(html, { status: problem.status, headers })
}

export const embedRoutes = new Hono<AppEnv>()
  // Near misses a partner may type: the widget, or the configurator, rather than a framed 404.
  .get('/embed/', (c) => redirectForGood(c, '/embed'))
  .get(`${LANGUAGE_SEGMENT}/embed`, (c) => redirectForGood(c, `/${c.req.param('lang')}/embed/`))
  .get('/embed.js', withEtag, (c) => {
    recordEmbedScript(c)
    c.header('Cache-Control', CACHE_CONTROL.untilDeploy)
    showing(c, { kind: 'asset' })
    return c.body(renderEmbedScript(publicOrigin(c)), 200, JAVASCRIPT)
  })
  .get('/embed/:file', withEtag, async (c) => {
    const script = await pinnedEmbedScript(publicOrigin(c))
    const version = EMBED_SCRIPT_FILE.exec(c.req.param('file'))?.[1]
    let body: string | ArrayBuffer | undefined
    if (version === script.version) {
      recordEmbedScript(c)
      body = script.body
    } else if (version) {
      // An earlier deploy's, exactly as it was served (releases.ts), or nothing: SRI refuses any other bytes.
      body = await pastEmbedScript(c, version)
    }
    if (body === undefined) return problemResponse(c, 'notFound', { values: { path: c.req.path } })
    c.header('Cache-Control', CACHE_CONTROL.immutable)
    showing(c, { kind: 'asset' })
    return c.body(body, 200, JAVASCRIPT)
  })
  .get('/embed-frame.js', withEtag, (c) => {
    c.header('Cache-Control', CACHE_CONTROL.untilDeploy)
    showing(c, { kind: 'asset' })
    return c.body(renderEmbedFrameScript(publicOrigin(c)), 200, JAVASCRIPT)
  })
  .get('/embed.json', withEtag, async (c) => {
    const urls = siteUrls(publicOrigin(c))
    // What it answers depends on the language, filters and limit, and for a map the layout: how it is shown is the element's.
    const { options, filters, entries } = await widgetEntries(c, ({ theme: _t, layout, target: _n, 'date-locale': _d, ...query }) =>
      urls.embedData({ ...query, layout: dataLayout(layout) }),
    )
    answerInLanguage(c, 'content')
    showing(c, { kind: 'widget', entries, lists: [filters] })
    const context = { language: options.lang, filters, urls }
    const text = embedDataText(renderEmbedData(entries, context), await shownMap(options, entries, context))
    return c.body(text, 200, { 'Content-Type': 'application/json' })
  })
  .get('/embed', framedErrors, withEtag, async (c) => {
    const urls = siteUrls(publicOrigin(c))
    const { options, filters, entries } = await widgetEntries(c, urls.embedPage)
    c.header('Content-Security-Policy', await embedContentSecurityPolicy())
    answerInLanguage(c, 'content')
    showing(c, { kind: 'widget', entries, lists: [filters] })
    const shown = await shownMap(options, entries, { language: options.lang, filters, urls })
    return c.html(await renderEmbedPage({ options, filters, entries, urls, map: shown?.map }))
  })
