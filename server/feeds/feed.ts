/**
 * The neutral feed: one language's entries with the site settings, resolved
 * once into everything a feed says (ids, titles, links, dates, categories,
 * which text fell back to the other language), so that the RSS, Atom and JSON
 * Feed renderers only choose syntax and stay comparable.
 *
 * Nothing here reads the clock: every date comes from the content, so the same
 * content always gives the same feed, byte for byte.
 *
 * What real readers do with it decides its shape. Readers take an item's (and
 * a feed's) `alternate` link for the article, and newsboat and feedparser take
 * the last one, of any type in newsboat's Atom: so each item and feed has one,
 * its own language's page, and every other language is one of `translations`,
 * which renderers write under a relation readers never open as the article
 * (`related`). The Traditional edition's text is the Simplified converted, so
 * it is in its own language: only what fell back to English is marked.
 */
import { escapeHTML } from '@portabletext/to-html'
import { fallbackLanguage, isConverted, LANGUAGE_IDS, languageById, translationsOf, type Language, type LanguageId } from '../../schemas/languages'
import { FILTER_NAMES, LOGO_SIZE, type FeedFormat, type IconSize, type LinkFilters, type SiteUrls } from '../../schemas/lib/site-urls'
import { countryName } from '../../schemas/lib/country-name'
import { translator } from '../i18n'
import type { Entry } from '../model/entry'
import type { Settings } from '../model/settings'
import { editedAfterPublication, firstDate, latestEdit, NEVER, rfc3339 } from './dates'

/** Text, and the BCP 47 tag of its language when that is not the feed's (it fell back). */
export interface FeedText {
  text: string
  language: string | null
}

/** A link to another language's version, titled with that language's own name ("简体中文", "English"). */
export interface Translation {
  href: string
  /** BCP 47 tag: `zh-Hans`. */
  hreflang: string
  title: string
}

/** A topic: its code (the API's `topic` filter) and its label in the feed's language, which readers show. */
export interface FeedCategory {
  code: string
  label: string
}

export interface FeedItem {
  /** Never changes when the entry is edited; see `entryId`. */
  id: string
  title: string
  /** The entry's page in the feed's language: the one `alternate` link. */
  url: string
  /** The entry's page in each other language. */
  translations: Translation[]
  /** The entry's own date as the source gives it (`2016`, `2018-12`, `1992-08-17`) and as the feed's language says it. */
  date: { value: string; display: string }
  /**
   * RFC 3339: the first moment of the entry's date in the source's time zone
   * (`2016-01-01T00:00:00+08:00`), never finer than the source; only a
   * malformed date falls back to `publishedAt`, in UTC.
   */
  published: string
  /** RFC 3339: when the entry was edited after it was published (UTC), else `published`. */
  updated: string
  /** The publisher, from the settings. */
  author: FeedText
  /** The plain-text summary; left out when it fell back and the body did not. */
  summary: FeedText | null
  /**
   * HTML, as readers show the item: the dateline (the date at its precision, in
   * the feed's language), then the sanitized body, or without one the summary.
   * `language` is the body's (or summary's) when it fell back.
   */
  content: FeedText
  /** HTML: the dateline and the summary; the content when there is no summary. RSS `description`. */
  description: string
  categories: FeedCategory[]
  location: { lat: number; lng: number } | null
  /** The language of the item's main text when it is not the feed's: JSON Feed's item `language`. */
  language: string | null
}

export interface Feed {
  language: Language
  /** Never changes; says which language and filters this feed is. */
  id: string
  title: FeedText
  description: FeedText
  publisher: FeedText
  rights: FeedText | null
  /** The site's page of the same entries (same language and filters): the one `alternate` text/html link. */
  home: string
  /** The site's home page in this language, unfiltered: the publisher's address. */
  site: string
  /** This feed (same language and filters) in each format: the self links. */
  self: Record<FeedFormat, string>
  /** A WebSub hub to name as `rel="hub"`, or `null`. */
  hub: string | null
  /** The same page and feeds (same filters) in each other language. */
  translations: { hreflang: string; title: string; home: string; feeds: Record<FeedFormat, string> }[]
  /** The site's images: the square icon at 64 and 512 pixels, the one RSS `image` takes (≤ 144 wide), and the 2:1 logo. */
  images: {
    icon: string
    largeIcon: string
    rssImage: { url: string; width: number; height: number }
    logo: { url: string; width: number; height: number }
  }
  /** Names the topic vocabulary in the feed's language: Atom category `scheme`, RSS category `domain`. */
  topicScheme: string
  /** The page that describes our JSON Feed extension, in the feed's language (its `about`). */
  extensionDescription: string
  /** RFC 3339: the latest of the items' `updated` and the settings' last edit. */
  updated: string
  items: FeedItem[]
}

