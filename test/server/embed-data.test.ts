/**
 * `/embed.json`: what the web component shows, in one request, read by the
 * same rules as the iframe page (the language, filters and limit; a value it
 * cannot use is its default, an unknown city every entry: never a 400 in a
 * partner's console), and no larger than what the widget shows; for the map
 * layout, the map projected and labelled, which the element only draws.
 */
import { describe, expect, it } from 'vitest'
import { siteUrls } from '../../schemas/lib/site-urls'
import { createEmbeddedSource } from '../../server/content/embedded-source'
import { listEntries } from '../../server/content/entries'
import { widgetMap, WIDGET_MAP_FONT_SIZE, type EmbedDataJson } from '../../server/embed/data'
import { WIDGET_SUMMARY_WIDTH } from '../../server/embed/display-options'
import { displayWidth } from '../../server/embed/truncate'
import { CACHE_CONTROL } from '../../server/http/cache-control'
import type { EntryListJson } from '../../server/render/json'
import { request, SEED_SLUGS_NEWEST_FIRST, seedDocuments } from './helpers'

const PARTNER = { Origin: 'https://www.fortworthtexas.gov' }

async function embedData(path: string, headers: Record<string, string> = {}) {
  const response = await request(path, { headers })
  expect(response.status, path).toBe(200)
  expect(response.headers.get('Content-Type')).toBe('application/json')
  const text = await response.text()
  return { response, body: JSON.parse(text) as EmbedDataJson, bytes: new TextEncoder().encode(text).byteLength }
}

const slugOf = (page: string) => page.split('/entries/')[1]

