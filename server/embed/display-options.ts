/**
 * How the widget shows entries — in which language, how many, in which theme
 * and layout — as both forms read it from the element's attributes or the
 * iframe page's query parameters. A value that cannot be used falls back to
 * its default; nothing here ever fails. Imports nothing of the server's: the
 * element (element.ts) runs it in the browser.
 */
import type { LanguageId } from '../../schemas/languages'

export const WIDGET_THEMES = ['auto', 'light', 'dark'] as const
/** Where an entry's link opens: in the partner's page (`self`, the default) or a new tab (`new`). */
export const WIDGET_TARGETS = ['self', 'new'] as const
/**
 * How the entries are shown: a list, a timeline, or (`map`) their cities on a world map with lines
 * from Guiyang, each linked to its entry; `/embed.json` then carries the projected map (data.ts).
 */
export const WIDGET_LAYOUTS = ['list', 'timeline', 'map'] as const
export const WIDGET_LIMIT = { min: 1, max: 20, default: 5 } as const
/** Summaries are cut to this many columns; a Chinese character takes two. */
export const WIDGET_SUMMARY_WIDTH = 140

export type WidgetTheme = (typeof WIDGET_THEMES)[number]
export type WidgetTarget = (typeof WIDGET_TARGETS)[number]
export type WidgetLayout = (typeof WIDGET_LAYOUTS)[number]

export interface DisplayOptions {
  lang: LanguageId
  limit: number
  theme: WidgetTheme
  layout: WidgetLayout
  /** `target`: `new` opens entries in a new tab. */
  target: WidgetTarget
  /**
   * `date-locale`: the BCP 47 locale dates are written in (the host page's, `en-US`), when it asks;
   * `undefined` writes them in the widget's language, as the API displays them.
   */
  dateLocale: string | undefined
}

function oneOf<T extends string>(allowed: readonly T[], value: string | undefined, fallback: T): T {
  const normalized = value?.trim().toLowerCase()
  return allowed.find((candidate) => candidate === normalized) ?? fallback
}

/** What the widget shows when it is not told otherwise. */
const DEFAULTS = { limit: WIDGET_LIMIT.default, theme: 'auto', layout: 'list', target: 'self', dateLocale: undefined } as const satisfies Omit<DisplayOptions, 'lang'>

/**
 * How many entries a layout shows unless told: a list or a timeline the latest few, a map the
 * most it may show (its title names Guiyang's partner cities, not the latest five's).
 */
export function defaultLimit(layout: WidgetLayout): number {
  return layout === 'map' ? WIDGET_LIMIT.max : DEFAULTS.limit
}

/**
 * A locale this runtime writes dates in, as `Intl` resolves it (`en-us` → `en-US`); `undefined` for
 * a malformed tag or one it has no data for (`zz`), so the widget's language writes them. Resolved,
 * not merely canonical, so that endless private-use variants (`en-x-a1`, `en-x-a2`…) come down to
 * the few locales there are.
 */
function usableLocale(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined
  try {
    const [supported] = Intl.DateTimeFormat.supportedLocalesOf([value.trim()])
    return supported ? new Intl.DateTimeFormat(supported).resolvedOptions().locale : undefined
  } catch {
    return undefined
  }
}

/** The display options from attributes or query parameters, in `lang` (decided by the caller). */
export function displayOptions(values: Record<string, string | undefined>, lang: LanguageId): DisplayOptions {
  const limit = Number(values.limit?.trim())
  const layout = oneOf(WIDGET_LAYOUTS, values.layout, DEFAULTS.layout)
  return {
    lang,
    limit: Number.isInteger(limit) && limit >= WIDGET_LIMIT.min && limit <= WIDGET_LIMIT.max ? limit : defaultLimit(layout),
    theme: oneOf(WIDGET_THEMES, values.theme, DEFAULTS.theme),
    layout,
    target: oneOf(WIDGET_TARGETS, values.target, DEFAULTS.target),
    dateLocale: usableLocale(values['date-locale']),
  }
}

/**
 * The layout `/embed.json` answers for, as its URL carries it: `map`, whose projected map it
 * carries (data.ts); for a list or a timeline nothing, the same entries drawn another way.
 */
export function dataLayout(layout: string | undefined): 'map' | undefined {
  return layout === 'map' ? layout : undefined
}

/** `options` as a link carries them: the defaults left out, so equal widgets have equal URLs. */
export function linkDisplayOptions({ lang, limit, theme, layout, target, dateLocale }: DisplayOptions) {
  const unlessDefault = <T>(value: T, fallback: T) => (value === fallback ? undefined : value)
  return {
    lang,
    limit: unlessDefault(limit, defaultLimit(layout)),
    theme: unlessDefault(theme, DEFAULTS.theme),
    layout: unlessDefault(layout, DEFAULTS.layout),
    target: unlessDefault(target, DEFAULTS.target),
    'date-locale': dateLocale,
  }
}
