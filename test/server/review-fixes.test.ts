/** Requests a reviewer found mishandled, each answered as a reader would expect. */
import { describe, expect, it } from 'vitest'
import type { EntryListJson } from '../../server/render/json'
import { json, request, seedDocuments, seedEntry } from './helpers'

describe('content imported around the Studio', () => {
  it('does not break the list, the feeds or the pages when one entry holds malformed data', async () => {
    const broken = seedEntry('burnaby-2014')
    broken.body = { _type: 'localeBlockContent', en: 'plain text, not blocks', zh: [null, { _type: 'block', children: 'x' }] }
    broken.topics = 'trade'
    const documents = [...seedDocuments().filter((document) => document._id !== broken._id), broken]
    for (const path of ['/api/v1/entries?lang=en', '/api/v1/entries?lang=zh', '/zh/rss.xml', '/en/atom.xml', '/zh/feed.json', '/zh/']) {
      const response = await request(path, {}, documents)
      expect(response.status, path).toBe(200)
    }
    const list = await json<EntryListJson>(await request('/api/v1/entries?lang=en&city=burnaby', {}, documents))
    expect(list.items[0]?.body).toEqual({ html: '', text: '' })
    expect(list.items[0]?.topics).toEqual([])
  })
})

describe('a Chinese feed never carries English text without saying so', () => {
  it('leaves out an English summary when the Chinese body is there', async () => {
    const entry = seedEntry('vicenza-2018')
    delete (entry.summary as { zh?: string }).zh
    const feed = (await json<{ items: { summary?: string; language?: string; content_html: string }[] }>(
      await request('/zh/feed.json', {}, [entry]),
    )).items[0]
    expect(feed?.summary).toBeUndefined()
    expect(feed?.language).toBeUndefined()
    expect(feed?.content_html).toContain('维琴察')
    const rss = await (await request('/zh/rss.xml', {}, [entry])).text()
    expect(rss).not.toContain('Vicenza, Italy, and Guiyang signed')
  })
})

describe('partner cities writing their name as it is spelt', () => {
  it('filters the iframe widget and the pages by "Fort Worth" as by "fort-worth"', async () => {
    const spaced = await (await request('/embed?lang=en&city=Fort%20Worth')).text()
    const hyphened = await (await request('/embed?lang=en&city=fort-worth')).text()
    expect(spaced).toContain('Fort Worth')
    expect(spaced).not.toContain('Vicenza')
    expect(spaced).toBe(hyphened)
    const page = await (await request('/en/?city=Fort%20Worth')).text()
    expect(page).not.toContain('Vicenza and Guiyang sign friendship agreement')
  })
})

describe('caches and cross-origin readers', () => {
  it('says /embed varies with Accept-Language when lang is unusable', async () => {
    const response = await request('/embed?lang=fr', { headers: { 'Accept-Language': 'zh-CN' } })
    expect(response.headers.get('Content-Language')).toBe('zh-Hans')
    expect(response.headers.get('Vary')).toContain('Accept-Language')
  })

  it('keeps the CORS header on an API 304, so a partner page can revalidate', async () => {
    const first = await request('/api/v1/entries?lang=en', { headers: { Origin: 'https://example.org' } })
    const revalidated = await request('/api/v1/entries?lang=en', {
      headers: { Origin: 'https://example.org', 'If-None-Match': first.headers.get('ETag') ?? '' },
    })
    expect(revalidated.status).toBe(304)
    expect(revalidated.headers.get('Access-Control-Allow-Origin')).toBe('*')
  })

  it('keeps the filters when redirecting to the language home', async () => {
    const bare = await request('/zh?city=vicenza', { redirect: 'manual' })
    expect(bare.headers.get('Location')).toBe('http://localhost/zh/?city=vicenza')
    const root = await request('/?year=2018', { redirect: 'manual', headers: { 'Accept-Language': 'en' } })
    expect(root.headers.get('Location')).toBe('http://localhost/en/?year=2018')
  })
})
