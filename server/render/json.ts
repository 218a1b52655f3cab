/**
 * The JSON API's representation of entries. Pure: an `Entry` and the site's
 * URLs in, a plain object out.
 */
import { languageById, translationsOf, type LanguageId } from '../../schemas/languages'
import type { FeedFormat, SiteUrls } from '../../schemas/lib/site-urls'
import type { Entry } from '../model/entry'
import { linkFilters, type EntryFilters } from '../model/filters'

/** The entry in another language, as its `links` name it. */
function alternateOf(entry: Entry, language: LanguageId, urls: SiteUrls) {
  return { language: languageById(language).tag, href: urls.entry(entry.slug, language), page: urls.entryPage(entry.slug, language) }
}

/**
 * One entry as the API shows it. `feeds` are its language's feeds, the same for every entry
 * of a list, which passes them once.
 */
export function renderEntryJson(entry: Entry, urls: SiteUrls, feeds: Record<FeedFormat, string> = urls.feeds(entry.language)) {
  const alternates = translationsOf(entry.language).map((translation) => alternateOf(entry, translation.id, urls))
  const fallbackTag = languageById(entry.fallbackLanguage).tag
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
    fallback: { language: fallbackTag, fields: entry.fellBack },
    links: {
      self: urls.entry(entry.slug, entry.language),
      page: urls.entryPage(entry.slug, entry.language),
      // Deprecated, kept for clients of v1 written when there were two languages: the version in
      // the language this one falls back to, as `alternates` lists it.
      alternate: alternates.find((alternate) => alternate.language === fallbackTag) ?? alternateOf(entry, entry.fallbackLanguage, urls),
      alternates,
      feeds,
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
  const feeds = urls.feeds(language)
  return {
    language: languageById(language).tag,
    filters,
    items: entries.map((entry) => renderEntryJson(entry, urls, entry.language === language ? feeds : urls.feeds(entry.language))),
    nextCursor,
    links: {
      self: urls.entries({ lang: language, ...links, cursor }),
      next: nextCursor ? urls.entries({ lang: language, ...links, cursor: nextCursor }) : null,
      feeds: urls.feeds(language, links),
    },
  }
}

export type EntryListJson = ReturnType<typeof renderEntryListJson>
