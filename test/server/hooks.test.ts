/**
 * `POST /hooks/sanity`, the signed publish webhook, as Sanity (and the local
 * Content Lake) sends it: what a valid delivery purges from the edge cache,
 * now and again once every isolate's memory of Sanity has expired (retried
 * when refused), and which feeds it tells the WebSub hub of; `POST
 * /hooks/deploy`, which `npm run deploy` sends after `wrangler deploy`; and
 * that every refusal of either purges nothing, the same way. The edge cache
 * is an execution context whose `cache.purge` is a spy, as `wrangler dev` and
 * Miniflare have none.
 */
import { encodeSignatureHeader } from '@sanity/webhook'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { LANGUAGE_IDS } from '../../schemas/languages'
import { DEPLOY_HOOK_BODY, DEPLOY_HOOK_PATH } from '../../schemas/lib/deploy-hook'
import { WEBHOOK_PATH, type PublishWebhookBody } from '../../schemas/lib/publish-webhook'
import { TOPIC_CODES } from '../../schemas/vocabulary'
import { createApp } from '../../server/app'
import { ANSWER_LIFETIME_MS } from '../../server/content/sanity-source'
import { createEmbeddedSource } from '../../server/content/embedded-source'
import type { Env } from '../../server/env'
import { AFTER_ANSWER_BUDGET_MS } from '../../server/http/background'
import { PURGE_AGAIN_AFTER_MS, PURGE_RETRY_DELAYS_MS } from '../../server/http/purge'
import { WEBSUB_CONCURRENCY, WEBSUB_MAX_TOPICS } from '../../server/http/websub'
import { json, request } from './helpers'

const SECRET = 'a-webhook-secret-shared-with-sanity'
const ORIGIN = 'https://feeds.example.org'
const ENV: Env = { SANITY_DATASET: 'production', PUBLIC_BASE_URL: ORIGIN, SANITY_WEBHOOK_SECRET: SECRET }
const HUB = 'https://hub.example.net/'

/** Fort Worth's entry as the webhook's projection shows it (`schemas/lib/publish-webhook.ts`). */
const FORT_WORTH = { slug: 'fort-worth-2011', city: 'Fort Worth', country: 'US', topics: ['education'], date: '2011-10' }

const update = (before: PublishWebhookBody['before'], after: PublishWebhookBody['after']): PublishWebhookBody => ({
  _id: 'entry-fort-worth-2011',
  _type: 'entry',
  operation: 'update',
  before,
  after,
})

interface PurgeAnswer {
  purged: string[]
  edge: boolean
  websub: string[]
}

/**
 * An execution context as Cloudflare gives one with `[cache] enabled`: `cache.purge` is a spy,
 * which accepts the calls `accepts` says it does (by their number, from 1); `waitUntil` is kept.
 */
function edgeContext({ edge = true, accepts = (_call: number): boolean => true } = {}) {
  let calls = 0
  const purge = vi.fn(async (_options: CachePurgeOptions): Promise<CachePurgeResult> =>
    accepts(++calls) ? { success: true, errors: [] } : { success: false, errors: [{ code: 1134, message: 'rate limited' }] },
  )
  const waiting: Promise<unknown>[] = []
  const ctx = {
    waitUntil: (promise: Promise<unknown>) => void waiting.push(promise),
    passThroughOnException: () => undefined,
    props: {},
    ...(edge && { cache: { purge, invalidate: purge } }),
  }
  return { ctx, purge, afterAnswer: () => Promise.all(waiting) }
}

/** Delivers `body` to the webhook (or `path`) as Sanity does: signed with `secret` at `signedAt`. */
async function deliver(
  body: unknown,
  {
    path = WEBHOOK_PATH,
    origin = ORIGIN,
    secret = SECRET,
    signedAt = Date.now(),
    headers = {} as Record<string, string>,
    env = ENV,
    /** `null`: no execution context at all. */
    ctx = edgeContext().ctx as object | null,
    forget = vi.fn(),
    /** What a forger makes of the right signature. */
    forge = (signature: string) => signature,
  } = {},
) {
  const raw = typeof body === 'string' ? body : JSON.stringify(body)
  const signature = forge(await encodeSignatureHeader(raw, signedAt, secret))
  const app = createApp({ contentSource: () => ({ ...createEmbeddedSource(), forget }) })
  return app.request(
    `${origin}${path}`,
    { method: 'POST', headers: { 'Content-Type': 'application/json', 'sanity-webhook-signature': signature, ...headers }, body: raw },
    env,
    (ctx ?? undefined) as never,
  )
}

