/**
 * The lake's answers to queries: the Worker's own GROQ queries answered as
 * groq-js answers them over the published documents of the embedded dataset,
 * perspectives that show or hide drafts, and the Studio's full-text search,
 * which groq-js leaves to the lake.
 */
import { evaluate, parse } from 'groq-js'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { cityNamesQuery, entriesQuery, entryBySlugQuery, settingsQuery } from '../../server/content/queries.ts'
import type { LakeDocument } from '../../lake/mutations.ts'
import { API_VERSION, openTestLake, seedDocument, seedDocuments, type TestLake } from './helpers.ts'

const BURNABY = 'entry-burnaby-2014'
const BURNABY_DRAFT = `drafts.${BURNABY}`
const DRAFT_HEADLINE = 'Burnaby and Guiyang: a draft nobody has published'

let lake: TestLake

beforeEach(async () => {
  lake = await openTestLake()
  // A draft of a published entry and a new entry never published: what `published` must not show.
  await lake.client.action([
    { actionType: 'sanity.action.document.edit', publishedId: BURNABY, draftId: BURNABY_DRAFT, patch: { set: { 'headline.en': DRAFT_HEADLINE, date: '2024-01' } } },
    {
      actionType: 'sanity.action.document.create',
      publishedId: 'entry-perth-2025',
      attributes: { _id: 'drafts.entry-perth-2025', _type: 'entry', slug: { _type: 'slug', current: 'perth-2025' }, city: { _type: 'localeString', en: 'Perth', zh: '珀斯' }, country: 'AU', date: '2025-06' },
      ifExists: 'fail',
    },
  ])
})

afterEach(async () => {
  await lake.close()
})

/** What groq-js, the reference implementation, answers over the embedded dataset's published documents. */
async function reference(query: string, params: Record<string, unknown>): Promise<unknown> {
  const published = seedDocuments().filter((document) => !document._id.includes('.'))
  const answer = await (await evaluate(parse(query, { params }), { dataset: published, params })).get()
  return JSON.parse(JSON.stringify(answer)) as unknown
}

const NO_FILTERS = { cities: null, country: null, topic: null, year: null, afterDate: null, afterId: null, end: 21 }

describe("the Worker's queries, in the published perspective", () => {
  test.each([
    ['every entry for Chinese readers', entriesQuery, { ...NO_FILTERS, lang: 'zh', fallback: 'en' }],
    ['entries in the United States for English readers', entriesQuery, { ...NO_FILTERS, lang: 'en', fallback: 'zh', country: 'US' }],
    ['Fort Worth, asked for as "fort-worth"', entriesQuery, { ...NO_FILTERS, lang: 'zh', fallback: 'en', cities: ['fort-worth', 'fort worth'] }],
    ['education in 2018', entriesQuery, { ...NO_FILTERS, lang: 'en', fallback: 'zh', topic: 'education', year: '2018' }],
    ['the three entries after the Silicon Valley cursor', entriesQuery, { ...NO_FILTERS, lang: 'zh', fallback: 'en', afterDate: '2016', afterId: 'entry-silicon-valley-2016', end: 3 }],
    ['Burnaby by its slug, in Chinese', entryBySlugQuery, { slug: 'burnaby-2014', lang: 'zh', fallback: 'en' }],
    ['Palmerston North by its slug, in English', entryBySlugQuery, { slug: 'palmerston-north-1992', lang: 'en', fallback: 'zh' }],
    ['the city names', cityNamesQuery, {}],
    ['the settings in Chinese', settingsQuery, { lang: 'zh', fallback: 'en' }],
    ['the settings in English', settingsQuery, { lang: 'en', fallback: 'zh' }],
  ])('%s: the lake answers as groq-js does over the embedded dataset', async (_name, query, params) => {
    const expected = await reference(query, params)
    expect(expected).not.toBeNull()
    expect(expected).not.toEqual([])
    expect(await lake.client.fetch(query, params, { perspective: 'published' })).toEqual(expected)
  })

  test('a slug that only a draft has is not found', async () => {
    expect(await lake.client.fetch(entryBySlugQuery, { slug: 'perth-2025', lang: 'en', fallback: 'zh' }, { perspective: 'published' })).toBeNull()
  })

  test('the answer is the same through /data/query with a plain GET', async () => {
    const params = { ...NO_FILTERS, lang: 'zh', fallback: 'en', country: 'US' }
    const url = new URL(`${lake.lake.url}/v${API_VERSION}/data/query/production`)
    url.searchParams.set('query', entriesQuery)
    for (const [name, value] of Object.entries(params)) url.searchParams.set(`$${name}`, JSON.stringify(value))
    url.searchParams.set('perspective', 'published')
    const response = await fetch(url)
    expect(response.status).toBe(200)
    const body = (await response.json()) as { result: unknown; ms: number }
    expect(body.result).toEqual(await reference(entriesQuery, params))
    expect(body.ms).toEqual(expect.any(Number))
  })
})

