import type { Locator, Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { languageById, languageFromTag } from '../../schemas/languages'
import { renderedFonts, screenshot, seriousViolations } from './browser'
import { simplifiedOnly } from './simplified-only'
import { settled, widgetHost } from './widget-host'

const worker = inject('workerOrigin')

/** A partner city's page, with the snippets the README gives. */
const WIDGETS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Fort Worth Sister Cities</title>
<style>
  body { font-family: Georgia, serif; margin: 2rem; background: #fafafa }
  #custom { --mtw-font: Georgia, serif; --mtw-link: rgb(120, 0, 40); --mtw-background: rgb(255, 250, 240) }
</style></head>
<body><main>
<h1>Our sister city Guiyang</h1>
<a id="before" href="#">Before the widgets</a>
<h2>中文</h2>
<meeting-the-world id="zh" lang="zh" city="fort-worth" limit="5" theme="dark" layout="timeline"></meeting-the-world>
<h2>English</h2>
<meeting-the-world id="en" lang="en" limit="3" theme="light"></meeting-the-world>
<h2>Styled</h2>
<meeting-the-world id="custom" lang="en" country="US" limit="2"></meeting-the-world>
<h2>Bad values</h2>
<meeting-the-world id="bad" lang="klingon" limit="lots" theme="neon" layout="grid" city="atlantis"></meeting-the-world>
<h2>Nothing matches</h2>
<meeting-the-world id="empty" lang="zh" country="FR"></meeting-the-world>
</main>
<script src="${worker}/embed.js" async></script>
</body></html>`

const IFRAME_PAGE = `<!doctype html>
<html lang="zh-Hans"><head><meta charset="utf-8"><title>沃思堡</title></head>
<body><main><h1>贵阳</h1>
<iframe id="frame" src="${worker}/embed?lang=zh&city=fort-worth&theme=dark" title="走向世界" style="width:100%;border:0" loading="lazy"></iframe>
<iframe id="bad" src="${worker}/embed?lang=xx&limit=-1&theme=neon&city=%3Cb%3E" title="Meeting the World" style="width:100%;border:0"></iframe>
</main>
<script>
addEventListener('message', function (event) {
  if (event.origin !== '${worker}' || !event.data || event.data.type !== 'meeting-the-world:height') return;
  document.querySelectorAll('iframe').forEach(function (frame) {
    if (frame.contentWindow === event.source) frame.style.height = event.data.height + 'px';
  });
});
</script></body></html>`

/**
 * Language tags a partner might write, on a page in English, and the language the widget then
 * speaks (by its tag). `zh-Latn` (Chinese in the Latin script) is one the widget's own copy of
 * the rule once read as Simplified Chinese; `zh-HK` it once read as English.
 */
const LANGUAGE_TAGS: readonly (readonly [string, string])[] = [
  ['zh-Hans-HK', 'zh-Hans'],
  ['ZH_cn', 'zh-Hans'],
  ['zh-SG', 'zh-Hans'],
  ['zh', 'zh-Hans'],
  ['zh-TW', 'zh-Hant'],
  ['zh-HK', 'zh-Hant'],
  ['zh-MO', 'zh-Hant'],
  ['zh-Hant', 'zh-Hant'],
  ['zh-Hant-CN', 'zh-Hant'],
  ['zh-Latn', 'en'],
  ['en-NZ', 'en'],
  ['mi', 'en'],
]

const LANGUAGES_PAGE = `<!doctype html>
<html lang="en-US"><head><meta charset="utf-8"><title>Partner languages</title></head>
<body><main><h1>Languages</h1>
${LANGUAGE_TAGS.map(([tag], index) => `<meeting-the-world id="tag-${index}" lang="${tag}" limit="1"></meeting-the-world>`).join('\n')}
</main>
<script src="${worker}/embed.js" async></script>
</body></html>`

/**
 * A partner city's page in Traditional Chinese: a widget that names no language, one that asks for
 * Simplified, one for English, and the iframe asked for `zh-TW`.
 */
const TRADITIONAL_PAGE = `<!doctype html>
<html lang="zh-Hant"><head><meta charset="utf-8"><title>本拿比市</title></head>
<body><main><h1>貴陽市</h1>
<meeting-the-world id="page" limit="7"></meeting-the-world>
<meeting-the-world id="simplified" lang="zh-CN" limit="7"></meeting-the-world>
<meeting-the-world id="english" lang="en" limit="7"></meeting-the-world>
<iframe id="frame" src="${worker}/embed?lang=zh-TW&limit=7" title="走向世界" style="width:100%;border:0"></iframe>
</main>
<script src="${worker}/embed.js" async></script>
</body></html>`

/** Filters the API would refuse, beside one it takes: the iframe page leaves out only those. */
const FILTERS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Partner filters</title></head>
<body><main><h1>Filters</h1>
<meeting-the-world id="filters" lang="en" city="Fort Worth" country="XX" topic="magic" year="18"></meeting-the-world>
</main>
<script src="${worker}/embed.js" async></script>
</body></html>`

const host = widgetHost({
  '/widgets.html': WIDGETS_PAGE,
  '/iframe.html': IFRAME_PAGE,
  '/languages.html': LANGUAGES_PAGE,
  '/filters.html': FILTERS_PAGE,
  '/traditional.html': TRADITIONAL_PAGE,
})

/** Opens a host page, collecting its uncaught errors and CSP complaints. */
async function open(path: string, colorScheme: 'light' | 'dark' = 'light') {
  const context = await host.browser.newContext({ colorScheme })
  const page = await context.newPage()
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  await page.goto(`${host.origin}${path}`)
  return { page, problems, close: () => context.close() }
}

/** The widget's state and what it shows, from inside its shadow root. */
function widget(page: Page, id: string) {
  return page.evaluate((id) => {
    const box = document.getElementById(id)?.shadowRoot?.querySelector('.mtw')
    if (!box) return null
    const link = box.querySelector('a')
    return {
      state: box.getAttribute('data-state'),
      lang: box.getAttribute('lang'),
      className: box.getAttribute('class'),
      titles: [...box.querySelectorAll('.title a')].map((a) => a.textContent),
      text: box.textContent ?? '',
      links: [...box.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      background: getComputedStyle(box).backgroundColor,
      color: getComputedStyle(box).color,
      font: getComputedStyle(box).fontFamily,
      link: link ? getComputedStyle(link).color : null,
    }
  }, id)
}


const ALL = ['zh', 'en', 'custom', 'bad', 'empty']

describe('<meeting-the-world> on a partner city’s page', () => {
  it('shows one city’s entries in Chinese, as a dark timeline, linking to the entry and the feed', async () => {
    const { page, problems, close } = await open('/widgets.html')
    await settled(page, ALL)
    const zh = await widget(page, 'zh')
    expect(zh).toMatchObject({ state: 'ready', lang: 'zh-Hans', className: 'mtw dark timeline' })
    expect(zh?.titles).toHaveLength(1)
    expect(zh?.text).toContain('沃思堡')
    expect(zh?.text).toContain('2011年')
    expect(zh?.links).toContain(`${worker}/zh/entries/fort-worth-2011`)
    expect(zh?.links).toContain(`${worker}/zh/?city=fort-worth#subscribe`)
    expect(zh?.background).toBe('rgb(27, 27, 26)')
    await screenshot(page, 'widget-host-page')
    // The bad widget's unknown city is left out by the server, never a 400 in the host's console.
    expect(problems).toEqual([])
    await close()
  })

  it('shows English entries, newest first, as many as asked for, on a light theme', async () => {
    const { page, close } = await open('/widgets.html', 'dark')
    await settled(page, ALL)
    const en = await widget(page, 'en')
    expect(en).toMatchObject({ state: 'ready', lang: 'en', className: 'mtw light list', background: 'rgb(255, 255, 255)' })
    expect(en?.titles).toEqual([
      'Vicenza and Guiyang sign friendship agreement',
      'Guiyang and Berkeley sign friendship memorandum of understanding',
      'Cupertino and Guiyang sign friendship agreement at Big Data Expo',
    ])
    expect(en?.text).toContain('December 2018 · Vicenza, Italy')
    await close()
  })

  it('takes the host’s fonts and colours through CSS custom properties', async () => {
    const { page, close } = await open('/widgets.html')
    await settled(page, ALL)
    const custom = await widget(page, 'custom')
    expect(custom?.titles).toHaveLength(2)
    expect(custom?.font).toContain('Georgia')
    expect(custom?.link).toBe('rgb(120, 0, 40)')
    expect(custom?.background).toBe('rgb(255, 250, 240)')
    await close()
  })

  it('follows the reader’s colour scheme with theme auto', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page, close } = await open('/widgets.html', scheme)
      await settled(page, ALL)
      const bad = await widget(page, 'bad')
      expect(bad?.background).toBe(scheme === 'dark' ? 'rgb(27, 27, 26)' : 'rgb(255, 255, 255)')
      await screenshot(page, `widget-host-page-${scheme}`)
      await close()
    }
  })

  it('falls back to defaults for values it cannot use, without an error on the host page', async () => {
    const { page, problems, close } = await open('/widgets.html')
    await settled(page, ALL)
    const bad = await widget(page, 'bad')
    expect(bad).toMatchObject({ state: 'ready', lang: 'en', className: 'mtw auto list' })
    expect(bad?.titles).toHaveLength(5)
    // The unknown city is left out (every entry shown), in one request, with nothing in the host's console.
    expect(problems).toEqual([])
    await close()
  })

  it('says so when nothing matches', async () => {
    const { page, close } = await open('/widgets.html')
    await settled(page, ALL)
    const empty = await widget(page, 'empty')
    expect(empty).toMatchObject({ state: 'empty', lang: 'zh-Hans' })
    expect(empty?.text).toContain('暂无条目。')
    await close()
  })

  it('shows a loading state, then an error state when the API cannot be reached', async () => {
    const context = await host.browser.newContext()
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    let release: () => void = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route('**/embed.json**', async (route) => {
      await held
      await route.abort()
    })
    await page.goto(`${host.origin}/widgets.html`)
    await page.waitForFunction(() => document.getElementById('zh')?.shadowRoot?.querySelector('.mtw')?.getAttribute('data-state') === 'loading')
    expect((await widget(page, 'zh'))?.text).toContain('正在加载条目……')
    await screenshot(page, 'widget-loading')
    release()
    await settled(page, ALL)
    const zh = await widget(page, 'zh')
    expect(zh).toMatchObject({ state: 'error' })
    expect(zh?.text).toContain('无法加载条目。')
    expect(zh?.links).toContain(`${worker}/zh/?city=fort-worth`)
    await screenshot(page, 'widget-error')
    expect(errors).toEqual([])
    await context.close()
  })

  it('is reachable with the keyboard: Tab goes through each entry link in order', async () => {
    const { page, close } = await open('/widgets.html')
    await settled(page, ALL)
    await page.focus('#before')
    const focused: string[] = []
    for (let step = 0; step < 3; step++) {
      await page.keyboard.press('Tab')
      focused.push(
        await page.evaluate(() => {
          const host = document.activeElement
          return `${host?.id}:${host?.shadowRoot?.activeElement?.textContent ?? ''}`
        }),
      )
    }
    expect(focused[0]).toMatch(/^zh:.*沃思堡/)
    expect(focused[1]).toBe('zh:全部条目')
    expect(focused[2]).toBe('zh:订阅')
    await close()
  })

  it('reads its lang as the API reads a language tag, and otherwise speaks the page’s language', async () => {
    const { page, problems, close } = await open('/languages.html')
    const ids = LANGUAGE_TAGS.map((_, index) => `tag-${index}`)
    await settled(page, ids)
    const shown = await Promise.all(ids.map(async (id, index) => [LANGUAGE_TAGS[index]![0], (await widget(page, id))?.lang]))
    // The page is in English: a tag that is none of our languages falls back to it.
    expect(shown).toEqual(LANGUAGE_TAGS)
    // The one rule the API, pages and feeds follow says the same.
    expect(LANGUAGE_TAGS.map(([tag]) => languageById(languageFromTag(tag) ?? 'en').tag)).toEqual(LANGUAGE_TAGS.map(([, shown]) => shown))
    expect(problems).toEqual([])
    await close()
  })

  it('leaves out a country, topic or year the API does not know, and keeps the city', async () => {
    const { page, problems, close } = await open('/filters.html')
    await settled(page, ['filters'])
    const filtered = await widget(page, 'filters')
    expect(filtered?.titles).toEqual(['Guiyang delegation signs friendship agreement in Fort Worth'])
    expect(filtered?.links).toContain(`${worker}/en/?city=fort-worth`)
    expect(problems).toEqual([])
    await close()
  })

  it('renders again when the host changes an attribute', async () => {
    const { page, problems, close } = await open('/widgets.html')
    await settled(page, ALL)
    await page.evaluate(() => {
      const element = document.getElementById('zh')
      element?.setAttribute('lang', 'en')
      element?.setAttribute('layout', 'list')
    })
    await page.waitForFunction(() => document.getElementById('zh')?.shadowRoot?.querySelector('.mtw[lang="en"][data-state="ready"]'))
    const zh = await widget(page, 'zh')
    expect(zh).toMatchObject({ className: 'mtw dark list', titles: ['Guiyang delegation signs friendship agreement in Fort Worth'] })
    expect(problems).toEqual([])
    await close()
  })

  it('has no serious accessibility violation', async () => {
    const { page, close } = await open('/widgets.html')
    await settled(page, ALL)
    expect(await seriousViolations(page)).toEqual([])
    await close()
  })
})

