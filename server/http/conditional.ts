/**
 * Conditional requests (RFC 9110 §13), one rule for every answer: feeds, the
 * API, pages, the widget, a last good copy and an answer kept in memory
 * (kept-answers.ts) are all 304 by `isUnchanged`, with the headers
 * `notModified` keeps. Feeds and the OPML list are sent with a strong ETag
 * computed once from the exact bytes and `Last-Modified` from the content's
 * own edit times, so readers that poll download a feed only when it has changed.
 */
import type { Context } from 'hono'
import type { AppEnv } from '../env'
import { CACHE_CONTROL } from './cache-control'
import { compressedHere } from './compression'
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
 * current, by the request's `headers`, so a 304 will do. `If-None-Match` takes
 * precedence; `If-Modified-Since` counts only without it (RFC 9110 §13.2.2),
 * because an entry deleted from a feed changes the bytes but no edit time.
 */
export function isUnchanged(headers: Headers, etag: string | null, lastModified: Date | undefined): boolean {
  const ifNoneMatch = headers.get('If-None-Match')
  if (ifNoneMatch !== null) return etag !== null && noneMatch(ifNoneMatch, etag)
  const ifModifiedSince = headers.get('If-Modified-Since')
  return ifModifiedSince !== null && lastModified !== undefined && notModifiedSince(ifModifiedSince, lastModified)
}

/** `isUnchanged` for the request of `c`. */
export function readerHasCurrent(c: Context<AppEnv>, etag: string | null, lastModified: Date | undefined): boolean {
  return isUnchanged(c.req.raw.headers, etag, lastModified)
}

/** The `Last-Modified` of an answer's `headers`, if it has one. */
export function lastModifiedOf(headers: Headers): Date | undefined {
  const value = headers.get('Last-Modified')
  return value === null ? undefined : new Date(value)
}

/** Whether the request of an answer with these `headers` is answered by a 304 (`isUnchanged`). */
export function isUnchangedAnswer(request: Headers, answer: Headers): boolean {
  return isUnchanged(request, answer.get('ETag'), lastModifiedOf(answer))
}

/** What describes a body, which a 304 has none of. */
const BODY_HEADERS = new Set(['content-type', 'content-length', 'content-encoding'])

/**
 * The 304 for an answer with `headers`: every header the 200 would have had — its validators,
 * `Cache-Control`, `Vary`, CORS, the language, the cache tags (RFC 9110 §15.4.5) — but those
 * that describe its body.
 */
export function notModified(headers: Headers | Iterable<[string, string]>): Response {
  return new Response(null, { status: 304, headers: notModifiedHeaders(headers) })
}

/** The headers of `notModified`, as pairs, for answers kept to send again. */
export function notModifiedHeaders(headers: Headers | Iterable<[string, string]>): [string, string][] {
  return [...headers].filter(([name]) => !BODY_HEADERS.has(name.toLowerCase()))
}

/** The response for `feed`: 200 with the body, or 304 when the reader's copy is current. */
export async function feedResponse(c: Context<AppEnv>, { body, mediaType, updated, language }: FeedBody): Promise<Response> {
  const etag = await strongEtag(body)
  const lastModified = new Date(updated)
  const response = c.body(body, 200, {
    ETag: etag,
    'Last-Modified': lastModified.toUTCString(),
    'Cache-Control': CACHE_CONTROL.feed,
    'Content-Language': language,
    'Content-Type': `${mediaType}; charset=utf-8`,
    // Kept answers of this type are sent gzipped to readers who take it (compression.ts).
    ...(compressedHere(mediaType) && { Vary: 'Accept-Encoding' }),
  })
  return readerHasCurrent(c, etag, lastModified) ? notModified(response.headers) : response
}
