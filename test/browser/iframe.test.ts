/**
 * The widget as an iframe (and the script pinned by its hash) on partner pages
 * in Chromium, from another origin: a host under a strict Content-Security-Policy
 * that allows only our origin, with our `/embed-frame.js`; the iframe during a
 * content-source outage (a second Worker whose Sanity never answers); the
 * iframe sandboxed with the flags the README names; and `<script integrity>`.
 */
import { createHash } from 'node:crypto'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { EmbedDataJson } from '../../server/embed/data'
import { EMBED_FRAME_SANDBOX, EMBED_FRAME_SIZES, embedFrameHeight } from '../../server/embed/frame'
import { freePort, startWorker, type WorkerProcess } from '../worker-process'
import { launchChromium, screenshot, startHostSite } from './browser'

const worker = inject('workerOrigin')

/** The fewest allowances a host needs for the iframe and its helper. */
const strictPolicy = (origin: string) => `default-src 'none'; frame-src ${origin}; script-src ${origin}`

/** A partner page under `policy` (a `<meta>` policy, as a CMS that sets no headers writes it), with `body`. */
function hostPage(policy: string, body: string, lang = 'en') {
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<title>Partner page</title></head>
<body><main><h1>Sister cities</h1>
${body}
</main></body></html>`
}

/** The snippet the README gives: the iframe with a height for its entries, then the helper. */
const iframe = (origin: string, id: string, query: string, extra = '') =>
  `<iframe id="${id}" src="${origin}/embed?${query}" title="Meeting the World" width="100%" height="${embedFrameHeight(3, 'list')}" frameborder="0"${extra}></iframe>`

const SANDBOX = EMBED_FRAME_SANDBOX

let browser: Browser
let host: Awaited<ReturnType<typeof startHostSite>> & { pages: Record<string, string> }
let down: WorkerProcess

beforeAll(async () => {
  // A Worker reading a Sanity that is not there: every request for content is an outage, with no last good copy.
  down = await startWorker({ SANITY_PROJECT_ID: 'outage', SANITY_API_HOST: `http://127.0.0.1:${await freePort()}`, SANITY_TIMEOUT_MS: '300' })
  browser = await launchChromium()
  const pages: Record<string, string> = {
    '/strict.html': hostPage(
      strictPolicy(worker),
      `${iframe(worker, 'en', 'lang=en&limit=3')}
${iframe(worker, 'zh', 'lang=zh&city=fort-worth&layout=timeline&theme=dark')}
<script src="${worker}/embed-frame.js" async></script>`,
    ),
    '/outage.html': hostPage(
      strictPolicy(down.origin),
      `${iframe(down.origin, 'down', 'lang=zh&limit=3')}
<script src="${down.origin}/embed-frame.js" async></script>`,
      'zh-Hans',
    ),
    '/sandboxed.html': hostPage(
      strictPolicy(worker),
      `${iframe(worker, 'top', 'lang=en&limit=2', ` sandbox="${SANDBOX}"`)}
${iframe(worker, 'tab', 'lang=en&limit=2&target=new', ` sandbox="${SANDBOX}"`)}
${iframe(worker, 'sized', 'lang=en&limit=1', ` sandbox="${SANDBOX} allow-same-origin"`)}
<script src="${worker}/embed-frame.js" async></script>`,
    ),
    // The map, without the helper: the height the configurator writes, in a wide column.
    '/map.html': hostPage(
      `${strictPolicy(worker)}; require-trusted-types-for 'script'; trusted-types 'none'`,
      `<iframe id="map" src="${worker}/embed?lang=en&limit=7&layout=map" title="Meeting the World" width="100%" height="${embedFrameHeight(7, 'map')}" frameborder="0"></iframe>`,
    ),
  }
  // Pages are read when asked for: a test may add one.
  host = Object.assign(await startHostSite(pages), { pages })
})

