/**
 * Every `Cache-Control` policy the Worker sends (RFC 9111), named by what it
 * is for, so a surface picks a policy rather than writing one; how long the
 * edge cache in front of the Worker keeps each one; which of them a shared
 * cache may keep at all; and the headers of an answer written in the
 * request's language.
 *
 * Two audiences, two headers. Browsers and feed readers read `Cache-Control`
 * and nobody can purge them, so it stays short. Workers Cache (`[cache]` in
 * wrangler.toml) is purged by tag whenever an editor publishes
 * (`routes/hooks.ts`), so it may keep content for a day: it reads
 * `Cloudflare-CDN-Cache-Control` first. Cloudflare's documentation
 * (https://developers.cloudflare.com/workers/cache/configuration/, "Header
 * precedence") says: "`cloudflare-cdn-cache-control` — Cloudflare-specific,
 * highest precedence. Consumed by Cloudflare and stripped from the response
 * returned to clients. […] Use `cloudflare-cdn-cache-control` when you want a
 * longer edge TTL than you expose to browsers without leaking the directive
 * downstream." `s-maxage` is not used, because "If your response includes any
 * of `s-maxage`, `must-revalidate`, or `proxy-revalidate`, the stale-serving
 * behavior is disabled" (same page), and serving stale while revalidating, or
 * when the Worker fails, is what keeps readers served.
 *
 * A deploy is not a publish: nothing is purged by tag when the code changes.
 * `npm run deploy` purges everything after `wrangler deploy` (`POST
 * /hooks/deploy`), and wrangler.toml asks for a cache per Worker version
 * (`cross_version_cache = false`); what changes only with a deploy is still
 * kept no longer at the edge than in browsers, an hour, in case neither held.
 */
import type { Context } from 'hono'
import { languageById } from '../../schemas/languages'
import type { AppEnv } from '../env'

/** An hour, a day and a week, in seconds. */
const HOUR = 3_600
const DAY = 24 * HOUR
const WEEK = 7 * DAY

export const CACHE_CONTROL = {
  /**
   * Entries as JSON, pages and the widget's iframe change when editors publish: a minute fresh,
   * five stale while revalidating.
   */
  content: 'public, max-age=60, stale-while-revalidate=300',
  /**
   * Feeds and the OPML list: readers poll every 15 to 60 minutes, so five minutes fresh keeps the
   * edge busy and content recent; stale while revalidating, and for a day if the content source is down.
   */
  feed: 'public, max-age=300, stale-while-revalidate=3600, stale-if-error=86400',
  /** What changes only with a deploy (`/embed.js`, icons, redirects): an hour fresh, a day stale while revalidating. */
  untilDeploy: `public, max-age=${HOUR}, stale-while-revalidate=${DAY}`,
  /** The OpenAPI document: changes only with a deploy, read rarely. */
  apiDescription: `public, max-age=${HOUR}`,
  /** What its URL pins by a hash of its bytes (`/embed/{version}.js`): never changes, kept a year. */
  immutable: `public, max-age=${365 * DAY}, immutable`,
  /** The redirect from `/`, which depends on the reader's languages: never shared. */
  perReader: 'private, max-age=0',
  /** Problems, health and not-found pages: never stored. */
  none: 'no-store',
  /**
   * The last good copy, sent while the content source fails (last-good-copy.ts): half a minute,
   * so caches ask again soon and take the fresh answer once the source is back.
   */
  staleCopy: 'public, max-age=30',
  /** An editor's preview of drafts (routes/preview.ts): for their eyes only, never kept anywhere. */
  preview: 'private, no-store',
} as const

export type CachePolicy = keyof typeof CACHE_CONTROL

/**
 * What Workers Cache is told for each policy (`Cloudflare-CDN-Cache-Control`); `null`: a policy
 * whose answers no shared cache may keep (`private` or `no-store`: the edge and the last good
 * copy leave them alone). Content and feeds are purged on publish, so the edge keeps them a day,
 * serves them stale for another day while one request renders them afresh, and for a week if the
 * Worker fails. What changes only with a deploy is kept as long as browsers keep it, an hour: a
 * deploy with plain `wrangler deploy` purges nothing, and a fix then reaches every reader within it.
 */
export const EDGE_CACHE_CONTROL = {
  content: `public, max-age=${DAY}, stale-while-revalidate=${DAY}, stale-if-error=${WEEK}`,
  feed: `public, max-age=${DAY}, stale-while-revalidate=${DAY}, stale-if-error=${WEEK}`,
  untilDeploy: CACHE_CONTROL.untilDeploy,
  apiDescription: CACHE_CONTROL.apiDescription,
  immutable: CACHE_CONTROL.immutable,
  perReader: null,
  none: null,
  // The edge too asks again soon, and a publish's purge reaches the copy by its tags.
  staleCopy: 'public, max-age=30',
  preview: null,
} as const satisfies Record<CachePolicy, string | null>

/** The policy an answer was sent with, by its `Cache-Control`; `undefined` for a header no policy writes. */
export function policyOf(cacheControl: string | null): CachePolicy | undefined {
  return (Object.keys(CACHE_CONTROL) as CachePolicy[]).find((name) => CACHE_CONTROL[name] === cacheControl)
}

/**
 * The edge's policy for an answer sent with `cacheControl`, if a shared cache may keep it at all
 * (RFC 9111 §3: a `public` policy, neither `private` nor `no-store`); `undefined` for the others,
 * and for a header no policy writes. The one decision of what is shared: the edge cache
 * (`edge-cache.ts`) and the last good copy (`last-good-copy.ts`) both ask it.
 */
export function edgeCacheControl(cacheControl: string | null): string | undefined {
  const policy = policyOf(cacheControl)
  return (policy && EDGE_CACHE_CONTROL[policy]) ?? undefined
}

/** Whether a shared cache may keep an answer sent with `cacheControl` (`edgeCacheControl`). */
export function sharedCacheMayStore(cacheControl: string | null): boolean {
  return edgeCacheControl(cacheControl) !== undefined
}

/**
 * Marks the answer as written in the request's language (`Content-Language`, which also tells
 * i18n/language.ts to add `Vary` when `Accept-Language` chose it) and cached by `policy`.
 */
export function answerInLanguage(c: Context<AppEnv>, policy: CachePolicy): void {
  c.header('Content-Language', languageById(c.get('language')).tag)
  c.header('Cache-Control', CACHE_CONTROL[policy])
}
