/**
 * The JSON API's representation of entries. Pure: an `Entry` and the site's
 * URLs in, a plain object out.
 */
import { languageById } from '../../schemas/languages'
import type { Entry } from '../content/entry'
import { LIMIT } from '../filters'
import { FEED_FORMATS, type LinkFilters, type SiteUrls } from '../../schemas/lib/site-urls'

function feedLinks(urls: SiteUrls, entry: Pick<Entry, 'language'>, filters?: LinkFilters) {
  return Object.fromEntries(FEED_FORMATS.map((format) => [format, urls.feed(entry.language, format, filters)]))
}

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
      feeds: feedLinks(urls, entry),
    },
  }
}

export type EntryJson = ReturnType<typeof renderEntryJson>

/** A page of entries as the API shows it, with the links to go on and to subscribe. */
export function renderEntryListJson(
  page: { entries: Entry[]; nextCursor: string | null },
  context: { language: Entry['language']; filters: LinkFilters; urls: SiteUrls; cursor?: string | undefined },
) {
  const { language, urls, cursor } = context
  // The default limit is left out of links, so they stay short and canonical.
  const filters = context.filters.limit === LIMIT.default ? { ...context.filters, limit: undefined } : context.filters
  return {
    language: languageById(language).tag,
    filters: context.filters,
    items: page.entries.map((entry) => renderEntryJson(entry, urls)),
    nextCursor: page.nextCursor,
    links: {
      self: urls.entries({ lang: language, ...filters, cursor }),
      next: page.nextCursor ? urls.entries({ lang: language, ...filters, cursor: page.nextCursor }) : null,
      feeds: feedLinks(urls, { language }, filters),
    },
  }
}

export type EntryListJson = ReturnType<typeof renderEntryListJson>
