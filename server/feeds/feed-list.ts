/**
 * A subscription list (OPML): one feed per language, each language once, all
 * in one format, so that a reader who imports it gets every entry once. The
 * recommended list (`/feeds.opml`, `/{lang}/feeds.opml`) names the XML feed
 * every reader reads; the JSON Feeds have a list of their own
 * (`/json-feeds.opml`), as readers of RSS and Atom would fail on them.
 */
import { languageById, type Language } from '../../schemas/languages'
import { FEED_LIST_FORMATS, type FeedFormat, type FeedListKind, type SiteUrls } from '../../schemas/lib/site-urls'
import { translator } from '../i18n'
import type { Settings } from '../model/settings'
import { latestEdit } from './dates'

/** One feed of a list. */
export interface ListedFeed {
  language: Language
  format: FeedFormat
  /** The feed's title, in its language, as a reader names the subscription: "走向世界". */
  title: string
  /** The feed's address. */
  href: string
  /** The feed's home page, in its language. */
  home: string
}

export interface FeedList {
  kind: FeedListKind
  /** The list's title in each of its languages, each wording once: "Meeting the World: feeds · 走向世界：订阅源 · 走向世界：訂閱源". */
  title: string
  /** The publisher in each of its languages. */
  owner: string
  /** RFC 3339: the latest edit of the settings the titles come from. */
  updated: string
  /** The list's languages, in the order listed. */
  languages: Language[]
  feeds: ListedFeed[]
}

const LIST_TITLES: Record<FeedListKind, 'feed.listTitle' | 'feed.jsonListTitle'> = {
  recommended: 'feed.listTitle',
  json: 'feed.jsonListTitle',
}

/** The `kind` list over `settings` (one per language listed), in their order. */
export function buildFeedList(kind: FeedListKind, settings: readonly Settings[], urls: SiteUrls): FeedList {
  const unique = (texts: string[]) => [...new Set(texts)].join(' · ')
  const format = FEED_LIST_FORMATS[kind]
  return {
    kind,
    title: unique(settings.map(({ language, title }) => translator(language)(LIST_TITLES[kind], { title }))),
    owner: unique(settings.map(({ publisher }) => publisher)),
    updated: latestEdit(settings.map(({ updatedAt }) => updatedAt)),
    languages: settings.map(({ language }) => languageById(language)),
    feeds: settings.map(({ language, title }) => ({
      language: languageById(language),
      format,
      title,
      href: urls.feed(language, format),
      home: urls.home(language),
    })),
  }
}
