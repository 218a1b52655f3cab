/**
 * The neutral `Entry`: one entry in one language, with every label, display
 * string and body format resolved, ready for any renderer (JSON, feeds, pages).
 * Renderers know nothing about Sanity; this is the one place that reads
 * query results.
 */
import { languageById, otherLanguage, type LanguageId } from '../../schemas/languages'
import { translator } from '../i18n'
import { portableTextToHtml, portableTextToPlainText } from '../render/portable-text'
import { cleanText } from '../render/text'
import type { PortableTextBlock } from '@portabletext/types'
import { parsePartialDate } from '../../schemas/lib/partial-date'
import type { EntriesQueryResult, LocaleBlockContent, LocaleString, LocaleText } from './sanity.types'

/**
 * One entry as the list and single-entry queries return it, from the types
 * `sanity typegen` generates. Typegen reads `city[$lang]` as a filter over an
 * array (it cannot know `$lang` names a field), so the localized fields are
 * typed here from the generated field types: one language's value of each.
 */
type LocalizedFields = 'headline' | 'city' | 'region' | 'summary' | 'body'
export type EntryRow = Omit<EntriesQueryResult[number], LocalizedFields> & {
  headline: LocaleString['en'] | null
  city: LocaleString['en'] | null
  region: LocaleString['en'] | null
  summary: LocaleText['en'] | null
  body: LocaleBlockContent['en'] | null
}

/** A field that, missing in the language asked for, was taken from the other one. */
export type FallbackField = 'city' | 'region' | 'summary' | 'body'

export interface Entry {
  /** The document id, shared by both language versions. */
  id: string
  slug: string
  language: LanguageId
  /** The headline, or, without one in this language, "City, date" in this language. */
  title: string
  city: string
  region: string | null
  country: { code: string; name: string } | null
  relationship: { code: string; label: string } | null
  date: { value: string; precision: DatePrecision; display: string; start: string } | { value: string; precision: null; display: string; start: null }
  summary: string | null
  body: { html: string; text: string }
  topics: { code: string; label: string }[]
  location: { lat: number; lng: number } | null
  publishedAt: string | null
  updatedAt: string
  fellBack: FallbackField[]
  /** The language of the other version of this entry. */
  otherLanguage: LanguageId
}

const FALLBACK_FIELDS: readonly string[] = ['city', 'region', 'summary', 'body'] satisfies FallbackField[]

export type DatePrecision = 'year' | 'month' | 'day'

function displayDate(value: string, language: LanguageId): Entry['date'] {
  const partial = parsePartialDate(value)
  // A malformed date (the Studio stops them, but data may predate a rule) is shown as written.
  if (typeof partial === 'string') return { value, precision: null, display: value, start: null }
  const precision: DatePrecision = partial.day !== undefined ? 'day' : partial.month !== undefined ? 'month' : 'year'
  const t = translator(language)
  const start = new Date(Date.UTC(partial.year, (partial.month ?? 1) - 1, partial.day ?? 1))
  return {
    value,
    precision,
    display: t(`date.${precision}`, { date: start, locale: t('format.locale') }),
    start: start.toISOString(),
  }
}

/** Portable Text as the renderers take it; blocks saved without children get an empty list. */
function portableText(body: EntryRow['body']): PortableTextBlock[] {
  // Data imported around the Studio may hold anything: only objects with a type are blocks.
  if (!Array.isArray(body)) return []
  return body
    .filter((block) => typeof block === 'object' && block !== null && typeof block._type === 'string')
    .map((block) => ({ ...block, children: Array.isArray(block.children) ? block.children : [] }))
}

/** A country's name in `language`, from `Intl.DisplayNames`; the code itself when unknown. */
export function countryName(code: string, language: LanguageId): string {
  try {
    return new Intl.DisplayNames([languageById(language).tag], { type: 'region', fallback: 'code' }).of(code) ?? code
  } catch {
    return code
  }
}

/** Resolves a query row into an `Entry` in `language`. */
export function toEntry(row: EntryRow & { slug: string; date: string }, language: LanguageId): Entry {
  const t = translator(language)
  const date = displayDate(row.date, language)
  const city = cleanText(row.city) ?? row.slug
  const country = cleanText(row.country)?.toUpperCase() ?? null
  const relationship = cleanText(row.relationship)
  const lat = row.location?.lat
  const lng = row.location?.lng
  return {
    id: row._id,
    slug: row.slug,
    language,
    title: cleanText(row.headline) ?? t('entry.title', { city, date: date.display }),
    city,
    region: cleanText(row.region),
    country: country ? { code: country, name: countryName(country, language) } : null,
    relationship: relationship
      ? { code: relationship, label: t(`relationship.${relationship}`, { defaultValue: relationship }) }
      : null,
    date,
    summary: cleanText(row.summary),
    body: { html: portableTextToHtml(portableText(row.body)), text: portableTextToPlainText(portableText(row.body)) },
    topics: (Array.isArray(row.topics) ? row.topics : [])
      .filter((code): code is string => typeof code === 'string')
      .map((code) => ({ code, label: t(`topic.${code}`, { defaultValue: code }) })),
    location: typeof lat === 'number' && typeof lng === 'number' ? { lat, lng } : null,
    publishedAt: row.publishedAt,
    updatedAt: row._updatedAt,
    fellBack: row.fellBack.filter((field): field is FallbackField => FALLBACK_FIELDS.includes(field)),
    otherLanguage: otherLanguage(language),
  }
}
