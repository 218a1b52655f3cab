/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): `language` on the
 * feed and on each item whose main text fell back to the other language;
 * `icon` (512 × 512) and `favicon` (64 × 64); the publisher as the feed's and
 * each item's `authors`; `hubs` with a WebSub hub; `feed_url`,
 * `home_page_url`; `date_published` as the entry's own date at its first
 * moment in the source's time zone, `date_modified` moved only by a real edit;
 * `tags` labelled in the feed's language; sanitized HTML content that opens
 * with the entry's dateline. A pure function of the neutral `Feed`.
 *
 * JSON Feed has one link per item (`url`) and per feed (`home_page_url`), the
 * page in the feed's language. What it has no field for is in our extension
 * `_meeting_the_world` (keys that start with `_` are extensions, which readers
 * ignore): on the feed, `about` (the page that describes it, as JSON Feed
 * asks of an extension on its first use) and the other language's
 * `home_page_url` and `feed_url`;
 * on each item, the entry's own `date` as the source gives it (`2018-12`), its
 * topic codes (the API's `topic` values) and the other language's page, as
 * `translation: {language, title, url}`. The README (*Feeds*) and that page
 * (render/pages/json-feed-extension.tsx) document it.
 *
 * Written here rather than with the `feed` package (jpmonette/feed), whose
 * JSON Feed (declared 1.1 in its recent versions, 1.0 before) writes 1.0's
 * single `author` rather than `authors` (one per item, however many it is
 * given), has no `favicon` and no `hubs`, and writes every date in UTC
 * (`toISOString`).
 */
import type { Feed, FeedItem } from '../feeds/feed'

/** The extension's key, on the feed and on each item. */
export const JSON_FEED_EXTENSION = '_meeting_the_world'

function renderItem(item: FeedItem, feed: Feed) {
  return {
    id: item.id,
    url: item.url,
    title: item.title,
    content_html: item.content.text,
    ...(item.summary && { summary: item.summary.text }),
    date_published: item.published,
    date_modified: item.updated,
    authors: [{ name: item.author.text, url: feed.site }],
    ...(item.categories.length > 0 && { tags: item.categories.map((category) => category.label) }),
    ...(item.language && { language: item.language }),
    [JSON_FEED_EXTENSION]: {
      date: item.date.value,
      topics: item.categories.map((category) => category.code),
      translation: { language: item.translation.hreflang, title: item.translation.title, url: item.translation.href },
    },
  }
}

/** The feed as a JSON Feed 1.1 document. */
export function renderJsonFeed(feed: Feed): string {
  const { translation } = feed
  const document = {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title.text,
    home_page_url: feed.home,
    feed_url: feed.self.json,
    description: feed.description.text,
    icon: feed.images.largeIcon,
    favicon: feed.images.icon,
    authors: [{ name: feed.publisher.text, url: feed.site }],
    language: feed.language.tag,
    ...(feed.hub && { hubs: [{ type: 'WebSub', url: feed.hub }] }),
    [JSON_FEED_EXTENSION]: {
      about: feed.extensionDescription,
      translation: { language: translation.hreflang, title: translation.title, home_page_url: translation.home, feed_url: translation.feeds.json },
    },
    items: feed.items.map((item) => renderItem(item, feed)),
  }
  return `${JSON.stringify(document, null, 2)}\n`
}
