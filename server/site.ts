/**
 * Assembles the Worker's Hono app from the content sources a build carries
 * (`AppSources`; `app.ts` gives both, chosen by the bindings). Every request
 * flows one way: its content source and language are decided once, then a
 * route reads content, hands neutral objects to a renderer and sends the
 * result; errors are RFC 9457 problems in the request's language, never a
 * stack trace.
 */
import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { secureHeaders } from 'hono/secure-headers'
import type { DraftsPreview } from './content/configured-sanity'
import { ContentUnavailableError, forOneRequest, type ContentSource } from './content/source'
import type { AppEnv, Env } from './env'
import { CACHE_CONTROL } from './http/cache-control'
import { withEdgeCaching } from './http/edge-cache'
import { withEtag } from './http/etag'
import { keepAnswers, noteRevision, sourceFailureFor } from './http/kept-answers'
import { redirectLanguageCase } from './http/language-case'
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

/** The content sources a build of the Worker carries, each chosen from the request's bindings. */
export interface AppSources {
  /** Where content comes from. */
  contentSource: (env: Env) => ContentSource
  /** An editor's preview of drafts; `undefined` where there is none (a 501 says what it needs). */
  draftsPreview: (env: Env) => DraftsPreview | undefined
}

/**
 * The app reading only `sources`: each build of the Worker (`index.ts`, `index.sanity.ts`,
 * `index.embedded.ts`) gives its own, so that a build of one source carries no other.
 */
export function createSiteApp({ contentSource, draftsPreview }: AppSources) {
  const app = new Hono<AppEnv>()

  // First, so that it sees every answer last, every header written: what the front door may keep (kept-answers.ts).
  app.use(keepAnswers)
  // What the edge cache may keep, for how long, tagged how.
  app.use(withEdgeCaching)
  app.use(redirectLanguageCase)
  app.use(decideLanguage)
  app.use(async (c, next) => {
    // Shared by the request's readers: an identical query in flight is asked once (source.ts).
    c.set('source', forOneRequest(contentSource(c.env ?? {}), sourceFailureFor(c.req.raw)))
    await next()
  })
  app.use(noteRevision)
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
  app.route('/preview', previewRoutes(draftsPreview))
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
