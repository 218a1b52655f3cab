/**
 * Which page a reader opens. Every feed and every item, in every format and
 * language, plain and filtered, has one `alternate` text/html link, its own
 * language's page, so whichever link a reader takes — the last HTML alternate
 * (feedparser, rss2email), the last alternate of any type (newsboat's Atom) or
 * the first — it opens the page in the feed's language. Each other language
 * stays findable as one `related`, titled with that language's name. A filtered
 * feed links to the same filtered page; a WebSub hub is named when configured.
 */
import { describe, expect, it } from 'vitest'
import type { Env } from '../../server/env'
import type { EntryListJson } from '../../server/render/json'
import { childrenNamed, LINK_PICKERS, NS, only, parseStrictXml, readerLinks, type ReaderLink, type XmlTree } from './feed-readers'
import { json, request } from './helpers'

type Lang = 'en' | 'zh' | 'zh-hant'

const LANGS: readonly Lang[] = ['en', 'zh', 'zh-hant']
/** The other languages of each, in the order feeds link them. */
const OTHERS = (lang: Lang) => LANGS.filter((other) => other !== lang)
const TAG: Record<Lang, string> = { en: 'en', zh: 'zh-Hans', 'zh-hant': 'zh-Hant' }
const NATIVE: Record<Lang, string> = { en: 'English', zh: '简体中文', 'zh-hant': '繁體中文' }

/** [feed, language, feed query, query of the page with the same entries]: every language, plain and filtered. */
const FEEDS = LANGS.flatMap((lang) =>
  [
    ['', ''],
    ['?country=US&topic=education&limit=1', '?country=US&topic=education'],
  ].map(([query = '', page = '']) => [`/${lang}/… ${query || '(unfiltered)'}`, lang, query, page] as const),
)

/** The entries' pages in `lang`, in feed order, as the API lists them for the same filters. */
async function entryPages(lang: Lang, query: string): Promise<string[]> {
  const params = new URLSearchParams(query)
  params.set('lang', lang)
  const { items } = await json<EntryListJson>(await request(`/api/v1/entries?${params}`))
  expect(items.length).toBeGreaterThan(0)
  return items.map((item) => `http://localhost/${lang}/entries/${item.slug}`)
}

async function xmlFeed(path: string): Promise<XmlTree> {
  const response = await request(path)
  expect(response.status).toBe(200)
  return parseStrictXml(await response.text())
}

/** What each reader opens for these links, and that exactly one of them is an HTML alternate. */
function expectOneAlternate(links: readonly ReaderLink[], format: 'rss' | 'atom', page: string) {
  expect(links.filter((link) => link.rel === 'alternate' && link.type === 'text/html').map((link) => link.href)).toEqual([page])
  expect({
    feedparser: LINK_PICKERS.feedparser(links),
    newsboat: LINK_PICKERS.newsboat(links, format),
    first: LINK_PICKERS.first(links),
  }).toEqual({ feedparser: page, newsboat: page, first: page })
}

/** The `related` links: the other language's page (and feed), titled with its name. */
function related(element: XmlTree) {
  return childrenNamed(element, NS.atom, 'link')
    .filter((link) => link.attributes.rel === 'related')
    .map(({ attributes: { type, hreflang, title, href } }) => ({ type, hreflang, title, href }))
}

