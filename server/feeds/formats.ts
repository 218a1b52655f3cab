/**
 * The feed formats the Worker serves, with their registered media types:
 * RSS 2.0 (https://www.rssboard.org/rss-specification), Atom 1.0 (RFC 4287)
 * and JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/).
 */
import type { FeedFormat } from '../../schemas/lib/site-urls'

export const FEED_MEDIA_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
}

/** Format names as readers know them; the same in every language. */
export const FEED_FORMAT_NAMES: Record<FeedFormat, string> = {
  rss: 'RSS 2.0',
  atom: 'Atom 1.0',
  json: 'JSON Feed 1.1',
}
