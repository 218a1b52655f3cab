/**
 * `/zh-Hant/…`, `/ZH/…`, `/zh-TW/…`, `/zh-Hans/…`, `/en-US/…`: a path that
 * names one of our languages in another form (other letter case, as BCP 47
 * writes the tag, or a tag the one language rule reads as it) is sent for good
 * to the same path under our id (`/zh-hant/…`, `/zh/…`), query and all, rather
 * than answered with a 404 or served under a second URL. Which paths do is
 * decided beside the request's language (`canonicalLanguagePath`, i18n/language.ts).
 */
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env'
import { canonicalLanguagePath } from '../i18n/language'
import { CACHE_CONTROL } from './cache-control'
import { showing } from './cache-tags'
import { publicOrigin } from './origin'

export const redirectLanguageCase: MiddlewareHandler<AppEnv> = async (c, next) => {
  const url = new URL(c.req.url)
  const canonical = canonicalLanguagePath(url.pathname)
  if (canonical === undefined) return next()
  // The same for every reader, and changes only with a deploy.
  c.header('Cache-Control', CACHE_CONTROL.untilDeploy)
  showing(c, { kind: 'asset' })
  return c.redirect(publicOrigin(c) + canonical + url.search, 301)
}
