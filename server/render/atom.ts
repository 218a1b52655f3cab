/**
 * Atom 1.0 (RFC 4287, https://www.rfc-editor.org/rfc/rfc4287): `xml:lang` on
 * the feed and on each element whose text fell back to the other language,
 * `updated` from real edit times, `rel="self"`, feed- and entry-level
 * `rel="alternate"` links with `hreflang` to the other language, categories
 * with a scheme and a localized label, the publisher as author, rights, and
 * the partner city as a GeoRSS point. A pure function of the neutral `Feed`.
 *
 * Written here rather than with the `feed` package (jpmonette/feed): its Atom
 * has no `xml:lang` and no `hreflang` on links, allows one alternate link per
 * entry, sets `updated` to the current time unless told otherwise, cannot
 * declare the GeoRSS namespace, and writes text in CDATA through xml-js, which
 * splits only the first `]]>` of a value.
 */
import type { Feed, FeedItem, FeedText } from '../feeds/feed'
import { FEED_MEDIA_TYPES } from '../feeds/formats'
import { renderXmlDocument, xml } from './xml'

/** A text construct (RFC 4287 §3.1), saying its language when it is not the feed's. */
function textConstruct(name: string, text: FeedText, type: 'text' | 'html' = 'text') {
  return xml(name, { type, 'xml:lang': text.language }, text.text)
}

function renderEntry(item: FeedItem, feed: Feed) {
  return xml(
    'entry',
    null,
    xml('id', null, item.id),
    xml('title', { type: 'text' }, item.title),
    xml('link', { rel: 'alternate', type: 'text/html', hreflang: feed.language.tag, href: item.url }),
    xml('link', { rel: 'alternate', type: 'text/html', hreflang: item.alternate.hreflang, href: item.alternate.href }),
    xml('published', null, item.published),
    xml('updated', null, item.updated),
    item.categories.map((category) => xml('category', { term: category.term, scheme: category.scheme, label: category.label })),
    item.summary && textConstruct('summary', item.summary),
    item.content && textConstruct('content', item.content, 'html'),
    item.location && xml('georss:point', null, `${item.location.lat} ${item.location.lng}`),
  )
}

/** The feed as an Atom 1.0 document. */
export function renderAtom(feed: Feed): string {
  return renderXmlDocument(
    xml(
      'feed',
      { xmlns: 'http://www.w3.org/2005/Atom', 'xmlns:georss': 'http://www.georss.org/georss', 'xml:lang': feed.language.tag },
      xml('id', null, feed.id),
      textConstruct('title', feed.title),
      textConstruct('subtitle', feed.description),
      xml('updated', null, feed.updated),
      xml('author', { 'xml:lang': feed.publisher.language }, xml('name', null, feed.publisher.text), xml('uri', null, feed.home)),
      feed.rights && textConstruct('rights', feed.rights),
      // The home page first: some readers take the first link as the site's.
      xml('link', { rel: 'alternate', type: 'text/html', hreflang: feed.language.tag, href: feed.home }),
      xml('link', { rel: 'self', type: FEED_MEDIA_TYPES.atom, href: feed.self.atom }),
      xml('link', { rel: 'alternate', type: 'text/html', hreflang: feed.otherLanguage.tag, href: feed.otherHome }),
      xml('link', { rel: 'alternate', type: FEED_MEDIA_TYPES.atom, hreflang: feed.otherLanguage.tag, href: feed.alternate.atom }),
      feed.items.map((item) => renderEntry(item, feed)),
    ),
  )
}
