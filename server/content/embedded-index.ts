/**
 * Indexes over the embedded dataset, built once per isolate, that only narrow
 * which documents groq-js sees: the source still runs the very query of
 * `queries.ts` over the candidates, so the GROQ semantics stay groq-js's.
 *
 * - `entriesQuery`: the entries sorted once as its `order(date desc, _id desc)`
 *   sorts them; a request walks them newest first and stops after `$end`
 *   entries that surely match its filters, so its cost follows the items shown,
 *   not the dataset.
 * - `entryBySlugQuery`: the entries by slug; `settingsQuery`: the settings by
 *   `_id`; `cityNamesQuery`: the entries alone. All in dataset order, as `[0]`
 *   and `array::unique` read it.
 *
 * A document the index cannot judge (a date that is not a string, a field of
 * an unexpected shape) is always passed on, never skipped; a query or
 * parameters it does not know get `undefined`: run over the whole dataset.
 */
import { cityNamesQuery, entriesQuery, entryBySlugQuery, settingsQuery } from './queries'
import type { QueryParams } from './source'

export interface SanityDocument {
  _id: string
  _type: string
  [field: string]: unknown
}

export interface EmbeddedIndex {
  /** The documents `query` needs to see to give its full answer, in dataset order; `undefined`: all of them. */
  candidatesFor(query: string, params: QueryParams): SanityDocument[] | undefined
}

/** `true`: surely matches; `false`: surely not; `undefined`: groq-js decides. */
type Verdict = boolean | undefined

interface EntryRow {
  document: SanityDocument
  /** Position in the dataset: candidates go to groq-js in dataset order. */
  position: number
  date: string
  id: string
}

