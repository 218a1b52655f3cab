import { describe, expect, it } from 'vitest'
import { generateEntries, random } from '../../bench/dataset'
import embeddedDataset from '../../data/production.ndjson'
import { fieldsFor, type LanguageId } from '../../schemas/languages'
import { indexDocuments } from '../../server/content/embedded-index'
import { parseNdjson, runQuery, type SanityDocument } from '../../server/content/embedded-source'
import { cityNamesQuery, entriesQuery, entryBySlugQuery, settingsQuery } from '../../server/content/queries'
import type { QueryParams } from '../../server/content/source'

/** Documents the index cannot sort or judge, which it must pass on to groq-js rather than skip. */
function oddDocuments(): SanityDocument[] {
  const base = { _type: 'entry', slug: { current: 'odd' }, city: { en: 'Vicenza' }, country: 'IT', topics: ['trade'] }
  return [
    { ...base, _id: 'odd-number-date', date: 20190101 },
    { ...base, _id: 'odd-slug-array', slug: ['odd'], date: '2019-12-31' },
    { ...base, _id: 'odd-city-string', city: 'Vicenza', date: '2019-12-31' },
    { ...base, _id: 'odd-topics-mixed', topics: ['trade', 7, { code: 'trade' }], date: '2019-12-30' },
    { ...base, _id: 'odd-twin', date: '2019-12-31' },
    { ...base, _id: 'odd-twin', date: '2019-12-31', slug: { current: 'odd-twin' } },
    { ...base, _id: 'odd-no-slug', slug: null, date: '2019-12-31' },
    { ...base, _id: 'odd-upper-city', city: { en: 'VICENZA' }, date: '2019-12-29' },
    { ...base, _id: 'drafts.odd-draft', date: '2030-01-01' },
    { _id: 'settings', _type: 'not-settings' },
  ]
}

const settingsLine = embeddedDataset.split('\n')[0]!
const generated = parseNdjson(generateEntries(settingsLine, 1_000))
const documents = [...generated.slice(0, 500), ...oddDocuments(), ...generated.slice(500)].filter(
  (document) => !document._id.startsWith('drafts.'),
)
const index = indexDocuments(documents)

async function both(query: string, params: QueryParams) {
  const candidates = index.candidatesFor(query, params)
  return {
    full: await runQuery(documents, query, params),
    indexed: await runQuery(candidates ?? documents, query, params),
    narrowed: candidates !== undefined && candidates.length < documents.length,
  }
}

describe('the embedded dataset’s indexes', () => {
  const entries = documents.filter((document) => document._type === 'entry')
  const cities = [...new Set(entries.map((entry) => (entry.city as { en?: string } | undefined)?.en).filter((city) => typeof city === 'string'))]
  const countries = [...new Set(entries.map((entry) => entry.country as string))]
  const topics = [...new Set(entries.flatMap((entry) => (Array.isArray(entry.topics) ? entry.topics : [])).filter((topic) => typeof topic === 'string'))]
  const dated = entries.filter((entry) => typeof entry.date === 'string')

  it('give groq-js fewer documents and the very same answer for random filters, cursors and limits', async () => {
    const rng = random(14)
    const maybe = <T,>(value: T) => (rng.next() < 0.4 ? value : null)
    let narrowed = 0
    for (let round = 0; round < 80; round++) {
      const language = rng.pick<LanguageId>(['en', 'zh', 'zh-hant'])
      const city = maybe(rng.pick([...cities, 'Fort-Worth', 'Nowhere']).toLowerCase())
      const cursor = maybe(rng.pick(dated))
      const params: QueryParams = {
        ...fieldsFor(language),
        cities: city ? [...new Set([city, city.replace(/-/g, ' ')])] : null,
        country: maybe(rng.pick([...countries, 'ZZ'])),
        topic: maybe(rng.pick([...topics, 'nothing'])),
        year: maybe(String(1980 + Math.floor(rng.next() * 48))),
        afterDate: cursor ? (cursor.date as string) : null,
        afterId: cursor ? cursor._id : null,
        end: 1 + Math.floor(rng.next() * 101),
      }
      const { full, indexed, narrowed: fewer } = await both(entriesQuery, params)
      expect(indexed, JSON.stringify(params)).toEqual(full)
      if (fewer) narrowed++
    }
    expect(narrowed).toBeGreaterThan(75)
  }, 60_000)

  it('keep the documents they cannot judge, in the order groq-js would see them', async () => {
    for (const params of [{ cities: ['vicenza'], topic: 'trade', year: '2019' }, { year: '2019', country: 'IT' }, { year: '2019', end: 3 }, { year: '2019', end: 1_200 }]) {
      const { full, indexed } = await both(entriesQuery, {
        lang: 'en', fallback: 'zh', cities: null, country: null, topic: null, afterDate: null, afterId: null, end: 21, ...params,
      })
      expect(indexed).toEqual(full)
      expect(JSON.stringify(full)).toContain('odd-')
    }
  }, 30_000)

  it('find one entry by slug, the settings and the city names as the whole dataset does', async () => {
    const rng = random(15)
    for (let round = 0; round < 40; round++) {
      const language = rng.pick<LanguageId>(['en', 'zh', 'zh-hant'])
      const slug = rng.pick([...entries.map((entry) => (entry.slug as { current?: string } | null)?.current ?? 'none'), 'odd', 'odd-twin', 'missing'])
      const { full, indexed, narrowed } = await both(entryBySlugQuery, { slug, ...fieldsFor(language) })
      expect(indexed, slug).toEqual(full)
      expect(narrowed).toBe(true)
    }
    for (const language of ['en', 'zh', 'zh-hant'] as const) {
      const { full, indexed } = await both(settingsQuery, fieldsFor(language))
      expect(indexed).toEqual(full)
      expect(full).toMatchObject({ title: expect.any(String) })
    }
    const names = await both(cityNamesQuery, {})
    expect(names.indexed).toEqual(names.full)
  }, 30_000)

  it('leave a query or parameters they do not know to the whole dataset', () => {
    expect(index.candidatesFor('*[_type == "entry"]', {})).toBeUndefined()
    expect(index.candidatesFor(entriesQuery, { cities: null, country: 7 as unknown as string, topic: null, year: null, afterDate: null, afterId: null, end: 3 })).toBeUndefined()
    expect(index.candidatesFor(entriesQuery, { cities: null, country: null, topic: null, year: null, afterDate: null, afterId: null, end: 2.5 })).toBeUndefined()
  })
})
