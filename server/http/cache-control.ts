/**
 * Every `Cache-Control` policy the Worker sends (RFC 9111), named by what it
 * is for, so a surface picks a policy rather than writing one; how long the
 * edge cache in front of the Worker keeps each one; and the headers of an
 * answer written in the request's language.
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
 */
import type { Context } from 'hono'
import { languageById } from '../../schemas/languages'
import type { AppEnv } from '../env'

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
  /** What changes only with a deploy (`/embed.js`): an hour fresh, a day stale while revalidating. */
  untilDeploy: 'public, max-age=3600, stale-while-revalidate=86400',
  /** The OpenAPI document: changes only with a deploy, read rarely. */
  apiDescription: 'public, max-age=3600',
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

/** A day, and a week, in seconds. */
const DAY = 86_400
const WEEK = 7 * DAY

/**
 * What Workers Cache is told for each policy (`Cloudflare-CDN-Cache-Control`); `null`: the
 * browsers' header alone, which for these says never to store the answer in a shared cache.
 * Content and feeds are purged on publish, so the edge keeps them a day, serves them stale for
 * another day while one request renders them afresh, and for a week if the Worker fails.
 * What changes only with a deploy is kept a week: each deployed version has a cache of its own.
 */
export const EDGE_CACHE_CONTROL = {
  content: `public, max-age=${DAY}, stale-while-revalidate=${DAY}, stale-if-error=${WEEK}`,
  feed: `public, max-age=${DAY}, stale-while-revalidate=${DAY}, stale-if-error=${WEEK}`,
  untilDeploy: `public, max-age=${WEEK}`,
  apiDescription: `public, max-age=${WEEK}`,
  perReader: null,
  none: null,
  // The edge too asks again soon, and a publish's purge reaches the copy by its tags.
  staleCopy: 'public, max-age=30',
  preview: null,
} as const satisfies Record<CachePolicy, string | null>

/** The edge's policy for an answer sent with `cacheControl` (one of `CACHE_CONTROL`), if the edge may keep it. */
export function edgeCacheControl(cacheControl: string | null): string | undefined {
  const policy = (Object.keys(CACHE_CONTROL) as CachePolicy[]).find((name) => CACHE_CONTROL[name] === cacheControl)
  return (policy && EDGE_CACHE_CONTROL[policy]) ?? undefined
}

/**
 * Marks the answer as written in the request's language (`Content-Language`, which also tells
 * i18n/language.ts to add `Vary` when `Accept-Language` chose it) and cached by `policy`.
 */
export function answerInLanguage(c: Context<AppEnv>, policy: CachePolicy): void {
  c.header('Content-Language', languageById(c.get('language')).tag)
  c.header('Cache-Control', CACHE_CONTROL[policy])
}
