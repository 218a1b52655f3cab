/**
 * Assembles the Worker's Hono app: the content source and interface language
 * for each request, the routes, and the errors (RFC 9457 problems, never a
 * stack trace).
 */
import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { etag, RETAINED_304_HEADERS } from 'hono/etag'
import { secureHeaders } from 'hono/secure-headers'
import { contentSourceFor, ContentUnavailableError, type ContentSource } from './content/source'
import type { AppEnv, Env } from './env'
import { languageFromTag, negotiateLanguage } from '../schemas/languages'
import { translator } from './i18n'
import { problemResponse } from './problem'
import { entriesRoutes } from './routes/entries'
import { openApiRoutes } from './routes/openapi'
import { feedsRoutes } from './routes/feeds'
import { pagesRoutes } from './routes/pages'
import { embedRoutes } from './routes/embed'

export interface AppOptions {
  /** Where content comes from; by default chosen from the bindings (Sanity or the embedded dataset). */
  contentSource?: (env: Env) => ContentSource
}

export function createApp({ contentSource = contentSourceFor }: AppOptions = {}) {
  const app = new Hono<AppEnv>()

  app.use(async (c, next) => {
    c.set('source', contentSource(c.env ?? {}))
    // Errors are written in the language asked for, else the reader's.
    const asked = c.req.query('lang')
    c.set('uiLanguage', (asked && languageFromTag(asked)) || negotiateLanguage(c.req.header('Accept-Language')))
    await next()
  })
  // Partner sites call the API and feeds from their own pages, and frame /embed
  // (which says who may frame it with CSP frame-ancestors instead of X-Frame-Options).
  const securityHeaders = secureHeaders({ crossOriginResourcePolicy: 'cross-origin' })
  const frameableSecurityHeaders = secureHeaders({ crossOriginResourcePolicy: 'cross-origin', xFrameOptions: false })
  app.use((c, next) => (c.req.path === '/embed' ? frameableSecurityHeaders : securityHeaders)(c, next))
  app.use('/api/*', cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'], maxAge: 86400 }))
  // A 304 keeps the CORS header, or a partner page's revalidation fails in the browser.
  app.use('/api/*', etag({ retainedHeaders: [...RETAINED_304_HEADERS, 'access-control-allow-origin'] }))

  app.get('/healthz', (c) => {
    const source = c.get('source')
    c.header('Cache-Control', 'no-store')
    return c.json({ status: 'ok', source: { kind: source.kind, description: source.description } })
  })
  app.route('/api/v1/entries', entriesRoutes)
  app.route('/api/v1/openapi.json', openApiRoutes)
  app.route('/', feedsRoutes)
  app.route('/', pagesRoutes)
  app.route('/', embedRoutes)

  app.notFound((c) => {
    const t = translator(c.get('uiLanguage'))
    const path = new URL(c.req.url).pathname
    return problemResponse(
      c,
      { type: '/problems/not-found', title: t('problem.notFound.title'), status: 404, detail: t('problem.notFound.detail', { path }) },
      c.get('uiLanguage'),
    )
  })

  app.onError((error, c) => {
    const language = c.get('uiLanguage') ?? 'en'
    const t = translator(language)
    if (error instanceof ContentUnavailableError) {
      c.header('Retry-After', '30')
      return problemResponse(
        c,
        { type: '/problems/unavailable', title: t('problem.unavailable.title'), status: 503, detail: t('problem.unavailable.detail') },
        language,
      )
    }
    console.error(error)
    return problemResponse(
      c,
      { type: '/problems/internal', title: t('problem.internal.title'), status: 500, detail: t('problem.internal.detail') },
      language,
    )
  })

  return app
}
