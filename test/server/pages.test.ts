import { describe, expect, it } from 'vitest'
import { request, SEED_SLUGS_NEWEST_FIRST, seedDocuments } from './helpers'

const HTML = { headers: { Accept: 'text/html' } }

async function page(path: string, init: RequestInit = HTML) {
  const response = await request(path, init)
  return { response, html: await response.text() }
}

/** The attributes of every `<link>` in the head with the given `rel`. */
function links(html: string, rel: string): Record<string, string>[] {
  return [...html.matchAll(/<link\b([^>]*)>/g)]
    .map(([, attributes = '']) => Object.fromEntries([...attributes.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name = '', value = '']) => [name, value])))
    .filter((attributes) => attributes.rel === rel)
}

function jsonLd(html: string): unknown {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)
  if (!match?.[1]) throw new Error('no JSON-LD')
  return JSON.parse(match[1])
}

describe('the bare address', () => {
  it.each([
    ['zh', '/zh/'],
    ['zh-CN,zh;q=0.9', '/zh/'],
    ['zh-Hans', '/zh/'],
    ['en-US,en;q=0.9', '/en/'],
    ['fr-FR', '/en/'],
    ['zh-TW', '/zh-hant/'],
    ['zh-Hant', '/zh-hant/'],
  ])('sends a reader whose browser asks for %s to %s, and says it depends on that', async (accept, path) => {
    const response = await request('/', { headers: { 'Accept-Language': accept } })
    expect(response.status).toBe(302)
    expect(new URL(response.headers.get('Location') ?? '').pathname).toBe(path)
    expect(response.headers.get('Vary')).toContain('Accept-Language')
  })

  it('sends a reader without Accept-Language to English', async () => {
    const response = await request('/')
    expect(new URL(response.headers.get('Location') ?? '').pathname).toBe('/en/')
  })

  it('keeps the filters when it sends a reader to their language', async () => {
    const response = await request('/?year=2018', { redirect: 'manual', headers: { 'Accept-Language': 'en' } })
    expect(response.headers.get('Location')).toBe('http://localhost/en/?year=2018')
  })

  it('adds the missing slash to /zh, filters kept', async () => {
    const response = await request('/zh?city=vicenza')
    expect(response.status).toBe(301)
    expect(response.headers.get('Location')).toBe('http://localhost/zh/?city=vicenza')
  })
})

