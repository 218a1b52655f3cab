/**
 * The neutral `Entry`: one entry in one language, with every label, display
 * string and body format resolved, ready for any renderer (JSON, feeds, pages,
 * the widget's iframe). Content sources produce it; renderers consume it;
 * neither knows the other.
 */
import type { LanguageId } from '../../schemas/languages'
import type { Cursor } from './filters'

/** A field that, missing in the language asked for, was taken from its fallback language. */
export type FallbackField = 'city' | 'region' | 'summary' | 'body'

export const FALLBACK_FIELDS: readonly FallbackField[] = ['city', 'region', 'summary', 'body']

/** How precise an agreement date is: `2016`, `2018-12` or `1992-08-17`. */
export type DatePrecision = 'year' | 'month' | 'day'

/**
 * A partial date as written, its precision and display, and where it starts: the period's first
 * moment in the source's time zone (`2016-01-01T00:00:00+08:00` for `2016`, see
 * `partialDateTimestamp`). A malformed one is shown as written, with no precision and no start.
 */
export type EntryDate =
  | { value: string; precision: DatePrecision; display: string; start: string }
  | { value: string; precision: null; display: string; start: null }

export interface Entry {
  /** The document id, shared by both language versions. */
  id: string
  slug: string
  language: LanguageId
  /** The headline, or, without one in this language, "City, date" in this language. */
  title: string
  city: string
  /** What the `city` filter calls this entry's city, from its English name: `fort-worth`. */
  cityKey: string
  region: string | null
  country: { code: string; name: string } | null
  relationship: { code: string; label: string } | null
  date: EntryDate
  summary: string | null
  /** Sanitized HTML of the body (`portableTextToHtml`) and its plain text. */
  body: { html: string; text: string }
  topics: { code: string; label: string }[]
  location: { lat: number; lng: number } | null
  /** When the editors' `publishedAt` says the entry was published here (the Studio requires it). */
  publishedAt: string | null
  /** When the document was created, and when it was last changed (Sanity's `_createdAt`, `_updatedAt`). */
  createdAt: string
  updatedAt: string
  fellBack: FallbackField[]
  /** The language the `fellBack` fields are in (`fallbackLanguage` in schemas/languages.ts). */
  fallbackLanguage: LanguageId
}

/** One page of entries, newest first. */
export interface EntryPage {
  entries: Entry[]
  /** Where the next page starts, or `null` on the last page. */
  next: Cursor | null
}
