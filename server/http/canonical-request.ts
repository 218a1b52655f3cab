/**
 * The canonical request: the one way of writing what a request asks for, so
 * that every request for the same answer is known as one. A city spelt as
 * readers type it (`?city=Fort%20Worth`) or as its key (`?city=fort-worth`),
 * the default `limit` written out or left out, the language given by `lang` or
 * by `Accept-Language`, a parameter the route does not take (`?x=random`,
 * `?utm_source=…`): one canonical request.
 *
 * It is the URL the site itself links to for that answer, built by
 * `siteUrls` (schemas/lib/site-urls.ts) under the public origin: the path
 * names the format (and, for feeds and pages, the language); the query holds
 * the filters as their rules normalise them (model/filters.ts), in
 * `FILTER_NAMES` order, the limit only when it is not the default, `lang`
 * where the path does not name the language, and nothing else. So it names
 * everything the answer depends on, and nothing it does not.
 *
 * A route that reads content declares it (`declareCanonicalRequest`) once its
 * parameters are validated and before it reads anything, so that it is known
 * even when reading fails; a route may declare it again once it knows more
 * (a page drops a city there is no entry for, and is then the unfiltered page).
 * What is kept of answers is kept per canonical request — the last good copy
 * (last-good-copy.ts), the kept answers of the front door (kept-answers.ts) — and
 * nothing is kept of an answer whose route declared none.
 */
import type { Context } from 'hono'
import type { AppEnv } from '../env'

/** Declares the canonical request that `c` asks for: a URL from `siteUrls`, as the site links to the same answer. */
export function declareCanonicalRequest(c: Context<AppEnv>, url: string): void {
  c.set('canonicalRequest', url)
}

/** The canonical request that `c`'s route declared; `undefined` if it declared none. */
export function canonicalRequestOf(c: Context<AppEnv>): string | undefined {
  return c.get('canonicalRequest')
}
