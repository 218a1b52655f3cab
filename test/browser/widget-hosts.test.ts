/**
 * `<meeting-the-world>` on the pages partner cities really have, each on another origin: one with a
 * strict Content-Security-Policy, one with hostile global styles, one that sets the element's font
 * size; and the options partners ask for (new tab, the host's date locale), word-boundary
 * summaries, and a height held while the entries load.
 */
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import type { EmbedDataJson } from '../../server/embed/data'
import { screenshot, seriousViolations } from './browser'
import { touchingLabels } from './map-labels'
import { settled, widgetHost } from './widget-host'

const worker = inject('workerOrigin')

/** What a partner allows for the web component, and nothing more: our origin for its script and its requests. */
const STRICT_POLICY = `default-src 'none'; script-src ${worker}; connect-src ${worker}; style-src 'self'`

const SCRIPT = `<script src="${worker}/embed.js" async></script>`

/** The request the widget makes for its entries, to hold or fail it. */
const DATA_REQUEST = '**/embed.json**'

const STRICT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${STRICT_POLICY}">
<title>A strict city site</title></head>
<body><main><h1>Sister cities</h1>
<meeting-the-world id="strict" lang="en" limit="3" theme="light"></meeting-the-world>
</main>${SCRIPT}</body></html>`

const WIDGETS = `<meeting-the-world id="widget" lang="en" limit="3" theme="light"></meeting-the-world>
<meeting-the-world id="big" lang="en" limit="1" theme="light"></meeting-the-world>
<meeting-the-world id="custom" lang="en" limit="1" theme="light"></meeting-the-world>`

/** A plain host: the browser's defaults, a fixed column. */
const PLAIN_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A plain city site</title>
<style>main { width: 640px } #big { font-size: 20px } #custom { --mtw-font-size: 18px }</style></head>
<body><main>${WIDGETS}</main>${SCRIPT}</body></html>`

/** A host with a framework's resets and the global text styles real municipal sites have. */
const HOSTILE_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A hostile city site</title>
<style>
  *, ::before, ::after { box-sizing: border-box }
  html { font-size: 10px }
  body { margin: 0; font-family: Georgia, serif; font-size: 1.4rem; font-weight: 300; line-height: 2.2; color: #212529;
         text-align: justify; letter-spacing: 2px; word-spacing: 5px; text-transform: uppercase; text-indent: 3em;
         font-style: italic; white-space: pre-wrap }
  p { margin-top: 0; margin-bottom: 1rem }
  ol, ul { padding-left: 2rem }
  a { color: #0d6efd; text-decoration: underline }
  main { width: 640px } #big { font-size: 20px } #custom { --mtw-font-size: 18px }
</style></head>
<body><main>${WIDGETS}</main>${SCRIPT}</body></html>`

const OPTIONS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Options</title></head>
<body><main>
<meeting-the-world id="new" lang="en" limit="7" target="new" date-locale="en-us"></meeting-the-world>
<meeting-the-world id="self" lang="en" limit="7"></meeting-the-world>
</main>${SCRIPT}</body></html>`

/** A city the content does not know, beside one it does. */
const CITIES_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Cities</title></head>
<body><main>
<meeting-the-world id="unknown" lang="en" city="Atlantis" limit="2"></meeting-the-world>
<meeting-the-world id="known" lang="en" city="Fort Worth"></meeting-the-world>
</main>${SCRIPT}</body></html>`

/** A host page's content around the widget: what would jump if the widget grew. */
const LAYOUT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Layout</title>
<style>main { width: 640px }</style></head>
<body><main><h1>Sister cities</h1>
<meeting-the-world id="widget" lang="en" limit="5" theme="light"></meeting-the-world>
<p id="after">The host’s text after the widget.</p>
</main>${SCRIPT}</body></html>`

/** The strict policy, and Trusted Types required for every script sink, with no policy allowed to make them. */
const TRUSTED_TYPES_POLICY = `${STRICT_POLICY}; require-trusted-types-for 'script'; trusted-types 'none'`

/** The map layout, light and dark (opening entries in a new tab), on a strict host with Trusted Types, in one language. */
const mapPage = (tag: string) => `<!doctype html>
<html lang="${tag}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${TRUSTED_TYPES_POLICY}">
<title>A strict city site with Trusted Types</title></head>
<body><main><h1>Sister cities</h1>
<meeting-the-world id="map" layout="map" limit="7" theme="light"></meeting-the-world>
<meeting-the-world id="dark" layout="map" limit="3" theme="dark" target="new"></meeting-the-world>
</main>${SCRIPT}</body></html>`

const MAP_LANGUAGES = { en: 'en', zh: 'zh-Hans', 'zh-hant': 'zh-Hant' } as const

const host = widgetHost({
  ...Object.fromEntries(Object.values(MAP_LANGUAGES).map((tag) => [`/map-${tag}.html`, mapPage(tag)])),
  '/strict.html': STRICT_PAGE,
  '/plain.html': PLAIN_PAGE,
  '/hostile.html': HOSTILE_PAGE,
  '/options.html': OPTIONS_PAGE,
  '/layout.html': LAYOUT_PAGE,
  '/cities.html': CITIES_PAGE,
})

/** What a page reported: the policy violations and the layout shifts. */
interface Seen {
  violations: string[]
  shifts: number[]
}

/**
 * A new page collecting its errors, console errors and the Content-Security-Policy violations the
 * document reports (`securitypolicyviolation`, listened for before any script of the page runs),
 * and the layout shifts it makes (`layout-shift`, as Cumulative Layout Shift sums them).
 */
async function newPage() {
  const context = await host.browser.newContext()
  const page = await context.newPage()
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  await page.addInitScript(() => {
    const seen: Seen = { violations: [], shifts: [] }
    ;(window as unknown as { seen: Seen }).seen = seen
    document.addEventListener('securitypolicyviolation', (event) => seen.violations.push(`${event.violatedDirective} ${event.blockedURI}`), true)
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) seen.shifts.push(entry.value)
      }
    }).observe({ type: 'layout-shift', buffered: true })
  })
  const seen = () => page.evaluate(() => (window as unknown as { seen: Seen }).seen)
  return { page, problems, seen, close: () => context.close() }
}


