/**
 * The last good copy: when Sanity fails (an error status, no answer within
 * the time budget, an answer that is not a result of the query's shape), a
 * reader gets the last answer this location gave for the same request,
 * marked stale, rather than a 503, and a feed reader never sees an empty feed
 * that would make it drop every item.
 *
 * Copies live in the Cache API (`caches.open`), which every isolate of a
 * Cloudflare location reads (it does not replicate between locations, and
 * does nothing on `*.workers.dev`: it needs a custom domain). Each is keyed by
 * the canonical request its route declared (canonical-request.ts), which names
 * everything the answer depends on, its language included, and nothing else:
 * every spelling of a request shares one copy, a parameter no route takes
 * makes none, and an answer whose route declared no canonical request (one
 * that reads no content) is never kept. Each is kept `LAST_GOOD_COPY_LIFETIME_S`,
 * and written after the answer is sent, only when its ETag differs from the one
 * this isolate last wrote, or that copy is older than
 * `LAST_GOOD_COPY_REFRESH_MS` — so `Stale-Since` is never much older than the
 * last time the content was known good.
 *
 * A stale copy is sent with its own headers, but `Cache-Control` is
 * `CACHE_CONTROL.staleCopy` (a short time, so caches ask again soon) and
 * `Stale-Since` says when it was last known good; to a reader whose copy is
 * that one (`If-None-Match`, or `If-Modified-Since` for a feed), it is a 304
 * with the same headers. It is never written back.
 */
import type { Context, MiddlewareHandler } from 'hono'
import { ContentUnavailableError } from '../content/source'
import type { AppEnv } from '../env'
import { afterAnswer, executionContextOf } from './background'
import { CACHE_CONTROL, sharedCacheMayStore } from './cache-control'
import { canonicalRequestOf } from './canonical-request'
import { isUnchangedAnswer, notModified } from './conditional'

/** The header on a stale copy: when it was last known good, as an HTTP-date (RFC 9110 §5.6.7). */
export const STALE_SINCE_HEADER = 'Stale-Since'

/** How long the Cache API keeps a copy: longer than any outage it should outlast. */
export const LAST_GOOD_COPY_LIFETIME_S = 30 * 86_400

/** An isolate rewrites an unchanged copy this often, so `Stale-Since` stays close to the last good answer. */
export const LAST_GOOD_COPY_REFRESH_MS = 5 * 60_000

/** The Cache API cache that holds the copies. */
const CACHE_NAME = 'last-good-copy'

/** On a stored copy: the answer's own headers and cache tags, and when it was stored. */
const ORIGINAL_HEADER = 'Last-Good-Copy-Original'
const STORED_AT_HEADER = 'Last-Good-Copy-Stored-At'

/** What the stored copy remembers of the answer besides its body. */
interface Original {
  headers: [string, string][]
  cacheTags: readonly string[]
}

/** What this isolate last stored, by key; bounded, the oldest forgotten first. */
const lastStored = new Map<string, { etag: string | null; at: number }>()
const MAX_REMEMBERED = 1024

/** A 200 that a shared cache may keep (`sharedCacheMayStore`: a public policy, not `private` or `no-store`). */
function isGoodCopy(response: Response): boolean {
  return response.status === 200 && sharedCacheMayStore(response.headers.get('Cache-Control'))
}

/** Whether this isolate stored the same answer recently enough; if not, notes that it is storing it now. */
function alreadyStored(key: string, etag: string | null, now: number): boolean {
  const stored = lastStored.get(key)
  if (stored && etag !== null && stored.etag === etag && now - stored.at < LAST_GOOD_COPY_REFRESH_MS) return true
  lastStored.delete(key)
  if (lastStored.size >= MAX_REMEMBERED) lastStored.delete(lastStored.keys().next().value ?? '')
  lastStored.set(key, { etag, at: now })
  return false
}

async function store(key: string, answer: Response, cacheTags: readonly string[]): Promise<void> {
  const original: Original = { headers: [...answer.headers], cacheTags }
  // The Cache API keeps a response by its own Cache-Control, and purges by its Cache-Tag:
  // the copy is sent with a long lifetime and no tags, the answer's own headers beside it.
  const copy = new Response(await answer.arrayBuffer(), {
    headers: {
      'Cache-Control': `public, max-age=${LAST_GOOD_COPY_LIFETIME_S}`,
      [ORIGINAL_HEADER]: encodeURIComponent(JSON.stringify(original)),
      [STORED_AT_HEADER]: new Date().toUTCString(),
    },
  })
  await (await caches.open(CACHE_NAME)).put(key, copy)
}

/** The stored copy for `key` as the answer it was, marked stale; `undefined` if there is none. */
async function staleCopy(c: Context<AppEnv>, key: string): Promise<Response | undefined> {
  const copy = await (await caches.open(CACHE_NAME)).match(key)
  const stored = copy?.headers.get(ORIGINAL_HEADER)
  if (!copy || !stored) return undefined
  const original = JSON.parse(decodeURIComponent(stored)) as Original
  const headers = new Headers(original.headers)
  headers.set('Cache-Control', CACHE_CONTROL.staleCopy)
  headers.set(STALE_SINCE_HEADER, copy.headers.get(STORED_AT_HEADER) ?? new Date(0).toUTCString())
  c.set('cacheTags', original.cacheTags)
  if (isUnchangedAnswer(c.req.raw.headers, headers)) {
    // The reader has this copy: its headers, without a body or what describes one (RFC 9110 §15.4.5).
    await copy.body?.cancel()
    return notModified(headers)
  }
  return new Response(copy.body, { status: 200, headers })
}

/**
 * Around every route, for a Sanity source and `GET`/`HEAD`: keeps each good answer's copy, and
 * answers with it when the source is unavailable; with no copy, the 503 problem stands.
 */
export const withLastGoodCopy: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next()
  if (c.get('source').kind !== 'sanity' || (c.req.method !== 'GET' && c.req.method !== 'HEAD')) return
  const key = canonicalRequestOf(c)
  if (!key) return
  if (c.error instanceof ContentUnavailableError) {
    const copy = await staleCopy(c, key).catch((error: unknown) => {
      console.error('Reading the last good copy failed', error)
      return undefined
    })
    if (copy) {
      // Replaced, not merged: the problem's headers (no-store, Retry-After) must not stay.
      c.res = undefined
      c.res = copy
    }
    return
  }
  // Only where the answer can be stored after it is sent (on Cloudflare, and in tests that ask for it).
  const ctx = executionContextOf(c)
  if (!ctx || !isGoodCopy(c.res) || alreadyStored(key, c.res.headers.get('ETag'), Date.now())) return
  const answer = c.res.clone()
  const cacheTags = c.get('cacheTags') ?? []
  afterAnswer(ctx, 'Storing the last good copy', () =>
    store(key, answer, cacheTags).catch((error: unknown) => {
      lastStored.delete(key)
      throw error
    }),
  )
}
