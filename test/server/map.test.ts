/**
 * The maps and the timeline on the pages (issue 18), as served: a world map
 * on each language's home page with a linked, labelled point per city of the
 * listed entries and a line from Guiyang, following the filters; a locator on
 * each entry page; the timeline by year; no script, nothing from elsewhere.
 */
import { geoNaturalEarth1 } from 'd3-geo'
import { describe, expect, it } from 'vitest'
import { LANGUAGE_IDS } from '../../schemas/languages'
import { GUIYANG } from '../../server/map/geometry'
import { centredLongitude, greatCircle, project } from '../../server/map/projection'
import worldMapText from '../../server/map/world-map.txt'
import { request, SEED_SLUGS_NEWEST_FIRST, seedDocuments, seedEntry, seedWith } from './helpers'

const HTML = { headers: { Accept: 'text/html' } }

async function html(path: string): Promise<string> {
  const response = await request(path, HTML)
  expect(response.status).toBe(200)
  return response.text()
}

/** The SVG figure with the given class, or throws. */
function figure(page: string, name: string): string {
  const match = new RegExp(`<figure class="map map-${name}">([\\s\\S]*?)</figure>`).exec(page)
  if (!match?.[1]) throw new Error(`no ${name} map`)
  return match[1]
}

/** Each link of a map: its address and its label's text. */
function mapLinks(svg: string): { href: string; label: string }[] {
  return [...svg.matchAll(/<a href="([^"]*)" class="city">[\s\S]*?<text[^>]*>([^<]*)<\/text><\/a>/g)].map(([, href = '', label = '']) => ({
    href: href.replaceAll('&amp;', '&'),
    label,
  }))
}

/** The cities the seed's entries are in, by language, in the order listed (newest first). */
const SEED_CITIES = {
  en: ['Vicenza', 'Berkeley', 'Cupertino', 'Silicon Valley', 'Burnaby', 'Fort Worth', 'Palmerston North'],
  zh: ['维琴察', '伯克利', '库比蒂诺', '硅谷', '本拿比', '沃思堡', '北帕默斯顿'],
  'zh-hant': ['維琴察', '伯克利', '庫比蒂諾', '硅谷', '本拿比', '沃思堡', '北帕默斯頓'],
} as const

