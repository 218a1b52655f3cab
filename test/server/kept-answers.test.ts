/**
 * Kept answers (server/http/kept-answers.ts): a repeated request for
 * unchanged content is answered from memory, with the very bytes and headers
 * of a fresh render, without reading content; a new revision or a forget()
 * replaces it; what is kept stays within its byte bound; 304s carry the
 * validators of the 200.
 */
import { describe, expect, it, vi } from 'vitest'
import { createApp } from '../../server/app'
import { contentSourceFor } from '../../server/content/configured-source'
import { createEmbeddedSource } from '../../server/content/embedded-source'
import { ANSWER_LIFETIME_MS } from '../../server/content/sanity-source'
import type { ContentSource, QueryParams } from '../../server/content/source'
import type { Env } from '../../server/env'
import { KeptAnswers, withKeptAnswers } from '../../server/http/kept-answers'
import { contentLake, FAULT_NAMES, SANITY_ENV } from './content-lake'
import { seedEntry, seedWith } from './helpers'

const ENV: Env = { SANITY_DATASET: 'production', PUBLIC_BASE_URL: '' }

const ctx: ExecutionContext = { waitUntil: () => {}, passThroughOnException: () => {}, props: {} } as unknown as ExecutionContext

/** The embedded dataset, counting the queries asked of it. */
function countedSource(source: ContentSource = createEmbeddedSource()) {
  const counted = { asked: 0, source: { ...source } as ContentSource }
  counted.source.fetch = <Result,>(query: string, params: QueryParams) => {
    counted.asked++
    return source.fetch<Result>(query, params)
  }
  return counted
}

/** A Worker behind its front door over `source`, with its own store; `answered` counts the requests the app itself answered. */
function worker(source: ContentSource, kept = new KeptAnswers(), env: Env = ENV) {
  const app = createApp({ contentSource: () => source })
  let answered = 0
  const handler = withKeptAnswers({ fetch: (request, env, ctx) => (answered++, app.fetch(request, env, ctx)) }, kept)
  const get = (path: string, headers: Record<string, string> = {}) =>
    handler.fetch!(new Request(`http://localhost${path}`, { headers }) as Request<unknown, IncomingRequestCfProperties>, env, ctx)
  return Object.defineProperty(get, 'answered', { get: () => answered }) as typeof get & { readonly answered: number }
}

async function snapshot(response: Response) {
  return { status: response.status, headers: [...response.headers], body: new Uint8Array(await response.arrayBuffer()) }
}

/** Every kind of answer that reads content: feeds, the subscription list, the API, pages and the widget. */
const SURFACES = [
  '/en/atom.xml',
  '/zh/rss.xml?country=US',
  '/zh/feed.json',
  '/feeds.opml',
  '/api/v1/entries?lang=en',
  '/api/v1/entries?lang=zh&limit=1',
  '/api/v1/entries/vicenza-2018?lang=zh',
  '/en/',
  '/zh/entries/vicenza-2018',
  '/embed?lang=en&city=fort-worth',
]

