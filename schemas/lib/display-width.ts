/**
 * How wide text is as readers see it: East Asian Wide and Fullwidth characters
 * (Unicode Standard Annex #11) and emoji take two columns, everything else one,
 * counted per grapheme cluster, never inside one. Plain code, no 'sanity'
 * import: the widget cuts summaries by it (server/embed/truncate.ts, on the
 * server and in the browser), and the Studio's length guidance measures by it
 * (length-guidance.ts), so the two always agree.
 */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE10-\uFE19\uFE30-\uFE6F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{1F1E6}-\u{1F1FF}\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]/u

// Made on first use, not when the module loads: making one costs the Worker about 10 ms of CPU at
// start-up (bench/bundle.ts), which only the widget's page needs. `false`: a browser without
// `Intl.Segmenter` (Firefox before 125), which cuts between code points, or at spaces, instead.
const segmenters = new Map<string, Intl.Segmenter | false>()

/** `text` split into grapheme clusters or words (and the spaces between them), in `locale`'s rules. */
export function segments(text: string, granularity: 'grapheme' | 'word', locale?: string): string[] {
  const key = `${granularity} ${locale ?? ''}`
  let segmenter = segmenters.get(key)
  if (segmenter === undefined) {
    segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(locale, { granularity }) : false
    segmenters.set(key, segmenter)
  }
  if (segmenter) return Array.from(segmenter.segment(text), (part) => part.segment)
  return granularity === 'word' ? (text.match(/\s+|\S+/gu) ?? []) : Array.from(text)
}

/** How many columns one grapheme cluster takes: two when it is wide. */
export function graphemeWidth(grapheme: string): number {
  return WIDE.test(grapheme) ? 2 : 1
}

/** How many columns `text` takes in a monospaced East Asian context: 4 for `贵阳`, 7 for `Guiyang`. */
export function displayWidth(text: string): number {
  return segments(text, 'grapheme').reduce((sum, grapheme) => sum + graphemeWidth(grapheme), 0)
}
