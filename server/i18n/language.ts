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
 *
 * A path whose first segment is one of ours in other letter case (`/zh-Hant/`,
 * the language's BCP 47 tag as it is usually written) names that language too:
 * http/language-case.ts sends it, permanently, to ours (`/zh-hant/`), one URL
 * per language rather than a 404.
 */
import type { MiddlewareHandler } from 'hono'
import { isLanguageId, LANGUAGE_IDS, languageById, languageFromTag, negotiateLanguage, type LanguageId } from '../../schemas/languages'
import { isCountryCode } from '../../schemas/vocabulary'
import type { AppEnv } from '../env'

/** The language a request asks for, and whether the request itself names it (the path or `lang`) rather than `Accept-Language`. */
export interface RequestedLanguage {
  language: LanguageId
  /** True when the path or `lang` decided; false when `Accept-Language` (or the default) did. */
  named: boolean
}

/**
 * The one decision of a request's language, from its URL and `Accept-Language` alone: a pure
 * function, so the answers kept per language (http/kept-answers.ts) are found by the same rule
 * that the app decides by.
 */
export function requestLanguage(url: URL, acceptLanguage: string | null | undefined): RequestedLanguage {
  const segment = url.pathname.split('/')[1]
  if (isLanguageId(segment)) return { language: segment, named: true }
  const asked = url.searchParams.get('lang')
  const fromQuery = asked === null ? undefined : languageFromTag(asked)
  if (fromQuery) return { language: fromQuery, named: true }
  return { language: negotiateLanguage(acceptLanguage), named: false }
}

/** A first path segment shaped like a language tag: a language, then a script and a region, each optional (`zh-Hant-TW`, `en-US`). */
const TAG_SEGMENT = /^[a-z]{2,3}(?:-[a-z]{4})?(?:-([a-z]{2}))?$/i

/** Whether `segment` is a language tag whose region, if any, is a country (`en-zh` is a typo, not English of a place). */
function isTagSegment(segment: string): boolean {
  const match = TAG_SEGMENT.exec(segment)
  return match !== null && (match[1] === undefined || isCountryCode(match[1].toUpperCase()))
}

/**
 * The path under our id when its first segment names one of our languages in another form: in
 * other letter case (`/zh-Hant/x`, as BCP 47 writes the tag) or as a tag that the one rule reads
 * as it (`/zh-TW/x`, `/zh-Hans/x`, `/en-US/x`); else `undefined`.
 */
export function canonicalLanguagePath(pathname: string): string | undefined {
  const [, segment = '', ...rest] = pathname.split('/')
  if (isLanguageId(segment) || !isTagSegment(segment)) return undefined
  const language = isLanguageId(segment.toLowerCase()) ? segment.toLowerCase() : languageFromTag(segment)
  return language ? ['', language, ...rest].join('/') : undefined
}

export const decideLanguage: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { language, named } = requestLanguage(new URL(c.req.url), c.req.header('Accept-Language'))
  c.set('language', language)
  await next()
  const dependsOnHeader = c.res.headers.get('Content-Language') === languageById(language).tag || c.res.headers.has('Location')
  if (!named && dependsOnHeader) c.res.headers.append('Vary', 'Accept-Language')
}

/** A route's language segment, matching only our language ids (whole), so `/fr/` and `/english/` fall through to the 404. */
export const LANGUAGE_SEGMENT = `/:lang{(?:${LANGUAGE_IDS.join('|')})}`