afterEach(() => {
  vi.useRealTimers()
})

describe('a valid publish webhook', () => {
  it('purges the entry, its slug page and every list that could show it, and answers what it purged', async () => {
    const { ctx, purge } = edgeContext()
    const forget = vi.fn()
    const response = await deliver(update(FORT_WORTH, { ...FORT_WORTH, topics: ['education', 'trade'] }), { ctx, forget })
    expect(response.status).toBe(200)
    expect(response.headers.get('Cache-Control')).toBe('no-store')
    expect(response.headers.get('Cache-Tag')).toBeNull()
    const answer = await json<PurgeAnswer>(response)
    expect(answer).toEqual({
      purged: [
        'entry:entry-fort-worth-2011',
        'slug:fort-worth-2011',
        'list:all',
        'list:city:fort-worth',
        'list:country:us',
        'list:topic:education',
        'list:year:2011',
        'list:topic:trade',
      ],
      edge: true,
      websub: [],
    })
    expect(purge.mock.calls).toEqual([[{ tags: answer.purged }]])
    expect(forget).toHaveBeenCalledOnce()
  })

  it('purges both cities’ lists when an entry moves from one city to another', async () => {
    const { ctx } = edgeContext()
    const moved = { ...FORT_WORTH, slug: 'burnaby-2011', city: 'Burnaby', country: 'CA' }
    const { purged } = await json<PurgeAnswer>(await deliver(update(FORT_WORTH, moved), { ctx }))
    expect(purged).toEqual(expect.arrayContaining(['list:city:fort-worth', 'list:city:burnaby', 'list:country:us', 'list:country:ca']))
    expect(purged).toEqual(expect.arrayContaining(['slug:fort-worth-2011', 'slug:burnaby-2011']))
    // Every answer that showed the entry before, or lists Burnaby and could show it now, carries one of those tags.
    for (const path of ['/en/rss.xml?city=fort-worth', '/zh/atom.xml?city=burnaby&topic=education', '/api/v1/entries?lang=en&country=CA', '/en/entries/fort-worth-2011', '/zh/?city=burnaby']) {
      const tags = (await request(path)).headers.get('Cache-Tag')?.split(',') ?? []
      expect(tags.filter((tag) => purged.includes(tag)), path).not.toEqual([])
    }
    // A list neither side of the change falls in is left alone.
    const untouched = (await request('/en/rss.xml?country=NZ')).headers.get('Cache-Tag')?.split(',') ?? []
    expect(untouched.filter((tag) => purged.includes(tag))).toEqual([])
  })

  it('purges what showed a deleted entry, from what it was before', async () => {
    const body: PublishWebhookBody = { ...update(FORT_WORTH, null), operation: 'delete' }
    const { purged } = await json<PurgeAnswer>(await deliver(body))
    expect(purged).toEqual(['entry:entry-fort-worth-2011', 'slug:fort-worth-2011', 'list:all', 'list:city:fort-worth', 'list:country:us', 'list:topic:education', 'list:year:2011'])
  })

  it('purges whatever shows the settings when they change, and every Traditional Chinese answer, whose text their corrections rewrite', async () => {
    const settings = { _id: 'settings', _type: 'settings', operation: 'update', before: {}, after: {} }
    const { ctx, purge } = edgeContext()
    const answer = await json<PurgeAnswer>(await deliver(settings, { ctx }))
    expect(answer.purged).toEqual(['settings', 'lang:zh-hant'])
    expect(purge.mock.calls).toEqual([[{ tags: ['settings', 'lang:zh-hant'] }]])
    for (const path of ['/en/atom.xml', '/feeds.opml', '/zh/entries/burnaby-2014']) {
      expect((await request(path)).headers.get('Cache-Tag')?.split(',')).toContain('settings')
    }
    const tagsOf = async (path: string, init?: RequestInit) => (await request(path, init)).headers.get('Cache-Tag')?.split(',') ?? []
    expect(await tagsOf('/api/v1/entries?lang=en')).not.toContain('settings')
    expect(await tagsOf('/api/v1/entries?lang=en')).not.toContain('lang:zh-hant')
    // The API and the widget show no settings, but their Traditional text is converted with the corrections.
    expect(await tagsOf('/api/v1/entries?lang=zh-hant')).toContain('lang:zh-hant')
    expect(await tagsOf('/embed?lang=zh-hant')).toContain('lang:zh-hant')
    expect(await tagsOf('/api/v1/entries', { headers: { 'Accept-Language': 'en' } })).toContain('lang:zh-hant')
  })

  it('purges the same tags again once every isolate’s memory of Sanity’s answers has expired', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    const { ctx, purge, afterAnswer } = edgeContext()
    const { purged } = await json<PurgeAnswer>(await deliver(update(FORT_WORTH, FORT_WORTH), { ctx }))
    expect(purge).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(PURGE_AGAIN_AFTER_MS - 1)
    expect(purge).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1)
    await afterAnswer()
    expect(purge.mock.calls).toEqual([[{ tags: purged }], [{ tags: purged }]])
  })

  it('purges again later than any isolate keeps Sanity’s answers, within the time Cloudflare gives work after the answer', () => {
    expect(PURGE_AGAIN_AFTER_MS).toBeGreaterThan(ANSWER_LIFETIME_MS)
    const lastTry = PURGE_AGAIN_AFTER_MS + PURGE_RETRY_DELAYS_MS.reduce((sum, delay) => sum + delay, 0)
    expect(lastTry).toBeLessThan(AFTER_ANSWER_BUDGET_MS)
  })

  it('tries the second purge again, later each time, when Cloudflare refuses it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    // The first purge is accepted, the second and its first retry refused (a rate limit), the next accepted.
    const { ctx, purge, afterAnswer } = edgeContext({ accepts: (call) => call === 1 || call === 4 })
    const { purged } = await json<PurgeAnswer>(await deliver(update(FORT_WORTH, FORT_WORTH), { ctx }))
    const [firstDelay, secondDelay] = PURGE_RETRY_DELAYS_MS
    await vi.advanceTimersByTimeAsync(PURGE_AGAIN_AFTER_MS)
    expect(purge).toHaveBeenCalledTimes(2)
    await vi.advanceTimersByTimeAsync(firstDelay - 1)
    expect(purge).toHaveBeenCalledTimes(2)
    await vi.advanceTimersByTimeAsync(1)
    expect(purge).toHaveBeenCalledTimes(3)
    await vi.advanceTimersByTimeAsync(secondDelay)
    await afterAnswer()
    expect(purge.mock.calls).toEqual(Array.from({ length: 4 }, () => [{ tags: purged }]))
    expect(errors).not.toHaveBeenCalledWith(expect.stringContaining('npm run purge'), expect.anything())
  })

  it('says in the log what to run when every try of the second purge is refused', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const { ctx, purge, afterAnswer } = edgeContext({ accepts: (call) => call === 1 })
    const { purged } = await json<PurgeAnswer>(await deliver(update(FORT_WORTH, FORT_WORTH), { ctx }))
    await vi.advanceTimersByTimeAsync(AFTER_ANSWER_BUDGET_MS)
    await afterAnswer()
    expect(purge).toHaveBeenCalledTimes(2 + PURGE_RETRY_DELAYS_MS.length)
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('npm run purge'), purged)
  })

  it('works without an edge cache, as under wrangler dev, and says there was none', async () => {
    for (const ctx of [edgeContext({ edge: false }).ctx, null]) {
      const forget = vi.fn()
      const response = await deliver(update(null, FORT_WORTH), { ctx, forget })
      expect(response.status).toBe(200)
      expect(await json<PurgeAnswer>(response)).toMatchObject({ edge: false, purged: expect.arrayContaining(['entry:entry-fort-worth-2011']) })
      expect(forget).toHaveBeenCalledOnce()
    }
  })

  it('asks Sanity to send it again, with a 503, when Cloudflare does not accept the purge', async () => {
    const { ctx } = edgeContext({ accepts: () => false })
    const response = await deliver(update(FORT_WORTH, FORT_WORTH), { ctx })
    expect(response.status).toBe(503)
    expect(response.headers.get('Retry-After')).toBe('60')
    expect(await json(response)).toMatchObject({ type: '/problems/purge-failed', title: 'Cache not purged' })
  })
})

