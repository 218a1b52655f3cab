/**
 * Where content comes from. Two implementations run the very same GROQ
 * queries: Sanity's Content Lake through `@sanity/client` (sanity-source.ts)
 * and the embedded dataset in `data/` through `groq-js` (embedded-source.ts);
 * configured-source.ts picks one from the Worker's bindings.
 */

export type QueryParams = Record<string, string | number | boolean | readonly string[] | null>

export interface ContentSource {
  /** Which kind of source this is, as `/healthz` reports it. */
  readonly kind: 'embedded' | 'sanity'
  /** A short description without secrets, such as `abc123/production`. */
  readonly description: string
  /**
   * Runs a GROQ query over published documents (drafts too, for a preview source). Throws
   * `ContentUnavailableError` when the source fails, is too slow, or answers in a shape the
   * query cannot have (answer-shapes.ts).
   */
  fetch<Result>(query: string, params: QueryParams): Promise<Result>
  /**
   * Drops the answers this isolate keeps in memory, so the next request asks the source again.
   * The publish webhook calls it; other isolates keep theirs for at most `ANSWER_LIFETIME_MS`
   * (sanity-source.ts). Absent where answers cannot change (the embedded dataset).
   */
  forget?(): void
  /**
   * The content revision this source answers under now (content/revision.ts): the same while its
   * answers stay the same, another once they may differ; synchronous once known. Rejects with
   * `ContentUnavailableError` when the source cannot say (Sanity failing), and then nothing is kept.
   * Absent: the source names none, and nothing made of its answers is kept.
   */
  revision?(): string | Promise<string>
  /**
   * The revision known now, without asking the source anything; `undefined` when `revision()`
   * would have to ask. What a kept answer checks on every request, so it must cost nothing.
   */
  knownRevision?(): string | undefined
  /**
   * The source this one reads for one request (`forOneRequest`), which outlives the request: what
   * a revision asks again long after it was read (content/revision.ts, `confirm`).
   */
  readonly lasting?: ContentSource
}

/** The content source could not be reached or did not answer: a 503 for the reader, not a 500. */
export class ContentUnavailableError extends Error {
  override name = 'ContentUnavailableError'
}

/**
 * `source` as one request reads it: an identical query (the same text and parameters) asked
 * while another is in flight shares its answer, so a page that reads the settings' corrections
 * for its entries and for its settings at once asks once. The source's revision is known before
 * the request's first query (the answers a source holds count only under the revision known now),
 * and read at most once for the request; `failed`, when the front door already failed to read it
 * for this request (http/kept-answers.ts), fails every query at once. For one request only: workerd settles a promise only in
 * the request that made it, so sources kept across requests (sanity-source.ts) keep answers,
 * never queries in flight.
 */
export function forOneRequest(source: ContentSource, failed?: ContentUnavailableError): ContentSource {
  const inFlight = new Map<string, Promise<unknown>>()
  const { forget, revision, knownRevision } = source
  // A read in flight is shared by the request's queries; a revision known at once is asked live.
  // One that already failed for this request (`failed`) fails them all at once: one time budget.
  let reading: Promise<string> | undefined = failed && Promise.reject(failed)
  reading?.catch(() => {})
  const currentRevision =
    revision &&
    (() => {
      const now = knownRevision?.call(source) ?? reading ?? revision.call(source)
      if (typeof now !== 'string') reading = now
      return now
    })
  return {
    kind: source.kind,
    description: source.description,
    fetch<Result>(query: string, params: QueryParams) {
      const key = `${query}\u0000${JSON.stringify(params)}`
      let asked = inFlight.get(key)
      if (!asked) {
        asked = Promise.resolve(currentRevision?.())
          .then(() => source.fetch<Result>(query, params))
          .finally(() => inFlight.delete(key))
        inFlight.set(key, asked)
      }
      return asked as Promise<Result>
    },
    ...(forget ? { forget: () => forget.call(source) } : {}),
    ...(currentRevision ? { revision: currentRevision } : {}),
    ...(knownRevision ? { knownRevision: () => knownRevision.call(source) } : {}),
    lasting: source.lasting ?? source,
  }
}