/**
 * A host page including today's script by its version, with `integrity` (by default its own),
 * hashed from /embed.js when the test runs (wrangler dev rebuilds the script when its sources change).
 */
async function pinnedPage(integrity?: string): Promise<string> {
  const script = Buffer.from(await (await fetch(`${worker}/embed.js`)).arrayBuffer())
  const version = createHash('sha256').update(script).digest('hex').slice(0, 16)
  const path = `/pinned-${Date.now()}.html`
  host.pages[path] = hostPage(
    `default-src 'none'; script-src ${worker}; connect-src ${worker}`,
    `<meeting-the-world id="pinned" lang="en" limit="2"></meeting-the-world>
<script src="${worker}/embed/${version}.js" integrity="${integrity ?? `sha384-${createHash('sha384').update(script).digest('base64')}`}" crossorigin="anonymous" async></script>`,
  )
  return path
}

afterAll(async () => {
  await browser?.close()
  await host?.close()
  down?.stop()
})

/** Opens a host page, collecting every CSP violation and error its frames report. */
async function open(path: string) {
  const context = await browser.newContext({ viewport: { width: 420, height: 900 } })
  const page = await context.newPage()
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy|Refused/.test(message.text())) problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)),
  )
  await page.goto(`${host.origin}${path}`)
  return { page, problems, close: () => context.close() }
}

/** The iframe's `height` attribute, and the height of the page inside it. */
async function sizes(page: Page, id: string) {
  const frame = page.frameLocator(`#${id}`)
  const attribute = Number(await page.locator(`#${id}`).getAttribute('height'))
  const content = await frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height))
  return { attribute, content }
}

/** Waits until the helper has sized the iframe to its content. */
async function sizedToContent(page: Page, id: string) {
  await expect.poll(async () => {
    const { attribute, content } = await sizes(page, id)
    return attribute === content
  }, { timeout: 10_000 }).toBe(true)
  return sizes(page, id)
}

describe('the iframe on a host with a strict Content-Security-Policy', () => {
  it('shows its entries, sized to its content by /embed-frame.js, with no CSP violation anywhere', async () => {
    const { page, problems, close } = await open('/strict.html')
    const en = page.frameLocator('#en')
    await expect.poll(() => en.locator('.title a').count()).toBe(3)
    const sized = await sizedToContent(page, 'en')
    expect(sized.content).toBeGreaterThan(100)
    await sizedToContent(page, 'zh')
    expect(await page.frameLocator('#zh').locator('.meta').first().textContent()).toContain('美国沃思堡')
    // Nothing scrolls inside: the frame shows all it holds.
    expect(await en.locator('html').evaluate((html) => html.scrollHeight <= html.clientHeight)).toBe(true)
    await screenshot(page, 'iframe-strict-host')
    expect(problems).toEqual([])
    await close()
  })

  it('sizes an iframe added after the helper ran, and ignores height messages from anyone else', async () => {
    const { page, problems, close } = await open('/strict.html')
    await sizedToContent(page, 'en')
    // Playwright's evaluate is not the page's script, so the host's policy does not refuse it.
    await page.evaluate((origin) => {
      const frame = document.createElement('iframe')
      frame.id = 'later'
      frame.src = `${origin}/embed?lang=en&limit=1`
      frame.title = 'Later'
      document.querySelector('main')?.appendChild(frame)
      // A height message from the page itself, not our origin, changes nothing.
      window.postMessage({ type: 'meeting-the-world:height', height: 5 }, '*')
    }, worker)
    const later = await sizedToContent(page, 'later')
    expect(later.content).toBeGreaterThan(50)
    expect((await sizes(page, 'en')).attribute).toBeGreaterThan(100)
    expect(problems).toEqual([])
    await close()
  })
})

