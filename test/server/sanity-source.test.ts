/**
 * The Sanity source, tested below `@sanity/client`: the HTTP requests it sends
 * are checked, and answered as a Content Lake holding the embedded dataset
 * answers them (content-lake.ts); and every way Sanity fails — an error
 * status, an HTML error page, truncated JSON, an answer of the wrong shape, no
 * answer in time — is a 503 for the reader, never a 500.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { SANITY_API_VERSION } from '../../schemas/lib/api-version'
import { SHAPED_QUERIES } from '../../server/content/answer-shapes'
import { contentSourceFor } from '../../server/content/configured-source'
import { createEmbeddedSource } from '../../server/content/embedded-source'
import * as queries from '../../server/content/queries'
import { entriesQuery } from '../../server/content/queries'
import { ANSWER_LIFETIME_MS, createSanitySource } from '../../server/content/sanity-source'
import type { EntryListJson } from '../../server/render/json'
import { contentLake, FAULT_NAMES, LAKE_ENV, SANITY_ENV } from './content-lake'
import { json, request, seedDocuments, seedEntry } from './helpers'

/** Answers Content Lake query requests from the embedded dataset; the URLs asked so far. */
function contentLakeFromEmbeddedDataset(): () => URL[] {
  const { asked } = contentLake()
  return () => asked.map(({ url }) => url)
}

/** A Sanity project named as the local lake's, on Sanity's own API. */
const SANITY_LOCAL_ENV = { ...SANITY_ENV, SANITY_PROJECT_ID: 'local' }

// Each test starts with nothing in the isolate's memory of answers, as after a publish.
afterEach(() => {
  for (const env of [SANITY_ENV, LAKE_ENV, SANITY_LOCAL_ENV]) contentSourceFor(env).forget?.()
})

describe('the Sanity content source', () => {
  it('sends the same GROQ query with the language, published perspective and pinned API version to the API CDN', async () => {
    const sent = contentLakeFromEmbeddedDataset()
    const response = await request('/api/v1/entries?lang=zh&country=US&limit=2', {}, undefined, SANITY_ENV)
    expect(response.status).toBe(200)
    const [first, ...more] = sent()
    expect(more).toEqual([])
    expect(first?.origin).toBe('https://abc123.apicdn.sanity.io')
    expect(first?.pathname).toBe('/v2025-02-19/data/query/production')
    expect(first?.searchParams.get('query')).toBe(entriesQuery)
    expect(first?.searchParams.get('perspective')).toBe('published')
    expect(JSON.parse(first?.searchParams.get('$lang') ?? 'null')).toBe('zh')
    expect(JSON.parse(first?.searchParams.get('$fallback') ?? 'null')).toBe('en')
    expect(JSON.parse(first?.searchParams.get('$country') ?? 'null')).toBe('US')
    expect(JSON.parse(first?.searchParams.get('$end') ?? 'null')).toBe(3)
  })

  it('gives the same answer as the embedded dataset for the same documents', async () => {
    contentLakeFromEmbeddedDataset()
    const fromSanity = await json<EntryListJson>(await request('/api/v1/entries?lang=zh', {}, undefined, SANITY_ENV))
    const fromEmbedded = await json<EntryListJson>(await request('/api/v1/entries?lang=zh'))
    expect(fromSanity).toEqual(fromEmbedded)
    expect(fromSanity.items).toHaveLength(7)
  })

  it('sends no token for published content', async () => {
    const requests: Request[] = []
    vi.mocked(globalThis.fetch).mockImplementation(async (input, init) => {
      requests.push(new Request(input, init))
      return Response.json({ result: [], ms: 1 })
    })
    await request('/api/v1/entries?lang=en', {}, undefined, { ...SANITY_ENV, SANITY_READ_TOKEN: 'sk-secret' })
    expect(requests[0]?.headers.get('Authorization')).toBeNull()
  })

  it('answers 503 when Sanity is unreachable', async () => {
    vi.mocked(globalThis.fetch).mockRejectedValue(new TypeError('Network connection lost.'))
    const response = await request('/api/v1/entries?lang=en', {}, undefined, SANITY_ENV)
    expect(response.status).toBe(503)
    expect(response.headers.get('Content-Type')).toMatch(/^application\/problem\+json/)
  })
})

