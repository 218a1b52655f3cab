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
import { redirectForGood } from './redirect'

export const redirectLanguageCase: MiddlewareHandler<AppEnv> = async (c, next) => {
  const canonical = canonicalLanguagePath(new URL(c.req.url).pathname)
  return canonical === undefined ? next() : redirectForGood(c, canonical)
}