describe('the iframe during a content-source outage', () => {
  it('shows the localized message, not the problem, and reports its height', async () => {
    const { page, problems, close } = await open('/outage.html')
    const down = page.frameLocator('#down')
    await expect.poll(() => down.locator('.status').textContent(), { timeout: 15_000 }).toBe('无法加载条目。')
    expect(await down.locator('html').getAttribute('lang')).toBe('zh-Hans')
    expect(await down.locator('body').textContent()).not.toContain('problem')
    const sized = await sizedToContent(page, 'down')
    // The message's own height, smaller than the height written for three entries.
    expect(sized.content).toBeGreaterThan(30)
    expect(sized.content).toBeLessThan(embedFrameHeight(3, 'list'))
    await screenshot(page, 'iframe-outage')
    // The browser logs the 503 of the frame's document; no CSP violation.
    expect(problems.filter((problem) => !problem.includes('503'))).toEqual([])
    await close()
  })
})

describe('the iframe sandboxed with the README’s flags', () => {
  it('opens an entry over the partner’s page when the reader clicks it', async () => {
    const { page, close } = await open('/sandboxed.html')
    const link = page.frameLocator('#top').locator('.title a').first()
    const href = await link.getAttribute('href')
    expect(href).toMatch(new RegExp(`^${worker}/en/entries/`))
    await link.click()
    await page.waitForURL(href ?? '')
    expect(await page.locator('h1').first().textContent()).not.toBe('Sister cities')
    await close()
  })

  it('opens an entry in a new, unsandboxed tab with target=new', async () => {
    const { page, close } = await open('/sandboxed.html')
    const link = page.frameLocator('#tab').locator('.title a').first()
    const href = await link.getAttribute('href')
    const [tab] = await Promise.all([page.context().waitForEvent('page'), link.click()])
    await tab.waitForLoadState()
    expect(tab.url()).toBe(href)
    // Escaped the sandbox: the entry page runs as it does anywhere.
    expect(await tab.evaluate(() => typeof window.origin)).toBe('string')
    expect(await tab.evaluate(() => window.origin)).toBe(worker)
    expect(page.url()).toBe(`${host.origin}/sandboxed.html`)
    await close()
  })

  it('is sized to its content with the documented flags, without allow-same-origin as with it', async () => {
    const { page, close } = await open('/sandboxed.html')
    await sizedToContent(page, 'sized')
    // Its messages come from an opaque origin; the helper knows the frame by its window and address.
    await sizedToContent(page, 'top')
    await close()
  })
})

describe('the height written for each limit, without the helper', () => {
  const MEASURED = [1, 3, 5, 10, 20] as const

  it('shows every entry of a phone-wide frame in English and Chinese, list and timeline, with little to spare', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 900 } })
    const page = await context.newPage()
    const measured: { name: string; content: number; written: number; fits: number }[] = []
    for (const lang of ['en', 'zh', 'zh-hant']) {
      for (const layout of ['list', 'timeline'] as const) {
        for (const limit of MEASURED) {
          await page.goto(`${worker}/embed?lang=${lang}&limit=${limit}&layout=${layout}`)
          const content = await page.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height))
          // The seed has seven entries: a larger limit shows seven.
          const shown = await page.locator('li').count()
          measured.push({ name: `${lang} ${layout} ${limit}`, content, written: embedFrameHeight(limit, layout), fits: embedFrameHeight(shown, layout) })
        }
      }
    }
    console.log(measured.map(({ name, content, written }) => `${name}: ${content} px, written ${written}`).join('\n'))
    for (const { name, content, written, fits } of measured) {
      expect(content, name).toBeLessThanOrEqual(written)
      // Less than one entry's height to spare below the entries shown.
      expect(fits - content, name).toBeLessThan(EMBED_FRAME_SIZES.listEntry)
      expect(fits - content, name).toBeGreaterThanOrEqual(0)
    }
    await context.close()
  })

  it('scrolls rather than cuts what a too short frame holds', async () => {
    const { page, close } = await open('/strict.html')
    await sizedToContent(page, 'en')
    await page.locator('#en').evaluate((frame) => frame.setAttribute('height', '120'))
    const en = page.frameLocator('#en')
    await expect.poll(() => en.locator('html').evaluate((html) => html.scrollHeight > html.clientHeight)).toBe(true)
    await en.locator('.more a').first().scrollIntoViewIfNeeded()
    expect(await en.locator('.more a').first().isVisible()).toBe(true)
    await close()
  })
})