/** Every refusal, each sending `body` (a valid one, when it can be) with what is wrong. */
const now = Date.now()
const REFUSALS: { name: string; status: number; type: string; send: (body: object) => Parameters<typeof deliver> }[] = [
  { name: 'no signature', status: 401, type: '/problems/webhook-signature', send: (body) => [body, { headers: { 'sanity-webhook-signature': '' } }] },
  { name: 'signed with another secret', status: 401, type: '/problems/webhook-signature', send: (body) => [body, { secret: 'not-the-secret' }] },
  {
    name: 'a signature that is not one',
    status: 401,
    type: '/problems/webhook-signature',
    send: (body) => [body, { headers: { 'sanity-webhook-signature': 'v1=abc' } }],
  },
  {
    name: 'a signature differing from the right one only in its last character',
    status: 401,
    type: '/problems/webhook-signature',
    send: (body) => [body, { forge: (signature) => signature.slice(0, -1) + (signature.endsWith('A') ? 'B' : 'A') }],
  },
  { name: 'signed six minutes ago', status: 401, type: '/problems/webhook-signature', send: (body) => [body, { signedAt: now - 6 * 60_000 }] },
  { name: 'signed two minutes ahead', status: 401, type: '/problems/webhook-signature', send: (body) => [body, { signedAt: now + 2 * 60_000 }] },
  {
    name: 'a body over 64 KB',
    status: 413,
    type: '/problems/webhook-too-large',
    send: (body) => [{ ...body, padding: 'x'.repeat(64 * 1024) }],
  },
  { name: 'a body that is not JSON', status: 400, type: '/problems/webhook-body', send: () => ['{"_id": "entry-fort-worth-2011", '] },
  {
    name: 'a body not of the projection’s shape',
    status: 400,
    type: '/problems/webhook-body',
    send: () => [{ _id: 'entry-fort-worth-2011', _type: 'entry', operation: 'publish', before: null, after: FORT_WORTH }],
  },
  {
    name: 'a document type this site does not serve',
    status: 400,
    type: '/problems/webhook-body',
    send: (body) => [{ ...body, _type: 'sanity.imageAsset' }],
  },
  {
    name: 'no secret set on the server',
    status: 503,
    type: '/problems/webhook-not-configured',
    send: (body) => [body, { env: { ...ENV, SANITY_WEBHOOK_SECRET: '' } }],
  },
]

