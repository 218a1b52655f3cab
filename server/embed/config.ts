/**
 * What `/embed.js` (script.ts, in the Worker) tells the element (element.ts,
 * in the browser): the one contract between the two, in a file both import.
 */
import type { LanguageId } from '../../schemas/languages'
import { translator } from '../i18n'

/** The interface strings the widget shows itself; everything else (titles, dates, places) comes from the API. */
export interface WidgetStrings {
  label: string
  loading: string
  empty: string
  error: string
  all: string
  feed: string
}

/** What `/embed.js` tells the element: where the API is, and the strings of each language. */
export interface WidgetConfig {
  origin: string
  strings: Record<LanguageId, WidgetStrings>
}

/** The widget's strings in `language`, for `/embed.js` (every language at once) and the iframe page (its own). */
export function widgetStrings(language: LanguageId): WidgetStrings {
  const t = translator(language)
  return {
    label: t('embed.label'),
    loading: t('embed.loading'),
    empty: t('embed.empty'),
    error: t('embed.error'),
    all: t('embed.all'),
    feed: t('embed.feed'),
  }
}
