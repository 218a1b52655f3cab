/**
 * The maps and the timeline as a reader meets them in Chromium (issue 18):
 * each city drawn where d3-geo's Natural Earth projection, fitted as the build
 * step fitted it, puts its coordinates; the links open the entries and the
 * keyboard reaches each; axe finds no violation in either colour scheme; no
 * error, CSP violations included. Screenshots: test-output/browser/map-*.png.
 */
import { readFileSync } from 'node:fs'
import { geoNaturalEarth1 } from 'd3-geo'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { LANGUAGE_IDS } from '../../schemas/languages'
import { launchChromium, screenshot, SCREENSHOTS, seriousViolations } from './browser'
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

/** The projection the maps are drawn in, as d3-geo fits it: Guiyang's meridian at the centre, the world 960 px wide. */
const projection = geoNaturalEarth1().rotate([-106.7, 0]).fitWidth(960, { type: 'Sphere' })

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
        label: link.textContent,
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

  it('puts Guiyang at its coordinates too', async () => {
    const { page, close } = await open('/zh/')
    const home = await page.$eval('.map-world-map .home circle', (circle) => [Number(circle.getAttribute('cx')), Number(circle.getAttribute('cy'))])
    const [x, y] = projection([106.63, 26.647])!
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
  ] as const)('shows %s in a %s scheme with no serious accessibility violation', async (path, scheme) => {
    const { page, problems, close } = await open(path, scheme)
    if (scheme === 'dark') {
      await screenshot(page, `map-${path.split('/')[1]}-${path.includes('entries') ? 'entry' : 'home'}-dark`)
      await page.locator('.map').screenshot({ path: `${SCREENSHOTS}/map-${path.split('/')[1]}-${path.includes('entries') ? 'locator' : 'world'}-dark.png` })
    }
    expect(await seriousViolations(page)).toEqual([])
    expect(problems).toEqual([])
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
