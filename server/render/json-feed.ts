/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): `language` on the
 * feed and on each item whose main text fell back to the other language,
 * `authors`, `feed_url`, `home_page_url`, sanitized HTML content. A pure
 * function of the neutral `Feed`.
 *
 * Written here rather than with the `feed` package (jpmonette/feed), whose
 * JSON output is JSON Feed 1.0: a single `author`, no `authors`, no
 * `language`, and `version` https://jsonfeed.org/version/1.
 */
import type { Feed, FeedItem } from '../feeds/feed'

function renderItem(item: FeedItem) {
  return {
    id: item.id,
    url: item.url,
    title: item.title,
    // One of content_html and content_text is required; an entry without a body still says something.
    ...(item.content ? { content_html: item.content.text } : { content_text: item.summary?.text ?? item.title }),
    ...(item.summary && { summary: item.summary.text }),
    date_published: item.published,
    date_modified: item.updated,
    ...(item.categories.length > 0 && { tags: item.categories.map((category) => category.label) }),
    ...(item.language && { language: item.language }),
  }
}

/** The feed as a JSON Feed 1.1 document. */
export function renderJsonFeed(feed: Feed): string {
  const document = {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title.text,
    home_page_url: feed.home,
    feed_url: feed.self.json,
    description: feed.description.text,
    authors: [{ name: feed.publisher.text, url: feed.home }],
    language: feed.language.tag,
    items: feed.items.map(renderItem),
  }
  return `${JSON.stringify(document, null, 2)}\n`
}
