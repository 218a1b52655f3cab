/**
 * OPML 2.0 (http://opml.org/spec2.opml), the subscription list readers
 * import: one outline per feed, with `text`, `title`, `xmlUrl`, `htmlUrl` and
 * `language`. A pure function of the neutral `FeedList`.
 */
import type { FeedFormat } from '../../schemas/lib/site-urls'
import type { FeedList } from '../feeds/feed-list'
import { XmlWriter } from './xml'

/**
 * Each format's outline `type`. OPML 2.0 names a feed of a subscription list
 * `type="rss"`, and by convention that means any XML feed, RSS or Atom; readers
 * that honour the type (Liferea, selfoss) then parse XML. A JSON Feed is never
 * `rss`: its own type, `json`, keeps those readers from subscribing to what
 * they cannot read, while readers that support JSON Feed (NetNewsWire, Feedbin)
 * subscribe to any outline with an `xmlUrl` and tell the format by its content.
 */
const OUTLINE_TYPES: Record<FeedFormat, string> = { rss: 'rss', atom: 'rss', json: 'json' }

/** OPML's `version` values name RSS versions only; other formats go without. */
const OUTLINE_VERSIONS: Partial<Record<FeedFormat, string>> = { rss: 'RSS2' }

/** The feed list as an OPML 2.0 document. */
export function renderOpml(list: FeedList): string {
  const writer = new XmlWriter()
    .open('opml', { version: '2.0' })
    .open('head')
    .text('title', list.title)
    .text('dateModified', new Date(list.updated).toUTCString())
    .text('ownerName', list.owner)
    .text('docs', 'http://opml.org/spec2.opml')
    .close()
    .open('body')
  for (const feed of list.feeds) {
    writer.empty('outline', {
      type: OUTLINE_TYPES[feed.format],
      text: feed.title,
      title: feed.title,
      xmlUrl: feed.href,
      htmlUrl: feed.home,
      // The feed's own language element: RSS's is RFC 1766 (`zh-cn`), Atom's and JSON Feed's BCP 47.
      language: feed.format === 'rss' ? feed.language.rss : feed.language.tag,
      version: OUTLINE_VERSIONS[feed.format],
    })
  }
  return writer.close().close().document()
}
