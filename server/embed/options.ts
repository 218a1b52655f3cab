/**
 * The widget's options, for both forms: the element's attributes and the
 * iframe page's query parameters. A value that cannot be used falls back to
 * its default; nothing here ever fails.
 */
import { languageFromTag } from '../../schemas/languages'
import type { LanguageId } from '../../schemas/languages'
import { usableFilters, type UsableFilters } from '../filters'

export const WIDGET_THEMES = ['auto', 'light', 'dark'] as const
export const WIDGET_LAYOUTS = ['list', 'timeline'] as const
export const WIDGET_LIMIT = { min: 1, max: 20, default: 5 } as const
/** Summaries are cut to this many columns; a Chinese character takes two. */
export const WIDGET_SUMMARY_WIDTH = 140

export type WidgetTheme = (typeof WIDGET_THEMES)[number]
export type WidgetLayout = (typeof WIDGET_LAYOUTS)[number]

export interface WidgetOptions extends UsableFilters {
  lang: LanguageId
  limit: number
  theme: WidgetTheme
  layout: WidgetLayout
}

function oneOf<T extends string>(allowed: readonly T[], value: string | undefined, fallback: T): T {
  const normalized = value?.trim().toLowerCase()
  return allowed.find((candidate) => candidate === normalized) ?? fallback
}

/** Options from attributes or query parameters; `fallbackLanguage` when `lang` is missing or unknown. */
export function widgetOptions(values: Record<string, string | undefined>, fallbackLanguage: LanguageId): WidgetOptions {
  const limit = Number(values.limit?.trim())
  return {
    ...usableFilters(values),
    lang: (values.lang && languageFromTag(values.lang)) || fallbackLanguage,
    limit: Number.isInteger(limit) && limit >= WIDGET_LIMIT.min && limit <= WIDGET_LIMIT.max ? limit : WIDGET_LIMIT.default,
    theme: oneOf(WIDGET_THEMES, values.theme, 'auto'),
    layout: oneOf(WIDGET_LAYOUTS, values.layout, 'list'),
  }
}
