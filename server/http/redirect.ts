/**
 * A permanent redirect to the one address of what was asked for, its query
 * kept: the same for every reader and changed only by a deploy, so the edge
 * and browsers keep it as long as an asset (`/zh-Hant/…` → `/zh-hant/…`,
 * `/embed/` → `/embed`).
 */
import type { Context } from 'hono'
import type { AppEnv } from '../env'
import { CACHE_CONTROL } from './cache-control'
import { showing } from './cache-tags'
import { publicOrigin } from './origin'

/** Answers with a 301 to `path` at the public origin, with the request's query. */
export function redirectForGood(c: Context<AppEnv>, path: string): Response {
  c.header('Cache-Control', CACHE_CONTROL.untilDeploy)
  showing(c, { kind: 'asset' })
  return c.redirect(publicOrigin(c) + path + new URL(c.req.url).search, 301)
}
