/**
 * Assembles the Worker's Hono app. Every request flows one way: its content
 * source and language are decided once, then a route reads content, hands
 * neutral objects to a renderer and sends the result; errors are RFC 9457
 * problems in the request's language, never a stack trace.
 */
import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { secureHeaders } from 'hono/secure-headers'
import { contentSourceFor } from './content/configured-source'
import { ContentUnavailableError, type ContentSource } from './content/source'
import type { AppEnv, Env } from './env'
import { CACHE_CONTROL } from './http/cache-control'
import { withEdgeCaching } from './http/edge-cache'
import { withEtag } from './http/etag'
import { withLastGoodCopy } from './http/last-good-copy'
import { problemResponse } from './http/problem'
import { decideLanguage } from './i18n/language'
import { embedRoutes } from './routes/embed'
import { entriesRoutes } from './routes/entries'
import { feedsRoutes } from './routes/feeds'
import { hooksRoutes } from './routes/hooks'
import { imagesRoutes } from './routes/images'
import { openApiRoutes } from './routes/openapi'
import { pagesRoutes } from './routes/pages'
import { previewRoutes } from './routes/preview'

export interface AppOptions {
  /** Where content comes from; by default chosen from the bindings (Sanity or the embedded dataset). */
  contentSource?: (env: Env) => ContentSource
}

export function createApp({ contentSource = contentSourceFor }: AppOptions = {}) {
  const app = new Hono<AppEnv>()

  // First, so that it sees every answer last: what the edge cache may keep, for how long, tagged how.
  app.use(withEdgeCaching)
  app.use(decideLanguage)
  app.use(async (c, next) => {
    c.set('source', contentSource(c.env ?? {}))
    await next()
  })
  // Partner sites frame /embed (which says who may frame it with CSP frame-ancestors instead of
  // X-Frame-Options), and read everything else from their own pages: every surface is public and
  // read-only, so CORS is open for reading, everywhere, preflights included.
  const securityHeaders = secureHeaders({ crossOriginResourcePolicy: 'cross-origin' })
  const frameableSecurityHeaders = secureHeaders({ crossOriginResourcePolicy: 'cross-origin', xFrameOptions: false })
  app.use((c, next) => (c.req.path === '/embed' ? frameableSecurityHeaders : securityHeaders)(c, next))
  app.use(cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'], maxAge: 86400 }))
  // Inside CORS and the language's Vary, outside the routes and their ETags: keeps each good
  // answer from Sanity, and serves it, marked stale, while Sanity fails.
  app.use(withLastGoodCopy)
  app.use('/api/*', withEtag)

  app.get('/healthz', (c) => {
    const source = c.get('source')
    c.header('Cache-Control', CACHE_CONTROL.none)
    return c.json({ status: 'ok', source: { kind: source.kind, description: source.description } })
  })
  app.route('/api/v1/entries', entriesRoutes)
  app.route('/api/v1/openapi.json', openApiRoutes)
  app.route('/', feedsRoutes)
  app.route('/', pagesRoutes)
  app.route('/', embedRoutes)
  app.route('/', imagesRoutes)
  app.route('/preview', previewRoutes)
  app.route('/', hooksRoutes)

  app.notFound((c) => problemResponse(c, 'notFound', { values: { path: new URL(c.req.url).pathname } }))

  app.onError((error, c) => {
    if (error instanceof ContentUnavailableError) {
      c.header('Retry-After', '30')
      return problemResponse(c, 'unavailable')
    }
    console.error(error)
    return problemResponse(c, 'internal')
  })

  return app
}
