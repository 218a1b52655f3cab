/**
 * What the edge cache in front of the Worker (Workers Cache, `[cache]` in
 * wrangler.toml) is told about each answer, in one middleware around every
 * route: how long it may keep it (`Cloudflare-CDN-Cache-Control`, by the
 * policy of `cache-control.ts` the route chose) and what it shows
 * (`Cache-Tag`, named by `cache-tags.ts` from what the route declared with
 * `showing`). Errors, private and `no-store` answers get neither; an answer
 * whose route chose no policy is `no-store`, because Cloudflare would
 * otherwise keep it for hours, untagged ("Omitting Cache-Control is not the
 * same as opting out of the cache",
 * https://developers.cloudflare.com/workers/cache/configuration/).
 */
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env'
import { CACHE_CONTROL, edgeCacheControl } from './cache-control'
import { CACHE_TAGS, cacheTagHeader, languageTags } from './cache-tags'

/** Whether a shared cache may keep an answer sent with this `Cache-Control` (RFC 9111 §3). */
function sharedCacheMayStore(cacheControl: string): boolean {
  return !/(^|[\s,])(private|no-store)\b/i.test(cacheControl)
}

/** Registered before every other middleware, so that it sees the answer last, `Vary` included. */
export const withEdgeCaching: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next()
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return
  const headers = c.res.headers
  const cacheControl = headers.get('Cache-Control')
  if (cacheControl === null) {
    headers.set('Cache-Control', CACHE_CONTROL.none)
    return
  }
  if (c.res.status >= 400 || !sharedCacheMayStore(cacheControl)) return
  const edge = edgeCacheControl(cacheControl)
  if (edge) headers.set('Cloudflare-CDN-Cache-Control', edge)
  // Tags already on the answer (a kept copy served again) stay, with what the route declared.
  const kept = headers.get('Cache-Tag')?.split(',').map((tag) => tag.trim()).filter(Boolean) ?? []
  headers.set('Cache-Tag', cacheTagHeader([CACHE_TAGS.site, ...languageTags(headers), ...kept, ...(c.get('cacheTags') ?? [])]))
}
