/**
 * `POST /hooks/sanity` (`WEBHOOK_PATH`): Sanity's GROQ-powered webhook, sent
 * on every create, update and delete of a published entry or the settings
 * (`schemas/lib/publish-webhook.ts` defines its filter and projection), makes
 * the change visible at once. It checks, in order: the secret is set (else 503);
 * the body is at most 64 KB (else 413); the `sanity-webhook-signature` header
 * signs these exact bytes with `SANITY_WEBHOOK_SECRET` (`@sanity/webhook`)
 * and was made from five minutes before the Worker's clock to one minute
 * after it (else 401, so a captured delivery cannot be replayed later); the
 * body is the projection's JSON for a type this site serves (else 400). Then it
 * forgets this isolate's answers, purges the tags of everything that showed the
 * document or could now show it, answers what it purged, and after the answer
 * purges them again once every isolate's memory of Sanity's answers has
 * expired and tells the WebSub hub of every feed that changed. A refusal
 * purges nothing. Never cached.
 */
import { assertValidSignature, decodeSignatureHeader } from '@sanity/webhook'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { z } from 'zod'
import {
  PUBLISH_WEBHOOK_TYPES,
  SIGNATURE_HEADER,
  type PublishWebhookBody,
  type PublishWebhookSide,
} from '../../schemas/lib/publish-webhook'
import { siteUrls } from '../../schemas/lib/site-urls'
import type { AppEnv } from '../env'
import { afterAnswer, executionContextOf } from '../http/background'
import { CACHE_CONTROL } from '../http/cache-control'
import { changeOf, tagsForChange } from '../http/cache-tags'
import { publicOrigin } from '../http/origin'
import { problemResponse } from '../http/problem'
import { purgeAgainLater, purgeTags } from '../http/purge'
import { changedFeeds, feedTopics, notifyHub, websubHub } from '../http/websub'

/** The largest body read: a delivery of this webhook is well under 1 KB. */
export const WEBHOOK_MAX_BYTES = 64 * 1024

/** How old a signature may be, and how far ahead of the Worker's clock. */
export const SIGNATURE_MAX_AGE_MS = 5 * 60_000
export const SIGNATURE_MAX_AHEAD_MS = 60_000

/** A field of the projection: Sanity leaves out attributes whose value is null. */
const nullable = <Schema extends z.ZodType>(schema: Schema) => schema.nullish().transform((value) => value ?? null)

const sideSchema = nullable(
  z.object({
    slug: nullable(z.string()),
    city: nullable(z.string()),
    country: nullable(z.string()),
    topics: nullable(z.array(z.string())),
    date: nullable(z.string()),
  }) satisfies z.ZodType<PublishWebhookSide>,
)

const bodySchema = z.object({
  _id: z.string().min(1),
  _type: z.enum(PUBLISH_WEBHOOK_TYPES),
  operation: z.enum(['create', 'update', 'delete']),
  before: sideSchema,
  after: sideSchema,
}) satisfies z.ZodType<PublishWebhookBody>

/** A time as RFC 3339, or as sent when it is none. */
function timeOf(milliseconds: number): string {
  const date = new Date(milliseconds)
  return Number.isNaN(date.getTime()) ? String(milliseconds) : date.toISOString()
}

/** The 401 challenge RFC 9110 §11.6.1 asks for: the scheme is Sanity's signature header. */
const CHALLENGE = `${SIGNATURE_HEADER} realm="webhook"`

export const hooksRoutes = new Hono<AppEnv>().post(
  '/',
  bodyLimit({
    maxSize: WEBHOOK_MAX_BYTES,
    onError: (c) => problemResponse(c, 'webhookTooLarge', { values: { limit: String(WEBHOOK_MAX_BYTES) } }),
  }),
  async (c) => {
    c.header('Cache-Control', CACHE_CONTROL.none)
    const secret = c.env?.SANITY_WEBHOOK_SECRET
    if (!secret) return problemResponse(c, 'webhookNotConfigured')

    const raw = await c.req.text()
    if (new TextEncoder().encode(raw).byteLength > WEBHOOK_MAX_BYTES) {
      return problemResponse(c, 'webhookTooLarge', { values: { limit: String(WEBHOOK_MAX_BYTES) } })
    }

    const signature = c.req.header(SIGNATURE_HEADER)
    const values = { header: SIGNATURE_HEADER }
    if (!signature) {
      c.header('WWW-Authenticate', CHALLENGE)
      return problemResponse(c, 'webhookUnsigned', { values })
    }
    let signedAt: number
    try {
      signedAt = decodeSignatureHeader(signature).timestamp
      await assertValidSignature(raw, signature.trim(), secret)
    } catch {
      c.header('WWW-Authenticate', CHALLENGE)
      return problemResponse(c, 'webhookBadSignature', { values })
    }
    const now = Date.now()
    if (now - signedAt > SIGNATURE_MAX_AGE_MS || signedAt - now > SIGNATURE_MAX_AHEAD_MS) {
      c.header('WWW-Authenticate', CHALLENGE)
      return problemResponse(c, 'webhookStale', { values: { signedAt: timeOf(signedAt), now: timeOf(now) } })
    }

    let json: unknown
    try {
      json = JSON.parse(raw)
    } catch {
      return problemResponse(c, 'webhookMalformed')
    }
    const type = typeof json === 'object' && json !== null && '_type' in json ? json._type : undefined
    if (typeof type === 'string' && !(PUBLISH_WEBHOOK_TYPES as readonly string[]).includes(type)) {
      const allowed = PUBLISH_WEBHOOK_TYPES.join(', ')
      return problemResponse(c, 'webhookUnknownType', {
        values: { type, allowed },
        invalidParams: [{ name: '_type', reason: `_type: ${allowed}`, allowed: PUBLISH_WEBHOOK_TYPES }],
      })
    }
    const parsed = bodySchema.safeParse(json)
    if (!parsed.success) return problemResponse(c, 'webhookMalformed')

    const change = changeOf(parsed.data)
    const tags = tagsForChange(change)
    const ctx = executionContextOf(c)
    c.get('source').forget?.()
    const purged = await purgeTags(ctx, tags)
    if (!purged.ok) {
      c.header('Retry-After', '60')
      return problemResponse(c, 'purgeFailed')
    }
    const hub = websubHub(c)
    const topics = hub ? feedTopics(siteUrls(publicOrigin(c)), changedFeeds(change)) : []
    afterAnswer(ctx, 'After the publish webhook', async () => {
      await purgeAgainLater(ctx, tags)
      if (hub) await notifyHub(hub, topics)
    })
    return c.json({ purged: tags, edge: purged.edge, websub: topics })
  },
)
