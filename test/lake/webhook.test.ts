/**
 * The lake's publish webhook, received as the Worker receives it: one call per
 * published document a transaction creates, updates or deletes, its body the
 * projection of schemas/lib/publish-webhook.ts (before and after), signed so
 * that `@sanity/webhook` accepts it with the lake's secret and no other, with
 * Sanity's headers; nothing for drafts; and never a wait for the editor,
 * whatever the receiver does. Each test on its own lake and receiver.
 */
import { once } from 'node:events'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { assertValidSignature, isValidSignature } from '@sanity/webhook'
import { afterEach, describe, expect, test } from 'vitest'
import { DEFAULT_WEBHOOK_SECRET, DEFAULT_WEBHOOK_URL, webhookTargetOf } from '../../lake/webhook.ts'
import { SIGNATURE_HEADER, WEBHOOK_PATH, type PublishWebhookBody } from '../../schemas/lib/publish-webhook'
import { openTestLake, type TestLake } from './helpers.ts'

const SECRET = 'a-secret-of-the-tests'
const BURNABY = 'entry-burnaby-2014'
const BURNABY_DRAFT = `drafts.${BURNABY}`

/** What the lake's webhook shows of Burnaby as data/production.ndjson has it. */
const BURNABY_SIDE = {
  slug: 'burnaby-2014',
  city: 'Burnaby',
  country: 'CA',
  topics: ['culture', 'education', 'tourism', 'trade', 'environment'],
  date: '2014-04-17',
}

interface Call {
  headers: IncomingHttpHeaders
  body: string
  path: string
}

interface Receiver {
  url: string
  calls: Call[]
  /** Resolves with the calls once `count` have come; rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<Call[]>
  close(): Promise<void>
}

/** A webhook receiver on a free port, answering the n-th call (from 0) with `status(n)`, or never when it says `null`. */
async function startReceiver(status: (n: number) => number | null = () => 200): Promise<Receiver> {
  const calls: Call[] = []
  const server: Server = createServer(async (request, response) => {
    let body = ''
    for await (const chunk of request) body += chunk
    const answer = status(calls.length)
    calls.push({ headers: request.headers, body, path: request.url ?? '' })
    if (answer === null) return
    response.writeHead(answer, { 'content-type': 'application/json' }).end(JSON.stringify({ status: answer }))
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${WEBHOOK_PATH}`,
    calls,
    waitFor: async (count, timeoutMs = 5_000) => {
      const deadline = Date.now() + timeoutMs
      while (calls.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} webhook calls, got ${calls.length}`)
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      return calls.slice()
    },
    close: () =>
      new Promise((closed) => {
        server.close(() => closed())
        server.closeAllConnections()
      }),
  }
}

let lake: TestLake | undefined
let receiver: Receiver | undefined

afterEach(async () => {
  await lake?.close()
  await receiver?.close()
  lake = receiver = undefined
})

/** A lake sending its webhook to a new receiver, signed with SECRET. */
async function lakeWithReceiver(status?: (n: number) => number | null): Promise<{ lake: TestLake; receiver: Receiver }> {
  receiver = await startReceiver(status)
  lake = await openTestLake({ webhook: { url: receiver.url, secret: SECRET } })
  return { lake, receiver }
}

const body = (call: Call | undefined): PublishWebhookBody => JSON.parse(call?.body ?? 'null') as PublishWebhookBody

/** Edits Burnaby's draft with `set`, then publishes it: what the Studio sends. */
async function editAndPublishBurnaby({ client }: TestLake, set: Record<string, unknown>) {
  await client.action({ actionType: 'sanity.action.document.edit', publishedId: BURNABY, draftId: BURNABY_DRAFT, patch: { set } })
  return client.action({ actionType: 'sanity.action.document.publish', publishedId: BURNABY, draftId: BURNABY_DRAFT })
}