describe('the page of entries', () => {
  it('lists every entry newest first, in English, with date, city, country and summary', async () => {
    const { response, html } = await page('/en/')
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toMatch(/^text\/html/)
    expect(response.headers.get('Content-Language')).toBe('en')
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).toContain('<html lang="en" dir="ltr">')
    const titles = [...html.matchAll(/<h3><a href="http:\/\/localhost\/en\/entries\/([^"]+)">/g)].map(([, slug]) => slug)
    expect(titles).toEqual(SEED_SLUGS_NEWEST_FIRST)
    expect(html).toContain('<time datetime="2018-12">December 2018</time>')
    expect(html).toContain('Vicenza, Italy')
    expect(html).toContain('Vicenza, Italy, and Guiyang signed a friendship agreement')
  })

  it.each([
    ['/zh/', 'zh-Hans', '意大利维琴察', '共7条'],
    ['/zh-hant/', 'zh-Hant', '意大利維琴察', '共7條'],
  ])('is written in Chinese at %s, tagged %s', async (path, tag, place, count) => {
    const { response, html } = await page(path)
    expect(response.headers.get('Content-Language')).toBe(tag)
    expect(html).toContain(`<html lang="${tag}" dir="ltr">`)
    expect(html).toContain('<h1>走向世界</h1>')
    expect(html).toContain(`<time datetime="2018-12">2018年12月</time> · ${place}`)
    expect(html).toContain(count)
  })

  it('has a skip link to the entries, landmarks and one h1', async () => {
    const { html } = await page('/en/')
    expect(html).toMatch(/<a class="skip" href="#entries">Skip to the entries<\/a>/)
    expect(html).toContain('id="entries"')
    for (const landmark of ['<header', '<nav aria-label="Language"', '<main', '<footer']) expect(html).toContain(landmark)
    expect(html.match(/<h1[ >]/g)).toHaveLength(1)
  })

  it('names its language versions as hreflang alternates, with x-default at /', async () => {
    const { html } = await page('/zh/')
    const alternates = links(html, 'alternate').filter((link) => !link.type)
    expect(alternates).toEqual([
      { rel: 'alternate', hreflang: 'en', href: 'http://localhost/en/' },
      { rel: 'alternate', hreflang: 'zh-Hans', href: 'http://localhost/zh/' },
      { rel: 'alternate', hreflang: 'zh-Hant', href: 'http://localhost/zh-hant/' },
      { rel: 'alternate', hreflang: 'x-default', href: 'http://localhost/' },
    ])
    expect(links(html, 'canonical')).toEqual([{ rel: 'canonical', href: 'http://localhost/zh/' }])
  })

  it('names the bare address, filters kept, for readers whose language it cannot tell', async () => {
    const { html } = await page('/en/?year=2018')
    expect(links(html, 'alternate').find((link) => link.hreflang === 'x-default')?.href).toBe('http://localhost/?year=2018')
  })

  it('advertises its own feeds first for autodiscovery, then the other languages’', async () => {
    const { html } = await page('/zh/')
    const feeds = links(html, 'alternate').filter((link) => link.type)
    expect(feeds.map((feed) => [feed.type, feed.hreflang, feed.href])).toEqual([
      ['application/rss+xml', 'zh-Hans', 'http://localhost/zh/rss.xml'],
      ['application/atom+xml', 'zh-Hans', 'http://localhost/zh/atom.xml'],
      ['application/feed+json', 'zh-Hans', 'http://localhost/zh/feed.json'],
      ['application/rss+xml', 'en', 'http://localhost/en/rss.xml'],
      ['application/atom+xml', 'en', 'http://localhost/en/atom.xml'],
      ['application/feed+json', 'en', 'http://localhost/en/feed.json'],
      ['application/rss+xml', 'zh-Hant', 'http://localhost/zh-hant/rss.xml'],
      ['application/atom+xml', 'zh-Hant', 'http://localhost/zh-hant/atom.xml'],
      ['application/feed+json', 'zh-Hant', 'http://localhost/zh-hant/feed.json'],
    ])
    expect(feeds[0]?.title).toBe('走向世界（RSS 2.0）')
  })

  it('offers the feed addresses to copy, the recommended one first and opened in common readers', async () => {
    const { html } = await page('/en/')
    const addresses = [...html.matchAll(/<label for="([^"]+)">([^<]*)<\/label><input id="\1" type="url" readonly="" value="([^"]*)"/g)]
    expect(addresses.map(([, , label, value]) => [label, value])).toEqual([
      ['Atom 1.0, recommended: for most feed readers, such as Feedly, Inoreader, NetNewsWire, Thunderbird and newsboat', 'http://localhost/en/atom.xml'],
      ['JSON Feed 1.1: for readers that support JSON Feed, such as NetNewsWire and Feedbin', 'http://localhost/en/feed.json'],
      ['RSS 2.0: only for a reader that cannot read Atom', 'http://localhost/en/rss.xml'],
    ])
    expect(html).toContain(`href="https://feedly.com/i/subscription/feed/${encodeURIComponent('http://localhost/en/atom.xml')}"`)
    expect(html).toContain(`href="https://www.inoreader.com/?add_feed=${encodeURIComponent('http://localhost/en/atom.xml')}"`)
  })

  it('links the subscription lists, each language once, and says which to pick, in Chinese on the Chinese page', async () => {
    const lists = (html: string) => [...html.matchAll(/<a href="([^"]+)" type="text\/x-opml">([^<]*)<\/a>/g)].map(([, href, text]) => [href, text])
    const { html: en } = await page('/en/')
    expect(lists(en)).toEqual([
      ['http://localhost/feeds.opml', 'English, Simplified Chinese and Traditional Chinese (Atom)'],
      ['http://localhost/en/feeds.opml', 'English only (Atom)'],
      ['http://localhost/json-feeds.opml', 'English, Simplified Chinese and Traditional Chinese, for JSON Feed readers'],
    ])
    const { html: zh } = await page('/zh/')
    expect(lists(zh)).toEqual([
      ['http://localhost/feeds.opml', '英文、简体中文和繁体中文（Atom）'],
      ['http://localhost/zh/feeds.opml', '仅简体中文（Atom）'],
      ['http://localhost/json-feeds.opml', '英文、简体中文和繁体中文，供JSON Feed阅读器使用'],
    ])
    expect(zh).toContain('<label for="feed-atom">Atom 1.0（推荐）：适用于大多数阅读器，如Feedly、')
    expect(zh).toContain('请只选一种格式：各格式内容相同，订阅两种会使每个条目重复出现。')
  })

  it('says the feeds keep the filters and the lists do not', async () => {
    const { html } = await page('/en/?city=burnaby')
    expect(html).toContain('value="http://localhost/en/atom.xml?city=burnaby"')
    expect(html).toContain('These feeds keep the filters you chose.')
    expect(html).toContain('The lists subscribe to every entry, without the filters.')
    expect(html).toContain('href="http://localhost/feeds.opml"')
  })

  it('switches language to the same page, filters kept', async () => {
    const { html } = await page('/en/?country=US')
    expect(html).toContain('<a href="http://localhost/zh/?country=US" lang="zh-Hans" hreflang="zh-Hans" rel="alternate">简体中文</a>')
    expect(html).toContain('<a href="http://localhost/zh-hant/?country=US" lang="zh-Hant" hreflang="zh-Hant" rel="alternate">繁體中文</a>')
    expect(html).toContain('aria-current="page">English</a>')
  })

  it('filters by city, country, topic and year with plain links', async () => {
    const { html } = await page('/en/')
    expect(html).toContain('href="http://localhost/en/?city=fort-worth"')
    expect(html).toContain('href="http://localhost/en/?country=NZ"')
    expect(html).toContain('href="http://localhost/en/?topic=education"')
    expect(html).toContain('href="http://localhost/en/?year=2018"')
    const { html: zh } = await page('/zh/?city=fort-worth')
    expect(zh).toContain('共1条')
    expect(zh).toContain('沃思堡')
    expect(zh).toContain('当前筛选条件：城市为沃思堡。')
    const feeds = links(zh, 'alternate').filter((link) => link.type)
    expect(feeds[0]?.href).toBe('http://localhost/zh/rss.xml?city=fort-worth')
  })

  it('reads a city written as it is spelt, "Fort Worth", as "fort-worth"', async () => {
    const { html } = await page('/en/?city=Fort%20Worth')
    expect(html).toContain('1 entry')
    expect(html).toContain('href="http://localhost/en/entries/fort-worth-2011"')
  })

  it('shows entries of one year and country together', async () => {
    const { html } = await page('/en/?country=US&year=2018')
    expect(html).toContain('1 entry')
    expect(html).toContain('/en/entries/berkeley-2018')
  })

  it('leaves out filters it cannot read rather than failing', async () => {
    for (const query of ['city=atlantis', 'country=XX', 'topic=magic', 'year=20', 'limit=zero', 'city=%3Cscript%3E']) {
      const { response, html } = await page(`/en/?${query}`)
      expect(response.status, query).toBe(200)
      expect(html, query).toContain('7 entries')
      expect(html, query).not.toContain('<script>')
    }
  })

  it('says so when no entry matches', async () => {
    const { response, html } = await page('/en/?country=FR')
    expect(response.status).toBe(200)
    expect(html).toContain('No entries match these filters.')
  })

  it('describes itself as a schema.org CollectionPage', async () => {
    const { html } = await page('/zh/')
    const data = jsonLd(html) as { '@type': string; inLanguage: string; mainEntity: { itemListElement: unknown[] } }
    expect(data['@type']).toBe('CollectionPage')
    expect(data.inLanguage).toBe('zh-Hans')
    expect(data.mainEntity.itemListElement).toHaveLength(7)
  })

  it('answers a repeated request with 304', async () => {
    const first = await request('/en/', HTML)
    const tag = first.headers.get('ETag')
    // A strong entity tag (RFC 9110 §8.8.3): quoted, without W/.
    expect(tag).toMatch(/^"[!#-~]+"$/)
    expect(first.headers.get('Cache-Control')).toContain('max-age=60')
    const second = await request('/en/', { headers: { 'If-None-Match': tag ?? '' } })
    expect(second.status).toBe(304)
  })

  it('runs no script and loads nothing but its own icons, its one stylesheet allowed by its hash', async () => {
    const response = await request('/zh/', HTML)
    const policy = response.headers.get('Content-Security-Policy') ?? ''
    const html = await response.text()
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? ''
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(style))
    expect(policy).toBe(
      `default-src 'none'; style-src 'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'`,
    )
    expect(html).not.toMatch(/<script(?! type="application\/ld\+json")/)
  })

  it.each(['/en/', '/zh/entries/vicenza-2018', '/en/entries/atlantis-2030'])('%s names the site’s icons, served from its own origin', async (path) => {
    const html = await (await request(path, HTML)).text()
    const icons = [...html.matchAll(/<link rel="icon"([^>]*)>/g)].map(([, attributes]) =>
      Object.fromEntries([...(attributes ?? '').matchAll(/(\w+)="([^"]*)"/g)].map(([, name, value]) => [name, value])),
    )
    expect(icons).toEqual([
      { href: '/favicon.ico', sizes: '16x16 32x32 48x48' },
      { type: 'image/png', href: '/icons/icon-64.png', sizes: '64x64' },
    ])
    for (const icon of icons) {
      const image = await request(icon.href ?? '')
      expect(image.status, icon.href).toBe(200)
      expect(image.headers.get('Content-Type'), icon.href).toMatch(/^image\//)
    }
  })

  it('is a 404 for a language we do not have', async () => {
    const response = await request('/fr/')
    expect(response.status).toBe(404)
  })
})

