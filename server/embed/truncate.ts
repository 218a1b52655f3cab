/**
 * Cutting a summary to a width, for both forms of the widget: the iframe page
 * on the server and the element in the browser (element.ts). By display width
 * (schemas/lib/display-width.ts, which the Studio's length guidance measures
 * by too), where East Asian Wide and Fullwidth characters and emoji take two
 * columns; in a language that writes spaces between words
 * (English), between words (`Intl.Segmenter`, word granularity), so a reader
 * never sees "educati…"; in Chinese, between grapheme clusters, never inside one.
 */
import { displayWidth, graphemeWidth, segments } from '../../schemas/lib/display-width'

export { displayWidth }

/** Scripts written without spaces between words: a cut there falls between graphemes. */
const UNSPACED_SCRIPTS = ['Hans', 'Hant', 'Hani', 'Jpan']

/** Whether text in `locale` is cut between words: a language with spaces between them. */
function cutsBetweenWords(locale: string | undefined): boolean {
  if (!locale) return false
  try {
    return !UNSPACED_SCRIPTS.includes(new Intl.Locale(locale).maximize().script ?? '')
  } catch {
    return false
  }
}

/** The longest run of `parts` from the start that fits in `room` columns. */
function fitting(parts: string[], room: number, width: (part: string) => number): string {
  let kept = ''
  let used = 0
  for (const part of parts) {
    if (used + width(part) > room) break
    kept += part
    used += width(part)
  }
  return kept
}

/**
 * `text` in at most `max` columns, with an ellipsis when cut. Text in `locale` (its BCP 47 tag)
 * is cut between words when that language writes spaces between them, unless its first word
 * alone is too wide; otherwise, and without a locale, between graphemes.
 */
export function truncate(text: string, max: number, locale?: string): string {
  if (displayWidth(text) <= max) return text
  const room = max - 1
  const words = cutsBetweenWords(locale) ? fitting(segments(text, 'word', locale), room, displayWidth) : ''
  const kept = words.trim() ? words : fitting(segments(text, 'grapheme'), room, graphemeWidth)
  return `${kept.replace(/[\s,.;:!?(\[“‘"'\-–—，。；：、（“‘]+$/u, '')}…`
}
