/**
 * RSS 2.0 (https://www.rssboard.org/rss-specification), following the RSS
 * Best Practices Profile (https://www.rssboard.org/rss-profile): `<language>`
 * as RFC 1766 (`zh-cn`), `atom:link rel="self"`, a non-permalink `guid` that
 * never changes, RFC 822 dates, localized topic categories, the body in
 * `content:encoded` after a `description`, and the partner city as a GeoRSS
 * point. A pure function of the neutral `Feed`.
 *
 * Written here rather than with the `feed` package (jpmonette/feed): its RSS
 * cannot declare the GeoRSS namespace (item extensions get no `xmlns`), stamps
 * `lastBuildDate` with the current time unless told otherwise, and writes
 * editors' text in CDATA sections through xml-js, which splits only the first
 * `]]>` of a value, so a second one ends the section and breaks the feed.
 */
import { escapeHTML } from '@portabletext/to-html'
import type { Feed, FeedItem } from '../feeds/feed'
import { FEED_MEDIA_TYPES } from '../feeds/formats'
import { renderXmlDocument, xml } from './xml'

const NAMESPACES = {
  'xmlns:atom': 'http://www.w3.org/2005/Atom',
  'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
  'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
  'xmlns:georss': 'http://www.georss.org/georss',
}

/** RFC 822 date-time, as RSS 2.0 requires: `Sat, 01 Dec 2018 01:00:00 GMT`. */
function rfc822(rfc3339: string): string {
  return new Date(rfc3339).toUTCString()
}

function renderItem(item: FeedItem, feed: Feed) {
  // `description` is HTML in RSS: the plain-text summary is escaped as HTML first.
  const description = item.summary ? escapeHTML(item.summary.text) : (item.content?.text ?? '')
  return xml(
    'item',
    null,
    xml('title', null, item.title),
    xml('link', null, item.url),
    xml('description', null, description),
    item.content && xml('content:encoded', null, item.content.text),
    xml('guid', { isPermaLink: 'false' }, item.id),
    xml('pubDate', null, rfc822(item.published)),
    item.categories.map((category) => xml('category', { domain: category.scheme }, category.label)),
    // RSS has no way to mark one element's language; Dublin Core says the item's main text is in the other one.
    item.language && xml('dc:language', null, item.language),
    item.location && xml('georss:point', null, `${item.location.lat} ${item.location.lng}`),
    xml('atom:link', { rel: 'alternate', type: 'text/html', hreflang: feed.language.tag, href: item.url }),
    xml('atom:link', { rel: 'alternate', type: 'text/html', hreflang: item.alternate.hreflang, href: item.alternate.href }),
  )
}

/** The feed as an RSS 2.0 document. */
export function renderRss(feed: Feed): string {
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
        xml('dc:publisher', null, feed.publisher.text),
        xml('atom:link', { href: feed.self.rss, rel: 'self', type: FEED_MEDIA_TYPES.rss }),
        xml('atom:link', { href: feed.alternate.rss, rel: 'alternate', type: FEED_MEDIA_TYPES.rss, hreflang: feed.otherLanguage.tag }),
        xml('atom:link', { href: feed.otherHome, rel: 'alternate', type: 'text/html', hreflang: feed.otherLanguage.tag }),
        feed.items.map((item) => renderItem(item, feed)),
      ),
    ),
  )
}
