/**
 * Content from a Sanity project's Content Lake, through `@sanity/client`
 * (loaded on the first query, server/lazy/modules.ts):
 * published documents at a pinned API version, from the API CDN, or from
 * another host speaking the same HTTP API (the local Content Lake); or, for
 * an editor's preview, drafts with the read token, from the live API.
 *
 * The boundary where the network comes in, so the one place that decides what
 * counts as Sanity failing: no answer, an error status, an answer later than
 * the time budget, or one that is not a query result of the query's shape (an
 * HTML error page, truncated JSON, a list that is not a list) all become
 * `ContentUnavailableError`, which readers see as the last good copy or a 503.
 */
import type { ClientConfig, SanityClient } from '@sanity/client'
import { urlSearchParamPreviewSecret, validatePreviewUrl } from '@sanity/preview-url-secret'
import { loadSanityClient } from '../lazy/modules'
import { hasAnswerShape } from './answer-shapes'
import { revisionQuery, revisionTiesQuery } from './queries'
import type { RevisionQueryResult, RevisionTiesQueryResult } from './sanity.types'
import { ContentUnavailableError, type ContentSource, type QueryParams } from './source'

/**
 * How long an isolate takes Sanity's content revision (`revisionQuery`) as current before it reads
 * it again: its held answers, by query and parameters, serve the readers of the meantime without a
 * query, and a publish reaches an isolate the webhook did not reach (it calls `forget()` on one
 * isolate only) within this time. While the revision read again is the same, the answers stay.
 */
export const ANSWER_LIFETIME_MS = 10_000

/** How many of the documents changed last `revisionQuery` lists (`[0...8]`). */
const REVISION_NEWEST = 8

/** At most this many answers are kept; the oldest goes first. */
const MAX_ANSWERS = 256

/** How long to wait before the one retry of a failed query (a 502, 503, 429 or a lost connection). */
const RETRY_DELAY_MS = 200

