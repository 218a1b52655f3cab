/**
 * What the feeds say about the content: stable ids, fallbacks that say so,
 * dates from real edits, the API's filters honoured the same way, and the
 * errors a reader gets for a wrong URL.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { SanityDocument } from '../../server/content/embedded-source'
import { feedLinks } from '../../server/feeds/autodiscovery'
import { siteUrls } from '../../schemas/lib/site-urls'
import type { EntryListJson } from '../../server/render/json'
import { childrenNamed, NS, only, parseStrictXml, type XmlTree } from './feed-readers'
import { json, request, seedDocuments, seedEntry, seedWith } from './helpers'

interface JsonFeed {
  title: string
  language: string
  items: { id: string; url: string; title: string; language?: string }[]
}

async function text(path: string, documents?: SanityDocument[]) {
  const response = await request(path, {}, documents)
  expect(response.status).toBe(200)
  return response.text()
}

const atom = async (path: string, documents?: SanityDocument[]) => parseStrictXml(await text(path, documents))
const jsonFeed = async (path: string, documents?: SanityDocument[]) => JSON.parse(await text(path, documents)) as JsonFeed
const atomEntry = (feed: XmlTree, id: string) => {
  const entry = childrenNamed(feed, NS.atom, 'entry').find((candidate) => only(candidate, NS.atom, 'id').text === id)
  if (!entry) throw new Error(`No entry ${id}`)
  return entry
}
const rssItems = (rss: XmlTree) => childrenNamed(only(rss, '', 'channel'), '', 'item')

describe('ids', () => {
  it('gives the English, Simplified and Traditional versions of an entry ids that share its key, the same id in every format', async () => {
    for (const lang of ['en', 'zh', 'zh-hant'] as const) {
      const expected = `urn:meeting-the-world:entry-vicenza-2018:${lang}`
      const rss = parseStrictXml(await text(`/${lang}/rss.xml`))
      expect(only(rssItems(rss)[0] as XmlTree, '', 'guid').text).toBe(expected)
      expect(only(childrenNamed(await atom(`/${lang}/atom.xml`), NS.atom, 'entry')[0] as XmlTree, NS.atom, 'id').text).toBe(expected)
      expect((await jsonFeed(`/${lang}/feed.json`)).items[0]?.id).toBe(expected)
    }
  })

  it('keeps an entry’s id when an editor changes it, and dates the change', async () => {
    const edited = {
      ...seedEntry('vicenza-2018'),
      headline: { _type: 'localeString', en: 'Vicenza and Guiyang: a friendship agreement', zh: '维琴察与贵阳结为友好城市' },
      _updatedAt: '2027-03-04T05:06:07Z',
    }
    const response = await request('/en/atom.xml', {}, seedWith(edited))
    expect(response.headers.get('Last-Modified')).toBe('Thu, 04 Mar 2027 05:06:07 GMT')
    const feed = parseStrictXml(await response.text())
    const entry = atomEntry(feed, 'urn:meeting-the-world:entry-vicenza-2018:en')
    expect(only(entry, NS.atom, 'title').text).toBe('Vicenza and Guiyang: a friendship agreement')
    expect(only(entry, NS.atom, 'updated').text).toBe('2027-03-04T05:06:07Z')
    expect(only(entry, NS.atom, 'published').text).toBe('2018-12-01T00:00:00+08:00')
    expect(only(feed, NS.atom, 'updated').text).toBe('2027-03-04T05:06:07Z')
  })

  it('names a filtered feed by what it is filtered to, whatever the order, case or limit of the query', async () => {
    const id = async (query: string) => only(await atom(`/en/atom.xml${query}`), NS.atom, 'id').text
    expect(await id('')).toBe('urn:meeting-the-world:feed:en')
    expect(await id('?country=us&topic=education')).toBe('urn:meeting-the-world:feed:en:country=US;topic=education')
    expect(await id('?topic=education&country=US&limit=2')).toBe('urn:meeting-the-world:feed:en:country=US;topic=education')
    expect(only(await atom('/zh/atom.xml?year=2018'), NS.atom, 'id').text).toBe('urn:meeting-the-world:feed:zh:year=2018')
  })
})

describe('dates', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('gives the same bytes for the same content, whatever the time', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    for (const path of ['/zh/rss.xml', '/zh/atom.xml', '/zh/feed.json', '/feeds.opml']) {
      vi.setSystemTime(new Date('2030-01-01T00:00:00Z'))
      expect(new Date().getUTCFullYear()).toBe(2030)
      const first = await text(path)
      vi.setSystemTime(new Date('2031-06-15T12:34:56Z'))
      expect(await text(path)).toBe(first)
      expect(first).not.toMatch(/2030|2031/)
    }
  })

  it('dates an empty feed by the settings, never by the clock', async () => {
    const feed = await atom('/zh/atom.xml?city=fort-worth&year=1999')
    expect(childrenNamed(feed, NS.atom, 'entry')).toEqual([])
    expect(only(feed, NS.atom, 'updated').text).toBe('2026-11-01T00:00:00Z')
  })
})

describe('fallbacks', () => {
  it('says so in every format when a Chinese entry falls back to English text', async () => {
    const burnaby = seedEntry('burnaby-2014') as SanityDocument & Record<string, Record<string, unknown>>
    delete burnaby.summary?.zh
    delete burnaby.body?.zh
    const documents = seedWith(burnaby)
    const id = 'urn:meeting-the-world:entry-burnaby-2014:zh'

    const feed = await atom('/zh/atom.xml', documents)
    expect(feed.attributes['xml:lang']).toBe('zh-Hans')
    const entry = atomEntry(feed, id)
    expect(only(entry, NS.atom, 'summary').attributes['xml:lang']).toBe('en')
    expect(only(entry, NS.atom, 'summary').text).toMatch(/^Burnaby/)
    expect(only(entry, NS.atom, 'content').attributes['xml:lang']).toBe('en')
    expect(only(entry, NS.atom, 'title').lang).toBe('zh-Hans')
    const others = childrenNamed(feed, NS.atom, 'entry').filter((candidate) => candidate !== entry)
    expect(others.every((other) => only(other, NS.atom, 'content').lang === 'zh-Hans')).toBe(true)

    const items = (await jsonFeed('/zh/feed.json', documents)).items
    expect(items.filter((item) => item.language).map((item) => [item.id, item.language])).toEqual([[id, 'en']])

    const rss = parseStrictXml(await text('/zh/rss.xml', documents))
    const marked = rssItems(rss).filter((item) => childrenNamed(item, NS.dc, 'language').length > 0)
    expect(marked.map((item) => [only(item, '', 'guid').text, only(item, NS.dc, 'language').text])).toEqual([[id, 'en']])
  })

  it('marks the feed title in Atom when the settings have no Chinese title', async () => {
    const settings = seedDocuments().find((document) => document._type === 'settings') as SanityDocument & {
      title: Record<string, string>
    }
    delete (settings.title as Partial<Record<string, string>>).zh
    const feed = await atom('/zh/atom.xml', seedWith(settings))
    expect(only(feed, NS.atom, 'title').attributes).toEqual({ type: 'text', 'xml:lang': 'en' })
    expect(only(feed, NS.atom, 'title').text).toBe('Meeting the World')
    expect(only(feed, NS.atom, 'subtitle').attributes['xml:lang']).toBeUndefined()
  })

  it('leaves an English summary out of a Chinese feed when the Chinese body is there', async () => {
    const entry = seedEntry('vicenza-2018')
    delete (entry.summary as { zh?: string }).zh
    const [item] = (await json<{ items: { summary?: string; language?: string; content_html: string }[] }>(
      await request('/zh/feed.json', {}, [entry]),
    )).items
    expect(item?.summary).toBeUndefined()
    expect(item?.language).toBeUndefined()
    expect(item?.content_html).toContain('维琴察')
    const rss = await (await request('/zh/rss.xml', {}, [entry])).text()
    expect(rss).not.toContain('Vicenza, Italy, and Guiyang signed')
  })

  it('titles the feeds from the interface when there is no settings document', async () => {
    const entriesOnly = seedDocuments().filter((document) => document._type !== 'settings')
    expect((await jsonFeed('/zh/feed.json', entriesOnly)).title).toBe('走向世界')
    expect(only(await atom('/en/atom.xml', entriesOnly), NS.atom, 'title').text).toBe('Meeting the World')
  })
})

describe('categories and authors', () => {
  const VICENZA_TOPICS = ['high-technology', 'big-data', 'manufacturing', 'education', 'culture', 'tourism']
  const LABELS = {
    en: ['High technology', 'Big data', 'Manufacturing', 'Education', 'Culture', 'Tourism'],
    zh: ['高新技术', '大数据', '制造业', '教育', '文化', '旅游'],
    'zh-hant': ['高新技術', '大數據', '製造業', '教育', '文化', '旅遊'],
  }

  it.each(['en', 'zh', 'zh-hant'] as const)('labels the %s topics in the feed’s language where readers show them, and keeps the codes for programs', async (lang) => {
    const scheme = `urn:meeting-the-world:topics:${lang}`
    const entry = atomEntry(await atom(`/${lang}/atom.xml`), `urn:meeting-the-world:entry-vicenza-2018:${lang}`)
    // feedparser shows `term`: it is the label, and the scheme names the vocabulary in that language.
    expect(childrenNamed(entry, NS.atom, 'category').map((category) => category.attributes)).toEqual(
      LABELS[lang].map((term) => ({ term, scheme })),
    )
    const item = rssItems(parseStrictXml(await text(`/${lang}/rss.xml`)))[0] as XmlTree
    expect(childrenNamed(item, '', 'category').map((category) => [category.text, category.attributes.domain])).toEqual(
      LABELS[lang].map((label) => [label, scheme]),
    )
    const [jsonItem] = (await json<{ items: { tags: string[]; _meeting_the_world: { topics: string[] } }[] }>(await request(`/${lang}/feed.json`))).items
    expect(jsonItem?.tags).toEqual(LABELS[lang])
    expect(jsonItem?._meeting_the_world.topics).toEqual(VICENZA_TOPICS)
  })

  it('names the publisher from the settings as the author of every item, in every format and language', async () => {
    const publisher = { en: 'Guiyang Municipal Internet Information Office', zh: '贵阳市互联网信息办公室', 'zh-hant': '貴陽市互聯網信息辦公室' }
    for (const lang of ['en', 'zh', 'zh-hant'] as const) {
      const entries = childrenNamed(await atom(`/${lang}/atom.xml`), NS.atom, 'entry')
      expect(entries.map((entry) => only(only(entry, NS.atom, 'author'), NS.atom, 'name').text)).toEqual(entries.map(() => publisher[lang]))
      const items = rssItems(parseStrictXml(await text(`/${lang}/rss.xml`)))
      expect(items.map((item) => only(item, NS.dc, 'creator').text)).toEqual(items.map(() => publisher[lang]))
      // RSS `author` must be an e-mail address, which the publisher has none of.
      expect(items.every((item) => childrenNamed(item, '', 'author').length === 0)).toBe(true)
      const jsonItems = (await json<{ items: { authors: { name: string }[] }[] }>(await request(`/${lang}/feed.json`))).items
      expect(jsonItems.map((item) => item.authors.map((author) => author.name))).toEqual(jsonItems.map(() => [publisher[lang]]))
    }
  })

  it('names the publisher in the settings’ other language, and says so, when it has no translation', async () => {
    const settings = seedDocuments().find((document) => document._type === 'settings') as SanityDocument & {
      publisher: Record<string, string>
    }
    delete (settings.publisher as Partial<Record<string, string>>).zh
    const entry = childrenNamed(await atom('/zh/atom.xml', seedWith(settings)), NS.atom, 'entry')[0] as XmlTree
    const author = only(entry, NS.atom, 'author')
    expect(author.attributes['xml:lang']).toBe('en')
    expect(only(author, NS.atom, 'name').text).toBe('Guiyang Municipal Internet Information Office')
  })
})

describe('filters', () => {
  it.each([
    ['?country=us'],
    ['?city=Palmerston%20North'],
    ['?topic=agriculture'],
    ['?year=2018&topic=science'],
    ['?limit=3'],
    ['?year=1999'],
  ])('honours %s exactly as the API does', async (query) => {
    for (const lang of ['en', 'zh', 'zh-hant'] as const) {
      const api = await json<EntryListJson>(await request(`/api/v1/entries${query}&lang=${lang}`))
      const feed = await jsonFeed(`/${lang}/feed.json${query}`)
      expect(feed.items.map((item) => item.url)).toEqual(api.items.map((item) => item.links.page))
    }
  })

  it('names the city of an empty filtered feed in the feed’s language', async () => {
    const feed = await atom('/zh/atom.xml?city=fort-worth&year=1999')
    expect(only(feed, NS.atom, 'title').text).toBe('走向世界（城市：沃思堡；年份：1999）')
    expect(only(feed, NS.atom, 'subtitle').text).toBe(
      '贵阳市与世界各地城市建立友好关系、开展交流合作情况。此订阅源的筛选条件为城市：沃思堡；年份：1999。',
    )
  })

  it('links a city written with a space to the same feed written with a hyphen', async () => {
    const feed = await atom('/en/atom.xml?city=palmerston%20north&limit=20')
    const self = childrenNamed(feed, NS.atom, 'link').find((link) => link.attributes.rel === 'self')
    expect(self?.attributes.href).toBe('http://localhost/en/atom.xml?city=palmerston-north')
    expect(only(feed, NS.atom, 'id').text).toBe('urn:meeting-the-world:feed:en:city=palmerston-north')
  })

  it('ignores cursor and lang, which do not apply to a feed', async () => {
    expect(await text('/en/rss.xml?cursor=WzEsIjIwMTgiXQ&lang=zh')).toBe(await text('/en/rss.xml'))
  })
})

describe('wrong feed URLs', () => {
  it.each(['/fr/rss.xml', '/en-zh/atom.xml', '/zh/rss', '/zh/feed.xml'])(
    'answers %s, a language or feed we do not have, with a 404 problem',
    async (path) => {
      const response = await request(path)
      expect(response.status).toBe(404)
      expect(response.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8')
      expect(await response.json()).toMatchObject({ status: 404, instance: path })
    },
  )

  it.each([
    ['/EN/feed.json', 'http://localhost/en/feed.json'],
    ['/zh-Hant/atom.xml?city=burnaby', 'http://localhost/zh-hant/atom.xml?city=burnaby'],
    ['/zh-TW/atom.xml', 'http://localhost/zh-hant/atom.xml'],
    ['/zh-Hans/rss.xml', 'http://localhost/zh/rss.xml'],
  ])('sends %s, one of our languages in another form, to the feed itself for good', async (path, location) => {
    const response = await request(path)
    expect([response.status, response.headers.get('Location')]).toEqual([301, location])
    expect((await request(new URL(location).pathname + new URL(location).search)).status).toBe(200)
  })

  it('answers bad filter values with a 400 problem naming each, in the feed’s language', async () => {
    const response = await request('/zh/rss.xml?limit=0&topic=astrology', { headers: { 'Accept-Language': 'en' } })
    expect(response.status).toBe(400)
    expect(response.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8')
    const problem = (await response.json()) as { title: string; invalidParams: { name: string; reason: string }[] }
    expect(problem.title).toBe('查询参数无效')
    expect(problem.invalidParams.map((param) => param.name).sort()).toEqual(['limit', 'topic'])
    expect(problem.invalidParams.find((param) => param.name === 'limit')?.reason).toBe('limit必须是1到100之间的整数。')
  })

  it('answers an unknown city with a 400 problem that lists the partner cities', async () => {
    const response = await request('/en/atom.xml?city=atlantis')
    expect(response.status).toBe(400)
    const problem = (await response.json()) as { invalidParams: { name: string; allowed: string[] }[] }
    expect(problem.invalidParams[0]).toMatchObject({ name: 'city', allowed: expect.arrayContaining(['vicenza', 'fort-worth']) })
  })
})

describe('autodiscovery', () => {
  it('links every format of a feed, titled in the feed’s language, from one place', () => {
    const links = feedLinks(siteUrls('https://feeds.example.org'), [{ language: 'zh', title: '走向世界' }], { city: 'vicenza' })
    expect(links).toEqual([
      {
        rel: 'alternate',
        type: 'application/rss+xml',
        hreflang: 'zh-Hans',
        title: '走向世界（RSS 2.0）',
        href: 'https://feeds.example.org/zh/rss.xml?city=vicenza',
        format: 'rss',
        language: 'zh',
      },
      {
        rel: 'alternate',
        type: 'application/atom+xml',
        hreflang: 'zh-Hans',
        title: '走向世界（Atom 1.0）',
        href: 'https://feeds.example.org/zh/atom.xml?city=vicenza',
        format: 'atom',
        language: 'zh',
      },
      {
        rel: 'alternate',
        type: 'application/feed+json',
        hreflang: 'zh-Hans',
        title: '走向世界（JSON Feed 1.1）',
        href: 'https://feeds.example.org/zh/feed.json?city=vicenza',
        format: 'json',
        language: 'zh',
      },
    ])
  })
})
