/**
 * Cutting a summary to a width, for both forms of the widget: the iframe page
 * on the server and the element in the browser (element.ts). By display width,
 * where East Asian Wide and Fullwidth characters (Unicode Standard Annex #11)
 * and emoji take two columns; in a language that writes spaces between words
 * (English), between words (`Intl.Segmenter`, word granularity), so a reader
 * never sees "educati…"; in Chinese, between grapheme clusters, never inside one.
 */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE10-\uFE19\uFE30-\uFE6F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{1F1E6}-\u{1F1FF}\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]/u

/** Scripts written without spaces between words: a cut there falls between graphemes. */
const UNSPACED_SCRIPTS = ['Hans', 'Hant', 'Hani', 'Jpan']

// Made on first use, not when the module loads: making one costs the Worker about 10 ms of CPU at
// start-up (bench/bundle.ts), which only the widget's page needs. `false`: a browser without
// `Intl.Segmenter` (Firefox before 125), which cuts between code points, or at spaces, instead.
const segmenters = new Map<string, Intl.Segmenter | false>()

function segments(text: string, granularity: 'grapheme' | 'word', locale?: string): string[] {
  const key = `${granularity} ${locale ?? ''}`
  let segmenter = segmenters.get(key)
  if (segmenter === undefined) {
    segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(locale, { granularity }) : false
    segmenters.set(key, segmenter)
  }
  if (segmenter) return Array.from(segmenter.segment(text), (part) => part.segment)
  return granularity === 'word' ? (text.match(/\s+|\S+/gu) ?? []) : Array.from(text)
}

const columns = (grapheme: string) => (WIDE.test(grapheme) ? 2 : 1)

/** How many columns `text` takes in a monospaced East Asian context. */
export function displayWidth(text: string): number {
  return segments(text, 'grapheme').reduce((sum, grapheme) => sum + columns(grapheme), 0)
}

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
  const kept = words.trim() ? words : fitting(segments(text, 'grapheme'), room, columns)
  return `${kept.replace(/[\s,.;:!?(\[“‘"'\-–—，。；：、（“‘]+$/u, '')}…`
}