describe('the Sanity content source at another API host (the local Content Lake)', () => {
  it('queries the host itself, without the CDN or a project subdomain, for published documents', async () => {
    const sent = contentLakeFromEmbeddedDataset()
    const response = await request('/api/v1/entries?lang=zh', {}, undefined, LAKE_ENV)
    expect(response.status).toBe(200)
    const [first, ...more] = sent()
    expect(more).toEqual([])
    expect(`${first?.origin}${first?.pathname}`).toBe('http://127.0.0.1:3900/v2025-02-19/data/query/production')
    expect(first?.searchParams.get('query')).toBe(entriesQuery)
    expect(first?.searchParams.get('perspective')).toBe('published')
    expect(JSON.parse(first?.searchParams.get('$lang') ?? 'null')).toBe('zh')
  })

  it('renders what the host answers, as from Sanity itself', async () => {
    contentLakeFromEmbeddedDataset()
    const fromLake = await json<EntryListJson>(await request('/api/v1/entries?lang=zh', {}, undefined, LAKE_ENV))
    const fromEmbedded = await json<EntryListJson>(await request('/api/v1/entries?lang=zh'))
    expect(fromLake).toEqual(fromEmbedded)
    expect(fromLake.items).toHaveLength(7)
    expect(fromLake.items[0]?.language).toBe('zh-Hans')
  })

  it('takes the host with a trailing slash as the same host', async () => {
    const sent = contentLakeFromEmbeddedDataset()
    await request('/api/v1/entries?lang=en', {}, undefined, { ...LAKE_ENV, SANITY_API_HOST: 'http://127.0.0.1:3900/' })
    expect(sent()[0]?.href).toMatch(/^http:\/\/127\.0\.0\.1:3900\/v2025-02-19\/data\/query\/production\?/)
  })

  it('is a different source from Sanity\'s own API for the same project', async () => {
    const sent = contentLakeFromEmbeddedDataset()
    await request('/api/v1/entries?lang=en', {}, undefined, SANITY_LOCAL_ENV)
    await request('/api/v1/entries?lang=en', {}, undefined, LAKE_ENV)
    expect(sent().map((url) => url.origin)).toEqual(['https://local.apicdn.sanity.io', 'http://127.0.0.1:3900'])
  })

  it('says on /healthz which host it reads', async () => {
    const response = await request('/healthz', {}, undefined, LAKE_ENV)
    expect(await response.json()).toEqual({
      status: 'ok',
      source: { kind: 'sanity', description: 'local/production at http://127.0.0.1:3900' },
    })
  })

  it('answers 503 when the host is down', async () => {
    vi.mocked(globalThis.fetch).mockRejectedValue(new TypeError('Network connection lost.'))
    const response = await request('/api/v1/entries?lang=en', {}, undefined, LAKE_ENV)
    expect(response.status).toBe(503)
  })
})

