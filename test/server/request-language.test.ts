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
    for (const query of ['', '?lang=zh-TW', '?lang=klingon']) {
      const response = await request(`/embed${query}`, { headers: CHINESE_READER })
      expect(response.headers.get('Content-Language')).toBe('zh-Hans')
      expect(response.headers.get('Vary')).toContain('Accept-Language')
    }
    const asked = await request('/embed?lang=en', { headers: CHINESE_READER })
    expect(asked.headers.get('Content-Language')).toBe('en')
    expect(asked.headers.get('Vary') ?? '').not.toContain('Accept-Language')
  })

  it('the bare / honours lang over Accept-Language and keeps the filters, without lang, in the page it sends to', async () => {
    const response = await request('/?lang=zh&city=fort-worth', { headers: { 'Accept-Language': 'en' } })
    expect(response.status).toBe(302)
    expect(response.headers.get('Location')).toBe('http://localhost/zh/?city=fort-worth')
  })

  it('an unknown path is a 404 problem in the reader’s language', async () => {
    const response = await request('/nowhere', { headers: CHINESE_READER })
    expect(response.status).toBe(404)
    expect(response.headers.get('Content-Language')).toBe('zh-Hans')
    expect(((await response.json()) as { title: string }).title).toBe('未找到')
  })
})