describe('the iframe widget on a partner city’s page', () => {
  it('shows the entries, sizes itself through postMessage, and breaks no CSP rule', async () => {
    const { page, problems, close } = await open('/iframe.html')
    const frame = page.frameLocator('#frame')
    await expect.poll(() => frame.locator('.mtw').getAttribute('class')).toBe('mtw dark list')
    expect(await frame.locator('.title a').allTextContents()).toHaveLength(1)
    expect(await frame.locator('html').getAttribute('lang')).toBe('zh-Hans')
    const bad = page.frameLocator('#bad')
    // Each frame is as tall as its content, which the parent learnt only from its messages.
    for (const id of ['frame', 'bad']) {
      await expect
        .poll(async () => {
          const [height, content] = await Promise.all([
            page.evaluate((id) => document.getElementById(id)?.getBoundingClientRect().height ?? 0, id),
            page.frameLocator(`#${id}`).locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height)),
          ])
          return { matches: height === content, height }
        })
        .toMatchObject({ matches: true })
    }
    expect(await page.evaluate(() => document.getElementById('bad')?.getBoundingClientRect().height)).toBeGreaterThan(400)
    expect(await bad.locator('.mtw').getAttribute('class')).toBe('mtw auto list')
    expect(await bad.locator('.title a').count()).toBe(5)
    await screenshot(page, 'iframe-host-page')
    expect(problems).toEqual([])
    await close()
  })

  it('has no serious accessibility violation', async () => {
    const context = await host.browser.newContext({ bypassCSP: true })
    const page = await context.newPage()
    await page.goto(`${worker}/embed?lang=zh&layout=timeline`)
    await screenshot(page, 'iframe-page-zh-timeline')
    expect(await seriousViolations(page)).toEqual([])
    await context.close()
  })
})

