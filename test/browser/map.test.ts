/**
 * The maps and the timeline as a reader meets them in Chromium (issue 18):
 * each city drawn where d3-geo's Natural Earth projection, fitted as the build
 * step fitted it, puts its coordinates; the links open the entries and the
 * keyboard reaches each; axe finds no violation in either colour scheme, and
 * each label's colour keeps 4.5:1 against what is drawn behind it; the land
 * has every island a Chinese reader looks for (Taiwan, Hainan); no error, CSP
 * violations included. Screenshots: test-output/browser/map-*.png.
 */
import { readFileSync } from 'node:fs'
import { geoNaturalEarth1 } from 'd3-geo'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { LANGUAGE_IDS } from '../../schemas/languages'
import { GUIYANG, MAP_SIZES } from '../../server/map/projection'
import { accessibilityViolations, launchChromium, screenshot, SCREENSHOTS } from './browser'
import { touchingLabels } from './map-labels'

const worker = inject('workerOrigin')
let browser: Browser

/** The seed's entries' coordinates, by slug. */
const LOCATIONS = new Map(
  readFileSync('data/production.ndjson', 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { _type: string; slug?: { current: string }; location?: { lat: number; lng: number } })
    .filter((document) => document._type === 'entry' && document.location)
    .map((document) => [document.slug!.current, document.location!]),
)

/** The projection a map is drawn in, as d3-geo fits it: Guiyang's meridian at the centre, the world `width` px wide. */
const fitted = (width: number) => geoNaturalEarth1().rotate([-GUIYANG.lng, 0]).fitWidth(width, { type: 'Sphere' })
const projection = fitted(MAP_SIZES.world.width)

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

/** A page in a fresh context of the given scheme, collecting its errors (CSP violations are logged as errors). */
async function open(path: string, colorScheme: 'light' | 'dark' = 'light', viewport = { width: 1100, height: 900 }) {
  const context = await browser.newContext({ colorScheme, viewport })
  const page = await context.newPage()
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  await page.goto(`${worker}${path}`)
  return { page, problems, close: () => context.close() }
}

/** Each city point on the page's map: its link, its circle's centre on screen, and where its coordinates should put it on screen. */
async function drawnCities(page: Page, selector: string) {
  return page.$$eval(`${selector} a.city`, (links) =>
    links.map((link) => {
      const svg = link.closest('svg')!
      const box = svg.getBoundingClientRect()
      const circle = link.querySelector('circle')!.getBoundingClientRect()
      return {
        href: link.getAttribute('href')!,
        label: link.querySelector('text')!.textContent,
        centre: [circle.x + circle.width / 2 - box.x, circle.y + circle.height / 2 - box.y],
        scale: box.width / svg.viewBox.baseVal.width,
      }
    }),
  )
}

