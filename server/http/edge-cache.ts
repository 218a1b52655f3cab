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
import { CACHE_CONTROL, edgeCacheControl, policyOf } from './cache-control'
import { CACHE_TAGS, cacheTagHeader, languageTags } from './cache-tags'

/** Registered before every other middleware, so that it sees the answer last, `Vary` included. */
export const withEdgeCaching: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next()
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return
  const headers = c.res.headers
  const cacheControl = headers.get('Cache-Control')
  if (policyOf(cacheControl) === undefined) {
    headers.set('Cache-Control', CACHE_CONTROL.none)
    return
  }
  const edge = edgeCacheControl(cacheControl)
  if (c.res.status >= 400 || edge === undefined) return
  headers.set('Cloudflare-CDN-Cache-Control', edge)
  headers.set('Cache-Tag', cacheTagHeader([CACHE_TAGS.site, ...languageTags(headers), ...(c.get('cacheTags') ?? [])]))
}
