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
import { relatedPageLink, WrittenAttributes, WrittenAttributesByKey, XmlWriter } from './xml'

/** A text construct's `type`, written once: what it needs when its text is in the feed's language. */
const TYPE = { text: new WrittenAttributes({ type: 'text' }), html: new WrittenAttributes({ type: 'html' }) }

/** A text construct (RFC 4287 §3.1), saying its language when it is not the feed's. */
function writeText(writer: XmlWriter, name: string, text: FeedText, type: 'text' | 'html' = 'text'): void {
  const attributes = text.language === null ? TYPE[type] : { type, 'xml:lang': text.language }
  // HTML as a CDATA section (see xml.ts): read as the same text, without escaping every tag.
  if (type === 'html') writer.cdata(name, text.text, attributes)
  else writer.text(name, text.text, attributes)
}

/** A person construct (§3.2): the publisher, with the site's page. */
function writeAuthor(writer: XmlWriter, publisher: FeedText, home: string): void {
  writer.open('author', publisher.language === null ? undefined : { 'xml:lang': publisher.language }).text('name', publisher.text).text('uri', home).close()
}

/** The attributes every entry repeats, written once for the feed. */
interface EntryAttributes {
  /** The entry's page in the feed's language, but for its `href`. */
  alternate: WrittenAttributes
  /** A link to another language's page, but for its `href`; by language. */
  related: WrittenAttributesByKey
  /** A category, by label. */
  categories: WrittenAttributesByKey
}

function writeEntry(writer: XmlWriter, item: FeedItem, feed: Feed, written: EntryAttributes): void {
  writer
    .open('entry')
    .text('id', item.id)
    .text('title', item.title, TYPE.text)
    .empty('link', written.alternate.and({ href: item.url }))
  for (const translation of item.translations) writer.empty('link', relatedPageLink(written.related, translation))
  writer.text('published', item.published).text('updated', item.updated)
  writeAuthor(writer, item.author, feed.site)
  for (const category of item.categories) writer.empty('category', written.categories.get(category.label, { term: category.label, scheme: feed.topicScheme }))
  if (item.summary) writeText(writer, 'summary', item.summary)
  writeText(writer, 'content', item.content, 'html')
  if (item.location) writer.text('georss:point', `${item.location.lat} ${item.location.lng}`)
  writer.close()
}

/** The feed as an Atom 1.0 document. */
export function renderAtom(feed: Feed): string {
  const writer = new XmlWriter()
    .open('feed', { xmlns: 'http://www.w3.org/2005/Atom', 'xmlns:georss': 'http://www.georss.org/georss', 'xml:lang': feed.language.tag })
    .text('id', feed.id)
  writeText(writer, 'title', feed.title)
  writeText(writer, 'subtitle', feed.description)
  writer.text('updated', feed.updated)
  writeAuthor(writer, feed.publisher, feed.site)
  if (feed.rights) writeText(writer, 'rights', feed.rights)
  writer
    .text('icon', feed.images.icon)
    .text('logo', feed.images.logo.url)
    .empty('link', { rel: 'alternate', type: 'text/html', hreflang: feed.language.tag, href: feed.home })
    .empty('link', { rel: 'self', type: FEED_MEDIA_TYPES.atom, href: feed.self.atom })
  if (feed.hub) writer.empty('link', { rel: 'hub', href: feed.hub })
  for (const translation of feed.translations) {
    writer
      .empty('link', { rel: 'related', type: 'text/html', hreflang: translation.hreflang, title: translation.title, href: translation.home })
      .empty('link', { rel: 'related', type: FEED_MEDIA_TYPES.atom, hreflang: translation.hreflang, title: translation.title, href: translation.feeds.atom })
  }
  const written: EntryAttributes = {
    alternate: new WrittenAttributes({ rel: 'alternate', type: 'text/html', hreflang: feed.language.tag }),
    related: new WrittenAttributesByKey(),
    categories: new WrittenAttributesByKey(),
  }
  for (const item of feed.items) writeEntry(writer, item, feed, written)
  return writer.close().document()
}
