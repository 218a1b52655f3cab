/**
 * Every feed, in each language (English, Simplified and Traditional
 * Chinese), plain and filtered: well-formed, within the W3C Feed Validation
 * Service's rules, and read back by two independent parsers with the same
 * titles, links, dates, language and Chinese text as the JSON API gives for
 * the same filters. (Which link readers open, dates,
 * images and categories in depth: feeds-links, feeds-dates, feeds-images and
 * feeds-content.test.ts.)
 */
import { describe, expect, it } from 'vitest'
import type { EntryJson, EntryListJson } from '../../server/render/json'
import {
  childrenNamed,
  FULL_URI,
  NS,
  only,
  parseStrictXml,
  readAtom,
  readJsonFeed,
  readRss,
  RFC_2822,
  RFC_3339,
  URN,
  weekdayMatches,
  type XmlTree,
} from './feed-readers'
import { json, request } from './helpers'

type Lang = 'en' | 'zh' | 'zh-hant'

const LANGS: readonly Lang[] = ['en', 'zh', 'zh-hant']
const TAG: Record<Lang, string> = { en: 'en', zh: 'zh-Hans', 'zh-hant': 'zh-Hant' }
/** RSS 2.0's language list has no script subtags: Simplified is zh-cn, Traditional zh-tw. */
const RSS_LANGUAGE: Record<Lang, string> = { en: 'en', zh: 'zh-cn', 'zh-hant': 'zh-tw' }
/** The other languages of each, in the order feeds link them. */
const OTHERS = (lang: Lang) => LANGS.filter((other) => other !== lang)
const SEED_EDITED = '2026-11-01T00:00:00Z'
const PUBLISHER: Record<Lang, string> = {
  en: 'Guiyang Municipal Internet Information Office',
  zh: '贵阳市互联网信息办公室',
  'zh-hant': '貴陽市互聯網信息辦公室',
}
const RIGHTS: Record<Lang, RegExp> = { en: /^Copyright/, zh: /^版权所有/, 'zh-hant': /^版權所有/ }
const CJK = /[\u4e00-\u9fff]/

/** Each feed, its title, and the query of the page that shows the same entries (a limit is the feed's alone). */
const VARIANTS = [
  { name: 'unfiltered', query: '', page: '', title: { en: 'Meeting the World', zh: '走向世界', 'zh-hant': '走向世界' } },
  {
    name: 'filtered by country',
    query: '?country=US',
    page: '?country=US',
    title: { en: 'Meeting the World (country/region: United States)', zh: '走向世界（国家/地区：美国）', 'zh-hant': '走向世界（國家/地區：美國）' },
  },
  {
    name: 'filtered by city',
    query: '?city=palmerston-north',
    page: '?city=palmerston-north',
    title: { en: 'Meeting the World (city: Palmerston North)', zh: '走向世界（城市：北帕默斯顿）', 'zh-hant': '走向世界（城市：北帕默斯頓）' },
  },
  {
    name: 'filtered by topic and year and limited to one entry',
    query: '?topic=education&year=2018&limit=1',
    page: '?topic=education&year=2018',
    title: {
      en: 'Meeting the World (topic: Education; year: 2018)',
      zh: '走向世界（主题：教育；年份：2018）',
      'zh-hant': '走向世界（主題：教育；年份：2018）',
    },
  },
]

const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', zh: 'Simplified Chinese', 'zh-hant': 'Traditional Chinese' }
/** Each language's name for itself: the title of links to that language's version. */
const NATIVE: Record<Lang, string> = { en: 'English', zh: '简体中文', 'zh-hant': '繁體中文' }

/** [language name, variant name, case]: every language, plain and filtered. */
const CASES = LANGS.flatMap((lang) =>
  VARIANTS.map((variant) => [LANGUAGE_NAMES[lang], variant.name, { lang, ...variant }] as const),
)

async function fetchFeed(path: string, mediaType: string): Promise<string> {
  const response = await request(path)
  expect(response.status).toBe(200)
  expect(response.headers.get('Content-Type')).toBe(`${mediaType}; charset=utf-8`)
  return response.text()
}

