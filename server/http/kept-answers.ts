/**
 * Kept answers: a repeated request for unchanged content costs what a fixed
 * response costs. The Worker keeps, in each isolate's memory, the bytes and
 * headers of the answers it sent, and sends them again — a 200, or a 304 by
 * the one rule of conditional.ts — without reading content, rendering or
 * hashing anything.
 *
 * - **What is kept:** a `GET`'s public 200 (a policy a shared cache may keep,
 *   cache-control.ts) whose route declared a canonical request
 *   (canonical-request.ts), made under a content revision
 *   (content/revision.ts). Never a problem, a redirect, a `Stale-Since` copy,
 *   a preview, a `private` or `no-store` answer, a webhook's answer, an
 *   answer that sets a cookie, or one whose source names no revision.
 * - **Under what:** the revision, the canonical request (which names the
 *   format, the language and the normalised query) and whether the request
 *   named its language (which decides `Vary: Accept-Language`). Each spelling
 *   of a request (its URL and the language `requestLanguage` decides for it)
 *   is an alias of that one answer: the bytes are kept once.
 * - **For how long:** while the source still answers under the same revision
 *   (the embedded dataset: the whole life of the isolate; Sanity: while the
 *   revision it read is current, `ANSWER_LIFETIME_MS` at a time, or until a
 *   webhook's `forget()`; then the next request for it reads the revision
 *   again (`confirm`), and while it is the same the answer is sent as kept,
 *   neither queried nor made again), and while it is among the most recently used within
 *   `MAX_KEPT_BYTES`, which counts bodies, their gzip forms, headers and keys:
 *   a crawler walking every filter combination cannot grow it beyond that.
 * - **Compressed:** a body of a type Cloudflare does not compress
 *   (compression.ts) is gzipped once, when kept.
 *
 * Two parts: `withKeptAnswers(app)`, the Worker's front door, which answers
 * from what is kept before the app runs; and `keepAnswers`, the app's
 * outermost middleware, which tells the front door what the app's answer is
 * (its canonical request and revision) after every other middleware has
 * written its headers. An app without the front door answers exactly as it
 * would with it.
 */
import type { MiddlewareHandler } from 'hono'
import { revisionOf, type ContentRevision } from '../content/revision'
import { ContentUnavailableError } from '../content/source'
import type { AppEnv, Env } from '../env'
import { requestLanguage } from '../i18n/language'
import { sharedCacheMayStore } from './cache-control'
import { canonicalRequestOf } from './canonical-request'
import { acceptsGzip, compressedHere, gzipEtag, gzipped, readerAcceptEncoding } from './compression'
import { isUnchanged, isUnchangedAnswer, lastModifiedOf, notModified, notModifiedHeaders } from './conditional'
import { STALE_SINCE_HEADER } from './last-good-copy'

/** How many bytes an isolate keeps of answers at most: bodies, gzip forms, headers and keys. */
export const MAX_KEPT_BYTES = 8 * 1024 * 1024

/** The longest `Accept-Language` kept as a spelling of its own (`lookup`). */
const MAX_KEPT_HEADER_LENGTH = 128

/**
 * One form of a kept answer: its bytes, headers, and the headers of its 304. The headers are kept
 * as pairs (to compare and count) and built once as `Headers`, which a `Response` copies natively:
 * building them from strings on every request is most of what sending one costs.
 */
interface Form {
  body: Uint8Array<ArrayBuffer>
  pairs: [string, string][]
  headers: Headers
  notModified: Headers
  etag: string | null
  encodeBody: 'automatic' | 'manual'
}

interface KeptAnswer {
  key: string
  revision: ContentRevision
  identity: Form
  gzip: Form | undefined
  lastModified: Date | undefined
  /** How many request spellings lead here. */
  aliases: number
  bytes: number
}

/** An answer found for a request, and the spelling that found it. */
interface Found {
  answer: KeptAnswer
  alias: string
}

/** What the app tells the front door about its answer to one request. */
interface AnswerFacts {
  /** The revision the source answered under when the request reached it. */
  revisionAsked?: ContentRevision | undefined
  canonicalRequest?: string
  revision?: ContentRevision | undefined
  /** How the content source failed when the front door asked it for this request. */
  sourceFailure?: ContentUnavailableError | undefined
}

