/**
 * What `/embed.js` (script.ts, in the Worker) tells the element (element.ts,
 * in the browser): the one contract between the two, in a file both import.
 */
import type { LanguageId } from '../../schemas/languages'

/** The interface strings the widget shows itself; everything else (titles, dates, places) comes from the API. */
export interface WidgetStrings {
  label: string
  loading: string
  empty: string
  error: string
  all: string
  feed: string
  placeSeparator: string
}

/** What `/embed.js` tells the element: where the API is, and the strings of each language. */
export interface WidgetConfig {
  origin: string
  strings: Record<LanguageId, WidgetStrings>
}