describe('perspectives, when an entry has a draft', () => {
  const burnabyQuery = '*[_type == "entry" && slug.current == "burnaby-2014"]{_id, _originalId, "headline": headline.en, date} | order(_id asc)'
  const published = () => seedDocument(BURNABY) as LakeDocument & { headline: { en: string }; date: string }

  test('raw shows the published entry and its draft side by side', async () => {
    expect(await lake.client.fetch(burnabyQuery, {}, { perspective: 'raw' })).toEqual([
      { _id: BURNABY_DRAFT, _originalId: null, headline: DRAFT_HEADLINE, date: '2024-01' },
      { _id: BURNABY, _originalId: null, headline: published().headline.en, date: published().date },
    ])
  })

  test('published shows the published text only', async () => {
    expect(await lake.client.fetch(burnabyQuery, {}, { perspective: 'published' })).toEqual([
      { _id: BURNABY, _originalId: null, headline: published().headline.en, date: published().date },
    ])
    expect(await lake.client.fetch('count(*[_type == "entry"])', {}, { perspective: 'published' })).toBe(7)
  })

  test("drafts shows the draft's text under the published id, with _originalId naming the draft", async () => {
    expect(await lake.client.fetch(burnabyQuery, {}, { perspective: 'drafts' })).toEqual([
      { _id: BURNABY, _originalId: BURNABY_DRAFT, headline: DRAFT_HEADLINE, date: '2024-01' },
    ])
    expect(await lake.client.fetch('*[_type == "entry"]._id | order(@ asc)', {}, { perspective: 'drafts' })).toEqual(
      [...seedDocuments().filter((document) => document._type === 'entry').map((document) => document._id), 'entry-perth-2025'].sort(),
    )
  })

  // Sanity's API changed its default from `raw` to `published` at v2025-02-19
  // (https://www.sanity.io/docs/content-lake/perspectives/changelog), and so does the lake.
  test('a query at API version 2025-02-19 without a perspective sees published documents only, as in Sanity', async () => {
    const url = new URL(`${lake.lake.url}/v${API_VERSION}/data/query/production`)
    url.searchParams.set('query', burnabyQuery)
    const body = (await (await fetch(url)).json()) as { result: unknown }
    expect(body.result).toEqual([{ _id: BURNABY, _originalId: null, headline: published().headline.en, date: published().date }])
  })

  test('a query at API version 2021-03-25 without a perspective sees every document, as in Sanity', async () => {
    const url = new URL(`${lake.lake.url}/v2021-03-25/data/query/production`)
    url.searchParams.set('query', 'count(*[_type == "entry"])')
    expect(((await (await fetch(url)).json()) as { result: unknown }).result).toBe(9)
  })
})

describe("the Studio's search", () => {
  const search = (query: string, params: Record<string, unknown> = {}) =>
    lake.client.fetch<string[]>(`*[_type in ["entry"] && ([@, _id] match text::query(${query}))]._id | order(@ asc)`, params, { perspective: 'published' })
  const entryIds = () => seedDocuments().filter((document) => document._type === 'entry').map((document) => document._id).sort()

  test('"burnaby" finds Burnaby and nothing else', async () => {
    expect(await search('"burnaby"')).toEqual([BURNABY])
  })

  test('a search term given as a parameter, as the Studio sends it, finds the same', async () => {
    expect(await search('$__query', { __query: 'Burnab*' })).toEqual([BURNABY])
  })

  test('"*" matches every entry', async () => {
    expect(await search('"*"')).toEqual(entryIds())
  })

  test('the Chinese name 本拿比 finds Burnaby, with no spaces to split words on', async () => {
    expect(await search('"本拿比"')).toEqual([BURNABY])
    expect(await search('"不列颠哥伦比亚"')).toEqual([BURNABY])
  })

  test('"-burnaby" leaves Burnaby out of what the other terms find', async () => {
    expect(await search('"guiyang -burnaby"')).toEqual(entryIds().filter((id) => id !== BURNABY))
    expect(await search('"guiyang"')).toEqual(entryIds())
  })

  test('a phrase in quotes must occur as written', async () => {
    expect(await search('$__query', { __query: '"friendship agreement" burnaby' })).toEqual([BURNABY])
    expect(await search('$__query', { __query: '"agreement friendship"' })).toEqual([])
  })

  test('in the raw perspective the search finds the draft too, by its own id', async () => {
    const found = await lake.client.fetch('*[_type in ["entry"] && ([@, _id] match text::query("nobody has published"))]._id', {}, { perspective: 'raw' })
    expect(found).toEqual([BURNABY_DRAFT])
  })
})

describe('queries the lake refuses', () => {
  test('a syntax error gets 400 with a description of the error', async () => {
    const url = new URL(`${lake.lake.url}/v${API_VERSION}/data/query/production`)
    url.searchParams.set('query', '*[_type == "entry"')
    const response = await fetch(url)
    expect(response.status).toBe(400)
    const body = (await response.json()) as { error: { type: string; description: string } }
    expect(body.error.description).toEqual(expect.stringContaining('GROQ'))
    expect(body.error.type).toBe('queryParseError')
  })

  test('a parameter that is not JSON gets 400 naming it', async () => {
    const url = new URL(`${lake.lake.url}/v${API_VERSION}/data/query/production`)
    url.searchParams.set('query', '*[slug.current == $slug]')
    url.searchParams.set('$slug', 'burnaby-2014')
    const response = await fetch(url)
    expect(response.status).toBe(400)
    expect(((await response.json()) as { error: { description: string } }).error.description).toContain('$slug')
  })
})
