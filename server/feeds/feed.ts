/**
 * The neutral feed: one language's entries with the site settings, resolved
 * once into everything a feed says (ids, titles, links, dates, categories,
 * which text fell back to the other language), so that the RSS, Atom and JSON
 * Feed renderers only choose syntax and stay comparable.
 *
 * Nothing here reads the clock: every date comes from the content, so the same
 * content always gives the same feed, byte for byte.
 */
import { languageById, otherLanguage, type Language, type LanguageId } from '../../schemas/languages'
import { FILTER_NAMES, type FeedFormat, type LinkFilters, type SiteUrls } from '../../schemas/lib/site-urls'
import { countryName } from '../../schemas/lib/country-name'
import { translator } from '../i18n'
import type { Entry } from '../model/entry'
import type { Settings } from '../model/settings'
import { firstDate, latestEdit, NEVER, rfc3339 } from './dates'

/** Text, and the BCP 47 tag of its language when that is not the feed's (it fell back). */
export interface FeedText {
  text: string
  language: string | null
}

export interface FeedItem {
  /** Never changes when the entry is edited; see `entryId`. */
  id: string
  title: string
  /** The entry's page in the feed's language. */
  url: string
  /** The entry's page in the other language. */
  alternate: { href: string; hreflang: string }
  /** RFC 3339, UTC. */
  published: string
  /** RFC 3339, UTC: when the entry was last edited. */
  updated: string
  summary: FeedText | null
  /** Sanitized HTML of the body, with its plain text; `null` without a body. */
  content: (FeedText & { plainText: string }) | null
  categories: { term: string; label: string; scheme: string }[]
  location: { lat: number; lng: number } | null
  /** The language of the item's main text when it is not the feed's: JSON Feed's item `language`. */
  language: string | null
}

export interface Feed {
  language: Language
  otherLanguage: Language
  /** Never changes; says which language and filters this feed is. */
  id: string
  title: FeedText
  description: FeedText
  publisher: FeedText
  rights: FeedText | null
  /** The site's home page in this language and in the other one. */
  home: string
  otherHome: string
  /** This feed (same language and filters) in each format: the self links. */
  self: Record<FeedFormat, string>
  /** The same feed in the other language, in each format. */
  alternate: Record<FeedFormat, string>
  /** RFC 3339, UTC: the latest edit of anything in the feed (entries and settings). */
  updated: string
  items: FeedItem[]
}

/** A URN namespace of our own: ids that do not depend on where the site is hosted. */
const URN_PREFIX = 'urn:meeting-the-world:'