/** Requests the front door is waiting on, and what the app found out about each. */
const waiting = new WeakMap<Request, AnswerFacts>()

/** The size of a string in memory, counted as one byte a character (URLs and headers are ASCII). */
const headerBytes = (headers: [string, string][]) => headers.reduce((sum, [name, value]) => sum + name.length + value.length + 16, 0)

function formOf(body: Uint8Array<ArrayBuffer>, pairs: [string, string][], encodeBody: Form['encodeBody']): Form {
  const etag = pairs.find(([name]) => name === 'etag')?.[1] ?? null
  return { body, pairs, headers: new Headers(pairs), notModified: new Headers(notModifiedHeaders(pairs)), etag, encodeBody }
}

/**
 * The spelling of a request that finds its kept answer: its URL when the URL names its language
 * (the path or `lang`), else the language `Accept-Language` decides and the URL.
 */
function aliasOf(url: string, acceptLanguage: string | null): { alias: string; named: boolean } {
  const { language, named } = requestLanguage(new URL(url), acceptLanguage)
  return { alias: named ? url : `${language}? ${url}`, named }
}

/** The answers one front door keeps: an LRU of request spellings, each leading to an answer kept once, bounded in bytes. */
export class KeptAnswers {
  /** Request spelling → answer key; in order of use, the least recently used first. */
  readonly #aliases = new Map<string, KeptAnswer>()
  readonly #answers = new Map<string, KeptAnswer>()
  #bytes = 0

  constructor(readonly maxBytes: number = MAX_KEPT_BYTES) {}

  /** The bytes kept now: bodies, gzip forms, headers and keys. */
  get bytes(): number {
    return this.#bytes
  }

  /** How many answers are kept, and under how many request spellings. */
  get size(): { answers: number; aliases: number } {
    return { answers: this.#answers.size, aliases: this.#aliases.size }
  }

  /**
   * The answer kept for a request to `url` with `headers`, if any: first by the URL alone (a request
   * that names its language); then by the URL and `Accept-Language` as a request sent them before (a browser
   * repeats its header), neither parsed; last, only when the URL does not name its language, by the
   * language `Accept-Language` decides, which then finds this spelling at once the next time.
   */
  lookup(url: string, headers: Headers): Found | undefined {
    const named = this.#find(url)
    if (named) return named
    const acceptLanguage = headers.get('Accept-Language')
    const asked = `${acceptLanguage ?? ''}\n${url}`
    const same = this.#find(asked)
    if (same) return same
    const { alias, named: isNamed } = aliasOf(url, acceptLanguage)
    const negotiated = isNamed ? undefined : this.#find(alias)
    // A header as browsers send it, to an answer still current; a longer one, junk or not, is parsed each time.
    if (negotiated && (acceptLanguage?.length ?? 0) <= MAX_KEPT_HEADER_LENGTH && negotiated.answer.revision.isCurrent()) this.#alias(asked, negotiated.answer)
    return negotiated
  }

  /** The answer kept for `alias`, current or not (`Found`); marks it as just used. */
  #find(alias: string): Found | undefined {
    const answer = this.#aliases.get(alias)
    if (!answer) return undefined
    this.#aliases.delete(alias)
    this.#aliases.set(alias, answer)
    return { answer, alias }
  }

