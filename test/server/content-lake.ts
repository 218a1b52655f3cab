/**
 * A Content Lake beneath `@sanity/client`, for the Worker's tests: the
 * outbound fetch answered as Sanity's query API answers, from documents given
 * (by default the embedded dataset) and through the local lake's own
 * perspectives (lake/query.ts), or with one of the ways Sanity fails.
 */
import { vi } from 'vitest'
import { inPerspective, parsePerspective, runQuery, urlParams } from '../../lake/query.ts'
import type { LakeDocument } from '../../lake/mutations.ts'
import type { SanityDocument } from '../../server/content/embedded-source'
import { revisionQuery, revisionTiesQuery } from '../../server/content/queries'
import { seedDocuments } from './helpers'

/** A Sanity project, read through the API CDN. */
export const SANITY_ENV = { SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'production' }
/** The local Content Lake in `lake/`, as `npm` would configure the Worker for it. */
export const LAKE_ENV = { ...SANITY_ENV, SANITY_PROJECT_ID: 'local', SANITY_API_HOST: 'http://127.0.0.1:3900' }

/** How a query was asked: its URL and its headers. */
export interface AskedQuery {
  url: URL
  headers: Headers
}

const HTML_ERROR_PAGE = '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>'

/** Resolves never, but rejects as `fetch` does when the request's signal aborts it. */
function hang(signal: AbortSignal | null | undefined): Promise<Response> {
  return new Promise((_, reject) => signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError'))))
}

/** Each way Sanity fails that readers must be shielded from, as the answer to a query. */
export const FAULTS = {
  'a 500 error': () => Response.json({ error: { description: 'Internal server error' } }, { status: 500 }),
  'a 503 error page in HTML': () => new Response(HTML_ERROR_PAGE, { status: 503, headers: { 'Content-Type': 'text/html' } }),
  'an HTML error page sent as 200': () => new Response(HTML_ERROR_PAGE, { status: 200, headers: { 'Content-Type': 'text/html' } }),
  'truncated JSON': () =>
    new Response('{"ms":3,"result":[{"_id":"entry-vicenza-2018","_updatedAt":"2024-05-0', { headers: { 'Content-Type': 'application/json' } }),
  'no answer within the time budget': (signal?: AbortSignal | null) => hang(signal),
} satisfies Record<string, (signal?: AbortSignal | null) => Response | Promise<Response>>

export type Fault = keyof typeof FAULTS
export const FAULT_NAMES = Object.keys(FAULTS) as Fault[]

/**
 * Answers the Worker's queries as a Content Lake holding `documents` does, in the perspective the
 * query asks for; `fault`, while set, answers instead. Records every query asked: the content
 * queries in `asked`, the revision's (`revisionQuery`, one a period) in `revisionsAsked`, and the
 * revision's ties (`revisionTiesQuery`, when the newest second holds more changes than it lists:
 * the seed's documents all share one) in `tiesAsked`.
 */
export function contentLake(documents: SanityDocument[] = seedDocuments()) {
  const asked: AskedQuery[] = []
  const revisionsAsked: AskedQuery[] = []
  const tiesAsked: AskedQuery[] = []
  const lake = {
    asked,
    revisionsAsked,
    tiesAsked,
    documents: documents as LakeDocument[],
    fault: undefined as Fault | undefined,
  }
  vi.mocked(globalThis.fetch).mockImplementation(async (input, init) => {
    const request = new Request(input, init)
    const url = new URL(request.url)
    const query = url.searchParams.get('query')
    ;(query === revisionQuery ? revisionsAsked : query === revisionTiesQuery ? tiesAsked : asked).push({ url, headers: request.headers })
    if (lake.fault) return FAULTS[lake.fault](init?.signal ?? request.signal)
    const apiVersion = /^\/v(\d{4}-\d{2}-\d{2})\//.exec(url.pathname)?.[1] ?? ''
    const params = urlParams(url, 'queryParseError')
    const perspective = parsePerspective(url.searchParams.get('perspective') ?? undefined, apiVersion)
    const result = await runQuery(url.searchParams.get('query') ?? '', params, inPerspective(lake.documents, perspective))
    return Response.json({ result, ms: 1 })
  })
  return lake
}
