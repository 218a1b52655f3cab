/**
 * Sending a feed (or the OPML list): a strong ETag computed once from the
 * exact bytes, `Last-Modified` from the content's own edit times, and
 * conditional requests answered with 304 Not Modified (RFC 9110 §13), so
 * readers that poll download a feed only when it has changed.
 */
import type { Context } from 'hono'
import type { AppEnv } from '../env'
import { CACHE_CONTROL } from './cache-control'
import { sha256Base64Url } from './encoding'

export interface FeedBody {
  body: string
  /** Media type without parameters; `charset=utf-8` is added. */
  mediaType: string
  /** RFC 3339: the latest edit of anything the body shows. */
  updated: string
  /** `Content-Language`: the BCP 47 tags of the body's languages. */
  language: string
}

/** A strong entity tag (RFC 9110 §8.8.3): the SHA-256 of the body, base64url. */
export async function strongEtag(body: string): Promise<string> {
  return `"${await sha256Base64Url(body)}"`
}

/** Whether `If-None-Match` names `etag` (weak comparison, as RFC 9110 §13.1.2 requires), or is `*`. */
function noneMatch(header: string, etag: string): boolean {
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '')
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag))
}

/** Whether the content is unchanged since `If-Modified-Since` (to the second, as HTTP dates are). */
function notModifiedSince(header: string, lastModified: Date): boolean {
  const since = Date.parse(header)
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) <= Math.floor(since / 1000)
}

/**
 * Whether the reader's copy of an answer with `etag` and `lastModified` is
 * current, so a 304 will do. `If-None-Match` takes precedence;
 * `If-Modified-Since` counts only without it (RFC 9110 §13.2.2), because an
 * entry deleted from a feed changes the bytes but no edit time.
 */
export function readerHasCurrent(c: Context<AppEnv>, etag: string | null, lastModified: Date | undefined): boolean {
  const ifNoneMatch = c.req.header('If-None-Match')
  if (ifNoneMatch !== undefined) return etag !== null && noneMatch(ifNoneMatch, etag)
  const ifModifiedSince = c.req.header('If-Modified-Since')
  return ifModifiedSince !== undefined && lastModified !== undefined && notModifiedSince(ifModifiedSince, lastModified)
}

/** The response for `feed`: 200 with the body, or 304 when the reader's copy is current. */
export async function feedResponse(c: Context<AppEnv>, { body, mediaType, updated, language }: FeedBody): Promise<Response> {
  const etag = await strongEtag(body)
  const lastModified = new Date(updated)
  const headers = {
    ETag: etag,
    'Last-Modified': lastModified.toUTCString(),
    'Cache-Control': CACHE_CONTROL.feed,
    'Content-Language': language,
  }
  if (readerHasCurrent(c, etag, lastModified)) return c.body(null, 304, headers)
  return c.body(body, 200, { ...headers, 'Content-Type': `${mediaType}; charset=utf-8` })
}
