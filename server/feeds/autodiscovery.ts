/**
 * Links to feeds, made in one place for everything that advertises them:
 * HTML pages (`<link rel="alternate" type=… hreflang=… title=… href=…>`, the
 * RSS Autodiscovery convention, https://www.rssboard.org/rss-autodiscovery)
 * and the OPML list of every feed.
 */
import { languageById, type LanguageId } from '../../schemas/languages'
import { translator } from '../i18n'
import { FEED_FORMATS, type FeedFormat, type LinkFilters, type SiteUrls } from '../../schemas/lib/site-urls'
import { FEED_FORMAT_NAMES, FEED_MEDIA_TYPES } from './formats'

export interface FeedLink {
  rel: 'alternate'
  /** The feed's media type, such as `application/atom+xml`. */
  type: string
  /** The feed's language as a BCP 47 tag (`en`, `zh-Hans`, `zh-Hant`). */
  hreflang: string
  /** The feed's title and format, in the feed's own language: "走向世界（RSS 2.0）". */
  title: string
  href: string
  format: FeedFormat
  language: LanguageId
}

/**
 * One link per format to the feeds of each of `feeds` (a language and the
 * feed's title in that language, from the settings), all filtered by `filters`.
 */
export function feedLinks(
  urls: SiteUrls,
  feeds: readonly { language: LanguageId; title: string }[],
  filters: LinkFilters = {},
): FeedLink[] {
  return feeds.flatMap(({ language, title }) => {
    const t = translator(language)
    return FEED_FORMATS.map((format) => ({
      rel: 'alternate' as const,
      type: FEED_MEDIA_TYPES[format],
      hreflang: languageById(language).tag,
      title: t('feed.linkTitle', { title, format: FEED_FORMAT_NAMES[format] }),
      href: urls.feed(language, format, filters),
      format,
      language,
    }))
  })
}
