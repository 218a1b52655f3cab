/**
 * OPML 2.0 (http://opml.org/spec2.opml), the subscription list readers
 * import: every feed as an outline of type `rss` (the OPML convention for any
 * feed format) with `xmlUrl`, `htmlUrl`, `title` and `language`, grouped by
 * language. A pure function of the neutral `FeedList`.
 */
import type { FeedList } from '../feeds/feed-list'
import { renderXmlDocument, xml } from './xml'

/** The feed list as an OPML 2.0 document. */
export function renderOpml(list: FeedList): string {
  return renderXmlDocument(
    xml(
      'opml',
      { version: '2.0' },
      xml(
        'head',
        null,
        xml('title', null, list.title),
        xml('dateModified', null, new Date(list.updated).toUTCString()),
        xml('ownerName', null, list.owner),
      ),
      xml(
        'body',
        null,
        list.groups.map(({ language, home, links }) =>
          xml(
            'outline',
            { text: language.nativeTitle },
            links.map((link) =>
              xml('outline', {
                type: 'rss',
                text: link.title,
                title: link.title,
                xmlUrl: link.href,
                htmlUrl: home,
                // Each feed's own language element: RSS's is RFC 1766 (`zh-cn`), Atom's and JSON Feed's BCP 47.
                language: link.format === 'rss' ? language.rss : language.tag,
                // OPML knows only RSS versions; the other formats go without.
                version: link.format === 'rss' ? 'RSS2' : undefined,
              }),
            ),
          ),
        ),
      ),
    ),
  )
}