describe('a refused webhook', () => {
  const body = update(FORT_WORTH, FORT_WORTH)

  it.each(REFUSALS)('with $name answers $status, purges nothing and forgets nothing', async ({ status, type, send }) => {
    const { ctx, purge, afterAnswer } = edgeContext()
    const forget = vi.fn()
    const [sent, options] = send(body)
    const response = await deliver(sent, { ...options, ctx, forget })
    expect(response.status).toBe(status)
    expect(response.headers.get('Content-Type')).toMatch(/^application\/problem\+json/)
    expect(response.headers.get('Cache-Control')).toBe('no-store')
    expect(await json(response)).toMatchObject({ type, status })
    await afterAnswer()
    expect(purge).not.toHaveBeenCalled()
    expect(forget).not.toHaveBeenCalled()
    expect(globalThis.fetch).not.toHaveBeenCalled()
  })

  it('says which signatures it takes, and when, in the request’s language', async () => {
    const stale = await deliver(update(FORT_WORTH, FORT_WORTH), { signedAt: Date.parse('2026-01-01T00:00:00Z'), headers: { 'Accept-Language': 'zh-CN' } })
    expect(stale.headers.get('WWW-Authenticate')).toBe('sanity-webhook-signature realm="webhook"')
    const problem = await json<{ title: string; detail: string }>(stale)
    expect(problem.title).toBe('Webhook签名不在有效时间内')
    expect(problem.detail).toContain('2026-01-01T00:00:00.000Z')
    const unknown = await json<{ detail: string; invalidParams: unknown[] }>(await deliver({ ...update(null, FORT_WORTH), _type: 'post' }))
    expect(unknown.detail).toBe('Documents of type "post" are not served here; the webhook should send only: entry, settings.')
    expect(unknown.invalidParams).toEqual([{ name: '_type', reason: '_type: entry, settings', allowed: ['entry', 'settings'] }])
  })

  it('reads no more than 64 KB of a body sent without a length', async () => {
    const { ctx, purge } = edgeContext()
    const chunk = new TextEncoder().encode('x'.repeat(16 * 1024))
    let sent = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1
        if (sent > 100) controller.close()
        else controller.enqueue(chunk)
      },
    })
    const response = await createApp().request(
      `${ORIGIN}/hooks/sanity`,
      { method: 'POST', headers: { 'sanity-webhook-signature': 't=1,v1=x' }, body: stream, duplex: 'half' } as RequestInit,
      ENV,
      ctx as never,
    )
    expect(response.status).toBe(413)
    expect(sent).toBeLessThan(10)
    expect(purge).not.toHaveBeenCalled()
  })

  it('is never answered for GET', async () => {
    const response = await createApp().request(`${ORIGIN}/hooks/sanity`, {}, ENV)
    expect(response.status).toBe(404)
    expect(response.headers.get('Cache-Tag')).toBeNull()
  })
})

