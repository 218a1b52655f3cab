/**
 * The last good copy, in workerd with its Cache API: while Sanity fails
 * (content-lake.ts injects each fault beneath `@sanity/client`), a feed, the
 * API's list, an entry page and the widget's iframe are served as they last
 * were, marked `Stale-Since`; with no copy, the 503 problem. Each test reads
 * its own site (a host of its own), so copies never cross tests.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { createApp } from '../../server/app'
import { contentSourceFor } from '../../server/content/configured-source'
import type { Env } from '../../server/env'
import { CACHE_CONTROL } from '../../server/http/cache-control'
import { STALE_SINCE_HEADER } from '../../server/http/last-good-copy'
import { contentLake, FAULT_NAMES, SANITY_ENV } from './content-lake'

/** A small time budget, so that a fault that never answers is waited out quickly. */
const ENV: Env = { ...SANITY_ENV, SANITY_TIMEOUT_MS: '100' }

/** An execution context that runs what the Worker leaves for after its answer (Hono reads only `waitUntil`). */
function executionContext(waitUntil: (promise: Promise<unknown>) => void): ExecutionContext {
  return { waitUntil, passThroughOnException: () => {}, props: {} } as unknown as ExecutionContext
}

let sites = 0

/** A site of its own: calls the Worker at a new host, as Cloudflare does, and waits for what it does after answering. */
function newSite() {
  const origin = `https://site-${++sites}.example`
  const stored: Promise<unknown>[] = []
  async function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
    const before = stored.length
    const ctx = executionContext((promise) => void stored.push(promise))
    const response = await createApp().request(`${origin}${path}`, { method, headers }, ENV, ctx)
    await Promise.all(stored)
    // The next request asks Sanity again, as it would once the isolate's memory of answers expires.
    contentSourceFor(ENV).forget?.()
    return Object.assign(response, { backgroundTasks: stored.length - before })
  }
  return { get }
}

afterEach(() => contentSourceFor(ENV).forget?.())

/** Each surface a reader or partner site polls: its path, the headers it is asked with, and how it shows each entry, as many times as it shows entries. */
const SURFACES = [
  ['the Atom feed', '/en/atom.xml', {}, /<entry>/g, 7],
  ["the API's list", '/api/v1/entries?lang=zh', {}, /"slug":/g, 7],
  ['an entry page', '/zh/entries/vicenza-2018', { Accept: 'text/html' }, /<article>/g, 1],
  ["the widget's iframe", '/embed?lang=zh&limit=3', {}, /<p class="title">/g, 3],
] as const

describe.each(SURFACES)('%s, while Sanity fails', (_surface, path, headers, entry, entries) => {
  it.each(FAULT_NAMES)('is the last good copy, marked stale, when Sanity answers with %s', async (fault) => {
    const lake = contentLake()
    const site = newSite()
    const good = await site.get(path, headers)
    expect(good.status).toBe(200)
    const goodBody = await good.text()
    expect(goodBody.match(entry)).toHaveLength(entries)

    lake.fault = fault
    const stale = await site.get(path, headers)
    expect(stale.status).toBe(200)
    expect(await stale.text()).toBe(goodBody)
    // What it shows is what it showed: a publish's purge reaches it by the same tags.
    for (const header of ['Content-Type', 'Content-Language', 'ETag', 'Access-Control-Allow-Origin', 'Cache-Tag']) {
      expect(stale.headers.get(header), header).toBe(good.headers.get(header))
    }
    const since = stale.headers.get(STALE_SINCE_HEADER)
    expect(since).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/)
    expect(Date.now() - Date.parse(since ?? '')).toBeLessThan(60_000)
    expect(stale.headers.get('Cache-Control')).toBe(CACHE_CONTROL.staleCopy)
    expect(stale.headers.get('Retry-After')).toBeNull()
    expect(good.headers.get(STALE_SINCE_HEADER)).toBeNull()
    // A stale answer is never stored as if it were good.
    expect(stale.backgroundTasks).toBe(0)
  })

  it("is a 304 with the copy's headers for a reader who already has it", async () => {
    const lake = contentLake()
    const site = newSite()
    const good = await site.get(path, headers)
    const etag = good.headers.get('ETag') ?? ''
    expect(etag).not.toBe('')

    lake.fault = 'a 500 error'
    const notModified = await site.get(path, { ...headers, 'If-None-Match': etag })
    expect(notModified.status).toBe(304)
    expect(await notModified.text()).toBe('')
    expect(notModified.headers.get('ETag')).toBe(etag)
    expect(notModified.headers.get(STALE_SINCE_HEADER)).not.toBeNull()
    expect(notModified.headers.get('Cache-Control')).toBe(CACHE_CONTROL.staleCopy)
    for (const header of ['Content-Language', 'Access-Control-Allow-Origin', 'Cache-Tag']) {
      expect(notModified.headers.get(header), header).toBe(good.headers.get(header))
    }
    // A reader with another version gets the copy itself.
    const other = await site.get(path, { ...headers, 'If-None-Match': '"another-version"' })
    expect(other.status).toBe(200)
    expect(other.headers.get('ETag')).toBe(etag)
  })

  it('is a 503 problem with Retry-After when there is no copy', async () => {
    contentLake().fault = 'a 500 error'
    const response = await newSite().get(path, headers)
    expect(response.status).toBe(503)
    // The iframe page says so in the partner's page, in HTML (pages-embed.test.ts); the others are problems.
    expect(response.headers.get('Content-Type')).toBe(path.startsWith('/embed?') ? 'text/html; charset=UTF-8' : 'application/problem+json; charset=utf-8')
    expect(response.headers.get('Retry-After')).toBe('30')
    expect(response.headers.get('Cache-Control')).toBe(CACHE_CONTROL.none)
    expect(response.headers.get(STALE_SINCE_HEADER)).toBeNull()
  })
})