describe('the world map on the home page', () => {
  it.each(LANGUAGE_IDS)('shows Guiyang and every listed city in %s, each linked to its entry, with no script', async (language) => {
    const page = await html(`/${language}/`)
    const svg = figure(page, 'world-map')
    expect(svg).toMatch(/^<svg viewBox="0 0 960 500" role="group" aria-labelledby="world-map-title" aria-describedby="world-map-desc"/)
    expect(svg).not.toMatch(/<script|style=|https?:\/\/(?!localhost)/)
    expect(mapLinks(svg)).toEqual(
      SEED_SLUGS_NEWEST_FIRST.map((slug, index) => ({ href: `http://localhost/${language}/entries/${slug}`, label: SEED_CITIES[language][index] })),
    )
    expect(svg.match(/<path class="arc"/g)).toHaveLength(SEED_SLUGS_NEWEST_FIRST.length)
    expect(svg).toContain({ en: '>Guiyang</text>', zh: '>贵阳</text>', 'zh-hant': '>貴陽</text>' }[language])
  })

  it('has a title and a description in the page language, counting the cities shown', async () => {
    const svg = figure(await html('/zh/'), 'world-map')
    expect(svg).toContain('<title id="world-map-title">贵阳市国际交往城市分布示意图</title>')
    expect(svg).toContain('标出贵阳市和下列条目中的7个城市')
    expect(figure(await html('/en/?year=2018'), 'world-map')).toContain('the 2 cities of the entries listed below')
  })

  it('names each city on the map with the year its relationship began, in the page language', async () => {
    const names = (svg: string) => [...svg.matchAll(/<a href="[^"]*" class="city"><title>([^<]*)<\/title>/g)].map(([, name]) => name)
    expect(names(figure(await html('/zh/'), 'world-map'))).toContain('沃思堡（2011年起）')
    expect(names(figure(await html('/zh-hant/'), 'world-map'))).toContain('北帕默斯頓（1992年起）')
    expect(names(figure(await html('/en/'), 'world-map'))).toContain('Palmerston North, since 1992')
    // A city with several listed entries: the first of their years.
    const vicenza = seedEntry('vicenza-2018')
    const documents = seedWith({ ...vicenza, _id: 'entry-vicenza-2024', slug: { _type: 'slug', current: 'vicenza-2024' }, date: '2024-05' })
    expect(names(figure(await (await request('/en/', HTML, documents)).text(), 'world-map'))).toContain('Vicenza, since 2018')
  })

  it('shows only the cities of the filtered entries', async () => {
    const links = mapLinks(figure(await html('/en/?country=US'), 'world-map'))
    expect(links.map((link) => link.label)).toEqual(['Berkeley', 'Cupertino', 'Silicon Valley', 'Fort Worth'])
  })

  it('links a city with several listed entries to the page filtered to that city, other filters kept', async () => {
    const vicenza = seedEntry('vicenza-2018')
    const documents = seedWith({ ...vicenza, _id: 'entry-vicenza-2024', slug: { _type: 'slug', current: 'vicenza-2024' }, date: '2024-05' })
    const links = async (path: string) => mapLinks(figure(await (await request(path, HTML, documents)).text(), 'world-map'))
    expect((await links('/en/')).filter((link) => link.label === 'Vicenza')).toEqual([{ href: 'http://localhost/en/?city=vicenza', label: 'Vicenza' }])
    expect(await links('/en/?country=IT')).toEqual([{ href: 'http://localhost/en/?country=IT&city=vicenza', label: 'Vicenza' }])
    expect((await links('/en/?year=2024')).filter((link) => link.label === 'Vicenza')).toEqual([
      { href: 'http://localhost/en/entries/vicenza-2024', label: 'Vicenza' },
    ])
  })

  it('leaves the map out when no listed entry has a place, and still lists the entries', async () => {
    // Entries without coordinates: the seed's own, each with its location taken away.
    const unplaced = seedDocuments().map(({ location: _, ...document }) => document)
    const page = await (await request('/en/', HTML, unplaced)).text()
    expect(page).not.toContain('<figure class="map')
    expect(page.match(/<li>\s*<p class="meta">/g)).toHaveLength(SEED_SLUGS_NEWEST_FIRST.length)
  })

  it('keeps the land drawn at build time: Natural Earth land outlines, no borders, the same on every page', async () => {
    const [en, zh] = await Promise.all([html('/en/'), html('/zh/')])
    const land = (page: string) => /<path class="land" d="([^"]+)"/.exec(page)?.[1]
    expect(land(en)).toBe(land(zh))
    expect(land(en)!.length).toBeGreaterThan(20_000)
  })
})

/** The size of a text gzipped, as a reader's browser receives it compressed. */
async function gzipped(text: string): Promise<number> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'))
  return (await new Response(stream).arrayBuffer()).byteLength
}

describe('the pages with their maps stay light', () => {
  it.each(LANGUAGE_IDS)('serves the %s home page, map and timeline included, in at most 40 KB gzipped', async (language) => {
    expect(await gzipped(await html(`/${language}/`))).toBeLessThanOrEqual(40 * 1024)
  })

  it.each(LANGUAGE_IDS)('serves the %s entry page, locator included, in at most 12 KB gzipped', async (language) => {
    expect(await gzipped(await html(`/${language}/entries/berkeley-2018`))).toBeLessThanOrEqual(12 * 1024)
  })
})

