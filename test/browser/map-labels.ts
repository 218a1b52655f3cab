/**
 * Whether a map's labels stay clear of one another as Chromium draws them, on the pages (16 px
 * labels) and in the widget (22 px): shared by the pages' and the widget's map tests.
 */
import type { Page } from 'playwright-core'

/**
 * The pairs of labels among `selector`'s `<text>` elements (CSS, through open shadow roots) that
 * touch: their characters' em boxes (as wide as drawn, one em tall on the baseline, as a CJK
 * font's line box is taller than its glyphs) overlap or come closer than 0.15 em: nearer, two
 * labels read as one (硅谷 and 沃思堡 were 2.2 px of the map apart at 22 px, a px and a half on screen).
 */
export async function touchingLabels(page: Page, selector: string): Promise<string[]> {
  const boxes = await page.$$eval(`${selector} text`, (texts) =>
    (texts as SVGTextElement[]).map((text) => {
      const { x, width } = text.getBBox()
      const em = parseFloat(getComputedStyle(text).fontSize)
      const baseline = text.y.baseVal[0]!.value
      return { text: text.textContent, x, y: baseline - 0.88 * em, width, height: em, clear: 0.15 * em }
    }),
  )
  if (boxes.length < 2) throw new Error(`No labels to compare in ${selector}`)
  return boxes.flatMap((a, i) =>
    boxes
      .slice(i + 1)
      .filter((b) => a.x < b.x + b.width + a.clear && b.x < a.x + a.width + a.clear && a.y < b.y + b.height + a.clear && b.y < a.y + a.height + a.clear)
      .map((b) => `${a.text} / ${b.text}`),
  )
}