describe('the publish webhook', () => {
  test('publishing an entry moved to another city sends one call: before and after as the projection shows them, signed with the secret', async () => {
    const { lake, receiver } = await lakeWithReceiver()
    const { transactionId } = await editAndPublishBurnaby(lake, { 'city.en': 'New Westminster', topics: ['trade'] })
    const [call] = await receiver.waitFor(1)
    await lake.lake.webhooksSettled()
    expect(receiver.calls).toHaveLength(1)
    expect(call?.path).toBe(WEBHOOK_PATH)
    expect(body(call)).toEqual({
      _id: BURNABY,
      _type: 'entry',
      operation: 'update',
      before: BURNABY_SIDE,
      after: { ...BURNABY_SIDE, city: 'New Westminster', topics: ['trade'] },
    })
    const signature = String(call?.headers[SIGNATURE_HEADER])
    await expect(assertValidSignature(call?.body ?? '', signature, SECRET)).resolves.toBeUndefined()
    expect(await isValidSignature(call?.body ?? '', signature, 'another-secret')).toBe(false)
    expect(call?.headers).toMatchObject({
      'content-type': 'application/json',
      'user-agent': 'Sanity.io webhook delivery',
      'sanity-project-id': 'local',
      'sanity-dataset': 'production',
      'sanity-document-id': BURNABY,
      'sanity-operation': 'update',
      'sanity-transaction-id': transactionId,
      'sanity-webhook-id': 'local-lake',
      'idempotency-key': `local-lake-${transactionId}-${BURNABY}`,
    })
    // Sanity's format, to the second.
    expect(call?.headers['sanity-transaction-time']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    expect(lake.log).toContain(`lake: webhook update ${BURNABY} (${transactionId}) delivered to ${receiver.url}: 200 {"status":200}`)
  })

  test('publishing a new entry sends "create" with nothing before', async () => {
    const { lake, receiver } = await lakeWithReceiver()
    const id = 'entry-chengdu-2025'
    const attributes = { _type: 'entry', slug: { _type: 'slug', current: 'chengdu-2025' }, city: { _type: 'localeString', en: 'Chengdu', zh: '成都' }, country: 'CN', date: '2025-06' }
    await lake.client.action({ actionType: 'sanity.action.document.create', publishedId: id, attributes: { ...attributes, _id: `drafts.${id}` }, ifExists: 'fail' })
    await lake.client.action({ actionType: 'sanity.action.document.publish', publishedId: id, draftId: `drafts.${id}` })
    const [call] = await receiver.waitFor(1)
    expect(body(call)).toEqual({
      _id: id,
      _type: 'entry',
      operation: 'create',
      before: null,
      after: { slug: 'chengdu-2025', city: 'Chengdu', country: 'CN', topics: null, date: '2025-06' },
    })
    expect(call?.headers['sanity-operation']).toBe('create')
  })

  test('unpublishing and deleting an entry each send "delete" with what readers saw before, and nothing after', async () => {
    const { lake, receiver } = await lakeWithReceiver()
    const unpublished = await lake.client.action({ actionType: 'sanity.action.document.unpublish', publishedId: BURNABY, draftId: BURNABY_DRAFT })
    await lake.client.action({ actionType: 'sanity.action.document.delete', publishedId: 'entry-cupertino-2017', includeDrafts: [] })
    const [unpublish, deletion] = await receiver.waitFor(2)
    await lake.lake.webhooksSettled()
    expect(receiver.calls).toHaveLength(2)
    expect(body(unpublish)).toEqual({ _id: BURNABY, _type: 'entry', operation: 'delete', before: BURNABY_SIDE, after: null })
    expect(unpublish?.headers['sanity-transaction-id']).toBe(unpublished.transactionId)
    expect(body(deletion)).toEqual({
      _id: 'entry-cupertino-2017',
      _type: 'entry',
      operation: 'delete',
      before: { slug: 'cupertino-2017', city: 'Cupertino', country: 'US', topics: ['finance', 'big-data'], date: '2017-05-28' },
      after: null,
    })
    expect(deletion?.headers['sanity-operation']).toBe('delete')
  })

  test('editing drafts, creating one and discarding one send nothing', async () => {
    const { lake, receiver } = await lakeWithReceiver()
    await lake.client.action({ actionType: 'sanity.action.document.edit', publishedId: BURNABY, draftId: BURNABY_DRAFT, patch: { set: { 'headline.en': 'A draft' } } })
    await lake.client.action({ actionType: 'sanity.action.document.edit', publishedId: BURNABY, draftId: BURNABY_DRAFT, patch: { set: { 'headline.zh': '草稿' } } })
    await lake.client.action({ actionType: 'sanity.action.document.create', publishedId: 'entry-new', attributes: { _id: 'drafts.entry-new', _type: 'entry' }, ifExists: 'fail' })
    await lake.client.action({ actionType: 'sanity.action.document.discard', draftId: 'drafts.entry-new' })
    await lake.lake.webhooksSettled()
    expect(receiver.calls).toEqual([])
  })

  test('a transaction touching two published documents sends one call for each, under the same transaction id', async () => {
    const { lake, receiver } = await lakeWithReceiver()
    const { transactionId } = await lake.client
      .transaction()
      .patch('settings', { set: { 'siteTitle.en': 'Meeting the World' } })
      .patch('entry-vicenza-2018', { set: { date: '2018-12-01' } })
      .commit()
    const calls = await receiver.waitFor(2)
    await lake.lake.webhooksSettled()
    expect(receiver.calls).toHaveLength(2)
    const byDocument = Object.fromEntries(calls.map((call) => [call.headers['sanity-document-id'], call]))
    expect(Object.keys(byDocument).sort()).toEqual(['entry-vicenza-2018', 'settings'])
    expect(calls.map((call) => call.headers['sanity-transaction-id'])).toEqual([transactionId, transactionId])
    expect(new Set(calls.map((call) => call.headers['idempotency-key'])).size).toBe(2)
    const noSelectors = { slug: null, city: null, country: null, topics: null, date: null }
    expect(body(byDocument.settings)).toEqual({ _id: 'settings', _type: 'settings', operation: 'update', before: noSelectors, after: noSelectors })
    expect(body(byDocument['entry-vicenza-2018'])).toMatchObject({ operation: 'update', before: { date: '2018-12' }, after: { date: '2018-12-01' } })
  })

  test('a call the receiver answers with 503 is sent again, the same call freshly signed, until it is taken', async () => {
    const { lake, receiver } = await lakeWithReceiver((n) => (n === 0 ? 503 : 200))
    const { transactionId } = await editAndPublishBurnaby(lake, { 'headline.en': 'Burnaby and Guiyang meet again' })
    const [first, second] = await receiver.waitFor(2)
    await lake.lake.webhooksSettled()
    expect(receiver.calls).toHaveLength(2)
    expect(second?.body).toBe(first?.body)
    expect(second?.headers['idempotency-key']).toBe(first?.headers['idempotency-key'])
    expect(await isValidSignature(second?.body ?? '', String(second?.headers[SIGNATURE_HEADER]), SECRET)).toBe(true)
    expect(lake.log).toContain(`lake: webhook update ${BURNABY} (${transactionId}) delivered to ${receiver.url}: 200 {"status":200}`)
  })

  test('a call the receiver refuses with 401 is logged with its answer and not sent again', async () => {
    const { lake, receiver } = await lakeWithReceiver(() => 401)
    const { transactionId } = await editAndPublishBurnaby(lake, { 'headline.en': 'Burnaby, refused' })
    await receiver.waitFor(1)
    await lake.lake.webhooksSettled()
    expect(receiver.calls).toHaveLength(1)
    expect(lake.log).toContain(`lake: webhook update ${BURNABY} (${transactionId}) refused by ${receiver.url}: 401 {"status":401}`)
  })

  test('a receiver that never answers neither fails nor slows the publish, and the lake still stops at once', async () => {
    const { lake, receiver } = await lakeWithReceiver(() => null)
    const started = performance.now()
    await editAndPublishBurnaby(lake, { 'headline.en': 'Burnaby, unanswered' })
    expect(performance.now() - started).toBeLessThan(1_000)
    expect((await lake.client.getDocument(BURNABY))?.headline).toMatchObject({ en: 'Burnaby, unanswered' })
    await receiver.waitFor(1)
    const stopping = performance.now()
    await lake.lake.stop()
    expect(performance.now() - stopping).toBeLessThan(1_000)
    expect(lake.log.at(-1)).toMatch(/^lake: webhook update entry-burnaby-2014 \(\w+\) dropped: the lake stopped before /)
  })

  test('a receiver that is down neither fails nor slows the publish; the lake tries four times over ten seconds, then logs it', async () => {
    receiver = await startReceiver()
    const url = receiver.url
    await receiver.close()
    lake = await openTestLake({ webhook: { url, secret: SECRET } })
    const started = performance.now()
    const { transactionId } = await editAndPublishBurnaby(lake, { 'headline.en': 'Burnaby, offline' })
    expect(performance.now() - started).toBeLessThan(1_000)
    expect((await lake.client.getDocument(BURNABY))?.headline).toMatchObject({ en: 'Burnaby, offline' })
    await lake.lake.webhooksSettled()
    expect(performance.now() - started).toBeGreaterThan(10_000)
    expect(lake.log.at(-1)).toBe(`lake: webhook update ${BURNABY} (${transactionId}) not delivered to ${url} after 4 attempts: ECONNREFUSED`)
  }, 20_000)
})

describe('where the webhook goes', () => {
  test('by default to the Worker of npm start, signed with the documented local secret; an empty LAKE_WEBHOOK_URL sends none', () => {
    expect(DEFAULT_WEBHOOK_URL).toBe('http://127.0.0.1:8787/hooks/sanity')
    const env = (variables: Record<string, string>) => variables as NodeJS.ProcessEnv
    expect(webhookTargetOf(env({}))).toEqual({ url: DEFAULT_WEBHOOK_URL, secret: DEFAULT_WEBHOOK_SECRET })
    expect(webhookTargetOf(env({ LAKE_WEBHOOK_URL: 'http://127.0.0.1:9000/hooks/sanity', LAKE_WEBHOOK_SECRET: 's' }))).toEqual({
      url: 'http://127.0.0.1:9000/hooks/sanity',
      secret: 's',
    })
    expect(webhookTargetOf(env({ LAKE_WEBHOOK_URL: '' }))).toBeUndefined()
  })

  test('a lake given a webhook URL that is not http(s) does not start, and says which variable to fix', async () => {
    await expect(openTestLake({ webhook: { url: 'ftp://example', secret: SECRET } })).rejects.toThrow(
      'LAKE_WEBHOOK_URL "ftp://example" is not an http(s) URL; set it empty to send no webhook',
    )
  })
})
