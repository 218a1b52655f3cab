/**
 * Every `Cache-Control` policy the Worker sends (RFC 9111), named by what it
 * is for, so a surface picks a policy rather than writing one; and the headers
 * of an answer written in the request's language.
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
} as const

export type CachePolicy = keyof typeof CACHE_CONTROL

/**
 * Marks the answer as written in the request's language (`Content-Language`, which also tells
 * i18n/language.ts to add `Vary` when `Accept-Language` chose it) and cached by `policy`.
 */
export function answerInLanguage(c: Context<AppEnv>, policy: CachePolicy): void {
  c.header('Content-Language', languageById(c.get('language')).tag)
  c.header('Cache-Control', CACHE_CONTROL[policy])
}