  /** Lets go of `alias` when what it leads to was made under a revision the source no longer answers under. */
  outdated({ alias, answer }: Found): void {
    if (this.#aliases.get(alias) === answer) this.#release(alias, answer)
  }

  /**
   * Keeps `response` (a 200 whose facts say what it is) under `alias`, and returns it kept;
   * `undefined` when it cannot be: its answer key holds a different answer, or it is too large.
   */
  async keep(alias: string, response: Response, revision: ContentRevision, canonicalRequest: string, named: boolean): Promise<KeptAnswer | undefined> {
    const key = `${revision.id}\n${named ? 'named' : 'negotiated'}\n${canonicalRequest}`
    const body = new Uint8Array(await response.arrayBuffer())
    const headers = [...response.headers]
    const existing = this.#answers.get(key)
    if (existing) {
      // Another spelling of the same request: the same answer, or it is not kept at all.
      if (!sameAnswer(existing.identity, body, headers)) return undefined
      this.#alias(alias, existing)
      return existing
    }
    const identity = formOf(body, headers, 'automatic')
    const gzip = await gzipForm(identity)
    const bytes = body.byteLength + headerBytes(headers) + (gzip ? gzip.body.byteLength + headerBytes(gzip.pairs) : 0) + key.length
    if (bytes > this.maxBytes / 8) return undefined
    const answer: KeptAnswer = { key, revision, identity, gzip, lastModified: lastModifiedOf(response.headers), aliases: 0, bytes }
    this.#answers.set(key, answer)
    this.#bytes += bytes
    this.#alias(alias, answer)
    return answer
  }

  #alias(alias: string, answer: KeptAnswer) {
    const previous = this.#aliases.get(alias)
    if (previous === answer) {
      // Already this spelling's answer: only just used.
      this.#aliases.delete(alias)
      this.#aliases.set(alias, answer)
      return
    }
    if (previous) this.#release(alias, previous)
    this.#aliases.set(alias, answer)
    answer.aliases++
    this.#bytes += alias.length + 16
    while (this.#bytes > this.maxBytes) {
      const oldest = this.#aliases.entries().next().value
      if (!oldest) break
      this.#release(...oldest)
    }
  }

  #release(alias: string, answer: KeptAnswer) {
    this.#aliases.delete(alias)
    this.#bytes -= alias.length + 16
    if (--answer.aliases > 0) return
    this.#answers.delete(answer.key)
    this.#bytes -= answer.bytes
  }
}

function sameAnswer(kept: Form, body: Uint8Array<ArrayBuffer>, headers: [string, string][]): boolean {
  if (kept.body.byteLength !== body.byteLength || kept.pairs.length !== headers.length) return false
  if (kept.pairs.some(([name, value], i) => headers[i]![0] !== name || headers[i]![1] !== value)) return false
  return kept.body.every((byte, i) => byte === body[i])
}

/** The gzip form of `identity`, when its type is one Cloudflare leaves alone and gzip makes it smaller. */
async function gzipForm(identity: Form): Promise<Form | undefined> {
  if (!compressedHere(identity.headers.get('Content-Type'))) return undefined
  const body = await gzipped(identity.body)
  if (!body) return undefined
  const headers = identity.pairs.map(([name, value]): [string, string] => [name, name === 'etag' ? gzipEtag(value) : value])
  headers.push(['content-encoding', 'gzip'])
  return formOf(body, headers, 'manual')
}

/** The kept answer to `request`: its gzip form if the reader takes it (`readerAcceptEncoding`), as a 304 when the reader's copy is current. */
function send(answer: KeptAnswer, request: Request): Response {
  const form = answer.gzip && acceptsGzip(readerAcceptEncoding(request)) ? answer.gzip : answer.identity
  if (isUnchanged(request.headers, form.etag, answer.lastModified)) return new Response(null, { status: 304, headers: form.notModified })
  return new Response(form.body, { status: 200, headers: form.headers, encodeBody: form.encodeBody })
}

/** The app's answer to a request the front door is waiting on, if it may be kept: its facts. */
function keepable(response: Response, facts: AnswerFacts): { revision: ContentRevision; canonicalRequest: string } | undefined {
  const { revision, revisionAsked, canonicalRequest } = facts
  if (response.status !== 200 || !revision || !canonicalRequest || revisionAsked?.id !== revision.id || !revision.isCurrent()) return undefined
  const headers = response.headers
  if (!sharedCacheMayStore(headers.get('Cache-Control')) || headers.has(STALE_SINCE_HEADER) || headers.has('Set-Cookie')) return undefined
  return { revision, canonicalRequest }
}

/** Anything with a Worker's `fetch`: the Hono app. */
interface Fetcher {
  fetch(request: Request, env: Env, ctx: ExecutionContext): Response | Promise<Response>
}

/**
 * The Worker's front door: `app`, with each repeated `GET` for unchanged content answered from
 * what is kept. Every entry of the Worker wraps its app in it, once, the same way.
 */
