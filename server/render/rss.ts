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
import type { Feed, FeedItem } from '../feeds/feed'
import { FEED_MEDIA_TYPES } from '../feeds/formats'
import { renderXmlDocument, xml } from './xml'

const NAMESPACES = {
  'xmlns:atom': 'http://www.w3.org/2005/Atom',
  'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
  'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
  'xmlns:georss': 'http://www.georss.org/georss',
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/**
 * An RFC 3339 date-time as RFC 822 (RSS 2.0's dates, with a four-digit year as
 * RFC 2822 writes it), in the offset it is written in, so the day and hour are
 * the ones the feed model chose: `Fri, 01 Jan 2016 00:00:00 +0800`, and
 * `Sun, 01 Nov 2026 00:00:00 GMT` for UTC.
 */
export function rfc822(rfc3339: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2}:\d{2})(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/.exec(rfc3339)
  if (!match) return new Date(rfc3339).toUTCString()
  const [, year = '', month = '', day = '', time = '', offset = ''] = match
  const weekday = WEEKDAYS[calendarDayUtc(Number(year), Number(month), Number(day)).getUTCDay()]
  return `${weekday}, ${day} ${MONTHS[Number(month) - 1]} ${year} ${time} ${offset === 'Z' ? 'GMT' : offset.replace(':', '')}`
}

function renderItem(item: FeedItem, feed: Feed) {
  return xml(
    'item',
    null,
    xml('title', null, item.title),
    xml('link', null, item.url),
    xml('description', null, item.description),
    xml('content:encoded', null, item.content.text),
    xml('dc:creator', null, item.author.text),
    xml('guid', { isPermaLink: 'false' }, item.id),
    xml('pubDate', null, rfc822(item.published)),
    item.categories.map((category) => xml('category', { domain: feed.topicScheme }, category.label)),
    // RSS has no way to mark one element's language; Dublin Core says the item's main text is in the other one.
    item.language && xml('dc:language', null, item.language),
    item.location && xml('georss:point', null, `${item.location.lat} ${item.location.lng}`),
    item.translations.map((translation) =>
      xml('atom:link', { rel: 'related', type: 'text/html', hreflang: translation.hreflang, title: translation.title, href: translation.href }),
    ),
  )
}

/** The feed as an RSS 2.0 document. */
export function renderRss(feed: Feed): string {
  const { images } = feed
  return renderXmlDocument(
    xml(
      'rss',
      { version: '2.0', ...NAMESPACES },
      xml(
        'channel',
        null,
        xml('title', null, feed.title.text),
        xml('link', null, feed.home),
        xml('description', null, feed.description.text),
        xml('language', null, feed.language.rss),
        feed.rights && xml('copyright', null, feed.rights.text),
        xml('lastBuildDate', null, rfc822(feed.updated)),
        xml('docs', null, 'https://www.rssboard.org/rss-specification'),
        xml(
          'image',
          null,
          xml('url', null, images.rssImage.url),
          xml('title', null, feed.title.text),
          xml('link', null, feed.home),
          xml('width', null, String(images.rssImage.width)),
          xml('height', null, String(images.rssImage.height)),
        ),
        xml('dc:publisher', null, feed.publisher.text),
        xml('atom:link', { href: feed.self.rss, rel: 'self', type: FEED_MEDIA_TYPES.rss }),
        feed.hub && xml('atom:link', { href: feed.hub, rel: 'hub' }),
        feed.translations.flatMap((translation) => [
          xml('atom:link', { href: translation.feeds.rss, rel: 'related', type: FEED_MEDIA_TYPES.rss, hreflang: translation.hreflang, title: translation.title }),
          xml('atom:link', { href: translation.home, rel: 'related', type: 'text/html', hreflang: translation.hreflang, title: translation.title }),
        ]),
        feed.items.map((item) => renderItem(item, feed)),
      ),
    ),
  )
}
