/**
 * The request's language, decided once for every surface: the first path
 * segment when it names a language (`/zh/atom.xml`), else a usable `lang`
 * query parameter, else `Accept-Language` (RFC 9110 §12.5.4), else English,
 * by the one rule in `schemas/languages.ts`. Handlers and problems read
 * `c.get('language')`; none negotiates again.
 *
 * When `Accept-Language` decided, a response written in that language (its
 * `Content-Language` is the language's tag) or sending the reader to it (a
 * redirect, with `Location`) says so with `Vary: Accept-Language`, so caches keep one copy per
 * language; a response that does not depend on it (`/embed.js`, the OPML list)
 * stays shared.
 */
import type { MiddlewareHandler } from 'hono'
import { isLanguageId, LANGUAGE_IDS, languageById, languageFromTag, negotiateLanguage } from '../../schemas/languages'
import type { AppEnv } from '../env'

export const decideLanguage: MiddlewareHandler<AppEnv> = async (c, next) => {
  const segment = c.req.path.split('/')[1]
  const asked = c.req.query('lang')
  const fromRequest = isLanguageId(segment) ? segment : asked === undefined ? undefined : languageFromTag(asked)
  const language = fromRequest ?? negotiateLanguage(c.req.header('Accept-Language'))
  c.set('language', language)
  await next()
  const dependsOnHeader = c.res.headers.get('Content-Language') === languageById(language).tag || c.res.headers.has('Location')
  if (!fromRequest && dependsOnHeader) c.res.headers.append('Vary', 'Accept-Language')
}

/** A route's language segment, matching only our language ids (whole), so `/fr/` and `/english/` fall through to the 404. */
export const LANGUAGE_SEGMENT = `/:lang{(?:${LANGUAGE_IDS.join('|')})}`