describe.each(FEEDS)('%s', (_name, lang, query, page) => {
  const home = `http://localhost/${lang}/${page}`

  it('RSS: every reader opens the page in the feed’s language, for the feed and each item', async () => {
    const channel = only(await xmlFeed(`/${lang}/rss.xml${query}`), '', 'channel')
    const pages = await entryPages(lang, query)
    expectOneAlternate(readerLinks(channel), 'rss', home)
    const items = childrenNamed(channel, '', 'item')
    expect(items).toHaveLength(pages.length)
    items.forEach((item, index) => expectOneAlternate(readerLinks(item), 'rss', pages[index] ?? ''))
  })

  it('Atom: every reader opens the page in the feed’s language, for the feed and each entry', async () => {
    const feed = await xmlFeed(`/${lang}/atom.xml${query}`)
    const pages = await entryPages(lang, query)
    expectOneAlternate(readerLinks(feed), 'atom', home)
    // No link of the feed's but the page is an alternate, of any type: newsboat would take it for the site.
    expect(readerLinks(feed).filter((link) => link.rel === 'alternate')).toHaveLength(1)
    const entries = childrenNamed(feed, NS.atom, 'entry')
    expect(entries).toHaveLength(pages.length)
    entries.forEach((entry, index) => {
      expectOneAlternate(readerLinks(entry), 'atom', pages[index] ?? '')
      expect(readerLinks(entry).filter((link) => link.rel === 'alternate')).toHaveLength(1)
    })
  })

  it('JSON Feed: the feed and each item link only to the page in the feed’s language', async () => {
    const feed = await json<{ home_page_url: string; items: Record<string, unknown>[] }>(await request(`/${lang}/feed.json${query}`))
    expect(feed.home_page_url).toBe(home)
    expect(feed.items.map((item) => item.url)).toEqual(await entryPages(lang, query))
    // `external_url` is one a reader may open instead: never the translation.
    expect(feed.items.filter((item) => 'external_url' in item)).toEqual([])
  })

  it('keeps each other language’s pages and feed findable under one rel="related" each, titled with the language’s name', async () => {
    const others = OTHERS(lang).map((other) => ({ lang: other, hreflang: TAG[other], title: NATIVE[other], home: `http://localhost/${other}/${page}` }))
    const pages = await Promise.all(others.map((other) => entryPages(other.lang, query)))
    /** Item by item, each other language's page. */
    const itemPages = pages[0]?.map((_, index) => others.map((other, at) => ({ other, href: pages[at]?.[index] ?? '' }))) ?? []

    const channel = only(await xmlFeed(`/${lang}/rss.xml${query}`), '', 'channel')
    expect(related(channel)).toEqual(
      others.flatMap(({ lang: other, hreflang, title, home: otherHome }) => [
        { type: 'application/rss+xml', hreflang, title, href: `http://localhost/${other}/rss.xml${query}` },
        { type: 'text/html', hreflang, title, href: otherHome },
      ]),
    )
    const relatedPages = itemPages.map((links) => links.map(({ other: { hreflang, title }, href }) => ({ type: 'text/html', hreflang, title, href })))
    expect(childrenNamed(channel, '', 'item').map(related)).toEqual(relatedPages)

    const feed = await xmlFeed(`/${lang}/atom.xml${query}`)
    expect(related(feed)).toEqual(
      others.flatMap(({ lang: other, hreflang, title, home: otherHome }) => [
        { type: 'text/html', hreflang, title, href: otherHome },
        { type: 'application/atom+xml', hreflang, title, href: `http://localhost/${other}/atom.xml${query}` },
      ]),
    )
    expect(childrenNamed(feed, NS.atom, 'entry').map(related)).toEqual(relatedPages)

    const jsonFeed = await json<{
      _meeting_the_world: { translations: object[] }
      items: { _meeting_the_world: { translations: object[] } }[]
    }>(await request(`/${lang}/feed.json${query}`))
    expect(jsonFeed._meeting_the_world.translations).toEqual(
      others.map(({ lang: other, hreflang, title, home: otherHome }) => ({
        language: hreflang,
        title,
        home_page_url: otherHome,
        feed_url: `http://localhost/${other}/feed.json${query}`,
      })),
    )
    expect(jsonFeed.items.map((item) => item._meeting_the_world.translations)).toEqual(
      itemPages.map((links) => links.map(({ other: { hreflang, title }, href }) => ({ language: hreflang, title, url: href }))),
    )
  })
})

describe('WebSub', () => {
  const HUB = 'https://hub.example.org/'
  const withHub: Env = { SANITY_DATASET: 'production', PUBLIC_BASE_URL: '', WEBSUB_HUB: HUB }
  const hubLinks = (element: XmlTree) =>
    childrenNamed(element, NS.atom, 'link').filter((link) => link.attributes.rel === 'hub').map((link) => link.attributes.href)

  it('names the configured hub in every format, beside the feed’s self link', async () => {
    const rss = only(parseStrictXml(await (await request('/zh/rss.xml?country=US', {}, undefined, withHub)).text()), '', 'channel')
    expect(hubLinks(rss)).toEqual([HUB])
    const atom = parseStrictXml(await (await request('/en/atom.xml', {}, undefined, withHub)).text())
    expect(hubLinks(atom)).toEqual([HUB])
    const jsonFeed = await json<{ hubs?: unknown }>(await request('/en/feed.json?topic=trade', {}, undefined, withHub))
    expect(jsonFeed.hubs).toEqual([{ type: 'WebSub', url: HUB }])
  })

  it('names no hub when none is configured', async () => {
    expect(hubLinks(only(await xmlFeed('/zh/rss.xml'), '', 'channel'))).toEqual([])
    expect(hubLinks(await xmlFeed('/en/atom.xml'))).toEqual([])
    expect(await json<object>(await request('/en/feed.json'))).not.toHaveProperty('hubs')
  })
})