describe('/embed.json', () => {
  it('has the entries the API lists for the same query, under the API’s names, with only what the widget shows', async () => {
    const path = 'lang=zh&limit=7'
    const apiText = await (await request(`/api/v1/entries?${path}`)).text()
    const apiBody = JSON.parse(apiText) as EntryListJson
    const apiBytes = new TextEncoder().encode(apiText).byteLength
    const { body, bytes } = await embedData(`/embed.json?${path}`)

    expect(body.language).toBe('zh-Hans')
    expect(body.items.map((item) => slugOf(item.links.page))).toEqual(SEED_SLUGS_NEWEST_FIRST)
    body.items.forEach((item, index) => {
      const full = apiBody.items[index]!
      expect(Object.keys(item).sort()).toEqual(['city', 'country', 'date', 'fallback', 'id', 'links', 'summary', 'title'])
      expect(item).toEqual({
        id: full.id,
        title: full.title,
        date: full.date,
        city: full.city,
        country: full.country,
        summary: item.summary,
        fallback: full.fallback,
        links: { page: full.links.page },
      })
      // The summary as the widget shows it: the API's, cut to the widget's width.
      expect(displayWidth(item.summary ?? '')).toBeLessThanOrEqual(WIDGET_SUMMARY_WIDTH)
      expect(full.summary?.startsWith((item.summary ?? '').replace(/…$/, ''))).toBe(true)
    })
    const ratio = bytes / apiBytes
    console.log(`/embed.json?${path}: ${bytes} bytes, the API's list ${apiBytes} bytes (${(ratio * 100).toFixed(0)}%)`)
    expect(ratio).toBeLessThan(0.35)
  })

  it('is a fraction of the API’s list for the widget’s default, in English, gzipped too', async () => {
    const gzipped = async (text: string) =>
      (await new Response(new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer()).byteLength
    const api = await (await request('/api/v1/entries?lang=en&limit=5')).text()
    const widget = await (await request('/embed.json?lang=en')).text()
    const [apiGzip, widgetGzip] = [await gzipped(api), await gzipped(widget)]
    console.log(`/embed.json?lang=en: ${widget.length} bytes (${widgetGzip} gzipped), the API's list ${api.length} (${apiGzip} gzipped)`)
    expect(widget.length / api.length).toBeLessThan(0.35)
    expect(widgetGzip / apiGzip).toBeLessThan(0.5)
  })

  it('links to all entries and to the feed with the same filters', async () => {
    const { body } = await embedData('/embed.json?lang=en&city=Fort%20Worth&limit=3&theme=dark&layout=timeline')
    expect(body.filters).toEqual({ city: 'fort-worth' })
    expect(body.items.map((item) => slugOf(item.links.page))).toEqual(['fort-worth-2011'])
    expect(body.links).toEqual({ all: 'http://localhost/en/?city=fort-worth', subscribe: 'http://localhost/en/?city=fort-worth#subscribe' })
  })

  it('shows every entry for a city it does not know, rather than a 400', async () => {
    const { body } = await embedData('/embed.json?lang=en&city=atlantis&limit=3')
    expect(body.filters).toEqual({})
    expect(body.items.map((item) => slugOf(item.links.page))).toEqual(SEED_SLUGS_NEWEST_FIRST.slice(0, 3))
    expect(body.links.all).toBe('http://localhost/en/')
  })

  it('falls back to defaults for values it cannot use, never a 400', async () => {
    const { response, body } = await embedData('/embed.json?lang=klingon&limit=lots&topic=magic&country=XX&year=18&city=%3Cb%3E&theme=neon&date-locale=%%%')
    expect(response.headers.get('Content-Language')).toBe('en')
    expect(body.language).toBe('en')
    expect(body.filters).toEqual({})
    expect(body.items).toHaveLength(5)
    const many = await embedData('/embed.json?lang=en&limit=999')
    expect(many.body.items).toHaveLength(5)
    const nothing = await embedData('/embed.json?lang=en&country=FR')
    expect(nothing.body.items).toEqual([])
  })

  it('speaks Traditional Chinese for lang=zh-hant, and for a reader who asks for zh-TW (Vary)', async () => {
    for (const [path, headers] of [
      ['/embed.json?lang=zh-hant&city=vicenza', {}],
      ['/embed.json?city=vicenza', { 'Accept-Language': 'zh-TW' }],
    ] as const) {
      const { response, body } = await embedData(path, headers)
      expect(response.headers.get('Content-Language'), path).toBe('zh-Hant')
      expect(body.language).toBe('zh-Hant')
      expect(body.items[0]).toMatchObject({ city: '維琴察', country: { code: 'IT', name: '意大利' } })
      expect(body.items[0]?.links.page).toBe('http://localhost/zh-hant/entries/vicenza-2018')
      expect(body.links.subscribe).toBe('http://localhost/zh-hant/?city=vicenza#subscribe')
      if ('Accept-Language' in headers) expect(response.headers.get('Vary')).toContain('Accept-Language')
    }
    // An explicit lang comes first, whatever the reader's browser says.
    const { body } = await embedData('/embed.json?lang=en&city=vicenza', { 'Accept-Language': 'zh-TW' })
    expect(body.language).toBe('en')
  })

  it('is open to every site, cached as the iframe page is, and revalidated with its ETag', async () => {
    const { response } = await embedData('/embed.json?lang=en&limit=2', PARTNER)
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*')
    expect(response.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin')
    expect(response.headers.get('Cache-Control')).toBe(CACHE_CONTROL.content)
    expect(response.headers.get('Cache-Control')).toBe((await request('/embed?lang=en&limit=2')).headers.get('Cache-Control'))
    const etag = response.headers.get('ETag') ?? ''
    expect(etag).toMatch(/^"[\w-]+"$/)
    const again = await request('/embed.json?lang=en&limit=2', { headers: { ...PARTNER, 'If-None-Match': etag } })
    expect(again.status).toBe(304)
    expect(again.headers.get('Access-Control-Allow-Origin')).toBe('*')
    const preflight = await request('/embed.json?lang=en', {
      method: 'OPTIONS',
      headers: { ...PARTNER, 'Access-Control-Request-Method': 'GET' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe('*')
  })
})

describe('/embed.json for the map layout', () => {
  const gzipped = async (text: string) =>
    (await new Response(new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer()).byteLength

  it('carries the world map projected and labelled, with a point per city linked to its entry, so the element only draws it', async () => {
    const { body } = await embedData('/embed.json?lang=en&layout=map&limit=7')
    const map = body.map!
    expect(map).toMatchObject({ width: 960, height: 500, fontSize: WIDGET_MAP_FONT_SIZE, title: 'Guiyang and its partner cities' })
    expect(map.description).toContain('7 partner cities')
    expect(map.land).toMatch(/^M[\d.]+ [\d.]+l/)
    expect(map.outline).toMatch(/^M/)
    expect(map.home.label).toBe('Guiyang')
    // The seed's seven entries are in seven cities, each linked to its entry, in the order listed.
    expect(map.cities.map((city) => city.href)).toEqual(body.items.map((item) => item.links.page))
    expect(map.cities.map((city) => city.label)).toEqual(body.items.map((item) => item.city))
    // Guiyang's label, then one per city; each city drawn with a line from Guiyang.
    expect(map.labels).toHaveLength(8)
    for (const city of map.cities) {
      expect(city.arc.startsWith(`M${map.home.x} ${map.home.y}`), city.label).toBe(true)
      expect(city.x).toBeGreaterThanOrEqual(0)
      expect(city.x).toBeLessThanOrEqual(960)
    }
    // Centred on Guiyang's meridian: Italy to its west, the Americas to its east, New Zealand south-east.
    const at = (label: string) => map.cities.find((city) => city.label === label)!
    expect(at('Vicenza').x).toBeLessThan(map.home.x)
    expect(at('Fort Worth').x).toBeGreaterThan(at('Berkeley').x)
    expect(at('Berkeley').x).toBeGreaterThan(map.home.x)
    expect(at('Palmerston North').y).toBeGreaterThan(map.home.y)
  })

  it('names Guiyang, the cities and the map in the widget’s language', async () => {
    const zh = (await embedData('/embed.json?lang=zh&layout=map&city=vicenza')).body.map!
    expect(zh.home.label).toBe('贵阳')
    expect(zh.title).toBe('贵阳市国际交往城市分布示意图')
    expect(zh.description).toContain('1个城市和地区')
    expect(zh.cities.map((city) => [city.label, city.href])).toEqual([['维琴察', 'http://localhost/zh/entries/vicenza-2018']])
    const hant = (await embedData('/embed.json?lang=zh-hant&layout=map&city=vicenza')).body.map!
    expect([hant.home.label, hant.cities[0]?.label]).toEqual(['貴陽', '維琴察'])
    // Each city's accessible name says since when, as the pages' map does.
    expect([zh.cities[0]?.year, zh.cities[0]?.name, hant.cities[0]?.name]).toEqual([2018, '维琴察（2018年起）', '維琴察（2018年起）'])
  })

  it('follows the filters and the limit, as the list does, and carries no map when nothing matches', async () => {
    const { body } = await embedData('/embed.json?lang=en&layout=map&limit=2')
    expect(body.map!.cities.map((city) => city.label)).toEqual(['Vicenza', 'Berkeley'])
    const nothing = await embedData('/embed.json?lang=en&layout=map&country=FR')
    expect(nothing.body.items).toEqual([])
    // Nothing to draw: no land sent for it.
    expect(nothing.body).not.toHaveProperty('map')
  })

  it('is a separate answer from the list’s, which carries no map, and stays small gzipped', async () => {
    const map = await (await request('/embed.json?lang=en&layout=map')).text()
    const list = await (await request('/embed.json?lang=en')).text()
    const timeline = await (await request('/embed.json?lang=en&layout=timeline')).text()
    expect(JSON.parse(list)).not.toHaveProperty('map')
    // The list and timeline are the same answer: the element draws them.
    expect(timeline).toBe(list)
    expect(JSON.parse(map)).toHaveProperty('map')
    const [mapGzip, listGzip] = [await gzipped(map), await gzipped(list)]
    console.log(`/embed.json?lang=en&layout=map: ${map.length} bytes (${mapGzip} gzipped); without the map ${list.length} (${listGzip} gzipped)`)
    expect(mapGzip).toBeLessThan(16 * 1024)
  })

  it('shows every partner city unless told fewer: the map’s default is the most the widget shows, not the list’s five', async () => {
    const { body } = await embedData('/embed.json?lang=en&layout=map')
    expect(body.map!.cities).toHaveLength(SEED_SLUGS_NEWEST_FIRST.length)
    const page = await (await request('/embed?lang=en&layout=map')).text()
    expect(page.match(/<a [^>]*class="city"/g)).toHaveLength(SEED_SLUGS_NEWEST_FIRST.length)
    // And the list keeps its five.
    expect((await embedData('/embed.json?lang=en')).body.items).toHaveLength(5)
  })

  it('lists the entries instead, in both forms, when none of them has a place to draw', async () => {
    const unplaced = seedDocuments().map(({ location: _, ...document }) => document)
    const response = await request('/embed.json?lang=zh&layout=map', {}, unplaced)
    const body = (await response.json()) as EmbedDataJson
    expect(body.items).toHaveLength(SEED_SLUGS_NEWEST_FIRST.length)
    expect(body).not.toHaveProperty('map')
    const page = await (await request('/embed?lang=zh&layout=map', {}, unplaced)).text()
    expect(page).toContain('data-state="ready"')
    expect(page).not.toContain('<figure')
    expect(page.match(/<li><p class="meta">/g)).toHaveLength(SEED_SLUGS_NEWEST_FIRST.length)
  })

  it('projects, labels and writes each widget map once, the iframe page and /embed.json sharing it', async () => {
    const source = createEmbeddedSource(seedDocuments())
    const context = { language: 'zh' as const, filters: {}, urls: siteUrls('http://localhost') }
    const first = await widgetMap((await listEntries(source, { limit: 20 }, 'zh')).entries, context)
    const again = await widgetMap((await listEntries(source, { limit: 20 }, 'zh')).entries, context)
    expect(again).toBe(first)
    expect(JSON.parse(first!.json)).toEqual(first!.map)
    const served = await embedData('/embed.json?lang=zh&layout=map')
    expect(served.body.map).toEqual(first!.map)
    // The answer around it is JSON as the list's is: the same fields, in the same order.
    expect(Object.keys(served.body)).toEqual(['language', 'filters', 'items', 'map', 'links'])
  })
})