/** How a widget's text is set, as measured in the page: the first title's style and drawn size, the widget's box. */
function measure(page: Page, id: string) {
  return page.evaluate((id) => {
    const root = document.getElementById(id)!.shadowRoot!
    const box = root.querySelector('.mtw')!
    const title = root.querySelector('.title a')!
    const range = document.createRange()
    range.selectNodeContents(title)
    const drawn = range.getBoundingClientRect()
    const style = getComputedStyle(title)
    return {
      fontSize: style.fontSize,
      fontStyle: style.fontStyle,
      fontWeight: style.fontWeight,
      letterSpacing: style.letterSpacing,
      wordSpacing: style.wordSpacing,
      textAlign: style.textAlign,
      textTransform: style.textTransform,
      lineHeight: style.lineHeight,
      titleWidth: drawn.width,
      titleHeight: drawn.height,
      padding: getComputedStyle(box).paddingTop,
      width: box.getBoundingClientRect().width,
      height: box.getBoundingClientRect().height,
    }
  }, id)
}

/** Each widget's entries: title link, its target and rel, date and summary. */
function entries(page: Page, id: string) {
  return page.evaluate((id) => [...document.getElementById(id)!.shadowRoot!.querySelectorAll('li')].map((item) => {
    const link = item.querySelector('.title a')!
    return {
      slug: link.getAttribute('href')?.split('/').pop(),
      title: link.textContent,
      target: link.getAttribute('target'),
      rel: link.getAttribute('rel'),
      date: item.querySelector('time')?.textContent,
      summary: item.querySelector('.summary')?.textContent,
    }
  }), id)
}

