/**
 * The site's icons, logo and `/favicon.ico` (assets/images.ts): fixed bytes
 * that change only with a deploy, so cached until then and revalidated with an
 * entity tag.
 */
import { Hono } from 'hono'
import { SITE_IMAGES } from '../assets/images'
import type { AppEnv } from '../env'
import { CACHE_CONTROL } from '../http/cache-control'
import { showing } from '../http/cache-tags'
import { withEtag } from '../http/etag'

export const imagesRoutes = new Hono<AppEnv>()

for (const image of SITE_IMAGES) {
  imagesRoutes.get(image.path, withEtag, (c) => {
    c.header('Cache-Control', CACHE_CONTROL.untilDeploy)
    showing(c, { kind: 'asset' })
    return c.body(image.bytes, 200, { 'Content-Type': image.type })
  })
}