const TRADITIONAL_IDS = ['page', 'simplified', 'english']

/** A widget's titles and summaries, in its shadow root or the iframe page, as an expression evaluated in the page (for renderedFonts). */
const entryTexts = (id?: string) => `(${id ? `document.getElementById('${id}').shadowRoot` : 'document'}).querySelectorAll('.title a, .summary')`

/** Those with quotation marks or an ellipsis. */
const withPunctuation = (id?: string) => `[...${entryTexts(id)}].filter((element) => /[“”…]/.test(element.textContent))`

/** The widget's line height, in ems of its font size. */
const lineHeight = (box: Locator) => box.evaluate((element) => {
  const style = getComputedStyle(element)
  return Math.round((parseFloat(style.lineHeight) / parseFloat(style.fontSize)) * 100) / 100
})

describe('the Traditional Chinese edition on a partner city’s page', () => {
  it('speaks the page’s Traditional Chinese, with the publisher’s names and no Simplified-only character', async () => {
    const { page, problems, close } = await open('/traditional.html')
    await settled(page, TRADITIONAL_IDS)
    const traditional = await widget(page, 'page')
    expect(traditional).toMatchObject({ state: 'ready', lang: 'zh-Hant' })
    expect(traditional?.titles).toHaveLength(7)
    for (const name of ['貴陽市', '意大利', '新西蘭']) expect(traditional?.text).toContain(name)
    expect(simplifiedOnly(traditional?.text ?? '')).toEqual([])
    expect(traditional?.links).toContain(`${worker}/zh-hant/entries/fort-worth-2011`)
    expect(traditional?.links).toContain(`${worker}/zh-hant/#subscribe`)
    // The check finds what it looks for: the widget that asked for zh-CN speaks Simplified.
    const simplified = await widget(page, 'simplified')
    expect(simplified).toMatchObject({ state: 'ready', lang: 'zh-Hans' })
    expect(simplifiedOnly(simplified?.text ?? '')).toEqual(expect.arrayContaining(['贵', '阳', '与', '协', '议']))
    await screenshot(page, 'widget-zh-hant-host-page')
    expect(problems).toEqual([])
    await close()
  })

  it('sets Chinese in a CJK font of its script, “” and … included, with room between the lines', async () => {
    const { page, close } = await open('/traditional.html')
    await settled(page, TRADITIONAL_IDS)
    for (const [id, font] of [['page', 'Noto Sans CJK TC'], ['simplified', 'Noto Sans CJK SC']] as const) {
      // Every glyph of the titles and summaries, digits, quotation marks and ellipses too, from the
      // CJK font of its script: none in a Latin font, none in a fallback.
      expect(Object.keys(await renderedFonts(page, entryTexts(id))), id).toEqual([font])
      expect(Object.keys(await renderedFonts(page, withPunctuation(id))), id).toEqual([font])
      expect(await lineHeight(page.locator(`#${id} .mtw`)), id).toBeCloseTo(1.75, 2)
    }
    // English stays in the Latin font, ellipses included, its lines closer.
    expect(Object.keys(await renderedFonts(page, entryTexts('english'))).join()).not.toMatch(/CJK/)
    expect(Object.keys(await renderedFonts(page, withPunctuation('english'))).join()).not.toMatch(/CJK/)
    expect(await lineHeight(page.locator('#english .mtw'))).toBeCloseTo(1.5, 2)
    await close()
  })

  it('the iframe asked for zh-TW shows the same Traditional entries as the element', async () => {
    const { page, problems, close } = await open('/traditional.html')
    await settled(page, TRADITIONAL_IDS)
    const frame = page.frameLocator('#frame')
    await expect.poll(() => frame.locator('html').getAttribute('lang')).toBe('zh-Hant')
    const text = (await frame.locator('.mtw').textContent()) ?? ''
    for (const name of ['貴陽市', '意大利', '新西蘭']) expect(text).toContain(name)
    expect(simplifiedOnly(text)).toEqual([])
    expect(await frame.locator('.title a').allTextContents()).toEqual((await widget(page, 'page'))?.titles)
    // Both forms write a place as Chinese does, from the country down, with no separator.
    const places = await page.locator('#page .meta').allTextContents()
    expect(places).toContain('2018年12月 · 意大利維琴察')
    expect(await frame.locator('.meta').allTextContents()).toEqual(places)
    expect(await frame.locator('.more a').first().getAttribute('href')).toBe(`${worker}/zh-hant/`)
    await screenshot(page, 'iframe-zh-hant-host-page')
    expect(problems).toEqual([])
    await close()
  })

  it('the iframe page sets its Chinese as the element does', async () => {
    const context = await host.browser.newContext()
    const page = await context.newPage()
    await page.goto(`${worker}/embed?lang=zh-TW&limit=7`)
    expect(Object.keys(await renderedFonts(page, entryTexts()))).toEqual(['Noto Sans CJK TC'])
    expect(Object.keys(await renderedFonts(page, withPunctuation()))).toEqual(['Noto Sans CJK TC'])
    expect(await lineHeight(page.locator('.mtw'))).toBeCloseTo(1.75, 2)
    await screenshot(page, 'iframe-page-zh-hant')
    await context.close()
  })
})
