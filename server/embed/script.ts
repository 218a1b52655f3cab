/**
 * `/embed.js`: the custom element's source applied to its configuration,
 * one script a partner site includes with a `<script src>`.
 */
import { LANGUAGE_IDS, languageById, type LanguageId } from '../../schemas/languages'
import { translator } from '../i18n'
import { ELEMENT_SOURCE } from './element-source'
import { WIDGET_LAYOUTS, WIDGET_LIMIT, WIDGET_SUMMARY_WIDTH, WIDGET_THEMES } from './options'
import { WIDGET_STYLE } from './style'

/** The interface strings the widget shows itself; everything else (titles, dates, places) comes from the API. */
export function widgetStrings(language: LanguageId) {
  const t = translator(language)
  return {
    label: t('embed.label'),
    loading: t('embed.loading'),
    empty: t('embed.empty'),
    error: t('embed.error'),
    all: t('embed.all'),
    feed: t('embed.feed'),
    placeSeparator: t('page.placeSeparator'),
  }
}

/** The script, for an API at `origin` (used when the script cannot tell where it was loaded from). */
export function renderEmbedScript(origin: string): string {
  const config = {
    origin,
    strings: Object.fromEntries(LANGUAGE_IDS.map((id) => [id, widgetStrings(id)])),
    tags: Object.fromEntries(LANGUAGE_IDS.map((id) => [id, languageById(id).tag])),
    style: WIDGET_STYLE,
    themes: WIDGET_THEMES,
    layouts: WIDGET_LAYOUTS,
    limit: WIDGET_LIMIT,
    summaryWidth: WIDGET_SUMMARY_WIDTH,
  }
  // `<` escaped, so the script stays safe even if pasted inline into a page.
  const json = JSON.stringify(config).replace(/</g, '\\u003c')
  return `/*! <meeting-the-world>: Meeting the World widget. Usage: ${origin}/en/ */\n(${ELEMENT_SOURCE})(${json});\n`
}