export interface SanitySourceOptions {
  projectId: string
  dataset: string
  apiVersion: string
  /**
   * Origin of a Content Lake other than Sanity's, such as `http://127.0.0.1:3900`; absent:
   * `https://<projectId>.apicdn.sanity.io` (`api.sanity.io` for drafts).
   */
  apiHost?: string
  /** The time budget of a query, retry included: a later answer is abandoned (`SANITY_TIMEOUT_MS`). */
  timeoutMs: number
  /**
   * A read token: the source then reads the `drafts` perspective (each document's draft in place
   * of the published one) from the live API, keeping nothing in memory. For editors' previews only.
   */
  draftsToken?: string
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Rejects with `ContentUnavailableError` after `ms`, unless `settled` settles first. */
async function withinBudget<T>(settled: Promise<T>, ms: number, what: string): Promise<T> {
  let stopTimer = () => {}
  const late = new Promise<never>((_, reject) => {
    const timer = setTimeout(() => reject(new ContentUnavailableError(`${what} did not answer within ${ms} ms`)), ms)
    stopTimer = () => clearTimeout(timer)
  })
  try {
    return await Promise.race([settled, late])
  } finally {
    stopTimer()
  }
}

/**
 * The client of a source: published from the CDN, or drafts with the token from the live API; at
 * `apiHost` when given, created on first use (`client()`); its description is known at once.
 */
function sanityClient({ projectId, dataset, apiVersion, apiHost, draftsToken }: SanitySourceOptions) {
  const host = apiHost === undefined ? undefined : apiHostUrl(apiHost)
  const drafts = draftsToken !== undefined
  const config: ClientConfig = {
    projectId,
    dataset,
    apiVersion,
    perspective: drafts ? 'drafts' : 'published',
    // A reader waits for these: retry once, briefly, all within the time budget, then give up.
    maxRetries: 1,
    retryDelay: () => RETRY_DELAY_MS,
    // Drafts are never on the CDN, and an editor previews what they just typed.
    ...(drafts ? { token: draftsToken, useCdn: false } : { useCdn: host === undefined }),
    // `<host>/v<apiVersion>/data/query/<dataset>`: no `<projectId>.` prefix (workerd need not
    // resolve `<projectId>.localhost`), and no CDN, so an edit shows at once.
    ...(host ? { apiHost: host, useProjectHostname: false, useCdn: false } : {}),
  }
  let client: SanityClient | undefined
  const description = host ? `${projectId}/${dataset} at ${host}` : `${projectId}/${dataset}`
  return {
    async client(): Promise<SanityClient> {
      return (client ??= (await loadSanityClient()).createClient(config))
    },
    description,
    name: `Sanity ${description}`,
  }
}

export function createSanitySource(options: SanitySourceOptions): ContentSource {
  const { timeoutMs } = options
  const drafts = options.draftsToken !== undefined
  const { client, description, name } = sanityClient(options)

  /** One query, abandoned at the budget (the signal also stops a retry), answered only with a result of the query's shape. */
  async function ask(query: string, params: QueryParams): Promise<unknown> {
    // Outside the try: a client that cannot be made is our configuration's fault (a 500), not Sanity failing.
    const sanity = await client()
    const controller = new AbortController()
    try {
      const asked = sanity.fetch(query, params, { filterResponse: false, returnQuery: false, signal: controller.signal })
      // With `filterResponse: false` the client hands over the body as it came: the envelope
      // `{result, ms}`, or, for a body that is not JSON (an HTML error page, truncated JSON), its text.
      const body: unknown = await withinBudget(asked, timeoutMs, name)
      if (!isObject(body) || !('result' in body)) throw new ContentUnavailableError(`${name} answered something other than a query result`)
      if (!hasAnswerShape(query, body.result)) throw new ContentUnavailableError(`${name} answered a query with a result of the wrong shape`)
      return body.result
    } catch (error) {
      controller.abort()
      if (error instanceof ContentUnavailableError) throw error
      throw new ContentUnavailableError(`${name} did not answer`, { cause: error })
    }
  }

  if (drafts) {
    return { kind: 'sanity', description: `${description}, drafts`, fetch: async <Result>(query: string, params: QueryParams) => (await ask(query, params)) as Result }
  }

  // Answers, not queries in flight: workerd lets a promise settle only in the request that made
  // it, so a request that awaited another's pending query would fail once that request ended
  // (seen under wrangler dev: a 500). Readers who arrive together each ask; later ones are answered.
  const answers = new Map<string, unknown>()
  // The content revision (content/revision.ts), read from Sanity (`revisionQuery`) as every isolate
  // reads it, and the answers held under it. It is current for `ANSWER_LIFETIME_MS` from the moment
  // it was asked, or until forget(); then the next request reads it again, and while it is the same
  // the held answers (and what the Worker made of them) live on: one small query a period, not all.
  let revision: string | undefined
  let lastRevision: string | undefined
  let readAt = 0
  // Bumped whenever the held answers go, so that an answer asked before is not held after.
  let generation = 0

  function knownRevision(): string | undefined {
    if (revision !== undefined && Date.now() - readAt >= ANSWER_LIFETIME_MS) revision = undefined
    return revision
  }
  function dropAnswers() {
    answers.clear()
    generation++
  }
  /** Sanity's revision now. Rejects with `ContentUnavailableError` when Sanity fails, dropping what is held. */
  async function readRevision(): Promise<string> {
    const asked = generation
    // The period starts when the revision is asked, not answered: never later than the content it names.
    const askedAt = Date.now()
    try {
      const { documents, newest } = (await ask(revisionQuery, {})) as RevisionQueryResult
      // More documents changed in the newest second than the query lists: all of that second's, then.
      const tied = newest.length === REVISION_NEWEST && newest.at(-1)!._updatedAt === newest[0]!._updatedAt
      const changed = tied ? ((await ask(revisionTiesQuery, { updatedAt: newest[0]!._updatedAt })) as RevisionTiesQueryResult) : newest
      const id = `sanity ${description} ${documents} ${changed.map(({ _id, _rev }) => `${_id}@${_rev}`).join(' ')}`
      if (asked !== generation) return id
      if (id !== lastRevision) dropAnswers()
      lastRevision = revision = id
      readAt = askedAt
      return id
    } catch (error) {
      if (error instanceof ContentUnavailableError) dropAnswers()
      throw error
    }
  }
  return {
    kind: 'sanity',
    description,
    async fetch<Result>(query: string, params: QueryParams) {
      const key = `${query}\u0000${JSON.stringify(params)}`
      // Held answers count only under the revision known now (read before a request's first query: forOneRequest).
      if (knownRevision() !== undefined && answers.has(key)) return answers.get(key) as Result
      const asked = generation
      // A failure throws and is not remembered: the next request asks again.
      const result = await ask(query, params)
      // An answer asked under an earlier revision (before forget()) is not held under this one.
      if (asked === generation && knownRevision() !== undefined) {
        if (answers.size >= MAX_ANSWERS) answers.delete(answers.keys().next().value ?? '')
        answers.set(key, result)
      }
      return result as Result
    },
    forget() {
      // A publish: what is held goes, and the revision is read again (the webhook may come before
      // the API CDN has the change; the period's end reads it once more).
      dropAnswers()
      revision = undefined
    },
    revision: () => knownRevision() ?? readRevision(),
    knownRevision,
  }
}

/**
 * The check of the secrets that open an editor's preview of drafts: whether `secret` is a preview
 * URL secret that a signed-in editor's Studio created in the dataset within the last hour, with
 * the editor's own session (`@sanity/preview-url-secret`: a draft document of type
 * `sanity.previewUrlSecret`). Asked with the drafts token (the secrets are drafts) from the live
 * API, never the CDN, within the time budget; Sanity failing is `ContentUnavailableError`.
 */
export function createPreviewSecretCheck(options: SanitySourceOptions & { draftsToken: string }): (secret: string) => Promise<boolean> {
  const { client, name } = sanityClient(options)
  return async (secret) => {
    const sanity = await client()
    const previewUrl = `/?${new URLSearchParams({ [urlSearchParamPreviewSecret]: secret })}`
    try {
      const { isValid } = await withinBudget(validatePreviewUrl(sanity, previewUrl), options.timeoutMs, name)
      return isValid
    } catch (error) {
      if (error instanceof ContentUnavailableError) throw error
      throw new ContentUnavailableError(`${name} did not answer whether a preview secret is valid`, { cause: error })
    }
  }
}

/** `SANITY_API_HOST` as `@sanity/client` wants it: an http(s) origin (and path), no credentials, no trailing slash. */
function apiHostUrl(apiHost: string): string {
  const url = URL.canParse(apiHost) ? new URL(apiHost) : undefined
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password || url.search || url.hash) {
    throw new Error(`SANITY_API_HOST must be an http(s) URL without credentials, such as http://127.0.0.1:3900`)
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '')
}
