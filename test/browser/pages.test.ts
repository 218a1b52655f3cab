import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest'
import { launchChromium, renderedFonts, screenshot, seriousViolations } from './browser'
import { simplifiedOnly } from './simplified-only'

const worker = inject('workerOrigin')
let browser: Browser
let context: BrowserContext
let page: Page
/** Errors the pages log in the current test, Content-Security-Policy violations included. */
const problems: string[] = []

beforeAll(async () => {
  browser = await launchChromium()
  context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 } })
  page = await context.newPage()
  page.on('pageerror', (error) => problems.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('404')) problems.push(message.text())
  })
})

beforeEach(() => {
  // Each test answers for the errors of the pages it opened, not for an earlier test's.
  problems.length = 0
})

afterAll(async () => {
  await browser?.close()
})

describe('the reader pages in Chromium', () => {
  it('sends a Chinese-speaking browser from / to /zh/', async () => {
    await page.goto(`${worker}/`)
    expect(new URL(page.url()).pathname).toBe('/zh/')
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans')
  })

  it.each([
    ['/en/', 'en-home'],
    ['/zh/', 'zh-home'],
    ['/zh-hant/', 'zh-hant-home'],
    ['/en/?country=US&topic=education', 'en-home-filtered'],
    ['/en/entries/vicenza-2018', 'en-entry'],
    ['/zh/entries/palmerston-north-1992', 'zh-entry'],
    ['/zh-hant/entries/fort-worth-2011', 'zh-hant-entry'],
    ['/zh/entries/atlantis-2030', 'zh-not-found'],
    ['/zh/json-feed-extension', 'zh-json-feed-extension'],
  ])('shows %s without a serious accessibility violation or an error', async (path, name) => {
    await page.goto(`${worker}${path}`)
    await screenshot(page, name)
    expect(problems).toEqual([])
    // axe-core is injected through DevTools, which the page's CSP does not govern.
    expect(await seriousViolations(page)).toEqual([])
  })

  it.each([
    ['/en/', 'en', null],
    ['/zh/', 'zh-Hans', 'Noto Sans CJK SC'],
    ['/zh-hant/', 'zh-Hant', 'Noto Sans CJK TC'],
  ])('draws %s in its own script, the Chinese in a CJK font rather than boxes', async (path, tag, cjkFont) => {
    await page.goto(`${worker}${path}`)
    expect(await page.getAttribute('html', 'lang')).toBe(tag)
    // What Chromium drew the heading and the first entry's title with: every Chinese glyph from a
    // CJK font (a missing one would be drawn by a fallback as a box), none in English.
    const drawn = {
      ...(await renderedFonts(page, `document.querySelector('h1')`)),
      ...(await renderedFonts(page, `document.querySelector('.entries a')`)),
    }
    if (cjkFont) expect(Object.keys(drawn)).toContain(cjkFont)
    else expect(Object.keys(drawn).join()).not.toMatch(/CJK/)
    // The Chinese measures as full-width characters do: one em each.
    const ems = await page.evaluate(() => {
      // The title's Chinese characters alone, on one line where the title is, in its font.
      const title = document.querySelector<HTMLAnchorElement>('.entries a')!
      const probe = document.createElement('span')
      probe.style.cssText = 'position:absolute;white-space:nowrap'
      probe.textContent = (title.textContent ?? '').match(/\p{Script=Han}/gu)?.join('') ?? ''
      title.appendChild(probe)
      const ems = probe.getBoundingClientRect().width / parseFloat(getComputedStyle(probe).fontSize) / probe.textContent.length
      probe.remove()
      return probe.textContent ? Math.round(ems * 100) / 100 : null
    })
    expect(ems).toBe(cjkFont ? 1 : null)
    if (tag === 'zh-Hant') expect(simplifiedOnly((await page.textContent('main')) ?? '')).toEqual([])
    expect(problems).toEqual([])
  })

  it('loads the icons it names, as its own policy allows, with no violation', async () => {
    // Headless Chromium asks for no icon of its own accord: the page loads each as an image, under its CSP.
    await page.goto(`${worker}/en/entries/vicenza-2018`)
    const icons = await page.evaluate(() =>
      Promise.all(
        Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="icon"]'), (link) => {
          const image = new Image()
          const loaded = new Promise<number>((resolve) => {
            image.onload = () => resolve(image.naturalWidth)
            image.onerror = () => resolve(0)
          })
          image.src = link.href
          return loaded.then((width) => [link.getAttribute('href'), width > 0] as const)
        }),
      ),
    )
    expect(icons).toEqual([
      ['/favicon.ico', true],
      ['/icons/icon-64.png', true],
    ])
    expect(problems).toEqual([])
  })

  it('keeps its contrast in a dark colour scheme', async () => {
    const dark = await browser.newContext({ colorScheme: 'dark' })
    const darkPage = await dark.newPage()
    for (const [name, path] of [['zh-home-dark', '/zh/'], ['en-entry-dark', '/en/entries/burnaby-2014']]) {
      await darkPage.goto(`${worker}${path}`)
      await screenshot(darkPage, name ?? 'dark')
      expect(await seriousViolations(darkPage), path).toEqual([])
    }
    await dark.close()
  })

  it('reads well on a phone: nothing wider than the screen', async () => {
    await page.goto(`${worker}/zh/`)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
  })

  it('lets a keyboard user skip to the entries and follow one', async () => {
    await page.goto(`${worker}/en/`)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the entries')
    await page.keyboard.press('Enter')
    await page.waitForURL(`${worker}/en/#entries`)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('entries')
    // The next stop is the first entry's title, past the header.
    let text = ''
    for (let step = 0; step < 20 && !text.includes('Vicenza'); step++) {
      await page.keyboard.press('Tab')
      text = (await page.evaluate(() => document.activeElement?.textContent)) ?? ''
    }
    expect(text).toBe('Vicenza and Guiyang sign friendship agreement')
    await page.keyboard.press('Enter')
    await page.waitForURL(`${worker}/en/entries/vicenza-2018`)
    expect(await page.textContent('h1')).toBe('Vicenza and Guiyang sign friendship agreement')
  })

  it('switches language from an entry to the same entry in Chinese', async () => {
    await page.goto(`${worker}/en/entries/berkeley-2018`)
    await page.click('header nav a[lang="zh-Hans"]')
    await page.waitForURL(`${worker}/zh/entries/berkeley-2018`)
    expect(await page.textContent('h1')).toBe('贵阳市与美国伯克利市签署友好交流谅解备忘录')
  })

  it('tells a reader which feed to pick, hands over its address, and offers the lists', async () => {
    await page.goto(`${worker}/zh/`)
    const recommended = page.getByLabel(/^Atom 1\.0（推荐）：适用于大多数阅读器/)
    expect(await recommended.inputValue()).toBe(`${worker}/zh/atom.xml`)
    // The label is the address's own: clicking it puts the address in focus, ready to copy.
    await page.click('label[for="feed-atom"]')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('feed-atom')
    expect(await page.getByRole('link', { name: '打开JSON Feed 1.1订阅源' }).getAttribute('href')).toBe(`${worker}/zh/feed.json`)
    const lists = page.getByRole('list', { name: '导入订阅列表（OPML）' }).getByRole('link')
    expect(await lists.allTextContents()).toEqual([
      '英文、简体中文和繁体中文（Atom）',
      '仅简体中文（Atom）',
      '英文、简体中文和繁体中文，供JSON Feed阅读器使用',
    ])
    expect(await lists.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
      `${worker}/feeds.opml`,
      `${worker}/zh/feeds.opml`,
      `${worker}/json-feeds.opml`,
    ])
    expect(problems).toEqual([])
  })

  it('filters with plain links and no JavaScript', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false })
    const plain = await noScript.newPage()
    await plain.goto(`${worker}/en/`)
    await plain.click('summary')
    await plain.click('a[href$="?city=burnaby"]')
    // The click starts a navigation; the list to count is the next page's.
    await plain.waitForURL(`${worker}/en/?city=burnaby`)
    expect(await plain.locator('ol.entries > li').count()).toBe(1)
    expect(await plain.textContent('ol.entries')).toContain('Burnaby')
    await noScript.close()
  })
})
