/**
 * How long an entry's headline and summary should be for the places readers
 * meet them, measured the way they see it: by display width
 * (display-width.ts), in which a Chinese character takes two columns and a
 * Latin letter one, as the widget cuts summaries. English is counted in
 * characters (one column each), Chinese in characters (字, two columns each),
 * so each limit reads naturally in its language: a 280-column summary is 280
 * English characters or 140 Chinese ones. Guidance only: the Studio warns, and
 * never cuts or refuses what an editor wrote. Plain code, no 'sanity' import.
 */
import type { WrittenLanguageId } from '../languages'
import { displayWidth } from './display-width'

/** Columns the widget shows of a summary before its ellipsis (server/embed/display-options.ts, `WIDGET_SUMMARY_WIDTH`). */
export const WIDGET_SUMMARY_COLUMNS = 140

/**
 * Widths above which a field is longer than its readers want, in columns:
 * - `headline`: a title in a feed reader's list, a page's heading and the widget's link, in two
 *   lines at most: 100 English characters or 50 Chinese ones (the source's run to 78 and 27);
 * - `summary`: "one or two sentences", twice what the widget shows before it cuts (feeds show it
 *   whole): 280 English characters or 140 Chinese ones (the source's run to 196 and 87).
 */
export const LENGTH_GUIDANCE = {
  headline: 100,
  summary: 2 * WIDGET_SUMMARY_COLUMNS,
} as const

export type LengthGuidedField = keyof typeof LENGTH_GUIDANCE

/** Columns one character of a language's unit takes: an English character one, a Chinese character two. */
const COLUMNS_PER_CHARACTER: Readonly<Record<WrittenLanguageId, number>> = { en: 1, zh: 2 }

/**
 * The unit each language's length is counted in, named in both interface languages: English
 * in characters (`characters`, `个字符`), Chinese in Chinese characters (`Chinese characters`, `字`).
 */
export const CHARACTER_UNITS: Readonly<Record<WrittenLanguageId, Readonly<Record<WrittenLanguageId, string>>>> = {
  en: { en: 'characters', zh: '个字符' },
  zh: { en: 'Chinese characters', zh: '字' },
}

/** `text`'s length as a reader of `language` counts it: characters, a Chinese one as one, a Latin letter in Chinese text as half. */
export function readerLength(text: string, language: WrittenLanguageId): number {
  return Math.ceil(displayWidth(text) / COLUMNS_PER_CHARACTER[language])
}

/** A width in columns as `language`'s characters: 280 columns are 280 English characters or 140 Chinese ones. */
export function charactersIn(columns: number, language: WrittenLanguageId): number {
  return Math.floor(columns / COLUMNS_PER_CHARACTER[language])
}

/** The length of `text` and the limit, in `language`'s characters, when `text` is longer than `columns`; else `undefined`. */
export function overLength(text: string, columns: number, language: WrittenLanguageId): { length: number; limit: number } | undefined {
  return displayWidth(text) > columns ? { length: readerLength(text, language), limit: charactersIn(columns, language) } : undefined
}

/** A limit in columns as each language's editors count it, for descriptions: "up to 280 characters in English or 140 in Chinese". */
export function lengthGuidanceText(columns: number): { en: string; zh: string } {
  return {
    en: `up to ${charactersIn(columns, 'en')} ${CHARACTER_UNITS.en.en} in English or ${charactersIn(columns, 'zh')} in Chinese`,
    zh: `英文不超过${charactersIn(columns, 'en')}${CHARACTER_UNITS.en.zh}，中文不超过${charactersIn(columns, 'zh')}${CHARACTER_UNITS.zh.zh}`,
  }
}
