import { describe, expect, it } from 'vitest'
import { createApp } from '../../server/app'
import { ContentUnavailableError, type ContentSource } from '../../server/content/source'
import { widgetStrings } from '../../server/embed/config'
import type { EmbedDataJson } from '../../server/embed/data'
import { embedFrameHeight } from '../../server/embed/frame'
import { displayWidth, truncate } from '../../server/embed/truncate'
import { CACHE_CONTROL } from '../../server/http/cache-control'
import { EMBED_HEIGHT_SCRIPT, EMBED_PAGE_STYLE } from '../../server/render/pages/embed'
import { request, SEED_SLUGS_NEWEST_FIRST, seedDocuments } from './helpers'

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return btoa(String.fromCharCode(...new Uint8Array(digest)))
}

const entrySlugs = (html: string) => [...html.matchAll(/\/entries\/([^"]+)" target="_top"/g)].map(([, slug]) => slug)

/** A script of ours as a partner's page loads it: JavaScript that any site may read. */
async function partnerScript(path: string): Promise<Response> {
  const response = await request(path, { headers: { Origin: 'https://www.fortworthtexas.gov' } })
  expect(response.status).toBe(200)
  expect(response.headers.get('Content-Type')).toBe('application/javascript; charset=utf-8')
  expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*')
  expect(response.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin')
  return response
}

describe('/embed.js', () => {
  it('is JavaScript any site may load, cached and revalidated', async () => {
    const response = await partnerScript('/embed.js')
    expect(response.headers.get('Cache-Control')).toContain('max-age=3600')
    const again = await request('/embed.js', { headers: { 'If-None-Match': response.headers.get('ETag') ?? '' } })
    expect(again.status).toBe(304)
  })

  it('defines <meeting-the-world> with the interface strings of both languages, for this origin', async () => {
    const script = await (await request('/embed.js')).text()
    expect(script.split('\n')[0]).toBe('/*! <meeting-the-world>: Meeting the World widget. Usage: http://localhost/en/ */')
    expect(script).toContain('customElements.define(')
    expect(script).toContain('"meeting-the-world"')
    expect(script).toContain('"origin":"http://localhost"')
    expect(script).toContain('Loading entries…')
    expect(script).toContain('正在加载条目……')
  })

  it('stays under 6 KB gzipped', async () => {
    const script = await (await request('/embed.js')).text()
    const gzipped = await new Response(new Blob([script]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer()
    console.log(`/embed.js: ${script.length} bytes, ${gzipped.byteLength} gzipped`)
    expect(gzipped.byteLength).toBeLessThan(6 * 1024)
  })
})

describe('/embed', () => {
  it('shows one city’s entries in Chinese, dark, as a timeline', async () => {
    const response = await request('/embed?lang=zh&city=fort-worth&limit=5&theme=dark&layout=timeline')
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Language')).toBe('zh-Hans')
    const html = await response.text()
    expect(html).toContain('<html lang="zh-Hans">')
    expect(html).toContain('class="mtw dark timeline"')
    expect(entrySlugs(html)).toEqual(['fort-worth-2011'])
    // Its place from large to small, with no separator (schemas/lib/place.ts).
    expect(html).toContain('2011年10月</time> · 美国沃思堡</p>')
    expect(html).toContain('href="http://localhost/zh/?city=fort-worth#subscribe"')
  })

  it('shows the entries in Traditional Chinese for lang=zh-hant and for a reader who asks for zh-TW', async () => {
    for (const [path, init] of [
      ['/embed?lang=zh-hant&city=vicenza', {}],
      ['/embed?city=vicenza', { headers: { 'Accept-Language': 'zh-TW' } }],
    ] as const) {
      const response = await request(path, init)
      expect(response.headers.get('Content-Language'), path).toBe('zh-Hant')
      const html = await response.text()
      expect(html, path).toContain('<html lang="zh-Hant">')
      expect(html, path).toContain(' · 意大利維琴察</p>')
      expect(html, path).toContain('href="http://localhost/zh-hant/?city=vicenza#subscribe"')
    }
  })

  it('writes an English place from small to large, and tags a name that fell back', async () => {
    expect(await (await request('/embed?lang=en&city=berkeley')).text()).toContain(' · Berkeley, United States</p>')
    const documents = seedDocuments()
    const vicenza = documents.find((document) => document._id === 'entry-vicenza-2018') as Record<string, Record<string, unknown>>
    delete vicenza.city?.zh
    const html = await (await request('/embed?lang=zh&city=vicenza', {}, documents)).text()
    expect(html).toContain(' · 意大利<span lang="en">Vicenza</span></p>')
  })

  it('may be framed from anywhere, and loads nothing but its own hashed style and script', async () => {
    const response = await request('/embed?lang=en')
    expect(response.headers.get('X-Frame-Options')).toBeNull()
    const policy = response.headers.get('Content-Security-Policy') ?? ''
    expect(policy).toContain("default-src 'none'")
    expect(policy).toContain('frame-ancestors *')
    expect(policy).toContain(`style-src 'sha256-${await sha256(EMBED_PAGE_STYLE)}'`)
    expect(policy).toContain(`script-src 'sha256-${await sha256(EMBED_HEIGHT_SCRIPT)}'`)
    expect(policy).not.toContain('unsafe')
    const html = await response.text()
    expect(html).toContain(`<style>${EMBED_PAGE_STYLE}</style>`)
    expect(html).toContain(`<script>${EMBED_HEIGHT_SCRIPT}</script>`)
  })

  it.each([
    ['/embed/?lang=zh&city=burnaby', 'http://localhost/embed?lang=zh&city=burnaby'],
    ['/zh-hant/embed?limit=3', 'http://localhost/zh-hant/embed/?limit=3'],
  ])('sends %s, a near miss a partner may type, to %s for good rather than framing a 404', async (path, location) => {
    const response = await request(path)
    expect([response.status, response.headers.get('Location')]).toEqual([301, location])
  })

  it('keeps the other pages unframeable', async () => {
    const response = await request('/en/')
    expect(response.headers.get('X-Frame-Options')).toBe('SAMEORIGIN')
  })

  it('falls back to defaults for values it cannot use', async () => {
    const response = await request('/embed?lang=fr&limit=999&theme=neon&layout=grid&city=%3Cscript%3E&topic=magic')
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('<html lang="en">')
    expect(html).toContain('class="mtw auto list"')
    expect(entrySlugs(html)).toHaveLength(5)
    expect(html).not.toContain('<script>alert')
  })

  it('shows every entry for a city it does not know, and speaks the reader’s language without lang', async () => {
    const response = await request('/embed?city=atlantis&limit=7', { headers: { 'Accept-Language': 'zh-CN' } })
    expect(response.headers.get('Vary')).toContain('Accept-Language')
    const html = await response.text()
    expect(html).toContain('<html lang="zh-Hans">')
    expect(entrySlugs(html)).toHaveLength(7)
  })

  it('reads a city written as it is spelt, "Fort Worth", as "fort-worth"', async () => {
    const spaced = await (await request('/embed?lang=en&city=Fort%20Worth')).text()
    expect(entrySlugs(spaced)).toEqual(['fort-worth-2011'])
    expect(spaced).toBe(await (await request('/embed?lang=en&city=fort-worth')).text())
  })

  it('says so when nothing matches', async () => {
    const html = await (await request('/embed?lang=en&country=FR')).text()
    expect(html).toContain('data-state="empty"')
    expect(html).toContain('No entries yet.')
  })
})

/** The app over a content source that fails as `failure` says. */
function failingApp(failure: () => Error) {
  const source: ContentSource = {
    kind: 'sanity',
    description: 'down',
    fetch: async () => {
      throw failure()
    },
  }
  return createApp({ contentSource: () => source })
}

describe('/embed while the content cannot be read', () => {
  const down = failingApp(() => new ContentUnavailableError('Sanity did not answer', { cause: new Error('ECONNRESET') }))

  it('is a short message in the widget’s language, as a page with the same policy and height script, not the problem’s JSON', async () => {
    const response = await down.request('http://localhost/embed?lang=zh&limit=3&theme=dark')
    expect(response.status).toBe(503)
    expect(response.headers.get('Retry-After')).toBe('30')
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=UTF-8')
    expect(response.headers.get('Cache-Control')).toBe(CACHE_CONTROL.none)
    expect(response.headers.get('Content-Language')).toBe('zh-Hans')
    expect(response.headers.get('X-Frame-Options')).toBeNull()
    const good = await request('/embed?lang=zh&limit=3&theme=dark')
    expect(response.headers.get('Content-Security-Policy')).toBe(good.headers.get('Content-Security-Policy'))
    const html = await response.text()
    expect(html).toContain('<html lang="zh-Hans">')
    expect(html).toContain('class="mtw dark list"')
    expect(html).toContain('data-state="error"')
    expect(html).toContain(`<p class="status" role="status">${widgetStrings('zh').error}</p>`)
    expect(html).toContain(`<style>${EMBED_PAGE_STYLE}</style>`)
    expect(html).toContain(`<script>${EMBED_HEIGHT_SCRIPT}</script>`)
    expect(html).not.toContain('problem')
    expect(html).not.toContain('ECONNRESET')
  })

  it('speaks the reader’s language without lang, Traditional Chinese included', async () => {
    const response = await down.request('http://localhost/embed', { headers: { 'Accept-Language': 'zh-TW' } })
    expect(response.headers.get('Vary')).toContain('Accept-Language')
    const html = await response.text()
    expect(html).toContain('<html lang="zh-Hant">')
    expect(html).toContain(`<p class="status" role="status">${widgetStrings('zh-hant').error}</p>`)
  })

  it('is the same message, as a 500, when something unexpected breaks', async () => {
    const broken = failingApp(() => new TypeError("Cannot read properties of undefined (reading 'secret')"))
    const response = await broken.request('http://localhost/embed?lang=en')
    expect(response.status).toBe(500)
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=UTF-8')
    const html = await response.text()
    expect(html).toContain('The entries could not be loaded.')
    expect(html).not.toContain('secret')
  })

  it('leaves the API’s answer a problem', async () => {
    const response = await down.request('http://localhost/embed.json?lang=en')
    expect(response.status).toBe(503)
    expect(response.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8')
  })
})

describe('/embed with layout=map', () => {
  /** Each city link of the map: its address and its label. */
  const mapLinks = (html: string) =>
    [...html.matchAll(/<a [^>]*href="([^"]*)" class="city">[\s\S]*?<text[^>]*>([^<]*)<\/text><\/a>/g)].map(([, href, label]) => [href, label])

  it('draws the entries’ cities on the world map, linked to their entries, named in the widget’s language', async () => {
    const response = await request('/embed?lang=zh&layout=map&limit=3&theme=dark')
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('class="mtw dark map"')
    expect(html).toContain('<figure class="map map-widget-map">')
    expect(html).toContain('<title id="widget-map-title">贵阳市国际交往城市分布示意图</title>')
    expect(html).toMatch(/<desc id="widget-map-desc">[^<]*3个城市和地区/)
    expect(html).toMatch(/<g class="home"><circle [^>]*><\/circle><text [^>]*>贵阳<\/text><\/g>/)
    expect(mapLinks(html)).toEqual([
      ['http://localhost/zh/entries/vicenza-2018', '维琴察'],
      ['http://localhost/zh/entries/berkeley-2018', '伯克利'],
      ['http://localhost/zh/entries/cupertino-2017', '库比蒂诺'],
    ])
    // The map instead of the list, then the same links to all entries and the feed.
    expect(html).not.toContain('<ol>')
    expect(html).toContain('href="http://localhost/zh/#subscribe"')
  })

  it('draws the map /embed.json carries, at the same points', async () => {
    const html = await (await request('/embed?lang=en&layout=map&limit=7')).text()
    const { map } = (await (await request('/embed.json?lang=en&layout=map&limit=7')).json()) as EmbedDataJson
    const circles = [...html.matchAll(/<a [^>]*class="city">(?:<title>[^<]*<\/title>)?<circle cx="([\d.]+)" cy="([\d.]+)"/g)].map(([, x, y]) => [Number(x), Number(y)])
    expect(circles).toEqual(map!.cities.map((city) => [city.x, city.y]))
    const texts = [...html.matchAll(/<text x="([\d.]+)" y="([\d.]+)" text-anchor="(\w+)"/g)].map(([, x, y, anchor]) => ({ x: Number(x), y: Number(y), anchor }))
    expect(texts).toEqual(map!.labels.map(({ x, y, anchor }) => ({ x, y, anchor })))
  })

  it('opens the map’s links over the partner’s page, or in a new tab with target=new, as the list’s', async () => {
    const targets = async (path: string) => [...(await (await request(path)).text()).matchAll(/<a( [^>]*) href="[^"]*" class="city">/g)].map(([, rest]) => rest)
    // Every city of the seed's entries: the map shows up to 20 entries unless told fewer.
    expect(await targets('/embed?lang=en&layout=map')).toEqual(Array(SEED_SLUGS_NEWEST_FIRST.length).fill(' target="_top"'))
    expect(await targets('/embed?lang=en&layout=map&target=new')).toEqual(Array(SEED_SLUGS_NEWEST_FIRST.length).fill(' target="_blank" rel="noopener"'))
  })

  it('loads nothing more than the list: the same policy, no inline style', async () => {
    const [map, list] = [await request('/embed?lang=en&layout=map'), await request('/embed?lang=en')]
    expect(map.headers.get('Content-Security-Policy')).toBe(list.headers.get('Content-Security-Policy'))
    expect(await map.text()).not.toMatch(/ style="/)
  })

  it('says so when nothing matches, with no empty map', async () => {
    const html = await (await request('/embed?lang=en&layout=map&country=FR')).text()
    expect(html).toContain('data-state="empty"')
    expect(html).not.toContain('<svg')
  })

  it('is written one height for every limit, the map’s', () => {
    expect(embedFrameHeight(1, 'map')).toBe(embedFrameHeight(20, 'map'))
    expect(embedFrameHeight(5, 'map')).toBeLessThan(embedFrameHeight(2, 'list'))
  })
})

describe('links in the iframe page', () => {
  it('open over the partner’s page by default, and in a new tab with target=new', async () => {
    const own = await (await request('/embed?lang=en&city=berkeley')).text()
    expect(own).toContain('/en/entries/berkeley-2018" target="_top">')
    expect(own).not.toContain('_blank')
    const newTab = await (await request('/embed?lang=en&city=berkeley&target=new')).text()
    expect(newTab).toContain('/en/entries/berkeley-2018" target="_blank" rel="noopener">')
    expect(newTab).toContain('href="http://localhost/en/?city=berkeley" target="_blank" rel="noopener">')
    expect(newTab).not.toContain('_top')
  })
})

describe('dates in the iframe page', () => {
  it('are written in the widget’s language, or in the host’s locale with date-locale', async () => {
    expect(await (await request('/embed?lang=en&city=berkeley')).text()).toContain('<time datetime="2018-05-26">26 May 2018</time>')
    const american = await (await request('/embed?lang=en&city=berkeley&date-locale=en-us')).text()
    expect(american).toContain('<time datetime="2018-05-26">May 26, 2018</time>')
    const italian = await (await request('/embed?lang=zh&city=berkeley&date-locale=it')).text()
    expect(italian).toContain('<time datetime="2018-05-26">26 maggio 2018</time>')
    expect(await (await request('/embed?lang=zh&city=berkeley&date-locale=%25%25')).text()).toContain('<time datetime="2018-05-26">2018年5月26日</time>')
    // Well formed, but a locale no one writes dates in: the widget's language, not English.
    expect(await (await request('/embed?lang=zh&city=berkeley&date-locale=zz')).text()).toContain('<time datetime="2018-05-26">2018年5月26日</time>')
  })

  it('name the same locale for every private-use variant of it, so the formats kept stay few', async () => {
    const dated = async (locale: string) => (await (await request(`/embed?lang=zh&city=berkeley&date-locale=${locale}`)).text()).match(/<time[^>]*>[^<]*<\/time>/)?.[0]
    expect(await dated('en-US-x-a1')).toBe(await dated('en-US'))
    expect(await dated('en-US-x-a2')).toBe('<time datetime="2018-05-26">May 26, 2018</time>')
  })
})

describe('/embed-frame.js', () => {
  it('is a script any site may load, cached until the next deploy, for this origin', async () => {
    const response = await partnerScript('/embed-frame.js')
    expect(response.headers.get('Cache-Control')).toBe(CACHE_CONTROL.untilDeploy)
    const script = await response.text()
    expect(script).toContain('"origin":"http://localhost"')
    expect(script).toContain('"path":"/embed"')
    // A strict host refuses inline styles: it sets the height attribute, never style.
    expect(script).not.toMatch(/\.style\b/)
    expect(script).toContain("setAttribute('height'")
    const again = await request('/embed-frame.js', { headers: { 'If-None-Match': response.headers.get('ETag') ?? '' } })
    expect(again.status).toBe(304)
  })

  it('gives the iframe a height for its entries without any script', () => {
    expect(embedFrameHeight(1, 'list')).toBeLessThan(embedFrameHeight(5, 'list'))
    expect(embedFrameHeight(5, 'list')).toBeLessThan(embedFrameHeight(20, 'list'))
    for (const limit of [1, 5, 20]) expect(Number.isInteger(embedFrameHeight(limit, 'timeline'))).toBe(true)
  })
})

describe('cutting summaries to a width', () => {
  it('counts a Chinese character as two columns and a Latin letter as one', () => {
    expect(displayWidth('贵阳')).toBe(4)
    expect(displayWidth('Guiyang')).toBe(7)
    expect(displayWidth('ｆｕｌｌ')).toBe(8)
  })

  it('leaves text that fits alone', () => {
    expect(truncate('贵阳市与伯克利', 14)).toBe('贵阳市与伯克利')
  })

  it('cuts Chinese by width, with an ellipsis', () => {
    const cut = truncate('2018年5月26日，贵阳市与美国加利福尼亚州伯克利市签署友好交流谅解备忘录。', 30)
    expect(cut.endsWith('…')).toBe(true)
    expect(displayWidth(cut)).toBeLessThanOrEqual(30)
    expect(cut).toBe('2018年5月26日，贵阳市与美国加…')
  })

  it('never splits a grapheme: flags, families and combining accents stay whole', () => {
    const cut = truncate('🇮🇹👨‍👩‍👧e\u0301e\u0301e\u0301 and more text here', 8)
    expect(cut).toBe('🇮🇹👨‍👩‍👧e\u0301e\u0301e\u0301…')
    expect(displayWidth(cut)).toBe(8)
    expect(truncate('🇮🇹👨‍👩‍👧 and more', 4)).toBe('🇮🇹…')
  })
})