describe('the world map in Chromium', () => {
  it.each(LANGUAGE_IDS)('draws each city of the %s home page where its coordinates are', async (language) => {
    const { page, problems, close } = await open(`/${language}/`)
    await screenshot(page, `map-${language}-home`)
    await page.locator('.map-world-map').screenshot({ path: `${SCREENSHOTS}/map-${language}-world.png` })
    const cities = await drawnCities(page, '.map-world-map')
    expect(cities).toHaveLength(LOCATIONS.size)
    for (const city of cities) {
      const slug = new URL(city.href).pathname.split('/').at(-1)!
      const { lat, lng } = LOCATIONS.get(slug)!
      const [x, y] = projection([lng, lat])!
      // Within half a pixel of the map as drawn (the SVG's coordinates are rounded to 0.1 px, then scaled).
      expect(Math.abs(city.centre[0]! - x * city.scale), city.label!).toBeLessThan(0.5)
      expect(Math.abs(city.centre[1]! - y * city.scale), city.label!).toBeLessThan(0.5)
    }
    expect(problems).toEqual([])
    await close()
  })

  it('draws each city of a filtered page where its coordinates are, and only those', async () => {
    const { page, problems, close } = await open('/en/?country=US&year=2016')
    const cities = await drawnCities(page, '.map-world-map')
    expect(cities.map((city) => city.label)).toEqual(['Silicon Valley'])
    const { lat, lng } = LOCATIONS.get('silicon-valley-2016')!
    const [x, y] = projection([lng, lat])!
    expect(Math.abs(cities[0]!.centre[0]! - x * cities[0]!.scale)).toBeLessThan(0.5)
    expect(Math.abs(cities[0]!.centre[1]! - y * cities[0]!.scale)).toBeLessThan(0.5)
    expect(problems).toEqual([])
    await close()
  })

  it.each([
    ['/zh/', '.map-world-map', MAP_SIZES.world.width],
    ['/zh/entries/fort-worth-2011', '.map-locator', MAP_SIZES.locator.width],
  ] as const)('draws Taiwan, Hainan and the other small islands as land on %s (%s)', async (path, selector, width) => {
    const { page, close } = await open(path)
    const islands = { Taiwan: [121.0, 23.7], Hainan: [109.7, 19.2], Sicily: [14.2, 37.5], Cyprus: [33.2, 35.0], 'Hawaiʻi': [-155.5, 19.6] } as const
    const points = Object.entries(islands).map(([name, coordinates]) => [name, fitted(width)(coordinates as [number, number])!] as const)
    const onLand = await page.$eval(
      `${selector} path.land`,
      (land, points) => points.map(([name, [x, y]]) => [name, (land as SVGPathElement).isPointInFill(new DOMPoint(x, y))]),
      points,
    )
    expect(onLand).toEqual(Object.keys(islands).map((name) => [name, true]))
    // And the sea is not land: the middle of the Taiwan Strait and of the Pacific.
    const sea = await page.$eval(`${selector} path.land`, (land, points) => points.map(([x, y]) => (land as SVGPathElement).isPointInFill(new DOMPoint(x, y))), [
      fitted(width)([119.8, 24.3])!,
      fitted(width)([-150, 0])!,
    ])
    expect(sea).toEqual([false, false])
    await close()
  })

  it('names each city link on the map with the year its relationship began', async () => {
    const { page, close } = await open('/zh/')
    expect(await page.locator('.map-world-map').getByRole('link', { name: '沃思堡（2011年起）', exact: true }).count()).toBe(1)
    await close()
  })

  it('puts Guiyang at its coordinates too', async () => {
    const { page, close } = await open('/zh/')
    const home = await page.$eval('.map-world-map .home circle', (circle) => [Number(circle.getAttribute('cx')), Number(circle.getAttribute('cy'))])
    const [x, y] = projection([GUIYANG.lng, GUIYANG.lat])!
    expect(Math.abs(home[0]! - x)).toBeLessThan(0.06)
    expect(Math.abs(home[1]! - y)).toBeLessThan(0.06)
    await close()
  })

  it('opens an entry from its city on the map', async () => {
    const { page, problems, close } = await open('/zh/')
    await Promise.all([page.waitForURL(/\/zh\/entries\/vicenza-2018$/), page.click('.map-world-map a.city text >> text=维琴察')])
    expect(await page.textContent('h1')).toContain('维琴察')
    await screenshot(page, 'map-zh-entry')
    expect(await page.locator('.map-locator a.city').count()).toBe(1)
    expect(problems).toEqual([])
    await close()
  })

  it('lets the keyboard reach every city on the map, with a visible focus ring', async () => {
    const { page, close } = await open('/en/')
    const expected = (await drawnCities(page, '.map-world-map')).map((city) => city.href)
    const reached: string[] = []
    let ring = ''
    for (let i = 0; i < 80 && reached.length < expected.length; i++) {
      await page.keyboard.press('Tab')
      const focused = await page.evaluate(() => {
        const active = document.activeElement
        if (!active?.matches('.map a.city')) return null
        return { href: active.getAttribute('href')!, outline: getComputedStyle(active).outlineStyle }
      })
      if (focused) {
        reached.push(focused.href)
        ring = focused.outline
        if (reached.length === 2) await page.locator('.map-world-map').screenshot({ path: `${SCREENSHOTS}/map-en-focus.png` })
      }
    }
    expect(reached).toEqual(expected)
    expect(ring).toBe('solid')
    await close()
  })

  it.each([
    ['/en/', 'light'],
    ['/zh/', 'dark'],
    ['/zh-hant/?country=US', 'light'],
    ['/zh-hant/entries/fort-worth-2011', 'dark'],
    ['/en/entries/palmerston-north-1992', 'light'],
  ] as const)('shows %s in a %s scheme with no accessibility violation', async (path, scheme) => {
    const { page, problems, close } = await open(path, scheme)
    if (scheme === 'dark') {
      await screenshot(page, `map-${path.split('/')[1]}-${path.includes('entries') ? 'entry' : 'home'}-dark`)
      await page.locator('.map').screenshot({ path: `${SCREENSHOTS}/map-${path.split('/')[1]}-${path.includes('entries') ? 'locator' : 'world'}-dark.png` })
    }
    expect(await accessibilityViolations(page)).toEqual([])
    expect(problems).toEqual([])
    await close()
  })

  it.each(['light', 'dark'] as const)('keeps every map label at 4.5:1 against its halo, the land and the sea in the %s scheme', async (scheme) => {
    const { page, close } = await open('/en/', scheme)
    const contrasts = await page.$$eval('.map-world-map text', (texts) => {
      const rgb = (colour: string) => (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number)
      const luminance = (colour: string) => {
        const [r, g, b] = rgb(colour).map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4))
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
      }
      const ratio = (a: string, b: string) => {
        const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x)
        return (l1! + 0.05) / (l2! + 0.05)
      }
      const svg = texts[0]!.closest('svg')!
      const land = getComputedStyle(svg.querySelector('.land')!).fill
      const sea = getComputedStyle(svg.querySelector('.sea')!).fill
      return texts.map((text) => {
        const style = getComputedStyle(text)
        return { label: text.textContent, halo: ratio(style.fill, style.stroke), land: ratio(style.fill, land), sea: ratio(style.fill, sea) }
      })
    })
    expect(contrasts.length).toBeGreaterThan(1)
    for (const { label, ...against } of contrasts) {
      for (const [behind, value] of Object.entries(against)) expect(value, `${label} against the ${behind}`).toBeGreaterThanOrEqual(4.5)
    }
    await close()
  })

  it('fits a phone: the map keeps readable labels and scrolls within its figure, the page no wider than the screen', async () => {
    const { page, close } = await open('/zh/', 'light', { width: 390, height: 844 })
    await screenshot(page, 'map-zh-home-phone')
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)
    const label = await page.$eval('.map-world-map a.city text', (text) => text.getBoundingClientRect().height)
    expect(label).toBeGreaterThanOrEqual(11)
    // The keyboard scrolls the map to a city it focuses, at the far east of the map.
    await page.focus('.map-world-map a.city:last-of-type')
    await page.locator('.map-world-map a.city').nth(5).focus()
    const inView = await page.$eval('.map-world-map', (figure) => {
      const focused = document.activeElement!.getBoundingClientRect()
      const box = figure.getBoundingClientRect()
      return focused.left >= box.left - 1 && focused.right <= box.right + 1
    })
    expect(inView).toBe(true)
    await page.locator('.map-world-map').screenshot({ path: `${SCREENSHOTS}/map-zh-world-phone.png` })
    await close()
  })

  it.each(LANGUAGE_IDS)('draws no label of the %s map touching another', async (language) => {
    const { page, close } = await open(`/${language}/`)
    expect(await touchingLabels(page, '.map-world-map')).toEqual([])
    await close()
  })
})
