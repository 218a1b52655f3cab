/**
 * Problem details for HTTP APIs (RFC 9457, https://www.rfc-editor.org/rfc/rfc9457):
 * every error the Worker answers with, as `application/problem+json`.
 */
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { languageById, type LanguageId } from '../schemas/languages'

/** One rejected query parameter, with the values it accepts where they can be listed. */
export interface InvalidParam {
  name: string
  reason: string
  allowed?: readonly string[]
}

export interface Problem {
  /** A URI reference naming the kind of problem, relative to this API. */
  type: string
  title: string
  status: ContentfulStatusCode
  detail: string
  /** Extension member listing each rejected parameter. */
  invalidParams?: InvalidParam[]
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8'

/** Sends a problem; `instance` is the request's path and query. */
export function problemResponse(c: Context, problem: Problem, language: LanguageId): Response {
  const url = new URL(c.req.url)
  const body = { ...problem, instance: url.pathname + url.search }
  return new Response(JSON.stringify(body, null, 2), {
    status: problem.status,
    headers: {
      'Content-Type': PROBLEM_CONTENT_TYPE,
      'Content-Language': languageById(language).tag,
      'Cache-Control': 'no-store',
      'Access-Control-Allow-Origin': '*',
    },
  })
}