describe('<meeting-the-world> on partner cities’ real pages', () => {
  it('shows its styled entries under a strict Content-Security-Policy that allows only our origin, with no violation', async () => {
    const { page, problems, seen, close } = await newPage()
    await page.goto(`${host.origin}/strict.html`)
    await settled(page, ['strict'])
    const shown = await page.evaluate(() => {
      const root = document.getElementById('strict')!.shadowRoot!
      const box = root.querySelector('.mtw')!
      return {
        state: box.getAttribute('data-state'),
        titles: root.querySelectorAll('.title a').length,
        // Set by the widget's stylesheet only: the browser's defaults are 400, 0px and transparent.
        titleWeight: getComputedStyle(root.querySelector('.title')!).fontWeight,
        radius: getComputedStyle(box).borderTopLeftRadius,
        background: getComputedStyle(box).backgroundColor,
        inlineStyles: root.querySelectorAll('style, [style]').length,
      }
    })
    expect(shown).toEqual({ state: 'ready', titles: 3, titleWeight: '600', radius: '8px', background: 'rgb(255, 255, 255)', inlineStyles: 0 })
    expect((await seen()).violations).toEqual([])
    expect(problems).toEqual([])
    await screenshot(page, 'widget-strict-csp')
    await close()
  })

  it('looks the same on a host with hostile global styles and a 10px root font as on a plain host', async () => {
    const measured = []
    for (const path of ['/plain.html', '/hostile.html']) {
      const { page, problems, close } = await newPage()
      await page.goto(`${host.origin}${path}`)
      await settled(page, ['widget', 'big', 'custom'])
      measured.push(await measure(page, 'widget'))
      await screenshot(page, `widget-host${path.replace(/\W+/g, '-').replace(/-html$/, '')}`)
      expect(problems).toEqual([])
      await close()
    }
    const [plain, hostile] = measured
    expect(plain).toMatchObject({ fontSize: '16px', letterSpacing: 'normal', wordSpacing: '0px', textAlign: 'start', textTransform: 'none', fontStyle: 'normal', padding: '16px' })
    expect(hostile).toEqual(plain)
  })

  it('scales everything with the font size a host sets on the element, or with --mtw-font-size', async () => {
    for (const path of ['/plain.html', '/hostile.html']) {
      const { page, close } = await newPage()
      await page.goto(`${host.origin}${path}`)
      await settled(page, ['widget', 'big', 'custom'])
      const [normal, big] = [await measure(page, 'widget'), await measure(page, 'big')]
      expect(big).toMatchObject({ fontSize: '20px', padding: '20px', lineHeight: '30px' })
      expect(big.titleHeight / normal.titleHeight, path).toBeCloseTo(20 / 16, 1)
      expect(await measure(page, 'custom')).toMatchObject({ fontSize: '18px', padding: '18px', lineHeight: '27px' })
      await close()
    }
  })

  it('opens entries in a new tab with target="new", and leaves them in the host’s page by default', async () => {
    const { page, problems, close } = await newPage()
    await page.goto(`${host.origin}/options.html`)
    await settled(page, ['new', 'self'])
    const opened = await entries(page, 'new')
    expect(opened).toHaveLength(7)
    for (const entry of opened) expect(entry).toMatchObject({ target: '_blank', rel: 'noopener' })
    const more = await page.evaluate(() => [...document.getElementById('new')!.shadowRoot!.querySelectorAll('.more a')].map((a) => a.getAttribute('target')))
    expect(more).toEqual(['_blank', '_blank'])
    for (const entry of await entries(page, 'self')) expect(entry).toMatchObject({ target: null, rel: null })
    expect(problems).toEqual([])
    await close()
  })

  it('writes dates in the host’s date-locale at each entry’s precision, else in the widget’s language', async () => {
    const { page, close } = await newPage()
    await page.goto(`${host.origin}/options.html`)
    await settled(page, ['new', 'self'])
    const dates = (list: { slug: string | undefined; date: string | undefined }[]) => Object.fromEntries(list.map(({ slug, date }) => [slug, date]))
    expect(dates(await entries(page, 'new'))).toMatchObject({ 'vicenza-2018': 'December 2018', 'berkeley-2018': 'May 26, 2018', 'silicon-valley-2016': '2016' })
    expect(dates(await entries(page, 'self'))).toMatchObject({ 'vicenza-2018': 'December 2018', 'berkeley-2018': '26 May 2018', 'silicon-valley-2016': '2016' })
    await close()
  })

  it('cuts English summaries between words, never inside one', async () => {
    const { page, close } = await newPage()
    await page.goto(`${host.origin}/options.html`)
    await settled(page, ['self'])
    const response = await fetch(`${worker}/api/v1/entries?lang=en&limit=7`)
    const full = new Map(((await response.json()) as { items: { title: string; summary: string }[] }).items.map((item) => [item.title, item.summary]))
    const shown = await entries(page, 'self')
    const cut = shown.filter((entry) => entry.summary?.endsWith('…'))
    expect(cut.length).toBeGreaterThan(3)
    for (const { title, summary } of cut) {
      const kept = summary!.slice(0, -1)
      const whole = full.get(title!)!
      expect(whole.startsWith(kept), summary).toBe(true)
      // What follows the cut in the whole summary starts a new word: a space or punctuation.
      expect(whole.slice(kept.length), summary).toMatch(/^[\s,.;:]/)
    }
    expect(shown.find((entry) => entry.title?.startsWith('Vicenza'))?.summary).toMatch(/ big data, high-end…$/)
    await close()
  })

  it('asks once per widget, and shows every entry for a city it does not know, with nothing in the host’s console', async () => {
    const { page, problems, close } = await newPage()
    const requests: string[] = []
    page.on('response', (response) => {
      const url = new URL(response.url())
      if (url.origin === worker && url.pathname !== '/embed.js') requests.push(`${response.status()} ${url.pathname}${url.search}`)
    })
    await page.goto(`${host.origin}/cities.html`)
    await settled(page, ['unknown', 'known'])
    expect(requests.sort()).toEqual(['200 /embed.json?lang=en&city=Atlantis&limit=2', '200 /embed.json?lang=en&city=Fort+Worth'])
    expect((await entries(page, 'unknown')).map((entry) => entry.slug)).toEqual(['vicenza-2018', 'berkeley-2018'])
    expect((await entries(page, 'known')).map((entry) => entry.slug)).toEqual(['fort-worth-2011'])
    const more = (id: string) => page.evaluate((id) => [...document.getElementById(id)!.shadowRoot!.querySelectorAll('.more a')].map((a) => a.getAttribute('href')), id)
    expect(await more('unknown')).toEqual([`${worker}/en/`, `${worker}/en/#subscribe`])
    expect(await more('known')).toEqual([`${worker}/en/?city=fort-worth`, `${worker}/en/?city=fort-worth#subscribe`])
    expect(problems).toEqual([])
    await close()
  })

  it('holds its height while the entries load, so the host’s text does not jump when they arrive', async () => {
    const { page, problems, seen, close } = await newPage()
    let release: () => void = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route(DATA_REQUEST, async (route) => {
      await held
      await route.continue()
    })
    await page.goto(`${host.origin}/layout.html`)
    await page.waitForFunction(() => document.getElementById('widget')?.shadowRoot?.querySelector('.mtw')?.getAttribute('data-state') === 'loading')
    const height = () => page.evaluate(() => document.getElementById('widget')!.getBoundingClientRect().height)
    const loading = await height()
    await screenshot(page, 'widget-skeleton')
    release()
    await settled(page, ['widget'])
    const ready = await height()
    // Five placeholder entries, each about as tall as an entry.
    expect(loading).toBeGreaterThan(400)
    expect(Math.abs(ready - loading) / ready).toBeLessThan(0.15)
    const shifts = (await seen()).shifts
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.05)
    expect(problems).toEqual([])
    await close()
  })
})

