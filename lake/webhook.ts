/**
 * The local Content Lake's publish webhook: what Sanity sends for the webhook
 * defined in schemas/lib/publish-webhook.ts, sent by the lake on every create,
 * update and delete of a published document the filter matches (publish,
 * unpublish, delete in the Studio; drafts send nothing, as with Sanity's
 * `includeDrafts: false`). One call per document of a transaction, as Sanity
 * sends them (https://www.sanity.io/docs/webhooks), with its body the
 * projection evaluated by groq-js in delta mode (`before()`, `after()`,
 * `delta::operation()`), signed with `@sanity/webhook`, and Sanity's headers.
 *
 * Delivery never holds up the editor: a call leaves after the transaction is
 * on disk, is retried on a refused connection, a timeout, 429 or 5xx, and is
 * then logged, delivered or not.
 */
import { setTimeout as sleep } from 'node:timers/promises'
import { encodeSignatureHeader } from '@sanity/webhook'
import { evaluate, parse } from 'groq-js'
import {
  PUBLISH_WEBHOOK_FILTER,
  PUBLISH_WEBHOOK_PROJECTION,
  SIGNATURE_HEADER,
  WEBHOOK_PATH,
  type PublishWebhookBody,
} from '../schemas/lib/publish-webhook.ts'
import type { Transaction } from './dataset.ts'
import type { DocumentChange } from './mutations.ts'
import { isPublishedId } from './query.ts'

/** Where the lake sends its webhook unless told otherwise: the Worker of `npm start` (`wrangler dev` on port 8787). */
export const DEFAULT_WEBHOOK_URL = `http://127.0.0.1:8787${WEBHOOK_PATH}`

/**
 * The secret the lake signs with unless told otherwise; give the Worker the same one
 * (`--var SANITY_WEBHOOK_SECRET:local-lake-webhook-secret`). Known to everyone: for loopback only.
 */
export const DEFAULT_WEBHOOK_SECRET = 'local-lake-webhook-secret'

/** The id Sanity gives a webhook, sent in `sanity-webhook-id`; the lake has one webhook. */
const WEBHOOK_ID = 'local-lake'

/** Waits before each retry: a Worker that is starting or restarting gets about ten seconds to answer. */
const RETRY_DELAYS_MS = [500, 2_000, 8_000]
const ATTEMPT_TIMEOUT_MS = 10_000

/** Where the webhook goes and what it is signed with. */
export interface WebhookTarget {
  url: string
  secret: string
}

/**
 * The webhook target from the environment: `LAKE_WEBHOOK_URL` (default the local Worker; empty: no
 * webhook) and `LAKE_WEBHOOK_SECRET` (default `DEFAULT_WEBHOOK_SECRET`).
 */
export function webhookTargetOf(env: NodeJS.ProcessEnv): WebhookTarget | undefined {
  const url = env.LAKE_WEBHOOK_URL ?? DEFAULT_WEBHOOK_URL
  if (url === '') return undefined
  return { url, secret: env.LAKE_WEBHOOK_SECRET || DEFAULT_WEBHOOK_SECRET }
}

/** One call of the webhook, before it is signed: the body exactly as sent, and Sanity's headers. */
export interface WebhookCall {
  documentId: string
  operation: PublishWebhookBody['operation']
  body: string
  headers: Record<string, string>
}

/** Which project and dataset the calls name (`sanity-project-id`, `sanity-dataset`, `sanity::projectId()`). */
export interface WebhookSource {
  projectId: string
  dataset: string
}

const filter = parse(PUBLISH_WEBHOOK_FILTER, { mode: 'delta' })
const projection = parse(PUBLISH_WEBHOOK_PROJECTION, { mode: 'delta' })

/** Evaluates a delta-mode GROQ tree over one change, as Sanity does: `@` is the document as it is after (or, deleted, before). */
async function evaluateOn(tree: ReturnType<typeof parse>, change: DocumentChange, transaction: Transaction, source: WebhookSource): Promise<unknown> {
  const value = await evaluate(tree, {
    root: change.result ?? change.previous,
    before: change.previous,
    after: change.result,
    identity: transaction.identity,
    timestamp: new Date(transaction.timestamp),
    sanity: source,
  })
  return value.get()
}

