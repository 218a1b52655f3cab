/**
 * Around the browser tests' Chromium (test/chromium.ts): a host page served from
 * another loopback origin, axe-core injected for accessibility checks,
 * screenshots under test-output/ (git-ignored), and the fonts Chromium really
 * drew text with.
 */
import { mkdirSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import { freePort } from '../worker-process'

export { launchChromium } from '../chromium'

export const SCREENSHOTS = 'test-output/browser'

/** A partner city's site on its own origin, serving the pages a test gives it. */
export async function startHostSite(pages: Record<string, string>): Promise<{ origin: string; close: () => Promise<void> }> {
  const port = await freePort()
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname
    if (path === '/favicon.ico') return void response.writeHead(204).end()
    const page = pages[path]
    response.writeHead(page ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' })
    response.end(page ?? 'not found')
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: unknown[] }[]
}

/** Serious and critical accessibility violations on the page, by axe-core (WCAG 2.x A and AA rules). */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  return (await accessibilityViolations(page)).filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
}

/** Every accessibility violation on the page, whatever its impact, by axe-core (WCAG 2.x A and AA rules and best practices). */
export async function accessibilityViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE)
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
    return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map(({ target }) => ({ target })) }))
  })
  return violations
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true })
}

/**
 * The fonts Chromium drew the text of some elements with, as DevTools' *Rendered Fonts* lists them
 * (`CSS.getPlatformFontsForNode`, each element's own text), by family, with the glyphs each drew:
 * the fonts that really drew the glyphs, where `getComputedStyle` gives only the list asked for.
 * `elements` is a JavaScript expression evaluated in the page, for one element or a list of them,
 * so it may reach into a shadow root.
 */
export async function renderedFonts(page: Page, elements: string): Promise<Record<string, number>> {
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('DOM.enable')
    await cdp.send('CSS.enable')
    await cdp.send('DOM.getDocument', { depth: -1, pierce: true })
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: `(() => { const found = (${elements}); return found instanceof Element ? [found] : [...found] })()`,
    })
    if (!result.objectId) throw new Error(`No elements: ${elements}`)
    const { result: items } = await cdp.send('Runtime.getProperties', { objectId: result.objectId, ownProperties: true })
    const drawn: Record<string, number> = {}
    for (const { name, value } of items) {
      if (!/^\d+$/.test(name) || !value?.objectId) continue
      const { nodeId } = await cdp.send('DOM.requestNode', { objectId: value.objectId })
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
      for (const { familyName, glyphCount } of fonts) drawn[familyName] = (drawn[familyName] ?? 0) + glyphCount
    }
    if (!Object.keys(drawn).length) throw new Error(`No text drawn in ${elements}`)
    return drawn
  } finally {
    await cdp.detach()
  }
}
