/**
 * The feeds over HTTP, as a polling reader sees them: exact headers, strong
 * ETags, Last-Modified, 304s for conditional requests, and HEAD; the
 * subscription lists' own tests are in opml.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { request, seedDocuments, seedEntry } from './helpers'

const FEEDS = [
  ['/en/rss.xml', 'application/rss+xml; charset=utf-8', 'en'],
  ['/zh/rss.xml', 'application/rss+xml; charset=utf-8', 'zh-Hans'],
  ['/en/atom.xml', 'application/atom+xml; charset=utf-8', 'en'],
  ['/zh/atom.xml?country=US', 'application/atom+xml; charset=utf-8', 'zh-Hans'],
  ['/en/feed.json?topic=trade', 'application/feed+json; charset=utf-8', 'en'],
  ['/zh/feed.json', 'application/feed+json; charset=utf-8', 'zh-Hans'],
  ['/zh-hant/rss.xml', 'application/rss+xml; charset=utf-8', 'zh-Hant'],
  ['/zh-hant/atom.xml?city=burnaby', 'application/atom+xml; charset=utf-8', 'zh-Hant'],
  ['/zh-hant/feed.json', 'application/feed+json; charset=utf-8', 'zh-Hant'],
  ['/feeds.opml', 'text/x-opml; charset=utf-8', 'en, zh-Hans, zh-Hant'],
] as const

const SEED_LAST_MODIFIED = 'Sun, 01 Nov 2026 00:00:00 GMT'

/** SHA-256 of the text, base64url, in quotes: what a strong ETag over these exact bytes is. */
async function sha256Etag(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))
  return `"${btoa(String.fromCharCode(...digest)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}"`
}

describe.each(FEEDS)('%s', (path, contentType, language) => {
  it('is sent with the exact headers a polling reader needs', async () => {
    const response = await request(path)
    expect(response.status).toBe(200)
    const headers = Object.fromEntries(
      ['Content-Type', 'Content-Language', 'Cache-Control', 'Last-Modified', 'Access-Control-Allow-Origin'].map((name) => [
        name,
        response.headers.get(name),
      ]),
    )
    expect(headers).toEqual({
      'Content-Type': contentType,
      'Content-Language': language,
      'Cache-Control': 'public, max-age=300, stale-while-revalidate=3600, stale-if-error=86400',
      'Last-Modified': SEED_LAST_MODIFIED,
      'Access-Control-Allow-Origin': '*',
    })
    expect(response.headers.get('ETag')).toBe(await sha256Etag(await response.text()))
  })

  it('answers a repeated request with 304 Not Modified when the ETag matches, weak or listed', async () => {
    const etag = (await request(path)).headers.get('ETag') ?? ''
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const response = await request(path, { headers: { 'If-None-Match': ifNoneMatch } })
      expect(response.status).toBe(304)
      expect(await response.text()).toBe('')
      expect(response.headers.get('ETag')).toBe(etag)
      expect(response.headers.get('Last-Modified')).toBe(SEED_LAST_MODIFIED)
      expect(response.headers.get('Cache-Control')).toMatch(/max-age=300/)
    }
    expect((await request(path, { headers: { 'If-None-Match': '"something-else"' } })).status).toBe(200)
  })

  it('answers If-Modified-Since with 304 unless the content changed since', async () => {
    const since = (date: string) => request(path, { headers: { 'If-Modified-Since': date } })
    expect((await since(SEED_LAST_MODIFIED)).status).toBe(304)
    expect((await since('Mon, 01 Jan 2035 00:00:00 GMT')).status).toBe(304)
    expect((await since('Sat, 31 Oct 2026 23:59:59 GMT')).status).toBe(200)
    expect((await since('not a date')).status).toBe(200)
  })

  it('lets If-None-Match decide when both conditions are sent', async () => {
    const response = await request(path, {
      headers: { 'If-None-Match': '"stale"', 'If-Modified-Since': 'Mon, 01 Jan 2035 00:00:00 GMT' },
    })
    expect(response.status).toBe(200)
  })

  it('answers HEAD like GET, without a body, conditionally too', async () => {
    const get = await request(path)
    const head = await request(path, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('Content-Type')).toBe(contentType)
    expect(head.headers.get('ETag')).toBe(get.headers.get('ETag'))
    expect(await head.text()).toBe('')
    const conditional = await request(path, { method: 'HEAD', headers: { 'If-None-Match': get.headers.get('ETag') ?? '' } })
    expect(conditional.status).toBe(304)
  })
})

describe('entity tags', () => {
  it('change when an editor changes an entry, and only then', async () => {
    const before = (await request('/zh/atom.xml')).headers.get('ETag')
    expect((await request('/zh/atom.xml')).headers.get('ETag')).toBe(before)
    const edited = { ...seedEntry('vicenza-2018'), headline: { _type: 'localeString', en: 'Vicenza', zh: '维琴察' } }
    const documents = [...seedDocuments().filter((document) => document._id !== edited._id), edited]
    const after = await request('/zh/atom.xml', { headers: { 'If-None-Match': before ?? '' } }, documents)
    expect(after.status).toBe(200)
    expect(after.headers.get('ETag')).not.toBe(before)
  })

  it('differ between languages, formats and filters', async () => {
    const paths = ['/en/rss.xml', '/zh/rss.xml', '/en/atom.xml', '/en/feed.json', '/en/rss.xml?year=2018']
    const etags = await Promise.all(paths.map(async (path) => (await request(path)).headers.get('ETag')))
    expect(new Set(etags).size).toBe(paths.length)
  })
})
