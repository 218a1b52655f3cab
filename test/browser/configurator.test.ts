/**
 * The configurator as a partner city's web developer uses it: choose options
 * with the form (no script needed), read the code from the page, paste it with
 * the page's CSP sources into a fresh page on their own origin, and see there
 * what the configurator previewed.
 */
import type { Browser, Frame, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium, screenshot, seriousViolations, startHostSite } from './browser'

const worker = inject('workerOrigin')

let browser: Browser
const closers: (() => Promise<void>)[] = []

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  for (const close of closers) await close()
  await browser?.close()
})

/** A fresh browser context's page, collecting its uncaught errors and console errors (CSP refusals among them). */
async function open(url: string, javaScriptEnabled = true) {
  const context = await browser.newContext({ javaScriptEnabled })
  closers.push(() => context.close())
  const page = await context.newPage()
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  await page.goto(url)
  return { page, problems }
}

/** The titles the first `<meeting-the-world>` on `page` shows, once it has loaded. */
async function elementTitles(page: Page): Promise<string[]> {
  await page.waitForFunction(
    () => {
      const state = document.querySelector('meeting-the-world')?.shadowRoot?.querySelector('.mtw')?.getAttribute('data-state')
      return state && state !== 'loading'
    },
    undefined,
    { timeout: 20_000 },
  )
  return page.evaluate(() =>
    [...(document.querySelector('meeting-the-world')?.shadowRoot?.querySelectorAll('.title a') ?? [])].map((a) => a.textContent ?? ''),
  )
}

/** The titles the iframe of our `/embed` on `page` shows. */
async function frameTitles(page: Page): Promise<string[]> {
  const frame = await new Promise<Frame>((resolve, reject) => {
    const find = () => page.frames().find((candidate) => candidate.url().startsWith(`${worker}/embed?`))
    const found = find()
    if (found) return resolve(found)
    const timer = setTimeout(() => reject(new Error('No iframe of /embed')), 20_000)
    page.on('framenavigated', () => {
      const late = find()
      if (late) {
        clearTimeout(timer)
        resolve(late)
      }
    })
  })
  await frame.waitForSelector('.mtw', { timeout: 20_000 })
  return frame.locator('.title a').allTextContents()
}

/**
 * The code of one form (`element`, `iframe`) as a partner copies it from its `<textarea>` (`pinned`:
 * the one with the versioned script), and the CSP sources printed for it.
 */
async function copied(page: Page, form: string, textarea = `${form}-code`): Promise<{ code: string; policy: string }> {
  const code = await page.locator(`#${textarea}`).inputValue()
  const policy = await page.locator(`#${form}-policy`).innerText()
  return { code, policy: policy.split(/;\s*/).join('; ') }
}

