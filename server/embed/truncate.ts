/**
 * Cutting a summary to a width, for both forms of the widget: the iframe page
 * on the server and the element in the browser (element.ts). By grapheme
 * cluster (`Intl.Segmenter`), never inside one, and by display width, where
 * East Asian Wide and Fullwidth characters (Unicode Standard Annex #11) and
 * emoji take two columns.
 */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE10-\uFE19\uFE30-\uFE6F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{1F1E6}-\u{1F1FF}\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]/u

// Made on first use, not when the module loads: making one costs the Worker about 10 ms of CPU at
// start-up (bench/bundle.ts), which only the widget's page needs. `false`: a browser without
// `Intl.Segmenter` (Firefox before 125), which cuts between code points instead.
let segmenter: Intl.Segmenter | false | undefined

function graphemes(text: string): string[] {
  segmenter ??= typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : false
  return segmenter ? Array.from(segmenter.segment(text), (part) => part.segment) : Array.from(text)
}

const columns = (grapheme: string) => (WIDE.test(grapheme) ? 2 : 1)

/** How many columns `text` takes in a monospaced East Asian context. */
export function displayWidth(text: string): number {
  return graphemes(text).reduce((sum, grapheme) => sum + columns(grapheme), 0)
}

/** `text` in at most `max` columns, cut between graphemes, with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  if (displayWidth(text) <= max) return text
  let kept = ''
  let used = 0
  for (const grapheme of graphemes(text)) {
    if (used + columns(grapheme) > max - 1) break
    kept += grapheme
    used += columns(grapheme)
  }
  return `${kept.replace(/[\s,.;:，。；：、]+$/u, '')}…`
}