/** A map widget's cities as drawn: each link's address, target and label, its point's attributes and where it is drawn on the page. */
function drawnCities(page: Page, id: string) {
  return page.evaluate((id) => {
    const svg = document.getElementById(id)!.shadowRoot!.querySelector('svg')!
    const box = svg.getBoundingClientRect()
    const [, , width] = svg.getAttribute('viewBox')!.split(' ').map(Number)
    return {
      scale: box.width / width!,
      name: svg.getAttribute('aria-label'),
      cities: [...svg.querySelectorAll('a')].map((link) => {
        const circle = link.querySelector('circle')!
        const drawn = circle.getBoundingClientRect()
        return {
          href: link.getAttribute('href'),
          target: link.getAttribute('target'),
          label: link.querySelector('text')?.textContent,
          point: [Number(circle.getAttribute('cx')), Number(circle.getAttribute('cy'))],
          // Where the point is drawn, back in the map's own px.
          drawn: [(drawn.x + drawn.width / 2 - box.x) / (box.width / width!), (drawn.y + drawn.height / 2 - box.y) / (box.width / width!)],
        }
      }),
    }
  }, id)
}

describe('<meeting-the-world layout="map"> on a strict host with Trusted Types', () => {
  for (const [lang, tag] of Object.entries(MAP_LANGUAGES)) {
    it(`draws every city of /embed.json at its point, linked to its entry, in ${tag}, with no violation`, async () => {
      const { page, problems, seen, close } = await newPage()
      await page.goto(`${host.origin}/map-${tag}.html`)
      await settled(page, ['map', 'dark'])
      const data = (await (await fetch(`${worker}/embed.json?lang=${lang}&limit=7&layout=map`)).json()) as EmbedDataJson
      const drawn = await drawnCities(page, 'map')
      expect(drawn.name).toBe(data.map!.title)
      expect(drawn.cities.map(({ href, label, point }) => ({ href, label, point }))).toEqual(
        data.map!.cities.map((city) => ({ href: city.href, label: city.label, point: [city.x, city.y] })),
      )
      expect(drawn.cities).toHaveLength(7)
      // Drawn where the map says, at the widget's width (within a px of the map).
      for (const city of drawn.cities) {
        expect(Math.abs(city.drawn[0]! - city.point[0]!), city.label ?? '').toBeLessThan(1 / drawn.scale + 0.5)
        expect(Math.abs(city.drawn[1]! - city.point[1]!), city.label ?? '').toBeLessThan(1 / drawn.scale + 0.5)
      }
      // Its larger labels (22 px in the map's units, against the pages' 16) clear one another too: 硅谷 and 沃思堡 touched.
      expect(await touchingLabels(page, '#map')).toEqual([])
      for (const city of drawn.cities) expect(city.target).toBeNull()
      for (const city of (await drawnCities(page, 'dark')).cities) expect(city.target).toBe('_blank')
      expect(await seriousViolations(page)).toEqual([])
      expect((await seen()).violations).toEqual([])
      expect(problems).toEqual([])
      await screenshot(page, `widget-map-${lang}`)
      await close()
    })
  }

  it('takes the keyboard from city to city, and opens the entry of the one focused', async () => {
    const { page, problems, close } = await newPage()
    await page.goto(`${host.origin}/map-en.html`)
    await settled(page, ['map', 'dark'])
    const { cities } = await drawnCities(page, 'map')
    const focused = () => page.evaluate(() => document.getElementById('map')!.shadowRoot!.activeElement?.getAttribute('href') ?? null)
    await page.keyboard.press('Tab')
    expect(await focused()).toBe(cities[0]!.href)
    await page.keyboard.press('Tab')
    expect(await focused()).toBe(cities[1]!.href)
    await Promise.all([page.waitForURL(cities[1]!.href!), page.keyboard.press('Enter')])
    expect(page.url()).toBe(cities[1]!.href)
    expect(problems).toEqual([])
    await close()
  })

  it('holds the map’s height while it loads, so the host’s text does not jump', async () => {
    const { page, seen, close } = await newPage()
    let release: () => void = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route(DATA_REQUEST, async (route) => {
      await held
      await route.continue()
    })
    await page.goto(`${host.origin}/map-en.html`)
    await page.waitForFunction(() => document.getElementById('map')?.shadowRoot?.querySelector('.mtw')?.getAttribute('data-state') === 'loading')
    const height = () => page.evaluate(() => document.getElementById('map')!.getBoundingClientRect().height)
    const loading = await height()
    release()
    await settled(page, ['map', 'dark'])
    const ready = await height()
    expect(loading).toBeGreaterThan(300)
    expect(Math.abs(ready - loading) / ready).toBeLessThan(0.1)
    expect((await seen()).shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.05)
    await close()
  })
})
