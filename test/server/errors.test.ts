import { describe, expect, it } from 'vitest'
import { createApp } from '../../server/app'
import { ContentUnavailableError, type ContentSource } from '../../server/content/source'
import type { InvalidParam } from '../../server/http/problem'
import type { EntryListJson } from '../../server/render/json'
import { json, request, seedDocuments, seedEntry } from './helpers'

interface ProblemJson {
  type: string
  title: string
  status: number
  detail: string
  instance: string
  invalidParams?: InvalidParam[]
}

async function problem(path: string, init?: RequestInit) {
  const response = await request(path, init)
  expect(response.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8')
  const body = (await response.json()) as ProblemJson
  expect(body.status).toBe(response.status)
  expect(JSON.stringify(body)).not.toMatch(/at .*\.(ts|js):\d+/)
  return body
}

const rejected = (body: ProblemJson, name: string) => body.invalidParams?.find((param) => param.name === name)

describe('bad input gets a clear 400 problem naming the parameter and the allowed values', () => {
  const LIMIT = 'limit must be a whole number from 1 to 100.'
  const CURSOR = 'cursor must be a nextCursor value returned by this API.'
  // Our ids, and the tags browsers send most, each read by the one rule.
  const LANG_VALUES = ['en', 'zh', 'zh-hant', 'zh-Hans', 'zh-CN', 'zh-SG', 'zh-Hant', 'zh-TW', 'zh-HK', 'zh-MO']
  const LANG = `lang must be one of: ${LANG_VALUES.join(', ')}.`
  const TOPICS = [
    'big-data', 'high-technology', 'technology', 'manufacturing', 'education', 'culture', 'tourism',
    'trade', 'science', 'economy', 'agriculture', 'environment', 'finance',
  ]
  it.each([
    ['lang=fr', 'lang', LANG, LANG_VALUES],
    ['lang=zh-Latn', 'lang', LANG, LANG_VALUES],
    ['limit=0', 'limit', LIMIT, undefined],
    ['limit=101', 'limit', LIMIT, undefined],
    ['limit=abc', 'limit', LIMIT, undefined],
    ['year=20x8', 'year', 'year must be a four-digit year, such as 2018.', undefined],
    ['topic=astrology', 'topic', `topic must be one of: ${TOPICS.join(', ')}.`, TOPICS],
    ['country=XX', 'country', 'country must be an ISO 3166-1 alpha-2 country code, such as IT, US, CA, NZ.', expect.arrayContaining(['IT', 'US', 'CA', 'NZ'])],
    ['cursor=garbage', 'cursor', CURSOR, undefined],
    ['cursor=WzEsIjIwMTgiXQ', 'cursor', CURSOR, undefined],
  ])('answers ?%s with a 400 that names %s and what it accepts', async (query, name, reason, allowed) => {
    const body = await problem(`/api/v1/entries?${query}`)
    expect(body.status).toBe(400)
    expect(body.instance).toBe(`/api/v1/entries?${query}`)
    expect(rejected(body, name)).toEqual({ name, reason, allowed })
  })

  it('lists every bad parameter at once', async () => {
    const body = await problem('/api/v1/entries?lang=fr&limit=0&year=20x8')
    expect(body.invalidParams?.map((param) => param.name).sort()).toEqual(['lang', 'limit', 'year'])
  })

  it('names the partner cities when the city is unknown', async () => {
    const body = await problem('/api/v1/entries?lang=en&city=atlantis')
    expect(body.status).toBe(400)
    expect(rejected(body, 'city')?.allowed).toEqual([
      'berkeley',
      'burnaby',
      'cupertino',
      'fort-worth',
      'palmerston-north',
      'silicon-valley',
      'vicenza',
    ])
  })

  it('refuses a parameter given twice rather than guessing', async () => {
    const body = await problem('/api/v1/entries?topic=trade&topic=culture')
    expect(rejected(body, 'topic')?.reason).toBe('topic may be given only once.')
  })

  it('accepts every lang value the problem names, each answering in the language it names', async () => {
    for (const [lang, tag] of LANG_VALUES.map((value) => [value, /^en/.test(value) ? 'en' : /^zh(-hans|-cn|-sg)?$/i.test(value) ? 'zh-Hans' : 'zh-Hant'])) {
      const response = await request(`/api/v1/entries?lang=${lang}&limit=1`)
      expect([lang, response.status, response.headers.get('Content-Language')]).toEqual([lang, 200, tag])
    }
  })

  it('writes the problem in Chinese for a Chinese reader', async () => {
    const body = await problem('/api/v1/entries?limit=0', { headers: { 'Accept-Language': 'zh-CN' } })
    expect(body.title).toBe('查询参数无效')
    expect(rejected(body, 'limit')?.reason).toBe('limit必须是1到100之间的整数。')
  })

  it('lists values in a Chinese problem with 、, never a half-width comma (language review row 23)', async () => {
    const body = await problem('/api/v1/entries?lang=fr&country=XX&topic=astrology', { headers: { 'Accept-Language': 'zh-CN' } })
    expect(body.detail).toBe('以下查询参数的值无效：lang、country、topic。')
    expect(rejected(body, 'lang')?.reason).toBe(`lang必须是以下值之一：${LANG_VALUES.join('、')}。`)
    expect(rejected(body, 'country')?.reason).toBe('country必须是ISO 3166-1二位字母国家或地区代码，例如IT、US、CA、NZ。')
    expect(rejected(body, 'topic')?.reason).toBe(`topic必须是以下值之一：${TOPICS.join('、')}。`)
    const cities = await problem('/api/v1/entries?city=atlantis', { headers: { 'Accept-Language': 'zh-CN' } })
    expect(rejected(cities, 'city')?.reason).toMatch(/可选值：berkeley、burnaby、cupertino、fort-worth、palmerston-north、silicon-valley、vicenza。$/)
    for (const text of [body.detail, ...(body.invalidParams ?? []).map((param) => param.reason)]) expect(text).not.toMatch(/[,;:]/)
  })

  it('writes the problem in Traditional Chinese for a Traditional Chinese reader, listing with 、 too', async () => {
    const body = await problem('/api/v1/entries?limit=0&year=x', { headers: { 'Accept-Language': 'zh-TW,zh;q=0.9,en;q=0.8' } })
    expect(body.title).toBe('查詢參數無效')
    expect(body.detail).toBe('以下查詢參數的值無效：year、limit。')
    expect(rejected(body, 'limit')?.reason).toBe('limit必須是1到100之間的整數。')
  })
})

describe('unknown paths and failures', () => {
  it('answers an unknown path with a 404 problem', async () => {
    const body = await problem('/api/v2/everything')
    expect(body).toMatchObject({ status: 404, title: 'Not found', instance: '/api/v2/everything' })
  })

  it('answers 503 with Retry-After, not a stack trace, when the content source is down', async () => {
    const down: ContentSource = {
      kind: 'sanity',
      description: 'down',
      fetch: async () => {
        throw new ContentUnavailableError('Sanity did not answer', { cause: new Error('ECONNRESET at socket.ts:1:1') })
      },
    }
    const response = await createApp({ contentSource: () => down }).request('http://localhost/api/v1/entries?lang=en')
    expect(response.status).toBe(503)
    expect(response.headers.get('Retry-After')).toBe('30')
    const text = await response.text()
    expect(text).not.toContain('ECONNRESET')
    expect(text).not.toContain('socket.ts')
  })

  it('answers 500 without the error message when something unexpected breaks', async () => {
    const broken: ContentSource = {
      kind: 'embedded',
      description: 'broken',
      fetch: async () => {
        throw new TypeError("Cannot read properties of undefined (reading 'secret')")
      },
    }
    const response = await createApp({ contentSource: () => broken }).request('http://localhost/api/v1/entries/x?lang=en')
    expect(response.status).toBe(500)
    expect(response.headers.get('Content-Type')).toMatch(/^application\/problem\+json/)
    expect(await response.text()).not.toContain('secret')
  })
})

describe('an entry holding data the Studio would not have written (an import, an old schema)', () => {
  it('breaks neither the list, nor the feeds, nor the pages, and its unreadable fields come out empty', async () => {
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

describe('GET /healthz', () => {
  it('says the embedded dataset is in use when no Sanity project is configured', async () => {
    const response = await request('/healthz')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok', source: { kind: 'embedded', description: 'data/production.ndjson' } })
  })

  it('says Sanity is in use when a project id is configured', async () => {
    const response = await request('/healthz', {}, undefined, { SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'production' })
    expect(await response.json()).toEqual({ status: 'ok', source: { kind: 'sanity', description: 'abc123/production' } })
  })
})
