import { describe, expect, it } from 'vitest'
import type { EntryJson, EntryListJson } from '../../server/render/json'
import { json, request, SEED_SLUGS_NEWEST_FIRST, seedDocuments, seedEntry } from './helpers'

const list = async (query: string, init?: RequestInit) => json<EntryListJson>(await request(`/api/v1/entries${query}`, init))
const slugs = (body: EntryListJson) => body.items.map((item) => item.slug)

describe('GET /api/v1/entries', () => {
  it('lists the seven entries in Chinese, newest first, from Vicenza 2018 to Palmerston North 1992', async () => {
    const response = await request('/api/v1/entries?lang=zh')
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/)
    expect(response.headers.get('Content-Language')).toBe('zh-Hans')
    const body = await json<EntryListJson>(response)
    expect(slugs(body)).toEqual(SEED_SLUGS_NEWEST_FIRST)
    const [vicenza] = body.items
    expect(vicenza).toMatchObject({
      language: 'zh-Hans',
      city: '维琴察',
      country: { code: 'IT', name: '意大利' },
      relationship: { code: 'friendship-agreement', label: '友好交流关系协议' },
      date: { value: '2018-12', precision: 'month', display: '2018年12月' },
      fallback: { language: 'en', fields: [] },
    })
    expect(vicenza?.title).toBe('贵阳市与意大利维琴察市签署友好交流关系协议')
    expect(vicenza?.summary).toMatch(/^2018年12月，意大利维琴察市与贵阳市签署友好交流关系协议，/)
    expect(vicenza?.topics).toContainEqual({ code: 'big-data', label: '大数据' })
    expect(body.items.at(-1)?.date.display).toBe('1992年8月17日')
  })

  it('lists the seven entries in Traditional Chinese, converted from the Simplified with the publisher’s own names, none marked as a fallback', async () => {
    const response = await request('/api/v1/entries?lang=zh-hant')
    expect(response.headers.get('Content-Language')).toBe('zh-Hant')
    const body = await json<EntryListJson>(response)
    expect(body.language).toBe('zh-Hant')
    expect(slugs(body)).toEqual(SEED_SLUGS_NEWEST_FIRST)
    const [vicenza, berkeley] = body.items
    expect(vicenza).toMatchObject({
      language: 'zh-Hant',
      title: '貴陽市與意大利維琴察市簽署友好交流關係協議',
      city: '維琴察',
      country: { code: 'IT', name: '意大利' },
      relationship: { code: 'friendship-agreement', label: '友好交流關係協議' },
      date: { value: '2018-12', precision: 'month', display: '2018年12月' },
      fallback: { language: 'en', fields: [] },
    })
    expect(vicenza?.topics).toContainEqual({ code: 'big-data', label: '大數據' })
    expect(berkeley).toMatchObject({ city: '伯克利', region: '加利福尼亞州', country: { code: 'US', name: '美國' } })
    expect(body.items.every((item) => item.fallback.fields.length === 0)).toBe(true)
    expect(vicenza?.links.alternates.map((alternate) => alternate.language)).toEqual(['en', 'zh-Hans'])
  })

  it('writes dates the English way in English: a year, a month, or a day', async () => {
    const body = await list('?lang=en')
    const display = Object.fromEntries(body.items.map((item) => [item.slug, item.date.display]))
    expect(display['vicenza-2018']).toBe('December 2018')
    expect(display['silicon-valley-2016']).toBe('2016')
    expect(display['palmerston-north-1992']).toBe('17 August 1992')
  })

  it('filters by country: the US entries are Berkeley, Cupertino, Silicon Valley and Fort Worth', async () => {
    const body = await list('?lang=en&country=US')
    expect(body.items.map((item) => item.city)).toEqual(['Berkeley', 'Cupertino', 'Silicon Valley', 'Fort Worth'])
    expect(body.items.every((item) => item.country?.name === 'United States')).toBe(true)
  })

  it('accepts a country code in lower case', async () => {
    expect(slugs(await list('?lang=en&country=nz'))).toEqual(['palmerston-north-1992'])
  })

  it('filters by city, written in lower case with hyphens', async () => {
    expect(slugs(await list('?lang=zh&city=fort-worth'))).toEqual(['fort-worth-2011'])
    expect(slugs(await list('?lang=en&city=Palmerston%20North'))).toEqual(['palmerston-north-1992'])
  })

  it('gives an empty list, not an error, for a known city with nothing that year', async () => {
    const response = await request('/api/v1/entries?lang=en&city=palmerston%20north&year=2000')
    expect(response.status).toBe(200)
    expect(slugs(await json<EntryListJson>(response))).toEqual([])
  })

  it('filters by topic and by year, and combines filters', async () => {
    expect(slugs(await list('?lang=en&topic=agriculture'))).toEqual(['palmerston-north-1992'])
    expect(slugs(await list('?lang=en&year=2018'))).toEqual(['vicenza-2018', 'berkeley-2018'])
    expect(slugs(await list('?lang=en&year=2018&topic=science'))).toEqual(['berkeley-2018'])
    expect(slugs(await list('?lang=en&year=1999'))).toEqual([])
  })

  it('pages with an opaque cursor and a link to the next page', async () => {
    const first = await list('?lang=en&limit=3')
    expect(slugs(first)).toEqual(['vicenza-2018', 'berkeley-2018', 'cupertino-2017'])
    expect(first.nextCursor).toEqual(expect.any(String))
    expect(first.links.next).toContain(`cursor=${first.nextCursor}`)
    const second = await list(`?lang=en&limit=3&cursor=${first.nextCursor}`)
    expect(slugs(second)).toEqual(['silicon-valley-2016', 'burnaby-2014', 'fort-worth-2011'])
    const third = await list(`?lang=en&limit=3&cursor=${second.nextCursor}`)
    expect(slugs(third)).toEqual(['palmerston-north-1992'])
    expect(third.nextCursor).toBeNull()
    expect(third.links.next).toBeNull()
  })

  it('keeps a cursor stable when a newer entry is published meanwhile', async () => {
    const first = await list('?lang=en&limit=2')
    const newer = { ...seedEntry('vicenza-2018'), _id: 'entry-new-2026', slug: { _type: 'slug', current: 'new-2026' }, date: '2026-01' }
    const response = await request(`/api/v1/entries?lang=en&limit=2&cursor=${first.nextCursor}`, {}, [...seedDocuments(), newer])
    expect(slugs(await json<EntryListJson>(response))).toEqual(['cupertino-2017', 'silicon-valley-2016'])
  })

  it('links each entry to its versions in the other languages and to the feeds', async () => {
    const body = await list('?lang=en&limit=1')
    const [vicenza] = body.items
    // As v1 said it with two languages, for the clients written then: the version it falls back to.
    expect(vicenza?.links.alternate).toEqual({
      language: 'zh-Hans',
      href: 'http://localhost/api/v1/entries/vicenza-2018?lang=zh',
      page: 'http://localhost/zh/entries/vicenza-2018',
    })
    expect(vicenza?.links.alternates).toEqual([
      {
        language: 'zh-Hans',
        href: 'http://localhost/api/v1/entries/vicenza-2018?lang=zh',
        page: 'http://localhost/zh/entries/vicenza-2018',
      },
      {
        language: 'zh-Hant',
        href: 'http://localhost/api/v1/entries/vicenza-2018?lang=zh-hant',
        page: 'http://localhost/zh-hant/entries/vicenza-2018',
      },
    ])
    expect(vicenza?.links.feeds).toEqual({
      rss: 'http://localhost/en/rss.xml',
      atom: 'http://localhost/en/atom.xml',
      json: 'http://localhost/en/feed.json',
    })
    expect(body.links.feeds.atom).toBe('http://localhost/en/atom.xml?limit=1')
  })

  it('gives the body as sanitized HTML and as plain text', async () => {
    const [vicenza] = (await list('?lang=en&limit=1')).items
    expect(vicenza?.body.html).toMatch(/^<p>Vicenza, Italy, and Guiyang signed/)
    expect(vicenza?.body.text).toMatch(/^Vicenza, Italy, and Guiyang signed/)
    expect(vicenza?.body.text).not.toContain('<')
  })

  it('negotiates the language from Accept-Language when lang is absent, and says it varies', async () => {
    const response = await request('/api/v1/entries?limit=1', { headers: { 'Accept-Language': 'zh-CN,zh;q=0.9,en;q=0.8' } })
    expect(response.headers.get('Content-Language')).toBe('zh-Hans')
    expect(response.headers.get('Vary')).toContain('Accept-Language')
    expect((await json<EntryListJson>(response)).items[0]?.city).toBe('维琴察')
    const fixed = await request('/api/v1/entries?lang=en&limit=1', { headers: { 'Accept-Language': 'zh-CN' } })
    expect(fixed.headers.get('Content-Language')).toBe('en')
    expect(fixed.headers.get('Vary') ?? '').not.toContain('Accept-Language')
  })

  it('accepts zh-CN and zh-Hans for lang, as Simplified Chinese, and zh-TW, zh-HK and zh-Hant as Traditional', async () => {
    for (const tag of ['zh-CN', 'zh-Hans', 'zh-SG', 'zh-Hans-TW']) {
      expect((await list(`?lang=${tag}&limit=1`)).language).toBe('zh-Hans')
    }
    for (const tag of ['zh-hant', 'zh-Hant', 'zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant-CN']) {
      expect((await list(`?lang=${tag}&limit=1`)).language).toBe('zh-Hant')
    }
  })

  it('serves a Traditional Chinese browser the Traditional edition, and says it varies', async () => {
    const response = await request('/api/v1/entries?limit=1', { headers: { 'Accept-Language': 'zh-TW,zh;q=0.9,en;q=0.8' } })
    expect(response.headers.get('Content-Language')).toBe('zh-Hant')
    expect(response.headers.get('Vary')).toContain('Accept-Language')
    expect((await json<EntryListJson>(response)).items[0]?.city).toBe('維琴察')
  })

  it('lets partner sites call it from their own origin (CORS)', async () => {
    const response = await request('/api/v1/entries?lang=en', { headers: { Origin: 'https://www.fortworthtexas.gov' } })
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*')
    const preflight = await request('/api/v1/entries', {
      method: 'OPTIONS',
      headers: { Origin: 'https://www.pncc.govt.nz', 'Access-Control-Request-Method': 'GET' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('Access-Control-Allow-Methods')).toContain('GET')
  })

  it('answers HEAD like GET, without a body', async () => {
    const response = await request('/api/v1/entries?lang=en', { method: 'HEAD' })
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Language')).toBe('en')
    expect(await response.text()).toBe('')
  })

  it('answers a repeated request with 304 when the ETag matches', async () => {
    const first = await request('/api/v1/entries?lang=zh')
    const etag = first.headers.get('ETag')
    // A strong entity tag (RFC 9110 §8.8.3): quoted, without W/.
    expect(etag).toMatch(/^"[!#-~]+"$/)
    const second = await request('/api/v1/entries?lang=zh', { headers: { 'If-None-Match': etag ?? '' } })
    expect(second.status).toBe(304)
  })

  it('keeps the CORS header on a 304, so a partner page can revalidate', async () => {
    const first = await request('/api/v1/entries?lang=en', { headers: { Origin: 'https://example.org' } })
    const revalidated = await request('/api/v1/entries?lang=en', {
      headers: { Origin: 'https://example.org', 'If-None-Match': first.headers.get('ETag') ?? '' },
    })
    expect(revalidated.status).toBe(304)
    expect(revalidated.headers.get('Access-Control-Allow-Origin')).toBe('*')
  })

  it('returns an empty list, not an error, when the dataset has no entries', async () => {
    const settingsOnly = seedDocuments().filter((document) => document._type === 'settings')
    const response = await request('/api/v1/entries?lang=zh', {}, settingsOnly)
    expect(response.status).toBe(200)
    const body = await json<EntryListJson>(response)
    expect(body.items).toEqual([])
    expect(body.nextCursor).toBeNull()
  })

  it('leaves drafts out, as the published perspective does', async () => {
    const draft = { ...seedEntry('vicenza-2018'), _id: 'drafts.entry-vicenza-2018', date: '2030-01' }
    const body = await json<EntryListJson>(await request('/api/v1/entries?lang=en', {}, [...seedDocuments(), draft]))
    expect(body.items.filter((item) => item.slug === 'vicenza-2018')).toHaveLength(1)
    expect(body.items[0]?.date.value).toBe('2018-12')
  })
})

describe('GET /api/v1/entries/{slug}', () => {
  it('returns one entry in the language asked for', async () => {
    const response = await request('/api/v1/entries/palmerston-north-1992?lang=zh')
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Language')).toBe('zh-Hans')
    const entry = await json<EntryJson>(response)
    expect(entry).toMatchObject({
      slug: 'palmerston-north-1992',
      city: '北帕默斯顿',
      country: { code: 'NZ', name: '新西兰' },
      date: { value: '1992-08-17', display: '1992年8月17日' },
      location: { lat: expect.closeTo(-40.35, 1), lng: expect.closeTo(175.61, 1) },
    })
  })

  it('falls back to English for a field missing in Chinese, and says which', async () => {
    const entry = seedEntry('burnaby-2014')
    delete (entry.summary as { zh?: string }).zh
    delete (entry.body as { zh?: unknown }).zh
    const response = await request('/api/v1/entries/burnaby-2014?lang=zh', {}, [entry])
    const body = await json<EntryJson>(response)
    expect(body.city).toBe('本拿比')
    expect(body.summary).toMatch(/^Burnaby/)
    expect(body.body.text).toMatch(/^Burnaby/)
    expect(body.fallback).toEqual({ language: 'en', fields: ['summary', 'body'] })
  })

  it('falls back to English in Traditional Chinese too, and says which, converting only what is Chinese', async () => {
    const entry = seedEntry('burnaby-2014')
    delete (entry.summary as { zh?: string }).zh
    delete (entry.body as { zh?: unknown }).zh
    const body = await json<EntryJson>(await request('/api/v1/entries/burnaby-2014?lang=zh-hant', {}, [entry]))
    expect(body.language).toBe('zh-Hant')
    expect(body.city).toBe('本拿比')
    expect(body.summary).toBe(entry.summary && (entry.summary as { en: string }).en)
    expect(body.body.text).toMatch(/^Burnaby/)
    expect(body.fallback).toEqual({ language: 'en', fields: ['summary', 'body'] })
  })

  it('builds the title from city and date when there is no headline in that language', async () => {
    const entry = seedEntry('vicenza-2018')
    delete entry.headline
    const zh = await json<EntryJson>(await request('/api/v1/entries/vicenza-2018?lang=zh', {}, [entry]))
    expect(zh.title).toBe('维琴察，2018年12月')
    const en = await json<EntryJson>(await request('/api/v1/entries/vicenza-2018?lang=en', {}, [entry]))
    expect(en.title).toBe('Vicenza, December 2018')
    const hant = await json<EntryJson>(await request('/api/v1/entries/vicenza-2018?lang=zh-hant', {}, [entry]))
    expect(hant.title).toBe('維琴察，2018年12月')
  })

  it('answers an unknown slug with a 404 problem', async () => {
    const response = await request('/api/v1/entries/atlantis-1900?lang=en')
    expect(response.status).toBe(404)
    expect(response.headers.get('Content-Type')).toMatch(/^application\/problem\+json/)
    expect(await response.json()).toMatchObject({ status: 404, title: 'Entry not found', detail: expect.stringContaining('atlantis-1900') })
  })
})