describe('the projection the Worker computes', () => {
  const { world } = JSON.parse(worldMapText) as { world: Parameters<typeof project>[0] & { width: number; height: number } }

  it('puts every point where d3-geo puts it, within 0.01 px, on both maps', () => {
    const { locator } = JSON.parse(worldMapText) as Record<'locator', Parameters<typeof project>[0]>
    for (const [map, width] of [[world, 960], [locator, 320]] as const) {
      // The projection as the build step fits it, fitted again here by d3-geo itself.
      const d3 = geoNaturalEarth1().rotate([-GUIYANG.lng, 0]).fitWidth(width, { type: 'Sphere' })
      for (let lat = -85; lat <= 85; lat += 5) {
        for (let lng = -180; lng < 180; lng += 7.5) {
          const [x, y] = project(map, lng, lat)
          const [dx, dy] = d3([lng, lat])!
          expect(Math.hypot(x - dx, y - dy), `${lat}, ${lng}`).toBeLessThan(0.01)
        }
      }
    }
  })

  it('puts Guiyang at the centre of the map, on the meridian the land was built around', () => {
    const [x] = project(world, GUIYANG.lng, GUIYANG.lat)
    expect(x).toBeCloseTo(world.width / 2, 6)
  })

  it('draws each arc from Guiyang to its city along the great circle, without crossing the map edge', () => {
    const path = greatCircle(GUIYANG, { lat: 37.8716, lng: -122.2727 }, 40)
    expect(path[0]).toEqual(GUIYANG)
    expect(path.at(-1)!.lat).toBeCloseTo(37.8716, 6)
    expect(path.at(-1)!.lng).toBeCloseTo(-122.2727, 6)
    // Over the North Pacific, not round the world the other way.
    expect(Math.max(...path.map((point) => point.lat))).toBeGreaterThan(45)
    const jumps = path.slice(1).filter((point, i) => Math.abs(centredLongitude(world, point.lng) - centredLongitude(world, path[i]!.lng)) > 180)
    expect(jumps).toEqual([])
  })
})

describe('the locator on an entry page', () => {
  it.each(LANGUAGE_IDS)('shows the city and Guiyang in %s, small, the city linked to OpenStreetMap', async (language) => {
    const page = await html(`/${language}/entries/fort-worth-2011`)
    const svg = figure(page, 'locator')
    expect(svg).toMatch(/^<svg viewBox="0 0 320 167"/)
    expect(mapLinks(svg)).toEqual([
      { href: 'https://www.openstreetmap.org/?mlat=32.7555&mlon=-97.3308#map=11/32.7555/-97.3308', label: { en: 'Fort Worth', zh: '沃思堡', 'zh-hant': '沃思堡' }[language] },
    ])
    expect(svg).not.toMatch(/<script|style=/)
    expect(svg.length).toBeLessThan(12_000)
  })
})

describe('the timeline on the home page', () => {
  it('lists the years from 1992 to 2018 in Chinese with their cities linked', async () => {
    const page = await html('/zh/')
    const timeline = /<section class="timeline"[\s\S]*?<\/section>/.exec(page)?.[0] ?? ''
    expect(timeline).toContain('<h2 id="timeline">友好交往大事记</h2>')
    expect(timeline).toContain('1992年至2018年')
    const years = [...timeline.matchAll(/<time datetime="(\d{4})">([^<]+)<\/time>/g)].map(([, datetime, text]) => [datetime, text])
    expect(years).toEqual(['1992', '2011', '2014', '2016', '2017', '2018'].map((year) => [year, `${year}年`]))
    expect(timeline).toContain('<a href="http://localhost/zh/entries/palmerston-north-1992">北帕默斯顿</a>')
  })

  it('follows the filters', async () => {
    const timeline = /<section class="timeline"[\s\S]*?<\/section>/.exec(await html('/en/?year=2018'))?.[0] ?? ''
    expect(timeline).toContain('In 2018.')
    expect([...timeline.matchAll(/<a href="[^"]*">([^<]+)<\/a>/g)].map(([, city]) => city)).toEqual(['Berkeley', 'Vicenza'])
  })

  it('links each year to the page filtered to that year, other filters kept, the year shown marked as current', async () => {
    const years = (page: string) =>
      [.../<section class="timeline"[\s\S]*?<\/section>/.exec(page)![0].matchAll(/<a href="([^"]*)"( aria-current="true")?><time datetime="(\d{4})">/g)].map(
        ([, href, current, year]) => [year, href, Boolean(current)],
      )
    expect(years(await html('/zh/'))).toEqual(
      ['1992', '2011', '2014', '2016', '2017', '2018'].map((year) => [year, `http://localhost/zh/?year=${year}`, false]),
    )
    expect(years(await html('/en/?country=US&year=2018'))).toEqual([['2018', 'http://localhost/en/?country=US&amp;year=2018', true]])
    // The link is the year filter's own: the page it opens lists that year only.
    expect(/<section class="timeline"[\s\S]*?<\/section>/.exec(await html('/zh/?year=2016'))![0]).toContain('<p class="count">2016年</p>')
  })
})