/** A partner's page on another origin: a strict policy plus the sources the configurator named, and the code. */
async function hostPage(code: string, policy: string): Promise<string> {
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Sister cities</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; ${policy}">
</head><body><main><h1>Our sister city Guiyang</h1>
${code}
</main></body></html>`
  const host = await startHostSite({ '/partner.html': html })
  closers.push(host.close)
  return `${host.origin}/partner.html`
}

describe('the widget configurator', () => {
  it('chooses the widget’s options with its form, without JavaScript', async () => {
    const { page } = await open(`${worker}/en/embed/`, false)
    await page.selectOption('#city', 'fort-worth')
    await page.selectOption('#lang', 'zh')
    await page.fill('#limit', '3')
    await page.selectOption('#layout', 'timeline')
    await page.check('input[name="target"]')
    await Promise.all([page.waitForURL(/\/en\/embed\/\?/), page.click('button[type="submit"]')])
    const code = await page.locator('#element-code').inputValue()
    expect(code.split('\n')[0]).toBe(
      '<meeting-the-world lang="zh-Hans" city="fort-worth" limit="3" layout="timeline" target="new"></meeting-the-world>',
    )
    expect(await page.locator('#city').inputValue()).toBe('fort-worth')
  })

  it('gives web-component code that, pasted into a strict page on another origin, shows what it previewed', async () => {
    const { page, problems } = await open(`${worker}/en/embed/?lang=zh&limit=3&theme=dark&target=new`)
    const previewed = await elementTitles(page)
    expect(previewed).toHaveLength(3)
    expect(problems).toEqual([])
    await screenshot(page, 'configurator')
    expect(await seriousViolations(page)).toEqual([])
    const { code, policy } = await copied(page, 'element')
    expect(policy).toBe(`script-src ${worker}; connect-src ${worker}`)

    const partner = await open(await hostPage(code, policy))
    expect(await elementTitles(partner.page)).toEqual(previewed)
    // In the same theme and layout, its links opening a new tab as chosen.
    const look = (on: Page) =>
      on.evaluate(() => {
        const box = document.querySelector('meeting-the-world')?.shadowRoot?.querySelector('.mtw')
        return {
          className: box?.getAttribute('class'),
          targets: [...(box?.querySelectorAll('.title a') ?? [])].map((a) => a.getAttribute('target')),
        }
      })
    expect(await look(partner.page)).toEqual(await look(page))
    expect((await look(page)).targets).toEqual(['_blank', '_blank', '_blank'])
    const links = await partner.page.evaluate(() =>
      [...(document.querySelector('meeting-the-world')?.shadowRoot?.querySelectorAll('.title a') ?? [])].map((a) => a.getAttribute('href')),
    )
    expect(links.every((href) => href?.startsWith(`${worker}/zh/entries/`))).toBe(true)
    // Not one refusal: the printed sources are all a strict page needs (the widget's styles need none).
    expect(partner.problems).toEqual([])
  })

  it('gives code with the script pinned by its integrity that works the same on a strict page', async () => {
    const { page } = await open(`${worker}/zh/embed/?city=fort-worth&layout=timeline`)
    const previewed = await elementTitles(page)
    const { code, policy } = await copied(page, 'element', 'element-pinned')
    expect(code).toMatch(/integrity="sha384-[^"]+" crossorigin="anonymous"/)
    const partner = await open(await hostPage(code, policy))
    expect(await elementTitles(partner.page)).toEqual(previewed)
    // Not one refusal: the printed sources are all a strict page needs (the widget's styles need none).
    expect(partner.problems).toEqual([])
  })

  it('gives iframe code that, pasted into a strict page on another origin, shows what it previewed', async () => {
    const { page } = await open(`${worker}/zh-hant/embed/?city=fort-worth&limit=2`)
    const previewed = await frameTitles(page)
    expect(previewed.length).toBeGreaterThan(0)
    const { code, policy } = await copied(page, 'iframe')
    expect(policy).toBe(`frame-src ${worker}`)

    const partner = await open(await hostPage(code, policy))
    expect(await frameTitles(partner.page)).toEqual(previewed)
    // Tall enough for its entries without the sizing script.
    const height = await partner.page.locator('iframe').evaluate((frame) => frame.getBoundingClientRect().height)
    expect(height).toBeGreaterThan(150)
    expect(partner.problems).toEqual([])
  })

  it('previews the map layout in both forms, under its own strict policy', async () => {
    const { page, problems } = await open(`${worker}/zh/embed/?layout=map&limit=7`)
    await elementTitles(page)
    const cities = () => page.evaluate(() => document.querySelector('meeting-the-world')?.shadowRoot?.querySelectorAll('a.city').length)
    expect(await cities()).toBe(7)
    const frame = page.frameLocator('#iframe-preview iframe')
    await expect.poll(() => frame.locator('a.city').count(), { timeout: 20_000 }).toBe(7)
    expect(await page.locator('#layout').inputValue()).toBe('map')
    await screenshot(page, 'configurator-map')
    expect(await seriousViolations(page)).toEqual([])
    expect(problems).toEqual([])
  })

  it('gives sandbox flags with which the pasted iframe’s entry links still open the partner’s page', async () => {
    const { page } = await open(`${worker}/en/embed/?city=fort-worth`)
    const { code, policy } = await copied(page, 'iframe')
    const sandbox = await page.locator('#iframe-sandbox').innerText()
    const partner = await open(await hostPage(code.replace('<iframe ', `<iframe ${sandbox} `), policy))
    await frameTitles(partner.page)
    const frame = partner.page.frames().find((candidate) => candidate.url().startsWith(`${worker}/embed?`))
    const link = frame?.locator('.title a').first()
    const href = await link?.getAttribute('href')
    expect(href).toBe(`${worker}/en/entries/fort-worth-2011`)
    await Promise.all([partner.page.waitForURL(href ?? ''), link?.click()])
    // Not one refusal: the printed sources are all a strict page needs (the widget's styles need none).
    expect(partner.problems).toEqual([])
  })
})
