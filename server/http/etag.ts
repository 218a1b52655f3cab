/**
 * Entity tags for the API, the pages, the widget and the icons: a strong ETag
 * (RFC 9110 §8.8.3), the SHA-256 of the exact bytes sent, and a repeated
 * request with `If-None-Match` answered 304 Not Modified by the one rule of
 * conditional.ts, with every header of the 200 but those describing its body —
 * so a partner page's revalidation keeps CORS and the language, and a cache
 * its tags. Feeds set their own tag with `Last-Modified` (conditional.ts),
 * which feed readers use, by the same rule.
 */
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env'
import { isUnchangedAnswer, notModified } from './conditional'
import { toBase64Url } from './encoding'

/** A strong entity tag for `bytes`: their SHA-256, base64url, quoted. */
export async function bytesEtag(bytes: ArrayBuffer): Promise<string> {
  return `"${toBase64Url(await crypto.subtle.digest('SHA-256', bytes))}"`
}

export const withEtag: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next()
  if (c.res.status !== 200 || !c.res.body) return
  let etag = c.res.headers.get('ETag')
  if (etag === null) {
    etag = await bytesEtag(await c.res.clone().arrayBuffer())
    c.res.headers.set('ETag', etag)
  }
  if (isUnchangedAnswer(c.req.raw.headers, c.res.headers)) {
    const headers = c.res.headers
    await c.res.body?.cancel()
    // Replaced, not merged: the 200's body headers must not stay.
    c.res = undefined
    c.res = notModified(headers)
  }
}