describe('the deploy hook', () => {
  it('purges everything the edge keeps, says so, and purges it again once the old version’s isolates are gone', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    const { ctx, purge, afterAnswer } = edgeContext()
    const forget = vi.fn()
    const response = await deliver(DEPLOY_HOOK_BODY, { path: DEPLOY_HOOK_PATH, ctx, forget })
    expect(response.status).toBe(200)
    expect(response.headers.get('Cache-Control')).toBe('no-store')
    expect(await json(response)).toEqual({ purged: ['site'], edge: true })
    expect(purge.mock.calls).toEqual([[{ tags: ['site'] }]])
    expect(forget).toHaveBeenCalledOnce()
    await vi.advanceTimersByTimeAsync(PURGE_AGAIN_AFTER_MS)
    await afterAnswer()
    expect(purge.mock.calls).toEqual([[{ tags: ['site'] }], [{ tags: ['site'] }]])
    // Every answer the edge may keep carries the tag it purges.
    for (const path of ['/embed.js', '/api/v1/openapi.json', '/zh', '/en/atom.xml', '/favicon.ico']) {
      expect((await request(path)).headers.get('Cache-Tag')?.split(','), path).toContain('site')
    }
  })

  it.each(REFUSALS.filter(({ status }) => status !== 400))(
    'refuses $name as the publish webhook does, word for word, and purges nothing',
    async ({ send }) => {
      // One clock for both, as a problem names the time it was refused at.
      vi.useFakeTimers({ toFake: ['Date'], now })
      const answers = await Promise.all(
        [
          { path: WEBHOOK_PATH, body: update(FORT_WORTH, FORT_WORTH) },
          { path: DEPLOY_HOOK_PATH, body: DEPLOY_HOOK_BODY },
        ].map(async ({ path, body }) => {
          const { ctx, purge, afterAnswer } = edgeContext()
          const [sent, options] = send(body)
          const response = await deliver(sent, { ...options, path, ctx })
          await afterAnswer()
          expect(purge).not.toHaveBeenCalled()
          const { instance: _instance, ...problem } = await json<{ instance: string }>(response)
          return { status: response.status, challenge: response.headers.get('WWW-Authenticate'), problem }
        }),
      )
      expect(answers[1]).toEqual(answers[0])
    },
  )

  it('refuses a publish delivery sent to it, and the publish webhook refuses its body: neither can be replayed to the other', async () => {
    const { ctx, purge } = edgeContext()
    const replayed = await deliver(update(FORT_WORTH, FORT_WORTH), { path: DEPLOY_HOOK_PATH, ctx })
    expect(replayed.status).toBe(400)
    expect(await json(replayed)).toMatchObject({
      type: '/problems/webhook-body',
      detail: 'The body is not what npm run deploy sends to this hook: {"operation":"deploy"}.',
    })
    expect((await deliver(DEPLOY_HOOK_BODY, { ctx })).status).toBe(400)
    expect(purge).not.toHaveBeenCalled()
  })
})