/** What the JSON API lists for the same language and filters: the feed must agree item for item. */
async function apiEntries(lang: Lang, query: string): Promise<EntryJson[]> {
  const params = new URLSearchParams(query)
  params.set('lang', lang)
  const entries = (await json<EntryListJson>(await request(`/api/v1/entries?${params}`))).items
  expect(entries.length).toBeGreaterThan(0)
  return entries
}

const idOf = (entry: EntryJson, lang: Lang) => `urn:meeting-the-world:${entry.id}:${lang}`
const pageOf = (entry: EntryJson, lang: Lang) => `http://localhost/${lang}/entries/${entry.slug}`
const isoDate = (date: string | null | undefined) => new Date(date ?? NaN).toISOString()
/** An entry's date as feeds write it: its first day at midnight in Guiyang (UTC+8). */
const startOf = (entry: EntryJson) => {
  const [year, month = '01', day = '01'] = entry.date.value.split('-')
  return `${year}-${month}-${day}T00:00:00+08:00`
}
/** The dateline every item's text opens with: the entry's date at its precision, in the feed's language. */
const datelineOf = (entry: EntryJson) => `<p><time datetime="${entry.date.value}">${entry.date.display}</time></p>`

/** HTML-escaped text as a reader shows it. */
const htmlText = (html: string) =>
  html.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')

function expectGeoPoint(point: XmlTree, entry: EntryJson) {
  const [lat, lng] = point.text.split(' ').map(Number)
  expect({ lat, lng }).toEqual(entry.location)
}

function expectChineseWhereChinese(lang: Lang, texts: (string | undefined)[]) {
  if (lang !== 'en') for (const text of texts) expect(text).toMatch(CJK)
}

describe.each(CASES)('the %s RSS 2.0 feed, %s,', (_language, _variant, { lang, query, page, title }) => {
  const path = `/${lang}/rss.xml${query}`

  it('is well-formed XML that keeps the W3C validator’s RSS 2.0 rules', async () => {
    const rss = parseStrictXml(await fetchFeed(path, 'application/rss+xml'))
    expect(rss.name).toBe('rss')
    expect(rss.attributes.version).toBe('2.0')
    const channel = only(rss, '', 'channel')
    for (const name of ['title', 'link', 'description']) expect(only(channel, '', name).text.trim()).not.toBe('')
    expect(only(channel, '', 'language').text).toBe(RSS_LANGUAGE[lang])
    expect(only(channel, '', 'lastBuildDate').text).toMatch(RFC_2822)
    const self = childrenNamed(channel, NS.atom, 'link').filter((link) => link.attributes.rel === 'self')
    expect(self.map((link) => link.attributes)).toEqual([
      { href: `http://localhost${path}`, rel: 'self', type: 'application/rss+xml' },
    ])
    // Channel elements come before the items, and the unprefixed ones are RSS 2.0's own.
    const names = channel.children.map((child) => child.name)
    expect(names.slice(names.indexOf('item')).every((name) => name === 'item')).toBe(true)
    const rssElements = ['title', 'link', 'description', 'language', 'copyright', 'lastBuildDate', 'docs', 'image', 'item']
    expect(channel.children.filter((child) => child.uri === '').every((child) => rssElements.includes(child.local))).toBe(true)

    const items = childrenNamed(channel, '', 'item')
    expect(items.length).toBeGreaterThan(0)
    const guids = items.map((item) => only(item, '', 'guid'))
    expect(guids.every((guid) => guid.attributes.isPermaLink === 'false' && URN.test(guid.text))).toBe(true)
    expect(new Set(guids.map((guid) => guid.text)).size).toBe(items.length)
    for (const item of items) {
      expect(only(item, '', 'title').text).not.toBe('')
      const pubDate = only(item, '', 'pubDate').text
      expect(pubDate).toMatch(RFC_2822)
      expect(weekdayMatches(pubDate)).toBe(true)
      const order = item.children.map((child) => child.name)
      expect(order.indexOf('description')).toBeLessThan(order.indexOf('content:encoded'))
      const links = [
        only(item, '', 'link').text,
        ...childrenNamed(item, NS.atom, 'link').map((link) => link.attributes.href),
        ...childrenNamed(item, '', 'category').map((category) => category.attributes.domain),
      ]
      for (const link of links) expect(link).toMatch(FULL_URI)
    }
  })

  it('reads the same in feedsmith and rss-parser: titles, links, dates, language and text', async () => {
    const text = await fetchFeed(path, 'application/rss+xml')
    const expected = await apiEntries(lang, query)
    const { feedsmith, rssParser } = await readRss(text)
    for (const channel of [feedsmith, rssParser]) {
      expect({ title: channel.title, link: channel.link, language: channel.language }).toEqual({
        title: title[lang],
        link: `http://localhost/${lang}/${page}`,
        language: RSS_LANGUAGE[lang],
      })
    }
    const fsItems = feedsmith.items ?? []
    const rpItems = rssParser.items
    for (const items of [fsItems, rpItems]) {
      expect(items.map((item) => item.title)).toEqual(expected.map((entry) => entry.title))
      expect(items.map((item) => item.link)).toEqual(expected.map((entry) => pageOf(entry, lang)))
    }
    expectChineseWhereChinese(lang, fsItems.map((item) => item.title))
    expect(fsItems.map((item) => item.guid?.value)).toEqual(expected.map((entry) => idOf(entry, lang)))
    expect(rpItems.map((item) => item.guid)).toEqual(expected.map((entry) => idOf(entry, lang)))
    expect(fsItems.map((item) => isoDate(item.pubDate as string))).toEqual(expected.map((entry) => isoDate(startOf(entry))))
    expect(rpItems.map((item) => item.isoDate)).toEqual(expected.map((entry) => isoDate(startOf(entry))))
    expect(rpItems.map((item) => item.creator)).toEqual(expected.map(() => PUBLISHER[lang]))
    expect(fsItems.map((item) => htmlText(item.description ?? ''))).toEqual(
      expected.map((entry) => `${datelineOf(entry)}<p>${entry.summary}</p>`),
    )
    expect(fsItems.map((item) => item.content?.encoded)).toEqual(expected.map((entry) => datelineOf(entry) + entry.body.html))
    expect(rpItems.map((item) => item['content:encoded'])).toEqual(expected.map((entry) => datelineOf(entry) + entry.body.html))
    expect(fsItems.map((item) => item.categories?.map((category) => category.name))).toEqual(
      expected.map((entry) => entry.topics.map((topic) => topic.label)),
    )
    expect(fsItems.map((item) => item.georss?.point)).toEqual(expected.map((entry) => entry.location))
    expect(rpItems.map((item) => item['georss:point'])).toEqual(
      expected.map((entry) => `${entry.location?.lat} ${entry.location?.lng}`),
    )
  })
})

