import { describe, expect, it } from 'vitest'
import { request } from './helpers'

const CHINESE_READER = { 'Accept-Language': 'zh-CN,zh;q=0.9' }

describe("the request's language is decided once, the same way for every surface", () => {
  it('a feed is in the language its path names, whatever lang and Accept-Language say, and does not vary', async () => {
    const response = await request('/en/atom.xml?lang=zh', { headers: CHINESE_READER })
    expect(response.headers.get('Content-Language')).toBe('en')
    expect(response.headers.get('Vary') ?? '').not.toContain('Accept-Language')
    expect(await response.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xmlns:georss="http://www.georss.org/georss" xml:lang="en">')
  })

  it("a feed's bad filter problem is written in the path's language, not the browser's", async () => {
    const response = await request('/zh/rss.xml?limit=0', { headers: { 'Accept-Language': 'en' } })
    expect(response.status).toBe(400)
    expect(response.headers.get('Content-Language')).toBe('zh-Hans')
    expect(((await response.json()) as { title: string }).title).toBe('查询参数无效')
  })

  it('a revalidated negotiated answer (304) still says it varies by Accept-Language, and in which language', async () => {
    const first = await request('/api/v1/entries?limit=1', { headers: CHINESE_READER })
    const etag = first.headers.get('ETag') ?? ''
    const revalidated = await request('/api/v1/entries?limit=1', { headers: { ...CHINESE_READER, 'If-None-Match': etag } })
    expect(revalidated.status).toBe(304)
    expect(revalidated.headers.get('Vary')).toContain('Accept-Language')
    expect(revalidated.headers.get('Content-Language')).toBe('zh-Hans')
  })

  it.each(['/embed.js', '/feeds.opml', '/api/v1/openapi.json'])(
    '%s is the same for every reader, so caches keep one copy, revalidated or not',
    async (path) => {
      const response = await request(path, { headers: CHINESE_READER })
      expect(response.status).toBe(200)
      expect(response.headers.get('Vary') ?? '').not.toContain('Accept-Language')
      const revalidated = await request(path, { headers: { ...CHINESE_READER, 'If-None-Match': response.headers.get('ETag') ?? '' } })
      expect(revalidated.status).toBe(304)
      expect(revalidated.headers.get('Vary') ?? '').not.toContain('Accept-Language')
    },
  )

  it.each(['/english/', '/xzh/', '/en-zh/', '/xzh/rss.xml', '/zhx/atom.xml'])('%s names no language of ours: a 404', async (path) => {
    expect((await request(path)).status).toBe(404)
  })

  it('the iframe widget follows the reader when lang is missing or unusable, and says it varies', async () => {
    for (const query of ['', '?lang=klingon', '?lang=zh-Latn']) {
      const response = await request(`/embed${query}`, { headers: CHINESE_READER })
      expect(response.headers.get('Content-Language')).toBe('zh-Hans')
      expect(response.headers.get('Vary')).toContain('Accept-Language')
    }
    const asked = await request('/embed?lang=en', { headers: CHINESE_READER })
    expect(asked.headers.get('Content-Language')).toBe('en')
    expect(asked.headers.get('Vary') ?? '').not.toContain('Accept-Language')
  })

  it.each([
    ['zh-hant', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-Hant-CN', 'zh-Hant'],
    ['zh-Hans-TW', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
  ])('the iframe widget and the API read lang=%s as %s, whatever the reader’s browser says', async (lang, tag) => {
    for (const path of [`/embed?lang=${lang}`, `/api/v1/entries?lang=${lang}&limit=1`]) {
      const response = await request(path, { headers: { 'Accept-Language': 'en' } })
      expect([path, response.status, response.headers.get('Content-Language')]).toEqual([path, 200, tag])
      expect(response.headers.get('Vary') ?? '').not.toContain('Accept-Language')
    }
  })

  it('the bare / honours lang over Accept-Language and keeps the filters, without lang, in the page it sends to', async () => {
    const response = await request('/?lang=zh&city=fort-worth', { headers: { 'Accept-Language': 'en' } })
    expect(response.status).toBe(302)
    expect(response.headers.get('Location')).toBe('http://localhost/zh/?city=fort-worth')
  })

  it.each([
    // Safari sends the region alone; Chrome the region, then Chinese, then English.
    ['zh-TW', '/zh-hant/'],
    ['zh-TW,zh;q=0.9,en;q=0.8', '/zh-hant/'],
    ['zh-HK,zh;q=0.9', '/zh-hant/'],
    ['zh-Hant-CN', '/zh-hant/'],
    ['zh-Hans-TW', '/zh/'],
    ['zh-CN,zh;q=0.9,en;q=0.8', '/zh/'],
    ['zh', '/zh/'],
    ['fr-CA,fr;q=0.9', '/en/'],
  ])('the bare / sends a reader whose browser says %s to %s, and says it varies', async (acceptLanguage, page) => {
    const response = await request('/', { headers: { 'Accept-Language': acceptLanguage } })
    expect([response.status, response.headers.get('Location')]).toEqual([302, `http://localhost${page}`])
    expect(response.headers.get('Vary')).toContain('Accept-Language')
  })

  it('the bare / reads lang by the same rule: lang=zh-TW is the Traditional edition', async () => {
    const response = await request('/?lang=zh-TW&topic=trade', { headers: { 'Accept-Language': 'en' } })
    expect(response.headers.get('Location')).toBe('http://localhost/zh-hant/?topic=trade')
  })

  it.each([
    ['/zh-hant/', 'text/html'],
    ['/zh-hant/entries/burnaby-2014', 'text/html'],
    ['/zh-hant/rss.xml', 'application/rss+xml'],
    ['/zh-hant/atom.xml', 'application/atom+xml'],
    ['/zh-hant/feed.json', 'application/feed+json'],
    ['/zh-hant/feeds.opml', 'text/x-opml'],
  ])('%s is the Traditional edition for every reader, and does not vary', async (path, mediaType) => {
    const response = await request(path, { headers: { 'Accept-Language': 'en', Accept: 'text/html' } })
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')?.toLowerCase()).toBe(`${mediaType}; charset=utf-8`)
    expect(response.headers.get('Content-Language')).toBe('zh-Hant')
    expect(response.headers.get('Vary') ?? '').not.toContain('Accept-Language')
  })

  it('/zh-hant without its slash is sent to /zh-hant/ for good', async () => {
    const response = await request('/zh-hant?city=burnaby')
    expect([response.status, response.headers.get('Location')]).toEqual([301, 'http://localhost/zh-hant/?city=burnaby'])
  })

  it.each([
    ['/zh-Hant/', 'http://localhost/zh-hant/'],
    ['/ZH-HANT/entries/burnaby-2014', 'http://localhost/zh-hant/entries/burnaby-2014'],
    ['/zh-Hant/atom.xml?city=burnaby', 'http://localhost/zh-hant/atom.xml?city=burnaby'],
    ['/ZH/', 'http://localhost/zh/'],
    ['/En/feeds.opml', 'http://localhost/en/feeds.opml'],
  ])('%s, one of our languages in other letter case (as its BCP 47 tag is written), is sent to %s for good, for every reader', async (path, location) => {
    const response = await request(path, { headers: CHINESE_READER })
    expect([response.status, response.headers.get('Location')]).toEqual([301, location])
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=3600, stale-while-revalidate=86400')
    expect(response.headers.get('Vary') ?? '').not.toContain('Accept-Language')
  })

  it.each([
    ['/zh-Hans/', 'http://localhost/zh/'],
    ['/zh-CN/entries/burnaby-2014', 'http://localhost/zh/entries/burnaby-2014'],
    ['/zh-TW/', 'http://localhost/zh-hant/'],
    ['/zh-tw/rss.xml?city=burnaby', 'http://localhost/zh-hant/rss.xml?city=burnaby'],
    ['/zh-hk/', 'http://localhost/zh-hant/'],
    ['/zh-Hant-TW/feeds.opml', 'http://localhost/zh-hant/feeds.opml'],
    ['/en-US/', 'http://localhost/en/'],
  ])('%s, a tag the language rule reads as one of ours, is sent to %s for good, as the API reads lang', async (path, location) => {
    const response = await request(path)
    expect([response.status, response.headers.get('Location')]).toEqual([301, location])
  })

  it.each(['/fr/', '/zh-foo/', '/entries/', '/english/'])('%s, no tag of ours, is a 404', async (path) => {
    expect((await request(path)).status).toBe(404)
  })

  it('an unknown path is a 404 problem in the reader’s language', async () => {
    const response = await request('/nowhere', { headers: CHINESE_READER })
    expect(response.status).toBe(404)
    expect(response.headers.get('Content-Language')).toBe('zh-Hans')
    expect(((await response.json()) as { title: string }).title).toBe('未找到')
    const traditional = await request('/nowhere', { headers: { 'Accept-Language': 'zh-TW,zh;q=0.9,en;q=0.8' } })
    expect(traditional.headers.get('Content-Language')).toBe('zh-Hant')
  })
})