describe('WebSub', () => {
  const WEBSUB_ENV = { ...ENV, WEBSUB_HUB: HUB }

  /** The most pings the hub saw in flight at once, in the last `hub()`. */
  let mostAtOnce = 0

  /** Records what the Worker posts to the hub, answering each with `status`, after `delayMs`. */
  function hub(status = 204, delayMs = 0) {
    const pings: { url: string; mode: string | null; topic: string | null; type: string | null }[] = []
    let inFlight = 0
    mostAtOnce = 0
    vi.mocked(globalThis.fetch).mockImplementation(async (input, init) => {
      inFlight += 1
      mostAtOnce = Math.max(mostAtOnce, inFlight)
      const request = new Request(input, init)
      const form = new URLSearchParams(new TextDecoder().decode(await request.arrayBuffer()))
      // One topic per request: a hub such as websubhub.com reads only one.
      expect(form.getAll('hub.url')).toHaveLength(1)
      pings.push({ url: request.url, mode: form.get('hub.mode'), topic: form.get('hub.url'), type: request.headers.get('Content-Type') })
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs))
      inFlight -= 1
      return new Response(null, { status })
    })
    return pings
  }

  const feedsOf = (query: string) =>
    LANGUAGE_IDS.flatMap((lang) => ['rss.xml', 'atom.xml', 'feed.json'].map((file) => `${ORIGIN}/${lang}/${file}${query}`))

  it('tells the hub of every feed, in every language and format, that could show the changed entry', async () => {
    const pings = hub()
    const { ctx, afterAnswer } = edgeContext({ edge: false })
    const moved = { ...FORT_WORTH, city: 'Burnaby', topics: [], date: '2011' }
    const answer = await json<PurgeAnswer>(await deliver(update(FORT_WORTH, moved), { env: WEBSUB_ENV, ctx }))
    const topics = ['', '?city=fort-worth', '?country=US', '?topic=education', '?year=2011', '?city=burnaby'].flatMap(feedsOf)
    expect([...answer.websub].sort()).toEqual([...topics].sort())
    await afterAnswer()
    // Six lists in three languages and three formats are more feeds than one publish may tell of: the first ones, list by list.
    expect(topics.length).toBeGreaterThan(WEBSUB_MAX_TOPICS)
    expect(pings.map((ping) => ping.topic).sort()).toEqual(answer.websub.slice(0, WEBSUB_MAX_TOPICS).sort())
    expect(new Set(pings.map(({ url, mode, type }) => JSON.stringify({ url, mode, type })))).toEqual(
      new Set([JSON.stringify({ url: HUB, mode: 'publish', type: 'application/x-www-form-urlencoded' })]),
    )
  })

  it('tells the hub of a feed per request, six at a time, and of no more feeds than a Worker may ask, the unfiltered first', async () => {
    const pings = hub(204, 5)
    const { ctx, afterAnswer } = edgeContext({ edge: false })
    const everyTopic = { ...FORT_WORTH, topics: [...TOPIC_CODES] }
    const answer = await json<PurgeAnswer>(await deliver(update(FORT_WORTH, everyTopic), { env: WEBSUB_ENV, ctx }))
    expect(answer.websub.length).toBeGreaterThan(WEBSUB_MAX_TOPICS)
    await afterAnswer()
    expect(pings.map((ping) => ping.topic)).toHaveLength(WEBSUB_MAX_TOPICS)
    expect(new Set(pings.map((ping) => ping.topic))).toEqual(new Set(answer.websub.slice(0, WEBSUB_MAX_TOPICS)))
    expect(answer.websub.slice(0, feedsOf('').length).sort()).toEqual(feedsOf('').sort())
    expect(mostAtOnce).toBe(WEBSUB_CONCURRENCY)
  })

  it('names the feeds at PUBLIC_BASE_URL, whatever host Sanity calls the webhook at', async () => {
    const pings = hub()
    const { ctx, afterAnswer } = edgeContext({ edge: false })
    const answer = await json<PurgeAnswer>(
      await deliver({ _id: 'settings', _type: 'settings', operation: 'update', before: {}, after: {} }, { env: WEBSUB_ENV, ctx, origin: 'https://meeting-the-world.example.workers.dev' }),
    )
    await afterAnswer()
    expect(answer.websub.sort()).toEqual(feedsOf('').sort())
    expect(pings.map((ping) => ping.topic).sort()).toEqual(feedsOf('').sort())
  })

  it('tells no hub without PUBLIC_BASE_URL, and says why in the log once', async () => {
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    hub()
    const env = { ...WEBSUB_ENV, PUBLIC_BASE_URL: '' }
    for (let delivery = 0; delivery < 2; delivery += 1) {
      const { ctx, afterAnswer } = edgeContext({ edge: false })
      const response = await deliver(update(FORT_WORTH, FORT_WORTH), { env, ctx })
      expect(response.status).toBe(200)
      expect(await json<PurgeAnswer>(response)).toMatchObject({ websub: [] })
      await afterAnswer()
    }
    expect(globalThis.fetch).not.toHaveBeenCalled()
    expect(warnings.mock.calls).toEqual([[expect.stringContaining('WEBSUB_HUB is set but PUBLIC_BASE_URL is not')]])
  })

  it('tells the hub after the second purge, so that it fetches what every isolate now serves', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    const pings = hub()
    const { ctx, purge, afterAnswer } = edgeContext()
    await deliver({ _id: 'settings', _type: 'settings', operation: 'update', before: {}, after: {} }, { env: WEBSUB_ENV, ctx })
    await vi.advanceTimersByTimeAsync(PURGE_AGAIN_AFTER_MS - 1)
    expect(pings).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    await afterAnswer()
    expect(purge).toHaveBeenCalledTimes(2)
    expect(pings.map((ping) => ping.topic).sort()).toEqual(feedsOf('').sort())
  })

  it('logs a hub that fails and still answers the webhook', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    hub(500)
    const { ctx, afterAnswer } = edgeContext({ edge: false })
    const response = await deliver(update(FORT_WORTH, FORT_WORTH), { env: WEBSUB_ENV, ctx })
    expect(response.status).toBe(200)
    await afterAnswer()
    expect(errors).toHaveBeenCalledWith(expect.stringContaining(`WebSub hub ${HUB} answered 500`))
    vi.mocked(globalThis.fetch).mockRejectedValue(new TypeError('Network connection lost.'))
    expect((await deliver(update(FORT_WORTH, FORT_WORTH), { env: WEBSUB_ENV, ctx })).status).toBe(200)
    await afterAnswer()
  })

  it('tells no hub, and names none, when WEBSUB_HUB is not set', async () => {
    const { ctx, afterAnswer } = edgeContext({ edge: false })
    expect(await json<PurgeAnswer>(await deliver(update(FORT_WORTH, FORT_WORTH), { ctx }))).toMatchObject({ websub: [] })
    await afterAnswer()
    expect(globalThis.fetch).not.toHaveBeenCalled()
    expect((await request('/en/atom.xml', {}, undefined, ENV)).headers.get('Link')).toBeNull()
  })

  it('names the hub and the feed itself in every feed’s Link header', async () => {
    const response = await request('/zh/atom.xml?city=Fort%20Worth', {}, undefined, WEBSUB_ENV)
    expect(response.headers.get('Link')).toBe(`<${HUB}>; rel="hub", <${ORIGIN}/zh/atom.xml?city=fort-worth>; rel="self"`)
    // The same URL the feed calls itself, so that the hub and its subscribers name the same topic.
    expect(await response.text()).toMatch(new RegExp(`rel="self"[^>]*href="${ORIGIN}/zh/atom\\.xml\\?city=fort-worth"`))
  })
})