export function withKeptAnswers(app: Fetcher, kept: KeptAnswers = new KeptAnswers()): ExportedHandler<Env> {
  return {
    // Not async: a kept answer is sent at once, without a promise for the runtime to wait on.
    fetch(request, env, ctx) {
      if (request.method !== 'GET') return app.fetch(request, env, ctx)
      const found = kept.lookup(request.url, request.headers)
      if (!found) return answerAndKeep(app, kept, request, env, ctx)
      return found.answer.revision.isCurrent() ? send(found.answer, request) : confirmed(found, app, kept, request, env, ctx)
    },
  }
}

/**
 * A kept answer whose source no longer knows whether its revision is current (Sanity, a period
 * later): sent if the source, asked again, still answers under it, with no query or render beyond
 * that; else the answer another spelling leads to, if made under the revision just read; else the
 * app's. When the source cannot say (Sanity failing), the app's request fails its queries at once,
 * to the last good copy or a 503 within the one time budget already spent.
 */
async function confirmed(found: Found, app: Fetcher, kept: KeptAnswers, request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
  let failed: ContentUnavailableError | undefined
  try {
    if (await found.answer.revision.confirm()) return send(found.answer, request)
  } catch (error) {
    // Anything else is the app's to answer too (a problem, by its error handler), not the runtime's.
    if (error instanceof ContentUnavailableError) failed = error
  }
  kept.outdated(found)
  const again = failed ? undefined : kept.lookup(request.url, request.headers)
  if (again?.answer.revision.isCurrent()) return send(again.answer, request)
  return answerAndKeep(app, kept, request, env, ctx, failed)
}

/** The content source's failure the front door met for `request`, if any (`forOneRequest`'s `failed`). */
export function sourceFailureFor(request: Request): ContentUnavailableError | undefined {
  return waiting.get(request)?.sourceFailure
}

/** The app's answer to a `GET` nothing is kept for, kept when it may be, and sent by the same rule as a kept one. */
async function answerAndKeep(
  app: Fetcher,
  kept: KeptAnswers,
  request: Request,
  env: Env,
  ctx: ExecutionContext,
  sourceFailure?: ContentUnavailableError,
): Promise<Response> {
  // Asked without its conditions, so that the whole answer can be kept; the conditions are then applied here.
  const conditional = request.headers.has('If-None-Match') || request.headers.has('If-Modified-Since')
  const asked = conditional ? withoutConditions(request) : request
  const facts: AnswerFacts = { sourceFailure }
  waiting.set(asked, facts)
  const response = await app.fetch(asked, env, ctx)
  const keep = keepable(response, facts)
  if (keep) {
    const { alias, named } = aliasOf(request.url, request.headers.get('Accept-Language'))
    const answer = await kept.keep(alias, response.clone(), keep.revision, keep.canonicalRequest, named)
    if (answer) {
      await response.body?.cancel()
      return send(answer, request)
    }
  }
  if (conditional && response.status === 200 && isUnchangedAnswer(request.headers, response.headers)) {
    await response.body?.cancel()
    return notModified(response.headers)
  }
  return response
}

function withoutConditions(request: Request): Request {
  const headers = new Headers(request.headers)
  headers.delete('If-None-Match')
  headers.delete('If-Modified-Since')
  return new Request(request, { headers })
}

/**
 * The app's outermost middleware (registered first, so that the answer has every header when it
 * looks): tells the front door the answer's canonical request and revision.
 */
export const keepAnswers: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next()
  const facts = waiting.get(c.req.raw)
  const source = c.get('source')
  if (!facts || !source) return
  facts.canonicalRequest = canonicalRequestOf(c)
  facts.revision = await revisionOf(source)
}

/**
 * Registered right after the content source is chosen: notes the revision it answers under as
 * the request reaches it, so that an answer whose revision changed on the way is not kept.
 */
export const noteRevision: MiddlewareHandler<AppEnv> = async (c, next) => {
  const facts = waiting.get(c.req.raw)
  const source = c.get('source')
  if (facts && source) facts.revisionAsked = await revisionOf(source)
  await next()
}