describe('an entry page', () => {
  it('shows the entry with its body, place, coordinates, a map link and the other languages', async () => {
    const { response, html } = await page('/zh/entries/vicenza-2018')
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Language')).toBe('zh-Hans')
    expect(html).toContain('<h1>贵阳市与意大利维琴察市签署友好交流关系协议</h1>')
    expect(html).toContain('第九届中意创新合作周')
    expect(html).toContain('<dt>地点</dt><dd>意大利维琴察</dd>')
    expect(html).toContain('<span class="geo">北纬45.5455°，东经11.5354°</span>')
    expect(html).toContain('href="https://www.openstreetmap.org/?mlat=45.5455&amp;mlon=11.5354#map=11/45.5455/11.5354"')
    expect(html).toContain('<a href="http://localhost/en/entries/vicenza-2018" hreflang="en" lang="en" rel="alternate">Read this entry in English</a>')
    expect(html).toContain('<a href="http://localhost/zh-hant/entries/vicenza-2018" hreflang="zh-Hant" lang="zh-Hant" rel="alternate">閱讀此條目的繁體中文版本</a>')
    const alternates = links(html, 'alternate').filter((link) => !link.type)
    expect(alternates.map((link) => [link.hreflang, link.href])).toEqual([
      ['en', 'http://localhost/en/entries/vicenza-2018'],
      ['zh-Hans', 'http://localhost/zh/entries/vicenza-2018'],
      ['zh-Hant', 'http://localhost/zh-hant/entries/vicenza-2018'],
      ['x-default', 'http://localhost/en/entries/vicenza-2018'],
    ])
    expect(links(html, 'alternate').filter((link) => link.type)).toHaveLength(9)
  })

  it('describes the entry as a schema.org NewsArticle about its place', async () => {
    const { html } = await page('/en/entries/fort-worth-2011')
    expect(jsonLd(html)).toMatchObject({
      '@type': 'NewsArticle',
      inLanguage: 'en',
      contentLocation: {
        '@type': 'Place',
        name: 'Fort Worth',
        address: { '@type': 'PostalAddress', addressRegion: 'Texas', addressCountry: 'US' },
        geo: { '@type': 'GeoCoordinates', latitude: 32.7555, longitude: -97.3308 },
      },
    })
  })

  it('keeps an editor’s markup-looking text out of the structured data script', async () => {
    const documents = seedDocuments()
    const vicenza = documents.find((document) => document._id === 'entry-vicenza-2018') as Record<string, unknown>
    vicenza.headline = { en: '</script><script>alert(1)</script> & <!--', zh: '标题' }
    const response = await request('/en/entries/vicenza-2018', HTML, documents)
    const html = await response.text()
    expect(html).not.toContain('<script>alert(1)')
    const data = jsonLd(html) as { headline: string }
    expect(data.headline).toBe('</script><script>alert(1)</script> & <!--')
  })

  it('marks text that fell back to the other language with that language', async () => {
    const documents = seedDocuments()
    const vicenza = documents.find((document) => document._id === 'entry-vicenza-2018') as Record<string, Record<string, unknown>>
    delete vicenza.summary?.zh
    delete vicenza.city?.zh
    const html = await (await request('/zh/entries/vicenza-2018', HTML, documents)).text()
    expect(html).toContain('<p class="lede" lang="en">Vicenza, Italy, and Guiyang')
    expect(html).toContain('<dt>地点</dt><dd>意大利<span lang="en">Vicenza</span></dd>')
    expect(html).toContain('此条目的部分内容尚未翻译，以英文显示。')
  })

  it('gives a browser a readable 404 page for an unknown entry, in the path’s language', async () => {
    const { response, html } = await page('/zh/entries/atlantis-2030')
    expect(response.status).toBe(404)
    expect(response.headers.get('Content-Type')).toMatch(/^text\/html/)
    expect(html).toContain('<html lang="zh-Hans"')
    expect(html).toContain('<h1>未找到条目</h1>')
    expect(html).toContain('href="http://localhost/zh/"')
  })

  it('gives a program the usual problem for an unknown entry', async () => {
    const response = await request('/en/entries/atlantis-2030', { headers: { Accept: 'application/json' } })
    expect(response.status).toBe(404)
    expect(response.headers.get('Content-Type')).toMatch(/^application\/problem\+json/)
    expect(((await response.json()) as { title: string }).title).toBe('Entry not found')
  })
})
