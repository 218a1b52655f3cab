/**
 * RSS 2.0 (https://www.rssboard.org/rss-specification), following the RSS
 * Best Practices Profile (https://www.rssboard.org/rss-profile): `<language>`
 * as RFC 1766 (`zh-cn`; `zh-tw` for the Traditional edition, the list having
 * no script subtags), `atom:link rel="self"` (and `rel="hub"` with a WebSub
 * hub), a non-permalink `guid` that never changes, RFC 822 dates written in
 * the source's time zone, an `<image>`, topic categories labelled in the
 * feed's language, the publisher as each item's `dc:creator`, a `description`
 * and the body in `content:encoded` that open with the entry's dateline, and
 * the partner city as a GeoRSS point. A pure function of the neutral `Feed`.
 *
 * Each item and the channel have one link readers open, the RSS `<link>` to
 * the page in the feed's language. Each other language's page and feed are
 * an `atom:link rel="related"`, which newsboat and feedparser never take for it
 * (an `alternate` of type text/html they would: the last one wins).
 *
 * Written here rather than with the `feed` package (jpmonette/feed): its RSS
 * cannot declare the GeoRSS namespace (item extensions get no `xmlns`), names
 * item authors only as RSS `author` (`e-mail (name)`, and none without an
 * e-mail address) rather than `dc:creator`, writes `image` without its size,
 * drops the `rel="self"` link when given a hub, stamps `lastBuildDate` with
 * the current time unless told otherwise, writes every date in UTC
 * (`toUTCString`), so a Guiyang midnight becomes 16:00 the day before, and
 * writes editors' text in CDATA sections through xml-js, which splits only
 * the first `]]>` of a value, so a second one ends the section and breaks the feed.
 */
import { calendarDayUtc } from '../../schemas/lib/partial-date'
import { isRfc3339 } from '../feeds/dates'
import type { Feed, FeedItem } from '../feeds/feed'
import { FEED_MEDIA_TYPES } from '../feeds/formats'
import { relatedPageLink, WrittenAttributes, WrittenAttributesByKey, WrittenElements, XmlWriter } from './xml'

const NAMESPACES = {
  'xmlns:atom': 'http://www.w3.org/2005/Atom',
  'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
  'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
  'xmlns:georss': 'http://www.georss.org/georss',
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
/** Each month's term in Sakamoto's weekday formula. */
const MONTH_TERMS = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]

/**
 * The weekday (0 for Sunday) of a day in the proleptic Gregorian calendar, as
 * `calendarDayUtc(year, month, day).getUTCDay()` gives it (a day out of its month's range
 * rolls over alike), by Sakamoto's arithmetic rather than a `Date` for every item.
 */
function weekday(year: number, month: number, day: number): number {
  if (month < 1 || month > 12) return calendarDayUtc(year, month, day).getUTCDay()
  const y = month < 3 ? year - 1 : year
  return (((y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + MONTH_TERMS[month - 1]! + day) % 7) + 7) % 7
}

/**
 * An RFC 3339 date-time as RFC 822 (RSS 2.0's dates, with a four-digit year as
 * RFC 2822 writes it), in the offset it is written in, so the day and hour are
 * the ones the feed model chose: `Fri, 01 Jan 2016 00:00:00 +0800`, and
 * `Sun, 01 Nov 2026 00:00:00 GMT` for UTC.
 */
export function rfc822(rfc3339: string): string {
  if (!isRfc3339(rfc3339)) return new Date(rfc3339).toUTCString()
  // Read at fixed places (the shape is tested): cheaper than a match's array and groups.
  const year = rfc3339.slice(0, 4)
  const month = Number(rfc3339.slice(5, 7))
  const day = rfc3339.slice(8, 10)
  const offset = rfc3339.endsWith('Z') ? 'GMT' : `${rfc3339.slice(-6, -3)}${rfc3339.slice(-2)}`
  return `${WEEKDAYS[weekday(Number(year), month, Number(day))]}, ${day} ${MONTHS[month - 1]} ${year} ${rfc3339.slice(11, 19)} ${offset}`
}

const NOT_A_PERMALINK = new WrittenAttributes({ isPermaLink: 'false' })

/** What every item repeats, written once for the feed. */
interface ItemRepeats {
  /** Its creator: the publisher. */
  creator: WrittenElements
  /** Its categories, in the topic vocabulary. */
  categories: WrittenElements
  /** A link to another language's page, but for its `href`; by language. */
  related: WrittenAttributesByKey
}

function writeItem(writer: XmlWriter, item: FeedItem, written: ItemRepeats): void {
  writer
    .open('item')
    .text('title', item.title)
    .text('link', item.url)
    .cdata('description', item.description)
    .cdata('content:encoded', item.content.text)
    .repeated(written.creator, item.author.text)
    .text('guid', item.id, NOT_A_PERMALINK)
    .text('pubDate', rfc822(item.published))
  for (const category of item.categories) writer.repeated(written.categories, category.label)
  // RSS has no way to mark one element's language; Dublin Core says the item's main text is in the other one.
  if (item.language) writer.text('dc:language', item.language)
  if (item.location) writer.text('georss:point', `${item.location.lat} ${item.location.lng}`)
  for (const translation of item.translations) writer.empty('atom:link', relatedPageLink(written.related, translation))
  writer.close()
}

/** The feed as an RSS 2.0 document. */
export function renderRss(feed: Feed): string {
  const { images } = feed
  const writer = new XmlWriter()
    .open('rss', { version: '2.0', ...NAMESPACES })
    .open('channel')
    .text('title', feed.title.text)
    .text('link', feed.home)
    .text('description', feed.description.text)
    .text('language', feed.language.rss)
  if (feed.rights) writer.text('copyright', feed.rights.text)
  writer
    .text('lastBuildDate', rfc822(feed.updated))
    .text('docs', 'https://www.rssboard.org/rss-specification')
    .open('image')
    .text('url', images.rssImage.url)
    .text('title', feed.title.text)
    .text('link', feed.home)
    .text('width', String(images.rssImage.width))
    .text('height', String(images.rssImage.height))
    .close()
    .text('dc:publisher', feed.publisher.text)
    .empty('atom:link', { href: feed.self.rss, rel: 'self', type: FEED_MEDIA_TYPES.rss })
  if (feed.hub) writer.empty('atom:link', { href: feed.hub, rel: 'hub' })
  for (const translation of feed.translations) {
    writer
      .empty('atom:link', { href: translation.feeds.rss, rel: 'related', type: FEED_MEDIA_TYPES.rss, hreflang: translation.hreflang, title: translation.title })
      .empty('atom:link', { href: translation.home, rel: 'related', type: 'text/html', hreflang: translation.hreflang, title: translation.title })
  }
  const written: ItemRepeats = {
    creator: new WrittenElements('dc:creator'),
    categories: new WrittenElements('category', { domain: feed.topicScheme }),
    related: new WrittenAttributesByKey(),
  }
  for (const item of feed.items) writeItem(writer, item, written)
  return writer.close().close().document()
}