interface EntryFilterParams {
  cities: readonly string[] | null
  country: string | null
  topic: string | null
  year: string | null
  afterDate: string | null
  afterId: string | null
  end: number
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isAbsent = (value: unknown) => value === undefined || value === null

/** `slug.current` as GROQ reads it: a string, `null` (surely absent), or `undefined` when the shape is unusual. */
function slugOf(document: SanityDocument): string | null | undefined {
  const slug = document.slug
  if (isAbsent(slug)) return null
  if (!isRecord(slug)) return undefined
  return typeof slug.current === 'string' ? slug.current : isAbsent(slug.current) ? null : undefined
}

/** Whether `field == value` holds for a string `value`. */
function equalsString(field: unknown, value: string): Verdict {
  if (typeof field === 'string') return field === value
  return isAbsent(field) || typeof field === 'number' || typeof field === 'boolean' ? false : undefined
}

function matchesEntry(row: EntryRow, params: EntryFilterParams): Verdict {
  const document = row.document
  let verdict: Verdict = true
  const and = (next: Verdict) => {
    if (next === false) return false
    if (next === undefined) verdict = undefined
    return true
  }
  if (params.cities !== null) {
    const city = document.city
    const english = isRecord(city) ? city.en : isAbsent(city) ? null : undefined
    const cities = params.cities
    // lower() is groq-js's toLowerCase; lower(null) is null, in no list.
    if (!and(typeof english === 'string' ? cities.includes(english.toLowerCase()) : isAbsent(english) ? false : undefined)) return false
  }
  if (params.country !== null && !and(equalsString(document.country, params.country))) return false
  if (params.topic !== null) {
    const topics = document.topics
    const topic = params.topic
    const inTopics: Verdict = Array.isArray(topics)
      ? topics.includes(topic) || (topics.every((item) => typeof item === 'string' || isAbsent(item)) ? false : undefined)
      : isAbsent(topics) || typeof topics === 'number' || typeof topics === 'boolean'
        ? false
        : undefined
    if (!and(inTopics)) return false
  }
  if (params.year !== null && !and(row.date.startsWith(params.year))) return false
  if (params.afterDate !== null) {
    const { afterDate, afterId } = params
    if (!and(row.date < afterDate || (row.date === afterDate && afterId !== null && row.id < afterId))) return false
  }
  return verdict
}

/** The entries query's parameters, when they have the shapes the index can judge. */
function entryFilterParams(params: QueryParams): EntryFilterParams | undefined {
  const text = (value: unknown) => value === null || typeof value === 'string'
  const { cities, country, topic, year, afterDate, afterId, end } = params
  if (!(cities === null || (Array.isArray(cities) && cities.every((city) => typeof city === 'string')))) return undefined
  if (![country, topic, year, afterDate, afterId].every(text)) return undefined
  if (typeof end !== 'number' || !Number.isInteger(end) || end < 0) return undefined
  return { cities, country, topic, year, afterDate, afterId, end } as EntryFilterParams
}

function inDatasetOrder(documents: SanityDocument[], positions: Map<SanityDocument, number>): SanityDocument[] {
  return documents.sort((a, b) => positions.get(a)! - positions.get(b)!)
}

/** Indexes `documents` (published ones; never mutated), each index built on first use. */
export function indexDocuments(documents: readonly SanityDocument[]): EmbeddedIndex {
  let positions: Map<SanityDocument, number> | undefined
  let entries: SanityDocument[] | undefined
  let sorted: { rows: EntryRow[]; unsortable: SanityDocument[] } | undefined
  let bySlug: { slugs: Map<string, SanityDocument[]>; unsure: SanityDocument[] } | undefined
  let byId: Map<string, SanityDocument[]> | undefined

  const positionsOf = () => (positions ??= new Map(documents.map((document, position) => [document, position])))
  const entriesOf = () => (entries ??= documents.filter((document) => document._type === 'entry'))

  function sortedEntries() {
    if (sorted) return sorted
    const rows: EntryRow[] = []
    const unsortable: SanityDocument[] = []
    const position = positionsOf()
    for (const document of entriesOf()) {
      const slug = slugOf(document)
      if (slug === null || isAbsent(document.date)) continue
      if (slug !== undefined && typeof document.date === 'string' && typeof document._id === 'string') {
        rows.push({ document, position: position.get(document)!, date: document.date, id: document._id })
      } else unsortable.push(document)
    }
    // order(date desc, _id desc): groq-js compares strings with < and >, as here.
    rows.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
    // Rows groq-js would find equal keep its stable order only if it sees them all: never cut between them.
    for (let index = 1; index < rows.length; index++) {
      if (rows[index]!.date === rows[index - 1]!.date && rows[index]!.id === rows[index - 1]!.id) {
        unsortable.push(...rows.splice(index - 1, 2).map((row) => row.document))
        index = Math.max(0, index - 2)
      }
    }
    return (sorted = { rows, unsortable })
  }

  function entryCandidates(params: QueryParams): SanityDocument[] | undefined {
    const filters = entryFilterParams(params)
    if (!filters) return undefined
    const { rows, unsortable } = sortedEntries()
    const candidates = [...unsortable]
    let sure = 0
    for (const row of rows) {
      if (sure >= filters.end) break
      const verdict = matchesEntry(row, filters)
      if (verdict === false) continue
      candidates.push(row.document)
      if (verdict === true) sure++
    }
    return inDatasetOrder(candidates, positionsOf())
  }

  function slugCandidates(params: QueryParams): SanityDocument[] | undefined {
    if (typeof params.slug !== 'string') return undefined
    if (!bySlug) {
      const slugs = new Map<string, SanityDocument[]>()
      const unsure: SanityDocument[] = []
      for (const document of entriesOf()) {
        const slug = slugOf(document)
        if (slug === undefined) unsure.push(document)
        else if (slug !== null) slugs.set(slug, [...(slugs.get(slug) ?? []), document])
      }
      bySlug = { slugs, unsure }
    }
    return inDatasetOrder([...(bySlug.slugs.get(params.slug) ?? []), ...bySlug.unsure], positionsOf())
  }

  function settingsCandidates(): SanityDocument[] {
    if (!byId) {
      byId = new Map()
      for (const document of documents) byId.set(document._id, [...(byId.get(document._id) ?? []), document])
    }
    return (byId.get('settings') ?? []).filter((document) => document._type === 'settings')
  }

  return {
    candidatesFor(query, params) {
      if (query === entriesQuery) return entryCandidates(params)
      if (query === entryBySlugQuery) return slugCandidates(params)
      if (query === settingsQuery) return settingsCandidates()
      if (query === cityNamesQuery) return entriesOf()
      return undefined
    },
  }
}