describe.each(CASES)('the %s Atom 1.0 feed, %s,', (_language, _variant, { lang, query, page, title }) => {
  const path = `/${lang}/atom.xml${query}`

  it('is well-formed XML that keeps RFC 4287 and the W3C validator’s Atom rules', async () => {
    const feed = parseStrictXml(await fetchFeed(path, 'application/atom+xml'))
    expect(feed.uri).toBe(NS.atom)
    expect(feed.local).toBe('feed')
    expect(feed.attributes['xml:lang']).toBe(TAG[lang])
    expect(only(feed, NS.atom, 'id').text).toMatch(URN)
    expect(only(feed, NS.atom, 'title').text).toBe(title[lang])
    expect(only(feed, NS.atom, 'updated').text).toMatch(RFC_3339)
    expect(only(only(feed, NS.atom, 'author'), NS.atom, 'name').text).not.toBe('')
    const links = childrenNamed(feed, NS.atom, 'link').map((link) => link.attributes)
    expect(links).toEqual([
      { rel: 'alternate', type: 'text/html', hreflang: TAG[lang], href: `http://localhost/${lang}/${page}` },
      { rel: 'self', type: 'application/atom+xml', href: `http://localhost${path}` },
      ...OTHERS(lang).flatMap((other) => [
        { rel: 'related', type: 'text/html', hreflang: TAG[other], title: NATIVE[other], href: `http://localhost/${other}/${page}` },
        { rel: 'related', type: 'application/atom+xml', hreflang: TAG[other], title: NATIVE[other], href: `http://localhost/${other}/atom.xml${query}` },
      ]),
    ])
    // No two links share rel, type and hreflang; metadata comes before the entries.
    expect(new Set(links.map((link) => `${link.rel} ${link.type} ${link.hreflang}`)).size).toBe(links.length)
    const names = feed.children.map((child) => child.local)
    expect(names.slice(names.indexOf('entry')).every((name) => name === 'entry')).toBe(true)

    const entries = childrenNamed(feed, NS.atom, 'entry')
    expect(entries.length).toBeGreaterThan(0)
    const ids = entries.map((entry) => only(entry, NS.atom, 'id').text)
    expect(ids.every((id) => URN.test(id))).toBe(true)
    expect(new Set(ids).size).toBe(entries.length)
    for (const entry of entries) {
      expect(only(entry, NS.atom, 'title').text).not.toBe('')
      expect(only(entry, NS.atom, 'updated').text).toMatch(RFC_3339)
      expect(only(entry, NS.atom, 'published').text).toMatch(RFC_3339)
      const links = childrenNamed(entry, NS.atom, 'link')
      expect(links.map((link) => [link.attributes.rel, link.attributes.hreflang])).toEqual([
        ['alternate', TAG[lang]],
        ...OTHERS(lang).map((other) => ['related', TAG[other]]),
      ])
      for (const link of links) expect(link.attributes.href).toMatch(FULL_URI)
      expect(only(only(entry, NS.atom, 'author'), NS.atom, 'name').text).toBe(PUBLISHER[lang])
      expect(only(entry, NS.atom, 'content').attributes.type).toBe('html')
      for (const category of childrenNamed(entry, NS.atom, 'category')) {
        expect(category.attributes.term).not.toBe('')
        expect(category.attributes.scheme).toMatch(URN)
      }
    }
  })

  it('reads the same in feedsmith and rss-parser: titles, links, dates, language and text', async () => {
    const text = await fetchFeed(path, 'application/atom+xml')
    const expected = await apiEntries(lang, query)
    const { feedsmith, rssParser } = await readAtom(text)
    expect(feedsmith.title?.value).toBe(title[lang])
    expect(rssParser.title).toBe(title[lang])
    expect(rssParser.link).toBe(`http://localhost/${lang}/${page}`)
    expect(rssParser.feedUrl).toBe(`http://localhost${path}`)
    expect(feedsmith.xml?.lang).toBe(TAG[lang])
    expect(feedsmith.updated).toBe(SEED_EDITED)
    expect(feedsmith.authors?.map((author) => author.name)).toEqual([PUBLISHER[lang]])
    expect(feedsmith.rights?.value).toMatch(RIGHTS[lang])

    const fsEntries = feedsmith.entries ?? []
    expect(fsEntries.map((entry) => entry.id)).toEqual(expected.map((entry) => idOf(entry, lang)))
    expect(rssParser.items.map((item) => item.id)).toEqual(expected.map((entry) => idOf(entry, lang)))
    expect(fsEntries.map((entry) => entry.title?.value)).toEqual(expected.map((entry) => entry.title))
    expect(rssParser.items.map((item) => item.title)).toEqual(expected.map((entry) => entry.title))
    expectChineseWhereChinese(lang, rssParser.items.map((item) => item.title))
    expect(rssParser.items.map((item) => item.link)).toEqual(expected.map((entry) => pageOf(entry, lang)))
    expect(fsEntries.map((entry) => entry.links?.map((link) => [link.rel, link.hreflang, link.href]))).toEqual(
      expected.map((entry) => [
        ['alternate', TAG[lang], pageOf(entry, lang)],
        ...OTHERS(lang).map((other) => ['related', TAG[other], pageOf(entry, other)]),
      ]),
    )
    expect(fsEntries.map((entry) => entry.published)).toEqual(expected.map(startOf))
    expect(rssParser.items.map((item) => item.isoDate)).toEqual(expected.map((entry) => isoDate(startOf(entry))))
    // The seed was imported, never edited: an entry is as new as its own date.
    expect(fsEntries.map((entry) => entry.updated)).toEqual(expected.map(startOf))
    expect(fsEntries.map((entry) => entry.authors?.map((author) => author.name))).toEqual(expected.map(() => [PUBLISHER[lang]]))
    expect(fsEntries.map((entry) => entry.summary?.value)).toEqual(expected.map((entry) => entry.summary))
    expect(fsEntries.map((entry) => entry.content?.value)).toEqual(expected.map((entry) => datelineOf(entry) + entry.body.html))
    expect(rssParser.items.map((item) => item.content)).toEqual(expected.map((entry) => datelineOf(entry) + entry.body.html))
    expect(fsEntries.map((entry) => entry.categories?.map((category) => [category.term, category.scheme]))).toEqual(
      expected.map((entry) => entry.topics.map((topic) => [topic.label, `urn:meeting-the-world:topics:${lang}`])),
    )
    expect(fsEntries.map((entry) => entry.georss?.point)).toEqual(expected.map((entry) => entry.location))
  })
})

