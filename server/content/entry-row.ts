/**
 * An entry as the queries return it, and how it becomes the neutral `Entry`
 * in one language: the one place that reads entry query results.
 */
import type { PortableTextBlock } from '@portabletext/types'
import { fallbackLanguage, languageById, type LanguageId } from '../../schemas/languages'
import { formatPartialDate, parsePartialDate, partialDateTimestamp } from '../../schemas/lib/partial-date'
import { cityKey } from '../../schemas/lib/city'
import { countryName } from '../../schemas/lib/country-name'
import { translator } from '../i18n'
import { FALLBACK_FIELDS, type DatePrecision, type Entry, type EntryDate, type FallbackField } from '../model/entry'
import { portableTextToHtml, portableTextToPlainText } from '../model/portable-text'
import { cleanText } from '../model/text'
import type { EntriesQueryResult, LocaleBlockContent, LocaleString, LocaleText } from './sanity.types'
import { fieldConversion, type Convert } from './traditional'

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

function displayDate(value: string, language: LanguageId): EntryDate {
  const partial = parsePartialDate(value)
  // A malformed date (the Studio stops them, but data may predate a rule) is shown as written.
  if (typeof partial === 'string') return { value, precision: null, display: value, start: null }
  const precision: DatePrecision = partial.day !== undefined ? 'day' : partial.month !== undefined ? 'month' : 'year'
  return { value, precision, display: formatPartialDate(partial, language), start: partialDateTimestamp(partial) }
}

/** A label's key in the interface strings: `topic.big-data`, `relationship.sister-city`. */
type LabelKey = `${'topic' | 'relationship'}.${string}`

/** Labels looked up so far, by language and key; never more than `MAX_LABELS` a language. */
const labelCache = new Map<LanguageId, Map<LabelKey, string>>()
const MAX_LABELS = 1000

/**
 * A topic's or relationship's label in `language`, or its code where the strings have none. Looked
 * up once a language: i18next's resources never change while an isolate lives, and its `t()` (which
 * parses the key each time) was the larger part of resolving an entry's codes. The codes come from
 * content, so the cache is bounded all the same.
 */
function label(language: LanguageId, key: LabelKey, code: string): string {
  let labels = labelCache.get(language)
  if (!labels) labelCache.set(language, (labels = new Map()))
  let text = labels.get(key)
  if (text === undefined) {
    if (labels.size >= MAX_LABELS) labels.clear()
    text = translator(language)(key, { defaultValue: code })
    labels.set(key, text)
  }
  return text
}

/** Portable Text as the renderers take it; blocks saved without children get an empty list; the spans' text converted. */
function portableText(body: EntryRow['body'], convert: Convert | null): PortableTextBlock[] {
  // Data imported around the Studio may hold anything: only objects with a type are blocks.
  if (!Array.isArray(body)) return []
  return body
    .filter((block) => typeof block === 'object' && block !== null && typeof block._type === 'string')
    .map((block) => {
      const children = Array.isArray(block.children) ? block.children : []
      if (!convert) return { ...block, children }
      return {
        ...block,
        children: children.map((child) => (typeof child?.text === 'string' ? { ...child, text: convert(child.text) } : child)),
      }
    })
}

/**
 * Resolves a query row into an `Entry` in `language`. `convert` turns the
 * written language's text into `language`'s (the Traditional edition's
 * conversion), for every field that did not fall back; `null` when
 * `language` is written itself.
 */
export function toEntry(row: EntryRow & { slug: string; date: string }, language: LanguageId, convert: Convert | null = null): Entry {
  const date = displayDate(row.date, language)
  const fellBack = row.fellBack.filter((field): field is FallbackField => (FALLBACK_FIELDS as readonly string[]).includes(field))
  const conversion = fieldConversion(convert, fellBack)
  const own = conversion.text
  const city = own(cleanText(row.city), 'city') ?? row.slug
  const country = cleanText(row.country)?.toUpperCase() ?? null
  const relationship = cleanText(row.relationship)
  const lat = row.location?.lat
  const lng = row.location?.lng
  const body = portableText(row.body, conversion.of('body'))
  return {
    id: row._id,
    slug: row.slug,
    language,
    title: own(cleanText(row.headline)) ?? translator(language)('entry.title', { city, date: date.display }),
    city,
    cityKey: cityKey(cleanText(row.englishCity) ?? city),
    region: own(cleanText(row.region), 'region'),
    country: country ? { code: country, name: countryNameIn(country, language, convert) } : null,
    relationship: relationship
      ? { code: relationship, label: label(language, `relationship.${relationship}`, relationship) }
      : null,
    date,
    summary: own(cleanText(row.summary), 'summary'),
    body: { html: portableTextToHtml(body), text: portableTextToPlainText(body) },
    topics: (Array.isArray(row.topics) ? row.topics : [])
      .filter((code): code is string => typeof code === 'string')
      .map((code) => ({ code, label: label(language, `topic.${code}`, code) })),
    location: typeof lat === 'number' && typeof lng === 'number' ? { lat, lng } : null,
    publishedAt: row.publishedAt,
    createdAt: row._createdAt,
    updatedAt: row._updatedAt,
    fellBack,
    fallbackLanguage: fallbackLanguage(language),
  }
}

/**
 * A country's name in `language`: a converted language names it as its
 * written language does, converted (意大利 → 意大利, 新西兰 → 新西蘭), since
 * `Intl`'s own Traditional names are Taiwan's (義大利, 紐西蘭).
 */
export function countryNameIn(code: string, language: LanguageId, convert: Convert | null): string {
  const name = countryName(code, languageById(language).writtenIn)
  return convert ? convert(name) : name
}
