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
 * `translations: [{language, title, url}]`. The README (*Feeds*) and that page
 * (render/pages/json-feed-extension.tsx) document it.
 *
 * Written here rather than with the `feed` package (jpmonette/feed), whose
 * JSON Feed (declared 1.1 in its recent versions, 1.0 before) writes 1.0's
 * single `author` rather than `authors` (one per item, however many it is
 * given), has no `favicon` and no `hubs`, and writes every date in UTC
 * (`toISOString`).
 */
import type { Feed, FeedItem } from '../feeds/feed'
import { hasControl, isLatin1, LONG_TEXT } from './characters'

/** The extension's key, on the feed and on each item. */
export const JSON_FEED_EXTENSION = '_meeting_the_world'

/**
 * The document is written here as `JSON.stringify(document, null, 2)` would
 * write it, byte for byte (the feeds' tests and the benchmark compare), each
 * value by `JSON.stringify` alone. It is faster: no object per item to build and
 * walk, and V8 serializes a whole document in one string width, so a single
 * Chinese character (the translation's title) would have it write every
 * English body as two-byte text, where here each value keeps its own.
 */
/** What `JSON.stringify` escapes in a string: quote, backslash, controls, surrogates (paired ones it keeps: it decides). */
const NEEDS_ESCAPE = /["\\\u0000-\u001F\uD800-\uDFFF]/

/**
 * `JSON.stringify(text)`, the same string, asked first what it holds. A short value (an id, a link,
 * a date) needs no escape most often, shown so by one expression. `JSON.stringify` copies long text
 * (an HTML body, a summary) character by character; Latin-1 text (most English) with no control and
 * no backslash, shown so by cheap scans (see characters.ts), needs only its quotes escaped (an HTML
 * body's attributes have them), which takes half the time or less. Other long text (Chinese) is left
 * to `JSON.stringify`, as fast there as any scan.
 */
function json(text: string): string {
  if (text.length < LONG_TEXT) return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`
  if (!isLatin1(text) || hasControl(text) || text.includes('\\')) return JSON.stringify(text)
  return `"${text.includes('"') ? text.replaceAll('"', '\\"') : text}"`
}

/** One person, the feed's or an item's only author, in an `authors` list at `indent`. */
function authors(name: string, url: string, indent: string): string {
  return `[\n${indent}  {\n${indent}    "name": ${json(name)},\n${indent}    "url": ${json(url)}\n${indent}  }\n${indent}]`
}

/** Values every item repeats (the publisher, the other language's name, topic labels), written once per feed. */
function repeatedValues() {
  const written = new Map<string, string>()
  return (value: string) => {
    let text = written.get(value)
    if (text === undefined) written.set(value, (text = json(value)))
    return text
  }
}

/** An item, at the indent of the `items` list's elements (four spaces). */
function renderItem(item: FeedItem, itemAuthors: string, repeated: (value: string) => string): string {
  const { translations, categories } = item
  let tags = ''
  let topics = ''
  for (const category of categories) {
    tags += `${tags ? ',\n        ' : '[\n        '}${repeated(category.label)}`
    topics += `${topics ? ',\n          ' : '[\n          '}${repeated(category.code)}`
  }
  let linked = ''
  for (const translation of translations) {
    linked += `${linked ? ',' : ''}
          {
            "language": ${repeated(translation.hreflang)},
            "title": ${repeated(translation.title)},
            "url": ${json(translation.href)}
          }`
  }
  return `{
      "id": ${json(item.id)},
      "url": ${json(item.url)},
      "title": ${json(item.title)},
      "content_html": ${json(item.content.text)},${item.summary ? `\n      "summary": ${json(item.summary.text)},` : ''}
      "date_published": ${json(item.published)},
      "date_modified": ${json(item.updated)},
      "authors": ${itemAuthors},${tags ? `\n      "tags": ${tags}\n      ],` : ''}${item.language ? `\n      "language": ${repeated(item.language)},` : ''}
      "${JSON_FEED_EXTENSION}": {
        "date": ${json(item.date.value)},
        "topics": ${topics ? `${topics}\n        ]` : '[]'},
        "translations": [${linked}
        ]
      }
    }`
}

/** The feed as a JSON Feed 1.1 document. */
export function renderJsonFeed(feed: Feed): string {
  // Appended rather than joined: join would copy every body into one flat string, which the response's encoder does anyway.
  const repeated = repeatedValues()
  const itemAuthors = new Map<string, string>()
  let items = ''
  for (const item of feed.items) {
    let written = itemAuthors.get(item.author.text)
    if (written === undefined) itemAuthors.set(item.author.text, (written = authors(item.author.text, feed.site, '      ')))
    items += `${items ? ',\n    ' : '[\n    '}${renderItem(item, written, repeated)}`
  }
  items = items ? `${items}\n  ]` : '[]'
  return `{
  "version": "https://jsonfeed.org/version/1.1",
  "title": ${json(feed.title.text)},
  "home_page_url": ${json(feed.home)},
  "feed_url": ${json(feed.self.json)},
  "description": ${json(feed.description.text)},
  "icon": ${json(feed.images.largeIcon)},
  "favicon": ${json(feed.images.icon)},
  "authors": ${authors(feed.publisher.text, feed.site, '  ')},
  "language": ${json(feed.language.tag)},${feed.hub ? `\n  "hubs": [\n    {\n      "type": "WebSub",\n      "url": ${json(feed.hub)}\n    }\n  ],` : ''}
  "${JSON_FEED_EXTENSION}": {
    "about": ${json(feed.extensionDescription)},
    "translations": [${feed.translations
      .map(
        (translation) => `
      {
        "language": ${json(translation.hreflang)},
        "title": ${json(translation.title)},
        "home_page_url": ${json(translation.home)},
        "feed_url": ${json(translation.feeds.json)}
      }`,
      )
      .join(',')}
    ]
  },
  "items": ${items}
}
`
}
