/**
 * Problem details for HTTP APIs (RFC 9457, https://www.rfc-editor.org/rfc/rfc9457):
 * every error the Worker answers with, as `application/problem+json`, written
 * in the request's language. The one place a problem body is made.
 */
import { withoutSecretSearchParams } from '@sanity/preview-url-secret/without-secret-search-params'
import type { Context } from 'hono'
import { DEFAULT_LANGUAGE, languageById } from '../../schemas/languages'
import type { AppEnv } from '../env'
import { translator } from '../i18n'
import { CACHE_CONTROL } from './cache-control'

/** One rejected query parameter, with the values it accepts where they can be listed. */
export interface InvalidParam {
  name: string
  reason: string
  allowed?: readonly string[]
}

/** Each kind of problem: its type URI (relative to this API) and status; title and detail are interface strings `problem.<kind>.*`. */
const PROBLEMS = {
  invalidParameters: { type: '/problems/invalid-parameters', status: 400 },
  notFound: { type: '/problems/not-found', status: 404 },
  entryNotFound: { type: '/problems/not-found', status: 404 },
  internal: { type: '/problems/internal', status: 500 },
  unavailable: { type: '/problems/unavailable', status: 503 },
  previewSecretMissing: { type: '/problems/preview-secret', status: 401 },
  previewSecretWrong: { type: '/problems/preview-secret', status: 403 },
  previewUnavailable: { type: '/problems/preview-unavailable', status: 501 },
  webhookNotConfigured: { type: '/problems/webhook-not-configured', status: 503 },
  webhookUnsigned: { type: '/problems/webhook-signature', status: 401 },
  webhookBadSignature: { type: '/problems/webhook-signature', status: 401 },
  webhookStale: { type: '/problems/webhook-signature', status: 401 },
  webhookTooLarge: { type: '/problems/webhook-too-large', status: 413 },
  webhookMalformed: { type: '/problems/webhook-body', status: 400 },
  webhookUnknownType: { type: '/problems/webhook-body', status: 400 },
  deployHookMalformed: { type: '/problems/webhook-body', status: 400 },
  purgeFailed: { type: '/problems/purge-failed', status: 503 },
} as const

export type ProblemKind = keyof typeof PROBLEMS

const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8'

/**
 * Sends a problem of `kind` in the request's language; `values` fill its detail, `invalidParams`
 * lists rejected parameters. Its `instance` is the request's path and query less a preview secret
 * and what comes with it (`@sanity/preview-url-secret`'s parameters): no problem repeats one.
 */
export function problemResponse(
  c: Context<AppEnv>,
  kind: ProblemKind,
  { values = {}, invalidParams }: { values?: Record<string, string>; invalidParams?: InvalidParam[] } = {},
): Response {
  const language = c.get('language') ?? DEFAULT_LANGUAGE
  const t = translator(language)
  const { type, status } = PROBLEMS[kind]
  const url = withoutSecretSearchParams(new URL(c.req.url))
  const body = {
    type,
    title: t(`problem.${kind}.title`),
    status,
    detail: t(`problem.${kind}.detail`, values),
    ...(invalidParams && { invalidParams }),
    instance: url.pathname + url.search,
  }
  return c.body(JSON.stringify(body, null, 2), status, {
    'Content-Type': PROBLEM_CONTENT_TYPE,
    'Content-Language': languageById(language).tag,
    'Cache-Control': CACHE_CONTROL.none,
  })
}