describe('when Sanity misbehaves, the reader gets a 503 problem, never a 500', () => {
  /** A tiny time budget, so that waiting it out is quick. */
  const BUDGET_ENV = { ...SANITY_ENV, SANITY_TIMEOUT_MS: '100' }
  afterEach(() => contentSourceFor(BUDGET_ENV).forget?.())

  async function expectUnavailable(response: Response) {
    expect(response.status).toBe(503)
    expect(response.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8')
    expect(response.headers.get('Retry-After')).toBe('30')
    expect(((await response.json()) as { title: string }).title).toBe('Content source unavailable')
  }

  it.each(FAULT_NAMES)('answers %s with a 503, for the API, a feed and a page', async (fault) => {
    contentLake().fault = fault
    for (const path of ['/api/v1/entries?lang=en', '/en/atom.xml', '/en/entries/vicenza-2018']) {
      await expectUnavailable(await request(path, { headers: { Accept: 'text/html' } }, undefined, BUDGET_ENV))
    }
  })

  /** Sanity answering each query as the embedded dataset does, but with `wrong(query)` where that is defined ('no result': an envelope without one). */
  function answerWrongly(wrong: (query: string) => unknown) {
    const embedded = createEmbeddedSource()
    vi.mocked(globalThis.fetch).mockImplementation(async (input) => {
      const url = new URL(input instanceof Request ? input.url : String(input))
      const query = url.searchParams.get('query') ?? ''
      const result = wrong(query)
      if (result === 'no result') return Response.json({ ms: 1 })
      const params = Object.fromEntries([...url.searchParams].filter(([name]) => name.startsWith('$')).map(([name, value]) => [name.slice(1), JSON.parse(value)]))
      return Response.json({ result: result === undefined ? await embedded.fetch(query, params) : result, ms: 1 })
    })
  }

  it.each([
    ['the list query answering an object', (query: string) => (query === entriesQuery ? { _id: 'entry-vicenza-2018' } : undefined)],
    ['the list query answering null', (query: string) => (query === entriesQuery ? null : undefined)],
    ['the list query answering a string', (query: string) => (query === entriesQuery ? '<html>' : undefined)],
    ['a row without its id', (query: string) => (query === entriesQuery ? [{ slug: 'vicenza-2018', date: '2018-12', fellBack: [] }] : undefined)],
    ['a row whose fallbacks are null', (query: string) => (query === entriesQuery ? [{ _id: 'entry-vicenza-2018', slug: 'vicenza-2018', date: '2018-12', fellBack: null }] : undefined)],
    ['the settings answering a list', (query: string) => (query === queries.settingsQuery ? [] : undefined)],
    ['an answer without a result', () => 'no result'],
  ])('answers a result of the wrong shape (%s) with a 503', async (_what, wrong) => {
    answerWrongly(wrong)
    await expectUnavailable(await request('/en/atom.xml', {}, undefined, SANITY_ENV))
  })

  it.each([
    ['an object', { simplified: '为', traditional: '為' }],
    ['a string', '<html>'],
    ['a list of strings', ['为', '為']],
  ])('answers the Traditional corrections answering %s with a 503', async (_what, wrong) => {
    answerWrongly((query) => (query === queries.traditionalCorrectionsQuery ? wrong : undefined))
    // The same problem as ever, in the Traditional edition's words.
    const response = await request('/zh-hant/atom.xml', {}, undefined, SANITY_ENV)
    expect(response.status).toBe(503)
    expect(response.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8')
    expect(((await response.json()) as { title: string }).title).toBe('內容源暫不可用')
  })

  it('gives up when the time budget is spent, and cancels the request', async () => {
    const lake = contentLake()
    lake.fault = 'no answer within the time budget'
    const signals: (AbortSignal | null | undefined)[] = []
    const answer = vi.mocked(globalThis.fetch).getMockImplementation()
    vi.mocked(globalThis.fetch).mockImplementation((input, init) => {
      signals.push(init?.signal)
      return answer?.(input, init) ?? Promise.reject(new Error('no lake'))
    })
    const started = Date.now()
    await expectUnavailable(await request('/api/v1/entries?lang=en', {}, undefined, BUDGET_ENV))
    expect(Date.now() - started).toBeLessThan(1000)
    expect(signals.length).toBeGreaterThan(0)
    expect(signals.every((signal) => signal?.aborted)).toBe(true)
    // One budget, not two: the request's first query (the revision) spent it, and no other was asked.
    expect([lake.revisionsAsked.length, lake.asked.length]).toEqual([1, 0])
  })

  it('retries once after a 503, within the budget, and then answers', async () => {
    const lake = contentLake()
    lake.fault = 'a 503 error page in HTML'
    const answer = vi.mocked(globalThis.fetch).getMockImplementation()
    vi.mocked(globalThis.fetch).mockImplementation((input, init) => {
      const response = answer?.(input, init) ?? Promise.reject(new Error('no lake'))
      lake.fault = undefined
      return response
    })
    const response = await request('/api/v1/entries?lang=en', {}, undefined, { ...SANITY_ENV, SANITY_TIMEOUT_MS: '2000' })
    expect(response.status).toBe(200)
    expect(((await response.json()) as EntryListJson).items).toHaveLength(7)
    // The request's first query, for the content's revision, met the 503 and was asked once more.
    expect(lake.revisionsAsked).toHaveLength(2)
    expect(lake.asked).toHaveLength(1)
  })

  it('takes a budget that is not a positive number as the default, 2 s', async () => {
    contentLake()
    for (const SANITY_TIMEOUT_MS of ['', 'soon', '-5', '0']) {
      const response = await request('/api/v1/entries?lang=en', {}, undefined, { ...SANITY_ENV, SANITY_TIMEOUT_MS })
      expect(response.status).toBe(200)
    }
  })
})

describe("an isolate's memory of Sanity's answers", () => {
  it('answers a burst of readers with one query', async () => {
    const lake = contentLake()
    for (let reader = 0; reader < 5; reader++) {
      expect((await request('/api/v1/entries?lang=zh', {}, undefined, SANITY_ENV)).status).toBe(200)
    }
    expect(lake.asked).toHaveLength(1)
  })

  it('asks each query once for a Traditional feed, though its entries and its settings both need the corrections', async () => {
    const lake = contentLake()
    expect((await request('/zh-hant/atom.xml', {}, undefined, SANITY_ENV)).status).toBe(200)
    const asked = lake.asked.map(({ url }) => url.searchParams.get('query'))
    expect(asked.filter((query) => query === queries.traditionalCorrectionsQuery)).toHaveLength(1)
    expect(asked.toSorted()).toEqual([entriesQuery, queries.settingsQuery, queries.traditionalCorrectionsQuery].toSorted())
  })

  it('asks again for other parameters', async () => {
    const lake = contentLake()
    await request('/api/v1/entries?lang=zh', {}, undefined, SANITY_ENV)
    await request('/api/v1/entries?lang=en', {}, undefined, SANITY_ENV)
    expect(lake.asked.map(({ url }) => JSON.parse(url.searchParams.get('$lang') ?? 'null'))).toEqual(['zh', 'en'])
  })

  it('forgets what it was told when asked to (as the publish webhook does), and shows the edit', async () => {
    const lake = contentLake()
    await request('/api/v1/entries?lang=en', {}, undefined, SANITY_ENV)
    const vicenza = lake.documents.find((document) => document._id === 'entry-vicenza-2018')
    if (!vicenza) throw new Error('no Vicenza entry')
    vicenza.headline = { en: 'Vicenza, edited', zh: '维琴察（已编辑）' }
    const before = await json<EntryListJson>(await request('/api/v1/entries?lang=en', {}, undefined, SANITY_ENV))
    expect(before.items[0]?.title).not.toBe('Vicenza, edited')
    contentSourceFor(SANITY_ENV).forget?.()
    const after = await json<EntryListJson>(await request('/api/v1/entries?lang=en', {}, undefined, SANITY_ENV))
    expect(after.items[0]?.title).toBe('Vicenza, edited')
    expect(lake.asked).toHaveLength(2)
  })

  it(`keeps its answers while Sanity's revision stays the same, reading it again every ${ANSWER_LIFETIME_MS / 1000} s, and shows a publish no webhook told it of by then`, async () => {
    const lake = contentLake()
    vi.useFakeTimers({ toFake: ['Date'] })
    const titles = async () => (await json<EntryListJson>(await request('/api/v1/entries?lang=en', {}, undefined, SANITY_ENV))).items.map((item) => item.title)
    try {
      const before = await titles()
      expect([lake.asked.length, lake.revisionsAsked.length]).toEqual([1, 1])
      vi.advanceTimersByTime(ANSWER_LIFETIME_MS - 1)
      await titles()
      expect([lake.asked.length, lake.revisionsAsked.length]).toEqual([1, 1])
      // The period is over: one small query for the revision, which has not changed, and the answers live on.
      vi.advanceTimersByTime(1)
      expect(await titles()).toEqual(before)
      expect([lake.asked.length, lake.revisionsAsked.length]).toEqual([1, 2])
      // Published in another isolate's hearing: the revision this one reads changes within a period.
      const vicenza = lake.documents.find((document) => document._id === 'entry-vicenza-2018')!
      Object.assign(vicenza, { headline: { en: 'Vicenza, edited', zh: '维琴察（已编辑）' }, _rev: 'edited', _updatedAt: new Date().toISOString() })
      expect(await titles()).toEqual(before)
      vi.advanceTimersByTime(ANSWER_LIFETIME_MS)
      expect((await titles())[0]).toBe('Vicenza, edited')
      expect([lake.asked.length, lake.revisionsAsked.length]).toEqual([2, 3])
    } finally {
      vi.useRealTimers()
    }
  })

  it('names the same revision in every isolate, for the same content', async () => {
    contentLake()
    const isolate = () => createSanitySource({ projectId: 'abc123', dataset: 'production', apiVersion: SANITY_API_VERSION, timeoutMs: 2000 })
    const [one, two] = [isolate(), isolate()]
    expect(await one.revision!()).toBe(await two.revision!())
    expect(one.knownRevision!()).toBe(await two.revision!())
  })

  it('sees an edit among more documents changed within one second than the revision query lists', async () => {
    const second = '2026-11-30T12:00:00Z'
    const extra = Array.from({ length: 4 }, (_, index) => ({ ...seedEntry('vicenza-2018'), _id: `entry-extra-${index}`, slug: { _type: 'slug', current: `extra-${index}` } }))
    const documents = [...seedDocuments(), ...extra].map((document) => ({ ...document, _updatedAt: second, _rev: 'before' }))
    const lake = contentLake(documents)
    const source = createSanitySource({ projectId: 'abc123', dataset: 'production', apiVersion: SANITY_API_VERSION, timeoutMs: 2000 })
    const before = await source.revision!()
    // Edited in that same second, the document listed last of all (beyond the eight newest).
    const last = lake.documents.toSorted((a, b) => (a._id < b._id ? -1 : 1)).at(-1)!
    last._rev = 'edited'
    source.forget!()
    expect(await source.revision!()).not.toBe(before)
  })

  it('does not keep an answer asked before it was told to forget', async () => {
    const lake = contentLake()
    const answer = vi.mocked(globalThis.fetch).getMockImplementation()
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    let sent = 0
    // Only the content query is held: the revision is read at once.
    vi.mocked(globalThis.fetch).mockImplementation(async (input, init) => {
      if (new URL(new Request(input, init).url).searchParams.get('query') !== queries.revisionQuery) {
        sent++
        await held
      }
      return (await answer?.(input, init)) ?? Response.error()
    })
    const reading = request('/api/v1/entries?lang=en', {}, undefined, SANITY_ENV)
    await vi.waitFor(() => expect(sent).toBe(1))
    contentSourceFor(SANITY_ENV).forget?.()
    release()
    expect((await reading).status).toBe(200)
    await request('/api/v1/entries?lang=en', {}, undefined, SANITY_ENV)
    expect(lake.asked).toHaveLength(2)
  })

  it('does not remember a failure: the next reader asks again', async () => {
    const lake = contentLake()
    lake.fault = 'a 500 error'
    expect((await request('/api/v1/entries?lang=en', {}, undefined, SANITY_ENV)).status).toBe(503)
    lake.fault = undefined
    expect((await request('/api/v1/entries?lang=en', {}, undefined, SANITY_ENV)).status).toBe(200)
  })
})

describe("each query's answer shape", () => {
  it('is declared for every query the Worker runs', () => {
    const all = Object.entries(queries).filter(([name]) => name.endsWith('Query'))
    expect(all.length).toBeGreaterThan(0)
    expect(all.filter(([, query]) => !SHAPED_QUERIES.has(query)).map(([name]) => name)).toEqual([])
  })

  it('accepts what the embedded dataset answers, in every language', async () => {
    contentLake()
    for (const path of ['/en/atom.xml', '/zh/rss.xml', '/zh-hant/atom.xml', '/en/', '/zh/entries/burnaby-2014', '/api/v1/entries?lang=zh&city=burnaby', '/embed?lang=zh']) {
      expect((await request(path, {}, undefined, SANITY_ENV)).status, path).toBe(200)
    }
  })
})
