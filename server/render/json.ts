/**
 * The JSON API's representation of entries. Pure: an `Entry` and the site's
 * URLs in, a plain object out.
 */
import { languageById, translationsOf, type LanguageId } from '../../schemas/languages'
import type { SiteUrls } from '../../schemas/lib/site-urls'
import type { Entry } from '../model/entry'
import { linkFilters, type EntryFilters } from '../model/filters'

/** The entry in another language, as its `links` name it. */
function alternateOf(entry: Entry, language: LanguageId, urls: SiteUrls) {
  return { language: languageById(language).tag, href: urls.entry(entry.slug, language), page: urls.entryPage(entry.slug, language) }
}

/** One entry as the API shows it. */
export function renderEntryJson(entry: Entry, urls: SiteUrls) {
  return {
    id: entry.id,
    slug: entry.slug,
    language: languageById(entry.language).tag,
    title: entry.title,
    city: entry.city,
    region: entry.region,
    country: entry.country,
    relationship: entry.relationship,
    date: { value: entry.date.value, precision: entry.date.precision, display: entry.date.display },
    summary: entry.summary,
    body: entry.body,
    topics: entry.topics,
    location: entry.location,
    publishedAt: entry.publishedAt,
    updatedAt: entry.updatedAt,
    // Fields that, missing in this language, were taken from its fallback language.
    fallback: { language: languageById(entry.fallbackLanguage).tag, fields: entry.fellBack },
    links: {
      self: urls.entry(entry.slug, entry.language),
      page: urls.entryPage(entry.slug, entry.language),
      // Deprecated, kept for clients of v1 written when there were two languages: the version in
      // the language this one falls back to, as `alternates` lists it.
      alternate: alternateOf(entry, entry.fallbackLanguage, urls),
      alternates: translationsOf(entry.language).map((translation) => alternateOf(entry, translation.id, urls)),
      feeds: urls.feeds(entry.language),
    },
  }
}

export type EntryJson = ReturnType<typeof renderEntryJson>

/**
 * A page of entries as the API shows it: the `filters` it was chosen by, and
 * the links to go on (from `cursor`, where it started, to `nextCursor`) and to
 * subscribe, which carry the same filters, canonical.
 */
export function renderEntryListJson(
  entries: readonly Entry[],
  context: {
    language: LanguageId
    filters: Omit<EntryFilters, 'cursor'>
    urls: SiteUrls
    cursor?: string | undefined
    nextCursor: string | null
  },
) {
  const { language, filters, urls, cursor, nextCursor } = context
  const links = linkFilters(filters)
  return {
    language: languageById(language).tag,
    filters,
    items: entries.map((entry) => renderEntryJson(entry, urls)),
    nextCursor,
    links: {
      self: urls.entries({ lang: language, ...links, cursor }),
      next: nextCursor ? urls.entries({ lang: language, ...links, cursor: nextCursor }) : null,
      feeds: urls.feeds(language, links),
    },
  }
}

export type EntryListJson = ReturnType<typeof renderEntryListJson>
