/**
 * `/embed.json`: what the web component shows, in one request. Each item is
 * the API's entry (render/json.ts) cut to the fields the widget reads, under
 * the same names and paths, so the element reads either; the summary is cut
 * here as the widget would cut it (truncate.ts), so the reader downloads what
 * it shows and nothing more.
 */
import { languageById, type LanguageId } from '../../schemas/languages'
import type { Selectors, SiteUrls } from '../../schemas/lib/site-urls'
import type { Entry } from '../model/entry'
import { renderEntryJson, type EntryJson } from '../render/json'
import { WIDGET_SUMMARY_WIDTH } from './display-options'
import { truncate } from './truncate'

/** One entry as the widget shows it: a subset of the API's entry, the summary cut to the widget's width. */
export type EmbedItemJson = Pick<EntryJson, 'id' | 'title' | 'date' | 'city' | 'country' | 'summary' | 'fallback'> & {
  links: Pick<EntryJson['links'], 'page'>
}

export interface EmbedDataJson {
  language: string
  filters: Selectors
  items: EmbedItemJson[]
  links: {
    /** The site's home page with the same filters: "All entries". */
    all: string
    /** The home page's subscribe panel with the same filters: "Subscribe" (a browser shows a feed's raw XML). */
    subscribe: string
  }
}

/** An entry's summary as the widget shows it (both forms): cut in the language it is written in, between words in English, by width in Chinese. */
export function widgetSummary(entry: Entry): string | null {
  if (entry.summary === null) return null
  const written = entry.fellBack.includes('summary') ? entry.fallbackLanguage : entry.language
  return truncate(entry.summary, WIDGET_SUMMARY_WIDTH, languageById(written).tag)
}

function embedItem(entry: Entry, urls: SiteUrls): EmbedItemJson {
  const { id, title, date, city, country, fallback, links } = renderEntryJson(entry, urls)
  return {
    id,
    title,
    date,
    city,
    country,
    summary: widgetSummary(entry),
    fallback,
    links: { page: links.page },
  }
}

/** The entries the widget shows, in `language`, chosen by `filters` (those the content knew). */
export function renderEmbedData(
  entries: readonly Entry[],
  { language, filters, urls }: { language: LanguageId; filters: Selectors; urls: SiteUrls },
): EmbedDataJson {
  return {
    language: languageById(language).tag,
    filters,
    items: entries.map((entry) => embedItem(entry, urls)),
    links: { all: urls.home(language, filters), subscribe: urls.subscribe(language, filters) },
  }
}
