/**
 * The Worker's two signed hooks, which purge the edge cache, checked by one
 * piece of code and refused the same way:
 *
 * - `POST /hooks/sanity` (`WEBHOOK_PATH`): Sanity's GROQ-powered webhook,
 *   sent on every create, update and delete of a published entry or the
 *   settings (`schemas/lib/publish-webhook.ts` defines its filter and
 *   projection), makes the change visible at once.
 * - `POST /hooks/deploy` (`DEPLOY_HOOK_PATH`, `schemas/lib/deploy-hook.ts`):
 *   sent by `npm run deploy` after `wrangler deploy`, purges everything the
 *   previous version rendered (`site`).
 *
 * Each checks, in order: the secret is set (else 503); the body is at most
 * 64 KB (else 413); the `sanity-webhook-signature` header signs these exact
 * bytes with `SANITY_WEBHOOK_SECRET` (the HMAC recomputed with
 * `@sanity/webhook` and compared in constant time) and was made from five
 * minutes before the Worker's clock to one minute after it (else 401, so a
 * captured delivery cannot be replayed later); the body is what that hook
 * sends (else 400). Then it purges (`http/purge.ts`) and answers what it
 * purged, and after the answer purges the same tags again once every
 * isolate's memory of Sanity's answers (or, after a deploy, every isolate of
 * the old version) is gone; a publish then tells the WebSub hub of every feed
 * that changed. A refusal purges nothing. Never cached.
 */
import { decodeSignatureHeader, encodeSignatureHeader } from '@sanity/webhook'
import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { timingSafeEqual } from 'hono/utils/buffer'
import { DEPLOY_HOOK_BODY, DEPLOY_HOOK_PATH } from '../../schemas/lib/deploy-hook'
import {
  PUBLISH_WEBHOOK_TYPES,
  SIGNATURE_HEADER,
  WEBHOOK_PATH,
  type PublishWebhookBody,
  type PublishWebhookSide,
  type PublishWebhookType,
} from '../../schemas/lib/publish-webhook'
import { siteUrls } from '../../schemas/lib/site-urls'
import type { AppEnv } from '../env'
import { AFTER_ANSWER_BUDGET_MS, afterAnswer, executionContextOf, type WorkerContext } from '../http/background'
import { CACHE_CONTROL } from '../http/cache-control'
import { CACHE_TAGS, changeOf, tagsForChange } from '../http/cache-tags'
import { problemResponse } from '../http/problem'
import { purgeAgainLater, purgeTags } from '../http/purge'
import { changedFeeds, feedTopics, notifyHub, websubPublisher } from '../http/websub'

/** The largest body read: a delivery of either hook is well under 1 KB. */
export const WEBHOOK_MAX_BYTES = 64 * 1024

/** How old a signature may be, and how far ahead of the Worker's clock. */
export const SIGNATURE_MAX_AGE_MS = 5 * 60_000
export const SIGNATURE_MAX_AHEAD_MS = 60_000

/** The WebSub hub's pings end this long before `waitUntil` does, so none is cut off midway. */
const WEBSUB_MARGIN_MS = 2_000

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * A field of the projection read by `read` (`undefined`: not what it should be); `null` when
 * absent, since Sanity leaves out attributes whose value is null.
 */
function nullable<T>(value: unknown, read: (value: unknown) => T | undefined): T | null | undefined {
  return value === undefined || value === null ? null : read(value)
}

const aString = (value: unknown) => (typeof value === 'string' ? value : undefined)
const strings = (value: unknown) => (Array.isArray(value) && value.every((item) => typeof item === 'string') ? (value as string[]) : undefined)

/** One side (`before()` or `after()`) of the projection, or `undefined` when it is not one. */
function sideOf(value: unknown): PublishWebhookSide | undefined {
  if (!isRecord(value)) return undefined
  const side = {
    slug: nullable(value.slug, aString),
    city: nullable(value.city, aString),
    country: nullable(value.country, aString),
    topics: nullable(value.topics, strings),
    date: nullable(value.date, aString),
  }
  return Object.values(side).includes(undefined) ? undefined : (side as PublishWebhookSide)
}

const OPERATIONS: readonly PublishWebhookBody['operation'][] = ['create', 'update', 'delete']

/** The publish webhook's body (`PUBLISH_WEBHOOK_PROJECTION`), or `undefined` when `json` is not one. */
function publishBodyOf(json: unknown): PublishWebhookBody | undefined {
  if (!isRecord(json)) return undefined
  const { _id, _type, operation } = json
  const before = nullable(json.before, sideOf)
  const after = nullable(json.after, sideOf)
  if (typeof _id !== 'string' || _id === '' || before === undefined || after === undefined) return undefined
  if (!PUBLISH_WEBHOOK_TYPES.includes(_type as PublishWebhookType)) return undefined
  if (!OPERATIONS.includes(operation as PublishWebhookBody['operation'])) return undefined
  return { _id, _type: _type as PublishWebhookType, operation: operation as PublishWebhookBody['operation'], before, after }
}

/** A time as RFC 3339, or as sent when it is none. */
function timeAsText(milliseconds: number): string {
  const date = new Date(milliseconds)
  return Number.isNaN(date.getTime()) ? String(milliseconds) : date.toISOString()
}

/** The 401 challenge RFC 9110 §11.6.1 asks for: the scheme is Sanity's signature header. */
const CHALLENGE = `${SIGNATURE_HEADER} realm="webhook"`

/**
 * Whether `signature` (`t=<ms>,v1=<HMAC>`) signs `raw` at its time with `secret`: the HMAC is
 * made again with `@sanity/webhook` and compared in constant time, unlike its
 * `assertValidSignature`, which compares with `!==` and so tells an attacker, by how soon it
 * answers, how much of a forged signature is right. `undefined`: not a signature at all.
 */
