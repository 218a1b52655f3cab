/**
 * The list of every feed, every language × format, for `/feeds.opml`: one
 * group per language, each feed titled in its own language.
 */
import { languageById, type Language } from '../../schemas/languages'
import type { Settings } from '../model/settings'
import { translator } from '../i18n'
import type { SiteUrls } from '../../schemas/lib/site-urls'
import { feedLinks, type FeedLink } from './autodiscovery'
import { latestEdit } from './dates'

export interface FeedList {
  /** The list's title in every language: "Meeting the World: feeds · 走向世界：订阅源". */
  title: string
  /** The publisher in every language. */
  owner: string
  /** RFC 3339: the latest edit of the settings the titles come from. */
  updated: string
  groups: { language: Language; home: string; links: FeedLink[] }[]
}

/** The list over `settings`, one per language, in the order the languages are listed. */
export function buildFeedList(settings: readonly Settings[], urls: SiteUrls): FeedList {
  const unique = (texts: string[]) => [...new Set(texts)].join(' · ')
  return {
    title: unique(settings.map(({ language, title }) => translator(language)('feed.listTitle', { title }))),
    owner: unique(settings.map(({ publisher }) => publisher)),
    updated: latestEdit(settings.map(({ updatedAt }) => updatedAt)),
    groups: settings.map(({ language, title }) => ({
      language: languageById(language),
      home: urls.home(language),
      links: feedLinks(urls, [{ language, title }]),
    })),
  }
}