describe('kept answers', () => {
  it.each(SURFACES)('answers %s again with the bytes and every header of a fresh render, reading nothing', async (path) => {
    const headers = { Origin: 'https://partner.example' }
    const fresh = await snapshot(await createApp().request(`http://localhost${path}`, { headers }, ENV))
    expect(fresh.status).toBe(200)
    const counted = countedSource()
    const get = worker(counted.source)
    expect(await snapshot(await get(path, headers))).toEqual(fresh)
    const asked = counted.asked
    expect(asked).toBeGreaterThan(0)
    expect(await snapshot(await get(path, headers))).toEqual(fresh)
    expect(counted.asked).toBe(asked)
  })

  it.each(SURFACES)('answers %s with a 304 carrying the validators and headers of the 200, reading nothing', async (path) => {
    const counted = countedSource()
    const get = worker(counted.source)
    const full = await get(path)
    const etag = full.headers.get('ETag')
    expect(etag).toMatch(/^"[!#-~]+"$/)
    const asked = counted.asked
    const notModified = await get(path, { 'If-None-Match': etag! })
    expect(notModified.status).toBe(304)
    expect(counted.asked).toBe(asked)
    const without = (response: Response) => [...response.headers].filter(([name]) => name !== 'content-type')
    expect(without(notModified)).toEqual(without(full))
    expect(await notModified.text()).toBe('')
    // A plain app, without the front door, answers the same 304.
    const plain = await createApp().request(`http://localhost${path}`, { headers: { 'If-None-Match': etag! } }, ENV)
    expect([plain.status, [...plain.headers]]).toEqual([304, [...notModified.headers]])
  })

  it('keeps a first request that came with its conditions, and answers it by them', async () => {
    const fresh = await createApp().request('http://localhost/en/atom.xml', {}, ENV)
    const counted = countedSource()
    const get = worker(counted.source)
    const first = await get('/en/atom.xml', { 'If-None-Match': fresh.headers.get('ETag')! })
    expect(first.status).toBe(304)
    const asked = counted.asked
    const stale = await get('/en/atom.xml', { 'If-None-Match': '"an-older-copy"' })
    expect(stale.status).toBe(200)
    expect(await stale.text()).toBe(await fresh.text())
    const sinceLastModified = await get('/en/atom.xml', { 'If-Modified-Since': fresh.headers.get('Last-Modified')! })
    expect(sinceLastModified.status).toBe(304)
    expect(counted.asked).toBe(asked)
  })

  it('keeps each spelling of a request as one answer, its bytes once', async () => {
    const kept = new KeptAnswers()
    const get = worker(createEmbeddedSource(), kept)
    const a = await snapshot(await get('/zh/atom.xml?city=Fort%20Worth'))
    const bytes = kept.bytes
    const b = await snapshot(await get('/zh/atom.xml?city=fort-worth&utm_source=x'))
    const c = await snapshot(await get('/zh/atom.xml?city=fort-worth'))
    expect(b).toEqual(a)
    expect(c).toEqual(a)
    expect(kept.size).toEqual({ answers: 1, aliases: 3 })
    expect(kept.bytes - bytes).toBeLessThan(400)
  })

  it('keeps an answer per language when Accept-Language decided it, with its Vary', async () => {
    const get = worker(createEmbeddedSource())
    const english = await get('/api/v1/entries', { 'Accept-Language': 'en' })
    const chinese = await get('/api/v1/entries', { 'Accept-Language': 'zh-CN' })
    expect(english.headers.get('Content-Language')).toBe('en')
    expect(chinese.headers.get('Content-Language')).toBe('zh-Hans')
    const again = await get('/api/v1/entries', { 'Accept-Language': 'zh-CN,en;q=0.5' })
    expect(await again.text()).toBe(await chinese.text())
    expect(again.headers.get('Vary')).toContain('Accept-Language')
    // Named by `lang`, the same canonical request is another answer: it does not vary.
    const named = await get('/api/v1/entries?lang=zh')
    expect(named.headers.get('Vary') ?? '').not.toContain('Accept-Language')
  })

  it('answers a repeated Accept-Language from what it kept, and another header by its own language', async () => {
    const counted = countedSource()
    const kept = new KeptAnswers()
    const get = worker(counted.source, kept)
    const english = await (await get('/api/v1/entries', { 'Accept-Language': 'en-GB,en;q=0.9' })).text()
    const chinese = await (await get('/api/v1/entries', { 'Accept-Language': 'zh-CN,zh;q=0.9' })).text()
    const asked = counted.asked
    for (let time = 0; time < 3; time++) {
      const again = await get('/api/v1/entries', { 'Accept-Language': 'en-GB,en;q=0.9' })
      expect(again.headers.get('Content-Language')).toBe('en')
      expect(await again.text()).toBe(english)
      const chineseAgain = await get('/api/v1/entries', { 'Accept-Language': 'zh-CN,zh;q=0.9' })
      expect(chineseAgain.headers.get('Content-Language')).toBe('zh-Hans')
      expect(await chineseAgain.text()).toBe(chinese)
    }
    // Another header that decides Chinese: the Chinese answer, kept once.
    const other = await get('/api/v1/entries', { 'Accept-Language': 'zh-Hans-CN' })
    expect(await other.text()).toBe(chinese)
    expect(counted.asked).toBe(asked)
    expect(kept.size.answers).toBe(2)
  })

  it('replaces what it kept when the source answers under a new revision', async () => {
    let revision = 'one'
    let documents = seedWith()
    const source: ContentSource = {
      kind: 'embedded',
      description: 'changing',
      fetch: (query, params) => createEmbeddedSource(documents).fetch(query, params),
      revision: () => revision,
    }
    const get = worker(source)
    const before = await (await get('/en/atom.xml')).text()
    const entry = seedEntry('vicenza-2018')
    documents = seedWith({ ...entry, headline: { ...(entry.headline as object), en: 'Vicenza, revised' } })
    expect(await (await get('/en/atom.xml')).text()).toBe(before)
    revision = 'two'
    const after = await (await get('/en/atom.xml')).text()
    expect(after).not.toBe(before)
    expect(after).toContain('Vicenza, revised')
  })

  it("keeps what it made of Sanity's answers while Sanity's revision stays the same, and not once it changes", async () => {
    const lake = contentLake()
    const source = contentSourceFor(SANITY_ENV)
    source.forget?.()
    const kept = new KeptAnswers()
    const get = worker(source, kept, SANITY_ENV)
    const edit = (headline: { en: string; zh: string }, rev: string) => {
      const vicenza = lake.documents.find((document) => document._id === 'entry-vicenza-2018')!
      Object.assign(vicenza, { headline, _rev: rev, _updatedAt: new Date().toISOString() })
    }
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      const first = await (await get('/en/atom.xml')).text()
      const asked = lake.asked.length
      await get('/en/atom.xml')
      expect(lake.asked.length).toBe(asked)
      // A period later Sanity names the same revision: the kept answer is sent again, neither queried nor made again.
      vi.advanceTimersByTime(ANSWER_LIFETIME_MS)
      const revisions = lake.revisionsAsked.length
      const answered = get.answered
      expect(await (await get('/en/atom.xml')).text()).toBe(first)
      expect([lake.asked.length, lake.revisionsAsked.length, get.answered]).toEqual([asked, revisions + 1, answered])
      // And for the rest of that period without asking anything.
      await get('/en/atom.xml')
      expect([lake.revisionsAsked.length, get.answered]).toEqual([revisions + 1, answered])
      // A webhook that changed nothing (delivered twice, say): the revision is read again, and is the same.
      source.forget?.()
      expect(await (await get('/en/atom.xml')).text()).toBe(first)
      expect([lake.asked.length, lake.revisionsAsked.length, get.answered]).toEqual([asked, revisions + 2, answered])
      // A publish and its webhook: the new content at once.
      edit({ en: 'Vicenza, published', zh: '维琴察（已发布）' }, 'published')
      source.forget?.()
      expect(await (await get('/en/atom.xml')).text()).toContain('Vicenza, published')
      expect([lake.asked.length, get.answered]).toEqual([2 * asked, answered + 1])
      expect(kept.size.answers).toBe(1)
      // Published elsewhere, no webhook here: gone within a period.
      edit({ en: 'Vicenza, edited', zh: '维琴察（已编辑）' }, 'edited')
      vi.advanceTimersByTime(ANSWER_LIFETIME_MS)
      expect(await (await get('/en/atom.xml')).text()).toContain('Vicenza, edited')
      expect(lake.asked.length).toBe(3 * asked)
    } finally {
      vi.useRealTimers()
      source.forget?.()
    }
  })

  it("after Sanity's revision changed, finds the answer made under the new one by another spelling, without making it again", async () => {
    const lake = contentLake()
    const source = contentSourceFor(SANITY_ENV)
    source.forget?.()
    const kept = new KeptAnswers()
    const get = worker(source, kept, SANITY_ENV)
    const british = { 'Accept-Language': 'en-GB,en;q=0.9' }
    const american = { 'Accept-Language': 'en-US,en;q=0.8' }
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      // Each header asked twice: each is a spelling of its own of the one English answer.
      for (const headers of [british, british, american, american]) await get('/api/v1/entries', headers)
      expect(kept.size.answers).toBe(1)
      const vicenza = lake.documents.find((document) => document._id === 'entry-vicenza-2018')!
      Object.assign(vicenza, { headline: { en: 'Vicenza, edited', zh: '维琴察（已编辑）' }, _rev: 'edited', _updatedAt: new Date().toISOString() })
      vi.advanceTimersByTime(ANSWER_LIFETIME_MS)
      expect(await (await get('/api/v1/entries', british)).text()).toContain('Vicenza, edited')
      const answered = get.answered
      expect(await (await get('/api/v1/entries', american)).text()).toContain('Vicenza, edited')
      expect(get.answered).toBe(answered)
      expect(kept.size.answers).toBe(1)
    } finally {
      vi.useRealTimers()
      source.forget?.()
    }
  })

  it('counts an answer kept again under the spelling that already leads to it once', async () => {
    const kept = new KeptAnswers()
    const revision = { id: 'one', isCurrent: () => true, confirm: async () => true }
    const answer = () => new Response('<feed/>', { headers: { 'Content-Type': 'application/atom+xml', ETag: '"a"' } })
    await kept.keep('https://example.org/en/atom.xml', answer(), revision, 'atom en', true)
    const bytes = kept.bytes
    await kept.keep('https://example.org/en/atom.xml', answer(), revision, 'atom en', true)
    expect(kept.size).toEqual({ answers: 1, aliases: 1 })
    expect(kept.bytes).toBe(bytes)
  })

  it('never keeps problems, redirects, answers without a canonical request, or a source without a revision', async () => {
    const counted = countedSource()
    const kept = new KeptAnswers()
    const get = worker(counted.source, kept)
    for (const path of ['/en/atom.xml?limit=0', '/nowhere', '/', '/healthz', '/embed.js', '/api/v1/entries/atlantis-2030?lang=en']) {
      await get(path)
      await get(path)
    }
    expect(kept.size).toEqual({ answers: 0, aliases: 0 })
    const own = countedSource(createEmbeddedSource(seedWith()))
    const ownKept = new KeptAnswers()
    const getOwn = worker(own.source, ownKept)
    await getOwn('/en/atom.xml')
    await getOwn('/en/atom.xml')
    expect(ownKept.size.answers).toBe(0)
  })

  it('never keeps the last good copy sent while Sanity fails, and keeps the fresh answer once it is back', async () => {
    const env: Env = { ...SANITY_ENV, SANITY_TIMEOUT_MS: '100' }
    const lake = contentLake()
    const source = contentSourceFor(env)
    const stored: Promise<unknown>[] = []
    const waitUntil = (promise: Promise<unknown>) => void stored.push(promise)
    const kept = new KeptAnswers()
    const handler = withKeptAnswers(createApp(), kept)
    const get = async (path: string) => {
      const response = await handler.fetch!(
        new Request(`https://kept-stale.example${path}`) as Request<unknown, IncomingRequestCfProperties>,
        env,
        { ...ctx, waitUntil } as ExecutionContext,
      )
      await Promise.all(stored)
      return response
    }
    try {
      const good = await get('/en/atom.xml')
      expect(good.headers.get('Stale-Since')).toBeNull()
      lake.fault = FAULT_NAMES[0]
      // What one failed read of the revision asks of Sanity (its retry included) …
      source.forget?.()
      const before = lake.revisionsAsked.length
      await expect(source.revision!()).rejects.toThrow()
      const oneRead = lake.revisionsAsked.length - before
      source.forget?.()
      const stale = await get('/en/atom.xml')
      expect(stale.headers.get('Stale-Since')).not.toBeNull()
      expect(kept.size.answers).toBe(0)
      // … is all the stale copy cost: the kept answer's failed check is not asked again by the app.
      expect(lake.revisionsAsked.length - before).toBe(2 * oneRead)
      lake.fault = undefined
      source.forget?.()
      const fresh = await get('/en/atom.xml')
      expect(fresh.headers.get('Stale-Since')).toBeNull()
      expect(kept.size.answers).toBe(1)
    } finally {
      source.forget?.()
    }
  })

  it('stays within its byte bound over 10,000 distinct URLs', async () => {
    const kept = new KeptAnswers(256 * 1024)
    const get = worker(createEmbeddedSource(), kept)
    const cities = ['vicenza', 'berkeley', 'cupertino', 'fort-worth', 'burnaby']
    let most = 0
    for (let i = 0; i < 10_000; i++) {
      // Distinct URLs: a few real answers and many spellings of them, crawled as a crawler would.
      await (await get(`/en/feed.json?city=${cities[i % cities.length]}&limit=${1 + (i % 40)}&x=${i}`)).arrayBuffer()
      most = Math.max(most, kept.bytes)
    }
    expect(most).toBeLessThanOrEqual(256 * 1024)
    // Still useful when full: many spellings kept, several for each answer (each feed names every other language, so fewer answers fit).
    expect(kept.size.aliases).toBeGreaterThan(50)
    expect(kept.size.aliases).toBeGreaterThan(2 * kept.size.answers)
    expect(kept.size.aliases).toBeLessThan(10_000)
  }, 120_000)
})