describe.each(CASES)('the %s JSON Feed 1.1, %s,', (_language, _variant, { lang, query, page, title }) => {
  const path = `/${lang}/feed.json${query}`

  it('keeps the JSON Feed 1.1 rules: version, title, ids, content, RFC 3339 dates, authors', async () => {
    const feed = JSON.parse(await fetchFeed(path, 'application/feed+json')) as Record<string, unknown> & {
      items: Record<string, unknown>[]
    }
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: title[lang],
      home_page_url: `http://localhost/${lang}/${page}`,
      feed_url: `http://localhost${path}`,
      language: TAG[lang],
      authors: [{ name: PUBLISHER[lang], url: `http://localhost/${lang}/` }],
    })
    // JSON Feed 1.0's single author is gone in 1.1.
    expect(feed).not.toHaveProperty('author')
    const ids = feed.items.map((item) => item.id)
    expect(ids.every((id) => typeof id === 'string' && URN.test(id))).toBe(true)
    expect(new Set(ids).size).toBe(ids.length)
    for (const item of feed.items) {
      expect(item.content_html).toEqual(expect.stringMatching(/^<p><time datetime="/))
      expect(item.authors).toEqual([{ name: PUBLISHER[lang], url: `http://localhost/${lang}/` }])
      expect(item.date_published).toMatch(RFC_3339)
      expect(item.date_modified).toMatch(RFC_3339)
      expect(item.url).toMatch(FULL_URI)
      expect(item).not.toHaveProperty('language')
    }
  })

  it('reads the same in feedsmith and feed-extractor: titles, links, dates, language and text', async () => {
    const text = await fetchFeed(path, 'application/feed+json')
    const expected = await apiEntries(lang, query)
    const { feedsmith, feedExtractor } = readJsonFeed(text)
    expect(feedsmith.title).toBe(title[lang])
    expect(feedExtractor.title).toBe(title[lang])
    expect(feedsmith.language).toBe(TAG[lang])
    expect(feedExtractor.language).toBe(TAG[lang])
    expect(feedExtractor.link).toBe(`http://localhost/${lang}/${page}`)
    expect(feedsmith.feed_url).toBe(`http://localhost${path}`)
    const fsItems = feedsmith.items ?? []
    const feItems = feedExtractor.entries ?? []
    expect(fsItems.map((item) => item.id)).toEqual(expected.map((entry) => idOf(entry, lang)))
    expect(feItems.map((item) => item.id)).toEqual(expected.map((entry) => idOf(entry, lang)))
    expect(fsItems.map((item) => item.title)).toEqual(expected.map((entry) => entry.title))
    expect(feItems.map((item) => item.title)).toEqual(expected.map((entry) => entry.title))
    expectChineseWhereChinese(lang, feItems.map((item) => item.title))
    expect(feItems.map((item) => item.link)).toEqual(expected.map((entry) => pageOf(entry, lang)))
    expect(fsItems.map((item) => item.date_published)).toEqual(expected.map(startOf))
    expect(fsItems.map((item) => item.date_modified)).toEqual(expected.map(startOf))
    expect(feItems.map((item) => item.published)).toEqual(expected.map((entry) => isoDate(startOf(entry))))
    expect(fsItems.map((item) => item.content_html)).toEqual(expected.map((entry) => datelineOf(entry) + entry.body.html))
    expect(fsItems.map((item) => item.summary)).toEqual(expected.map((entry) => entry.summary))
    expect(fsItems.map((item) => item.tags)).toEqual(expected.map((entry) => entry.topics.map((topic) => topic.label)))
  })
})