describe('the iframe’s map layout', () => {
  it('draws every city where /embed.json puts it, whole in a wide frame of the written height, with no violation', async () => {
    const { page, problems, close } = await open('/map.html')
    await page.setViewportSize({ width: 1000, height: 900 })
    const map = page.frameLocator('#map')
    await expect.poll(() => map.locator('a.city').count()).toBe(7)
    const data = (await (await fetch(`${worker}/embed.json?lang=en&limit=7&layout=map`)).json()) as EmbedDataJson
    const points = await map.locator('a.city').evaluateAll((links) =>
      links.map((link) => [link.getAttribute('href'), Number(link.querySelector('circle')!.getAttribute('cx')), Number(link.querySelector('circle')!.getAttribute('cy'))]),
    )
    expect(points).toEqual(data.map!.cities.map((city) => [city.href, city.x, city.y]))
    // Nothing scrolls: the map keeps within the frame's height, its links below it.
    expect(await map.locator('html').evaluate((html) => html.scrollHeight <= html.clientHeight)).toBe(true)
    expect(await map.locator('.more a').first().isVisible()).toBe(true)
    await screenshot(page, 'widget-map-iframe')
    expect(problems).toEqual([])
    await close()
  })

  it('opens a city’s entry over the partner’s page', async () => {
    const { page, close } = await open('/map.html')
    const link = page.frameLocator('#map').locator('a.city').first()
    const href = await link.getAttribute('href')
    expect(href).toMatch(new RegExp(`^${worker}/en/entries/`))
    await link.click()
    await page.waitForURL(href ?? '')
    await close()
  })

  it('is written a height that shows it at full width in an article column, and whole on a phone, in every language', async () => {
    const written = embedFrameHeight(7, 'map')
    for (const width of [640, 360]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } })
      const page = await context.newPage()
      for (const lang of ['en', 'zh', 'zh-hant']) {
        await page.goto(`${worker}/embed?lang=${lang}&limit=7&layout=map`)
        const content = await page.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height))
        console.log(`${lang} map ${width} px wide: ${content} px, written ${written}`)
        expect(content, `${lang} ${width}`).toBeLessThanOrEqual(written)
        if (width === 640) expect(written - content, lang).toBeLessThan(16)
      }
      await context.close()
    }
  })
})

describe('the script pinned with Subresource Integrity', () => {
  it('runs the widget when its integrity matches', async () => {
    const { page, problems, close } = await open(await pinnedPage())
    await expect
      .poll(() => page.evaluate(() => document.getElementById('pinned')?.shadowRoot?.querySelector('.mtw')?.getAttribute('data-state')), { timeout: 10_000 })
      .toBe('ready')
    expect(await page.evaluate(() => document.getElementById('pinned')?.shadowRoot?.querySelectorAll('.title a').length)).toBe(2)
    expect(problems.filter((problem) => /integrity/i.test(problem))).toEqual([])
    await close()
  })

  it('does not run it when the bytes are not those its integrity names', async () => {
    const { page, problems, close } = await open(await pinnedPage(`sha384-${createHash('sha384').update('something else').digest('base64')}`))
    await expect.poll(() => problems.some((problem) => /integrity/i.test(problem)), { timeout: 10_000 }).toBe(true)
    expect(await page.evaluate(() => customElements.get('meeting-the-world') === undefined)).toBe(true)
    expect(await page.evaluate(() => document.getElementById('pinned')?.shadowRoot ?? null)).toBeNull()
    await close()
  })
})