/** The calls Sanity would make for `transaction`: one per published document the filter matches, in the transaction's order. */
export async function webhookCalls(transaction: Transaction, source: WebhookSource): Promise<WebhookCall[]> {
  const calls: WebhookCall[] = []
  for (const change of transaction.changes) {
    if (!isPublishedId(change.id) || (await evaluateOn(filter, change, transaction, source)) !== true) continue
    const body = (await evaluateOn(projection, change, transaction, source)) as PublishWebhookBody
    calls.push({
      documentId: change.id,
      operation: body.operation,
      body: JSON.stringify(body),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Sanity.io webhook delivery',
        'idempotency-key': `${WEBHOOK_ID}-${transaction.id}-${change.id}`,
        'sanity-project-id': source.projectId,
        'sanity-dataset': source.dataset,
        'sanity-webhook-id': WEBHOOK_ID,
        'sanity-document-id': change.id,
        'sanity-operation': body.operation,
        'sanity-transaction-id': transaction.id,
        // Sanity's format: to the second, in UTC.
        'sanity-transaction-time': transaction.timestamp.replace(/\.\d+Z$/, 'Z'),
      },
    })
  }
  return calls
}

/** The outcome of one attempt: delivered, refused for good (4xx), or worth another try. */
type Attempt = { outcome: 'delivered' | 'refused' | 'retry'; detail: string }

async function attempt(call: WebhookCall, target: WebhookTarget, stopping: AbortSignal): Promise<Attempt> {
  try {
    // Signed at each attempt, as the receiver refuses signatures older than a few minutes.
    const signature = await encodeSignatureHeader(call.body, Date.now(), target.secret)
    const response = await fetch(target.url, {
      method: 'POST',
      headers: { ...call.headers, [SIGNATURE_HEADER]: signature },
      body: call.body,
      signal: AbortSignal.any([stopping, AbortSignal.timeout(ATTEMPT_TIMEOUT_MS)]),
    })
    const text = (await response.text()).slice(0, 300).replace(/\s+/g, ' ')
    const detail = `${response.status}${text ? ` ${text}` : ''}`
    if (response.ok) return { outcome: 'delivered', detail }
    return { outcome: response.status === 429 || response.status >= 500 ? 'retry' : 'refused', detail }
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause
    return { outcome: 'retry', detail: cause?.code ?? cause?.message ?? (error as Error).message }
  }
}

/** Sends the webhook of every transaction given to `send`, in the background; `close` drops what is still being tried. */
export interface WebhookSender {
  /** For `Dataset.subscribe`: returns at once, whatever the receiver does. */
  send(transaction: Transaction): void
  /** Resolves once every call so far is delivered or given up. */
  settled(): Promise<void>
  /** Stops retrying and waits for the calls in flight to end. */
  close(): Promise<void>
}

/** A sender to `target`; logs each call's fate in one line. Throws if the URL is not http(s). */
export function createWebhookSender(target: WebhookTarget, source: WebhookSource, log: (line: string) => void): WebhookSender {
  let url: URL | undefined
  try {
    url = new URL(target.url)
  } catch {
    // answered below
  }
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
    throw new Error(`LAKE_WEBHOOK_URL "${target.url}" is not an http(s) URL; set it empty to send no webhook`)
  }
  const stopping = new AbortController()
  const pending = new Set<Promise<void>>()

  async function deliver(call: WebhookCall, transactionId: string): Promise<void> {
    const what = `webhook ${call.operation} ${call.documentId} (${transactionId})`
    let last: Attempt = { outcome: 'retry', detail: 'not sent' }
    for (let tries = 0; tries <= RETRY_DELAYS_MS.length; tries++) {
      if (tries > 0) await sleep(RETRY_DELAYS_MS[tries - 1], undefined, { signal: stopping.signal }).catch(() => undefined)
      if (stopping.signal.aborted) return log(`lake: ${what} dropped: the lake stopped before ${target.url} took it (${last.detail})`)
      last = await attempt(call, target, stopping.signal)
      if (last.outcome === 'delivered') return log(`lake: ${what} delivered to ${target.url}: ${last.detail}`)
      if (last.outcome === 'refused') return log(`lake: ${what} refused by ${target.url}: ${last.detail}`)
    }
    log(`lake: ${what} not delivered to ${target.url} after ${RETRY_DELAYS_MS.length + 1} attempts: ${last.detail}`)
  }

  function track(work: Promise<void>): void {
    const tracked = work.catch((error: Error) => log(`lake: a webhook failed: ${error.message}`)).finally(() => pending.delete(tracked))
    pending.add(tracked)
  }

  async function settled(): Promise<void> {
    while (pending.size > 0) await Promise.all(pending)
  }

  return {
    send(transaction) {
      if (stopping.signal.aborted) return
      track(webhookCalls(transaction, source).then(async (calls) => void (await Promise.all(calls.map((call) => deliver(call, transaction.id))))))
    },
    settled,
    async close() {
      stopping.abort()
      await settled()
    },
  }
}
