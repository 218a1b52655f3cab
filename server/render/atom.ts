/**
 * Atom 1.0 (RFC 4287, https://www.rfc-editor.org/rfc/rfc4287): `xml:lang` on
 * the feed and on each element whose text fell back to another language;
 * `published` as the entry's own date at its first moment in the source's time
 * zone and `updated` moved only by a real edit; `rel="self"` (and `rel="hub"`
 * with a WebSub hub); categories whose `term` is the label in the feed's
 * language (what readers show), in a `scheme` naming that vocabulary; the
 * publisher as the feed's and each entry's author; `icon` and `logo`; rights;
 * content that opens with the entry's dateline; and the partner city as a
 * GeoRSS point. A pure function of the neutral `Feed`.
 *
 * One `rel="alternate"` link per feed and entry, to the page in the feed's
 * language: newsboat takes the last `alternate` of any type, feedparser the
 * last of type text/html, so each other language's page and feed are one
 * `rel="related"` each, with `hreflang` and the language's name as `title`.
 *
 * Written here rather than with the `feed` package (jpmonette/feed): its Atom
 * puts `xml:lang` only on the feed and on whole entries (never on the one
 * element that fell back), gives an entry one link with no `rel`, `type` or
 * `hreflang` (so no `related` translation), writes every date in UTC
 * (`toISOString`) and the feed's `updated` as the current time unless told
 * otherwise, cannot declare the GeoRSS namespace, and writes text in CDATA
 * through xml-js, which splits only the first `]]>` of a value.
 */
import type { Feed, FeedItem, FeedText } from '../feeds/feed'
import { FEED_MEDIA_TYPES } from '../feeds/formats'
import { renderXmlDocument, xml } from './xml'

/** A text construct (RFC 4287 §3.1), saying its language when it is not the feed's. */
function textConstruct(name: string, text: FeedText, type: 'text' | 'html' = 'text') {
  return xml(name, { type, 'xml:lang': text.language }, text.text)
}

/** A person construct (§3.2): the publisher, with the site's page. */
function author(publisher: FeedText, home: string) {
  return xml('author', { 'xml:lang': publisher.language }, xml('name', null, publisher.text), xml('uri', null, home))
}

function renderEntry(item: FeedItem, feed: Feed) {
  return xml(
    'entry',
    null,
    xml('id', null, item.id),
    xml('title', { type: 'text' }, item.title),
    xml('link', { rel: 'alternate', type: 'text/html', hreflang: feed.language.tag, href: item.url }),
    item.translations.map((translation) =>
      xml('link', { rel: 'related', type: 'text/html', hreflang: translation.hreflang, title: translation.title, href: translation.href }),
    ),
    xml('published', null, item.published),
    xml('updated', null, item.updated),
    author(item.author, feed.site),
    item.categories.map((category) => xml('category', { term: category.label, scheme: feed.topicScheme })),
    item.summary && textConstruct('summary', item.summary),
    textConstruct('content', item.content, 'html'),
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
      author(feed.publisher, feed.site),
      feed.rights && textConstruct('rights', feed.rights),
      xml('icon', null, feed.images.icon),
      xml('logo', null, feed.images.logo.url),
      xml('link', { rel: 'alternate', type: 'text/html', hreflang: feed.language.tag, href: feed.home }),
      xml('link', { rel: 'self', type: FEED_MEDIA_TYPES.atom, href: feed.self.atom }),
      feed.hub && xml('link', { rel: 'hub', href: feed.hub }),
      feed.translations.flatMap((translation) => [
        xml('link', { rel: 'related', type: 'text/html', hreflang: translation.hreflang, title: translation.title, href: translation.home }),
        xml('link', { rel: 'related', type: FEED_MEDIA_TYPES.atom, hreflang: translation.hreflang, title: translation.title, href: translation.feeds.atom }),
      ]),
      feed.items.map((item) => renderEntry(item, feed)),
    ),
  )
}