/** Percent-encodes what RFC 8141 (and the W3C validator's URN check) does not allow in a URN. */
function urnPart(text: string): string {
  return encodeURIComponent(text).replace(/[~]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`)
}

/**
 * An entry's id in one language's feeds: the document id, which never changes
 * when the entry is edited, plus the language, in every format.
 *
 * Why the language: the two language versions share the document id as their
 * key, but they are different texts. RFC 4287 (§4.2.6) makes an Atom id
 * universal, and entries with one id are one entry, so an aggregator merging
 * the English and Chinese feeds must not fold two translations into one. RSS
 * `guid` and JSON Feed `id` are only required to be unique within their feed,
 * but readers that key items by guid across subscriptions (Tiny Tiny RSS does)
 * would show one language's text in the other's feed. So every format carries
 * the same per-language id, and a reader moving between formats of one
 * language keeps what it has read. Filters never enter it: an entry is the
 * same item in the full feed and in a filtered one.
 */
export function entryId(documentId: string, language: LanguageId): string {
  return `${URN_PREFIX}${urnPart(documentId)}:${language}`
}

/**
 * A feed's id: its language and what it is filtered to. The limit is not part
 * of it: a shorter window on the same entries is the same feed.
 */
function feedId(language: LanguageId, filters: LinkFilters): string {
  const selectors = FILTER_NAMES
    .filter((name) => filters[name] !== undefined)
    .map((name) => `${name}=${urnPart(String(filters[name]))}`)
  return `${URN_PREFIX}feed:${language}${selectors.length ? `:${selectors.join(';')}` : ''}`
}

/** "city: Fort Worth; topic: Trade", in `language`; the city named as `namedBy` names it. */
function describeFilters(filters: LinkFilters, language: LanguageId, namedBy: Entry | undefined): string | null {
  const t = translator(language)
  const parts: string[] = []
  if (filters.city) parts.push(t('feed.filter.city', { value: namedBy?.city ?? filters.city }))
  if (filters.country) parts.push(t('feed.filter.country', { value: countryName(filters.country, language) }))
  if (filters.topic) parts.push(t('feed.filter.topic', { value: t(`topic.${filters.topic}`, { defaultValue: filters.topic }) }))
  if (filters.year) parts.push(t('feed.filter.year', { value: filters.year }))
  return parts.length ? parts.join(t('feed.filterSeparator')) : null
}

function feedText(text: string, fellBack: boolean, other: Language): FeedText {
  return { text, language: fellBack ? other.tag : null }
}

function toItem(entry: Entry, urls: SiteUrls): FeedItem {
  const other = languageById(entry.otherLanguage)
  const fellBack = new Set(entry.fellBack)
  // The feed date is publishedAt; an entry without one is dated by its agreement, then its last edit.
  const published = firstDate(entry.publishedAt, entry.date.start, entry.updatedAt) ?? new Date(NEVER)
  const updated = firstDate(entry.updatedAt) ?? published
  // A summary from the other language is left out when the body speaks the feed's own: readers show
  // the body, and the item stays in one language.
  const bodyInLanguage = entry.body.html !== '' && !fellBack.has('body')
  const summary =
    entry.summary === null || (fellBack.has('summary') && bodyInLanguage) ? null : feedText(entry.summary, fellBack.has('summary'), other)
  const content = entry.body.html === '' ? null : { ...feedText(entry.body.html, fellBack.has('body'), other), plainText: entry.body.text }
  return {
    id: entryId(entry.id, entry.language),
    title: entry.title,
    url: urls.entryPage(entry.slug, entry.language),
    alternate: { href: urls.entryPage(entry.slug, other.id), hreflang: other.tag },
    published: rfc3339(published),
    updated: rfc3339(updated),
    summary,
    content,
    categories: entry.topics.map((topic) => ({ term: topic.code, label: topic.label, scheme: urls.topicScheme() })),
    location: entry.location,
    // The item is marked as the other language when any text it shows came from there.
    language: content?.language ?? summary?.language ?? null,
  }
}

/**
 * Everything one feed says, in `language`, over `entries` (already filtered
 * and limited). `namedBy` is an entry that matches the city and country
 * filters, to name them in the feed's language (by default the first entry).
 */
export function buildFeed({
  language,
  entries,
  settings,
  filters,
  urls,
  namedBy = entries[0],
}: {
  language: LanguageId
  entries: readonly Entry[]
  settings: Settings
  filters: LinkFilters
  urls: SiteUrls
  namedBy?: Entry | undefined
}): Feed {
  const t = translator(language)
  const own = languageById(language)
  const other = languageById(otherLanguage(language))
  const fellBack = new Set(settings.fellBack)
  const filterText = describeFilters(filters, language, namedBy)
  const items = entries.map((entry) => toItem(entry, urls))
  return {
    language: own,
    otherLanguage: other,
    id: feedId(language, filters),
    title: feedText(
      filterText ? t('feed.filteredTitle', { title: settings.title, filters: filterText }) : settings.title,
      fellBack.has('title'),
      other,
    ),
    description: feedText(
      filterText ? t('feed.filteredDescription', { description: settings.description, filters: filterText }) : settings.description,
      fellBack.has('description'),
      other,
    ),
    publisher: feedText(settings.publisher, fellBack.has('publisher'), other),
    rights: settings.copyright === null ? null : feedText(settings.copyright, fellBack.has('copyright'), other),
    home: urls.home(language),
    otherHome: urls.home(other.id),
    self: urls.feeds(language, filters),
    alternate: urls.feeds(other.id, filters),
    updated: latestEdit([settings.updatedAt, ...items.map((item) => item.updated)]),
    items,
  }
}
