/**
 * The widget's options as the iframe page reads them from its query
 * parameters: how to show entries (display-options.ts, shared with the
 * element) and which to show, by the filters pages take. A value that cannot
 * be used falls back to its default; nothing here ever fails.
 */
import type { LanguageId } from '../../schemas/languages'
import type { LinkFilters } from '../../schemas/lib/site-urls'
import { usableFilters } from '../model/filters'
import { displayOptions, type DisplayOptions } from './display-options'

export type WidgetOptions = LinkFilters & DisplayOptions

/** Options from query parameters; `fallbackLanguage` when `lang` is missing or unknown. */
export function widgetOptions(values: Record<string, string | undefined>, fallbackLanguage: LanguageId): WidgetOptions {
  return { ...usableFilters(values), ...displayOptions(values, fallbackLanguage) }
}
