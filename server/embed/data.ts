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

function embedItem(entry: Entry, urls: SiteUrls): EmbedItemJson {
  const { id, language, title, date, city, country, summary, fallback, links } = renderEntryJson(entry, urls)
  return {
    id,
    title,
    date,
    city,
    country,
    // Cut in the language it is written in: between words in English, by width in Chinese.
    summary: summary === null ? null : truncate(summary, WIDGET_SUMMARY_WIDTH, fallback.fields.includes('summary') ? fallback.language : language),
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
