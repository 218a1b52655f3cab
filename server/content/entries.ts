/**
 * Reading entries: runs the queries of `queries.ts` on a content source and
 * turns the rows into neutral `Entry` objects. Routes call these; renderers
 * receive what they return.
 */
import { fieldsFor, type LanguageId } from '../../schemas/languages'
import { cityKey } from '../../schemas/lib/city'
import type { Entry, EntryPage } from '../model/entry'
import type { EntryFilters } from '../model/filters'
import { toEntry, type EntryRow } from './entry-row'
import { cityNamesQuery, entriesQuery, entryBySlugQuery } from './queries'
import type { ContentSource } from './source'
import { conversionFor } from './traditional'

function isComplete(row: EntryRow | null): row is EntryRow & { slug: string; date: string } {
  return row !== null && typeof row.slug === 'string' && typeof row.date === 'string'
}

/** One page of entries, newest first, in `language`. */
export async function listEntries(source: ContentSource, filters: EntryFilters, language: LanguageId): Promise<EntryPage> {
  const [rows, convert] = await Promise.all([
    source.fetch<(EntryRow | null)[]>(entriesQuery, {
    ...fieldsFor(language),
    // "fort-worth" matches "Fort Worth", and a name with hyphens of its own matches as written.
    cities: filters.city ? [...new Set([filters.city, filters.city.replace(/-/g, ' ')])] : null,
    country: filters.country ?? null,
    topic: filters.topic ?? null,
    year: filters.year ?? null,
    afterDate: filters.cursor?.date ?? null,
    afterId: filters.cursor?.id ?? null,
    // One more than asked for tells whether there is a next page.
    end: filters.limit + 1,
    }),
    conversionFor(source, language),
  ])
  const complete = rows.filter(isComplete)
  const page = complete.slice(0, filters.limit)
  const last = page.at(-1)
  return {
    entries: page.map((row) => toEntry(row, language, convert)),
    next: complete.length > filters.limit && last ? { date: last.date, id: last._id } : null,
  }
}

/** One entry by slug in `language`, or `undefined`. */
export async function findEntry(source: ContentSource, slug: string, language: LanguageId): Promise<Entry | undefined> {
  const [row, convert] = await Promise.all([
    source.fetch<EntryRow | null>(entryBySlugQuery, { slug, ...fieldsFor(language) }),
    conversionFor(source, language),
  ])
  return isComplete(row) ? toEntry(row, language, convert) : undefined
}

/** The values the `city` filter accepts, sorted. */
export async function listCityKeys(source: ContentSource): Promise<string[]> {
  const names = await source.fetch<(string | null)[] | null>(cityNamesQuery, {})
  return [...new Set((names ?? []).filter((name): name is string => typeof name === 'string').map(cityKey))].sort()
}