describe('the last good copy', () => {
  it('never turns a feed empty: every entry stays in the stale feed', async () => {
    const lake = contentLake()
    const site = newSite()
    const good = await (await site.get('/zh/rss.xml')).text()
    expect((good.match(/<item>/g) ?? []).length).toBe(7)
    lake.fault = 'an HTML error page sent as 200'
    const stale = await (await site.get('/zh/rss.xml')).text()
    expect((stale.match(/<item>/g) ?? []).length).toBe(7)
  })

  it('is replaced by a good answer after the outage', async () => {
    const lake = contentLake()
    const site = newSite()
    await site.get('/en/atom.xml')
    lake.fault = 'a 500 error'
    expect((await site.get('/en/atom.xml')).status).toBe(200)

    lake.fault = undefined
    const vicenza = lake.documents.find((document) => document._id === 'entry-vicenza-2018')
    if (!vicenza) throw new Error('no Vicenza entry')
    vicenza.headline = { en: 'Vicenza renews its friendship', zh: '维琴察续签友好协议' }
    vicenza._updatedAt = '2026-11-02T10:00:00Z'
    const fresh = await site.get('/en/atom.xml')
    const freshBody = await fresh.text()
    expect(freshBody).toContain('Vicenza renews its friendship')
    expect(fresh.backgroundTasks).toBe(1)

    lake.fault = 'truncated JSON'
    const stale = await site.get('/en/atom.xml')
    expect(await stale.text()).toBe(freshBody)
    expect(stale.headers.get('ETag')).toBe(fresh.headers.get('ETag'))
  })

  it('is written once for the same answer, not on every request', async () => {
    contentLake()
    const site = newSite()
    expect((await site.get('/en/feed.json')).backgroundTasks).toBe(1)
    expect((await site.get('/en/feed.json')).backgroundTasks).toBe(0)
    expect((await site.get('/zh/feed.json')).backgroundTasks).toBe(1)
  })

  it('is kept per language: a reader whose language chose the answer gets a copy in that language only', async () => {
    const lake = contentLake()
    const site = newSite()
    const chinese = await site.get('/api/v1/entries', { 'Accept-Language': 'zh-CN' })
    expect(chinese.headers.get('Content-Language')).toBe('zh-Hans')
    lake.fault = 'a 500 error'
    const staleChinese = await site.get('/api/v1/entries', { 'Accept-Language': 'zh-CN,zh;q=0.9' })
    expect(staleChinese.status).toBe(200)
    expect(staleChinese.headers.get('Content-Language')).toBe('zh-Hans')
    expect(staleChinese.headers.get('Vary')).toContain('Accept-Language')
    const english = await site.get('/api/v1/entries', { 'Accept-Language': 'en' })
    expect(english.status).toBe(503)
  })

  it('answers HEAD while Sanity fails, with the headers and no body', async () => {
    const lake = contentLake()
    const site = newSite()
    await site.get('/en/atom.xml')
    lake.fault = 'a 503 error page in HTML'
    const head = await site.get('/en/atom.xml', {}, 'HEAD')
    expect(head.status).toBe(200)
    expect(head.headers.get(STALE_SINCE_HEADER)).not.toBeNull()
    expect(await head.text()).toBe('')
  })

  it('is not kept of an answer that is not for everyone: an error or a not-found page', async () => {
    const lake = contentLake()
    const site = newSite()
    expect((await site.get('/en/entries/atlantis-2030', { Accept: 'text/html' })).status).toBe(404)
    lake.fault = 'a 500 error'
    expect((await site.get('/en/entries/atlantis-2030', { Accept: 'text/html' })).status).toBe(503)
  })

  it('is a 304 for a feed reader whose copy is as recent as its Last-Modified', async () => {
    const lake = contentLake()
    const site = newSite()
    const good = await site.get('/zh/atom.xml')
    lake.fault = 'truncated JSON'
    const notModified = await site.get('/zh/atom.xml', { 'If-Modified-Since': good.headers.get('Last-Modified') ?? '' })
    expect(notModified.status).toBe(304)
    expect(notModified.headers.get(STALE_SINCE_HEADER)).not.toBeNull()
  })

  it('is not used for the embedded dataset, which cannot fail', async () => {
    const ctx = executionContext(() => expect.unreachable('nothing to store'))
    const response = await createApp().request('https://embedded.example/en/atom.xml', {}, { SANITY_DATASET: 'production' }, ctx)
    expect(response.status).toBe(200)
  })
})

