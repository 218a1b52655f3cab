/**
 * The JSON API's representation of entries. Pure: an `Entry` and the site's
 * URLs in, a plain object out.
 */
import { languageById, type LanguageId } from '../../schemas/languages'
import type { LinkFilters, SiteUrls } from '../../schemas/lib/site-urls'
import type { Entry, EntryPage } from '../model/entry'
import type { EntryFilters } from '../model/filters'

/** One entry as the API shows it. */
export function renderEntryJson(entry: Entry, urls: SiteUrls) {
  const other = entry.otherLanguage
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
    // Fields that, missing in this language, were taken from the other one.
    fallback: { language: languageById(other).tag, fields: entry.fellBack },
    links: {
      self: urls.entry(entry.slug, entry.language),
      page: urls.entryPage(entry.slug, entry.language),
      alternate: {
        language: languageById(other).tag,
        href: urls.entry(entry.slug, other),
        page: urls.entryPage(entry.slug, other),
      },
      feeds: urls.feeds(entry.language),
    },
  }
}

export type EntryJson = ReturnType<typeof renderEntryJson>

/**
 * A page of entries as the API shows it: the `filters` it was chosen by, and
 * the links to go on and to subscribe, which carry `links` (the same filters,
 * canonical) and the `cursor` it started at.
 */
export function renderEntryListJson(
  page: EntryPage,
  context: {
    language: LanguageId
    filters: Omit<EntryFilters, 'cursor'>
    links: LinkFilters
    urls: SiteUrls
    cursor?: string | undefined
  },
) {
  const { language, links, urls, cursor } = context
  return {
    language: languageById(language).tag,
    filters: context.filters,
    items: page.entries.map((entry) => renderEntryJson(entry, urls)),
    nextCursor: page.nextCursor,
    links: {
      self: urls.entries({ lang: language, ...links, cursor }),
      next: page.nextCursor ? urls.entries({ lang: language, ...links, cursor: page.nextCursor }) : null,
      feeds: urls.feeds(language, links),
    },
  }
}

export type EntryListJson = ReturnType<typeof renderEntryListJson>