async function signedAt(raw: string, signature: string, secret: string): Promise<number | undefined> {
  try {
    const { timestamp, hashedPayload } = decodeSignatureHeader(signature)
    const expected = decodeSignatureHeader(await encodeSignatureHeader(raw, timestamp, secret)).hashedPayload
    return (await timingSafeEqual(hashedPayload, expected)) ? timestamp : undefined
  } catch {
    return undefined
  }
}

/** The body of a call signed with `SANITY_WEBHOOK_SECRET`, or the refusal to answer it with. */
async function signedBody(c: Context<AppEnv>): Promise<{ raw: string } | { refusal: Response }> {
  c.header('Cache-Control', CACHE_CONTROL.none)
  const secret = c.env?.SANITY_WEBHOOK_SECRET
  if (!secret) return { refusal: problemResponse(c, 'webhookNotConfigured') }

  const raw = await c.req.text()
  if (new TextEncoder().encode(raw).byteLength > WEBHOOK_MAX_BYTES) {
    return { refusal: problemResponse(c, 'webhookTooLarge', { values: { limit: String(WEBHOOK_MAX_BYTES) } }) }
  }

  const signature = c.req.header(SIGNATURE_HEADER)
  const values = { header: SIGNATURE_HEADER }
  if (!signature) {
    c.header('WWW-Authenticate', CHALLENGE)
    return { refusal: problemResponse(c, 'webhookUnsigned', { values }) }
  }
  const at = await signedAt(raw, signature, secret)
  if (at === undefined) {
    c.header('WWW-Authenticate', CHALLENGE)
    return { refusal: problemResponse(c, 'webhookBadSignature', { values }) }
  }
  const now = Date.now()
  if (now - at > SIGNATURE_MAX_AGE_MS || at - now > SIGNATURE_MAX_AHEAD_MS) {
    c.header('WWW-Authenticate', CHALLENGE)
    return { refusal: problemResponse(c, 'webhookStale', { values: { signedAt: timeAsText(at), now: timeAsText(now) } }) }
  }
  return { raw }
}

/**
 * Forgets this isolate's answers from Sanity and purges `tags` at once; the `503` to answer, with
 * `Retry-After`, when Cloudflare refuses (the sender tries again later).
 */
async function purgeNow(
  c: Context<AppEnv>,
  tags: readonly string[],
): Promise<{ ctx: WorkerContext | undefined; edge: boolean } | { refusal: Response }> {
  const ctx = executionContextOf(c)
  c.get('source').forget?.()
  const purged = await purgeTags(ctx, tags)
  if (purged.ok) return { ctx, edge: purged.edge }
  c.header('Retry-After', '60')
  return { refusal: problemResponse(c, 'purgeFailed') }
}

/** `raw` as JSON, or `undefined` when it is none. */
function parsedJson(raw: string): unknown {
  try {
    return JSON.parse(raw)
  } catch {
    return undefined
  }
}

/** Reads no more than `WEBHOOK_MAX_BYTES` of a body, whether or not it says how long it is. */
const limitedBody = bodyLimit({
  maxSize: WEBHOOK_MAX_BYTES,
  onError: (c) => problemResponse(c, 'webhookTooLarge', { values: { limit: String(WEBHOOK_MAX_BYTES) } }),
})

export const hooksRoutes = new Hono<AppEnv>()
  .post(WEBHOOK_PATH, limitedBody, async (c) => {
    const signed = await signedBody(c)
    if ('refusal' in signed) return signed.refusal

    const json = parsedJson(signed.raw)
    const type = typeof json === 'object' && json !== null && '_type' in json ? json._type : undefined
    if (typeof type === 'string' && !(PUBLISH_WEBHOOK_TYPES as readonly string[]).includes(type)) {
      const allowed = PUBLISH_WEBHOOK_TYPES.join(', ')
      return problemResponse(c, 'webhookUnknownType', {
        values: { type, allowed },
        invalidParams: [{ name: '_type', reason: `_type: ${allowed}`, allowed: PUBLISH_WEBHOOK_TYPES }],
      })
    }
    const body = publishBodyOf(json)
    if (!body) return problemResponse(c, 'webhookMalformed')

    const change = changeOf(body)
    const tags = tagsForChange(change)
    const purged = await purgeNow(c, tags)
    if ('refusal' in purged) return purged.refusal
    const { ctx } = purged
    const deadline = Date.now() + AFTER_ANSWER_BUDGET_MS - WEBSUB_MARGIN_MS
    const publisher = websubPublisher(c)
    const topics = publisher ? feedTopics(siteUrls(publisher.origin), changedFeeds(change)) : []
    afterAnswer(ctx, 'After the publish webhook', async () => {
      await purgeAgainLater(ctx, tags)
      if (publisher) await notifyHub(publisher.hub, topics, deadline)
    })
    return c.json({ purged: tags, edge: purged.edge, websub: topics })
  })
  .post(DEPLOY_HOOK_PATH, limitedBody, async (c) => {
    const signed = await signedBody(c)
    if ('refusal' in signed) return signed.refusal
    const json = parsedJson(signed.raw)
    if (!isRecord(json) || json.operation !== DEPLOY_HOOK_BODY.operation) {
      return problemResponse(c, 'deployHookMalformed', { values: { body: JSON.stringify(DEPLOY_HOOK_BODY) } })
    }

    const tags = [CACHE_TAGS.site]
    const purged = await purgeNow(c, tags)
    if ('refusal' in purged) return purged.refusal
    const { ctx } = purged
    afterAnswer(ctx, 'After the deploy hook', () => purgeAgainLater(ctx, tags))
    return c.json({ purged: tags, edge: purged.edge })
  })