/** A URN namespace of our own: ids that do not depend on where the site is hosted. */
const URN_PREFIX = 'urn:meeting-the-world:'

/** What `encodeURIComponent` leaves as it is, but `~`: such text is its own URN part. */
const URN_SAFE = /^[\w.!*'()-]*$/

/** Percent-encodes what RFC 8141 (and the W3C validator's URN check) does not allow in a URN. */
function urnPart(text: string): string {
  return URN_SAFE.test(text) ? text : encodeURIComponent(text).replaceAll('~', '%7E')
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

/** RSS 2.0 takes an `image` at most 144 pixels wide: the largest icon that fits. */
const RSS_IMAGE_SIZE = 144 satisfies IconSize

/** The topic vocabulary as labelled in `language`: `urn:meeting-the-world:topics:zh`. */
function topicScheme(language: LanguageId): string {
  return `${URN_PREFIX}topics:${language}`
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

/**
 * The country filter's value as `language` names it: as the entry that matches it does (its name
 * converted for the Traditional edition), else from the written language; a converted language
 * with no entry to name it shows the code rather than a name in the other script.
 */
function countryLabel(code: string, language: LanguageId, namedBy: Entry | undefined): string {
  if (namedBy?.country?.code === code) return namedBy.country.name
  return isConverted(language) ? code : countryName(code, languageById(language).writtenIn)
}

/** "city: Fort Worth; topic: Trade", in `language`; the city and country named as `namedBy` names them. */
function describeFilters(filters: LinkFilters, language: LanguageId, namedBy: Entry | undefined): string | null {
  const t = translator(language)
  const parts: string[] = []
  if (filters.city) parts.push(t('feed.filter.city', { value: namedBy?.city ?? filters.city }))
  if (filters.country) parts.push(t('feed.filter.country', { value: countryLabel(filters.country, language, namedBy) }))
  if (filters.topic) parts.push(t('feed.filter.topic', { value: t(`topic.${filters.topic}`, { defaultValue: filters.topic }) }))
  if (filters.year) parts.push(t('feed.filter.year', { value: filters.year }))
  return parts.length ? parts.join(t('feed.filterSeparator')) : null
}

/** What `escapeHTML` changes: the characters it escapes and runs of spaces. */
const ESCAPED_BY_HTML = /[&<>"']| {2}/

/** `escapeHTML`, skipped for the common text it would leave as it is (each feed item has three). */
function htmlEscaped(text: string): string {
  return ESCAPED_BY_HTML.test(text) ? escapeHTML(text) : text
}

function feedText(text: string, fellBack: boolean, other: Language): FeedText {
  return { text, language: fellBack ? other.tag : null }
}

/** The entry's date as a dateline shows it: at its precision, in a `<time>` that carries the partial date itself. */
function datelineDate(entry: Entry): string {
  const display = htmlEscaped(entry.date.display)
  return entry.date.precision ? `<time datetime="${htmlEscaped(entry.date.value)}">${display}</time>` : display
}

/**
 * The dateline: the entry's date (`datelineDate`) as a paragraph, `lang` on it when the text it
 * heads is in the other language.
 */
function dateline(entry: Entry, date: string, textLanguage: string | null): string {
  return textLanguage ? `<p lang="${languageById(entry.language).tag}">${date}</p>` : `<p>${date}</p>`
}

/** Each language's translations (`translationsOf`), listed once rather than for every item. */
const TRANSLATIONS = new Map(LANGUAGE_IDS.map((id) => [id, translationsOf(id)]))

/** The entry's page in each other language. */
function translationLinks(entry: Entry, urls: SiteUrls): Translation[] {
  const links: Translation[] = []
  for (const translation of TRANSLATIONS.get(entry.language)!) {
    links.push({ href: urls.entryPage(entry.slug, translation.id), hreflang: translation.tag, title: translation.nativeTitle })
  }
  return links
}

function toItem(entry: Entry, publisher: FeedText, urls: SiteUrls): FeedItem {
  const other = languageById(entry.fallbackLanguage)
  const summaryFellBack = entry.fellBack.includes('summary')
  const bodyFellBack = entry.fellBack.includes('body')
  const hasBody = entry.body.html !== ''
  // The entry's own date, at its precision; only a malformed one is dated by when it was published here.
  const published = entry.date.start ?? rfc3339(firstDate(entry.publishedAt, entry.createdAt) ?? new Date(NEVER))
  // A summary from the other language is left out when the body speaks the feed's own: readers show
  // the body, and the item stays in one language.
  const summary =
    entry.summary === null || (summaryFellBack && hasBody && !bodyFellBack) ? null : feedText(entry.summary, summaryFellBack, other)
  const summaryHtml = summary ? `<p>${htmlEscaped(summary.text)}</p>` : ''
  // The text readers show: the body, or without one the summary; marked with its language when it fell back.
  const shownLanguage = hasBody ? (bodyFellBack ? other.tag : null) : (summary?.language ?? null)
  const date = datelineDate(entry)
  const content = { text: dateline(entry, date, shownLanguage) + (hasBody ? entry.body.html : summaryHtml), language: shownLanguage }
  return {
    id: entryId(entry.id, entry.language),
    title: entry.title,
    url: urls.entryPage(entry.slug, entry.language),
    translations: translationLinks(entry, urls),
    date: { value: entry.date.value, display: entry.date.display },
    published,
    updated: editedAfterPublication(entry) ?? published,
    author: publisher,
    summary,
    content,
    description: summary ? dateline(entry, date, summary.language) + summaryHtml : content.text,
    // The entry's topics are what a category is, code and label: shared, not copied.
    categories: entry.topics,
    location: entry.location,
    // The item is marked as the other language when the text it shows came from there.
    language: shownLanguage,
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
  hub = null,
}: {
  language: LanguageId
  entries: readonly Entry[]
  settings: Settings
  filters: LinkFilters
  urls: SiteUrls
  namedBy?: Entry | undefined
  /** A WebSub hub the feed names (`WEBSUB_HUB`), if any. */
  hub?: string | null
}): Feed {
  const t = translator(language)
  const own = languageById(language)
  const other = languageById(fallbackLanguage(language))
  const fellBack = new Set(settings.fellBack)
  const filterText = describeFilters(filters, language, namedBy)
  const publisher = feedText(settings.publisher, fellBack.has('publisher'), other)
  const items = entries.map((entry) => toItem(entry, publisher, urls))
  // Pages show every entry that matches; a limit is the feed's own window, not the page's.
  const { limit: _limit, ...selectors } = filters
  const rssImage = { url: urls.icon(RSS_IMAGE_SIZE), width: RSS_IMAGE_SIZE, height: RSS_IMAGE_SIZE }
  return {
    language: own,
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
    publisher,
    rights: settings.copyright === null ? null : feedText(settings.copyright, fellBack.has('copyright'), other),
    home: urls.home(language, selectors),
    site: urls.home(language),
    self: urls.feeds(language, filters),
    hub: hub || null,
    translations: translationsOf(language).map((translation) => ({
      hreflang: translation.tag,
      title: translation.nativeTitle,
      home: urls.home(translation.id, selectors),
      feeds: urls.feeds(translation.id, filters),
    })),
    images: { icon: urls.icon(64), largeIcon: urls.icon(512), rssImage, logo: { url: urls.logo(), ...LOGO_SIZE } },
    topicScheme: topicScheme(language),
    extensionDescription: urls.jsonFeedExtension(language),
    updated: latestEdit([settings.updatedAt, ...items.map((item) => item.updated)]),
    items,
  }
}