/**
 * A copy is kept per canonical request (server/http/canonical-request.ts), not
 * per URL: every spelling of the same request reads and writes one copy, and
 * a parameter the route does not take never makes another.
 */
describe('the last good copy of a request', () => {
  it('is one for every spelling of it: ?city=Fort%20Worth and ?city=fort-worth share a copy', async () => {
    const lake = contentLake()
    const site = newSite()
    const good = await site.get('/en/atom.xml?city=Fort%20Worth')
    expect(good.status).toBe(200)
    expect(good.backgroundTasks).toBe(1)
    const goodBody = await good.text()
    expect(goodBody).toContain('Fort Worth')
    // The same answer under the same key: nothing more to write.
    expect((await site.get('/en/atom.xml?city=fort-worth')).backgroundTasks).toBe(0)

    lake.fault = 'a 500 error'
    for (const spelling of ['city=fort-worth', 'city=FORT-WORTH&limit=20', 'limit=20&city=+Fort+Worth']) {
      const stale = await site.get(`/en/atom.xml?${spelling}`)
      expect(stale.status, spelling).toBe(200)
      expect(await stale.text(), spelling).toBe(goodBody)
    }
  })

  it('is not made again for a parameter the route does not take: ?x=random shares the copy of the request without it', async () => {
    const lake = contentLake()
    const site = newSite()
    expect((await site.get('/en/feed.json')).backgroundTasks).toBe(1)
    for (const random of ['x=random', 'x=another', 'utm_source=newsletter&lang=zh']) {
      expect((await site.get(`/en/feed.json?${random}`)).backgroundTasks, random).toBe(0)
    }
    lake.fault = 'a 500 error'
    const stale = await site.get('/en/feed.json?x=yet-another')
    expect(stale.status).toBe(200)
    expect(stale.headers.get(STALE_SINCE_HEADER)).not.toBeNull()
  })

  it('is one for the API however its language was asked for: ?lang=zh or Accept-Language', async () => {
    const lake = contentLake()
    const site = newSite()
    expect((await site.get('/api/v1/entries?lang=zh-CN&topic=TRADE')).backgroundTasks).toBe(1)
    expect((await site.get('/api/v1/entries?topic=trade', { 'Accept-Language': 'zh-Hans' })).backgroundTasks).toBe(0)
    lake.fault = 'a 500 error'
    const stale = await site.get('/api/v1/entries?lang=zh&topic=trade&limit=20')
    expect(stale.status).toBe(200)
    expect(stale.headers.get('Content-Language')).toBe('zh-Hans')
  })

  it('is the unfiltered page’s for a page filtered by a city there is no entry for, which shows every entry', async () => {
    contentLake()
    const site = newSite()
    expect((await site.get('/en/', { Accept: 'text/html' })).backgroundTasks).toBe(1)
    expect((await site.get('/en/?city=atlantis&sort=random', { Accept: 'text/html' })).backgroundTasks).toBe(0)
  })

  it('is one for the widget however its options are spelled', async () => {
    const lake = contentLake()
    const site = newSite()
    expect((await site.get('/embed?lang=zh&limit=3&theme=dark&country=nz')).backgroundTasks).toBe(1)
    expect((await site.get('/embed?country=NZ&theme=DARK&limit=3&lang=zh-CN&layout=list')).backgroundTasks).toBe(0)
    lake.fault = 'a 500 error'
    expect((await site.get('/embed?theme=dark&limit=3&lang=zh&country=nz&layout=nonsense')).status).toBe(200)
  })

  it('is never kept of an answer that does not read content, which has no canonical request', async () => {
    contentLake()
    const site = newSite()
    for (const path of ['/api/v1/openapi.json', '/embed.js', '/icons/icon-64.png', '/favicon.ico']) {
      const response = await site.get(path)
      expect(response.status, path).toBe(200)
      expect(response.backgroundTasks, path).toBe(0)
    }
  })
})
