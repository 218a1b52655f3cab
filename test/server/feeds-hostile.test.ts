/**
 * Editors' text cannot break a feed: control characters, noncharacters and
 * lone surrogates are dropped; `]]>`, `&`, `<` and quotes are escaped;
 * `<script>` stays text and `javascript:` links lose their href; emoji and a
 * 2,000-character title come through whole (the Traditional edition's
 * converted, its Chinese characters only). Checked in every format and every
 * language, by a strict XML parser and by the same independent feed parsers
 * as the other feed tests.
 */
import { describe, expect, it } from 'vitest'
import type { SanityDocument } from '../../server/content/embedded-source'
import { childrenNamed, NS, only, parseOpml, parseStrictXml, readAtom, readJsonFeed, readRss, type XmlTree } from './feed-readers'
import { request, seedDocuments, seedEntry } from './helpers'

const FORBIDDEN = '\u0000\u0001\u0008\u000B\u000C\u000E\u001F\uFFFE\uFFFF'
const HOSTILE = `Tom & Jerry <script>alert(1)</script> ]]> "quoted" 'single'${FORBIDDEN} lone\uD800 low\uDC00 🌏🇨🇳 维琴察 ]]]]>`
/** What survives: everything but the characters XML 1.0 forbids. */
const SURVIVES = `Tom & Jerry <script>alert(1)</script> ]]> "quoted" 'single' lone low 🌏🇨🇳 维琴察 ]]]]>`
const LONG_TITLE = '贵阳 Guiyang 🌏 & <friends> '.repeat(100).slice(0, 2000).trim()
/** What each language's feeds show of them: the Traditional edition converts the Chinese characters and nothing else. */
const SURVIVES_IN: Record<string, string> = { en: SURVIVES, zh: SURVIVES, 'zh-hant': SURVIVES.replace('维', '維') }
const LONG_TITLE_IN: Record<string, string> = { en: LONG_TITLE, zh: LONG_TITLE, 'zh-hant': LONG_TITLE.replaceAll('贵阳', '貴陽') }

const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

function block(key: string, children: { text: string; marks?: string[] }[], markDefs: object[] = []) {
  return {
    _type: 'block',
    _key: key,
    style: 'normal',
    markDefs,
    children: children.map((child, index) => ({ _type: 'span', _key: `${key}${index}`, marks: [], ...child })),
  }
}

function hostileBody() {
  return [
    block('a', [{ text: HOSTILE }]),
    block(
      'b',
      [
        { text: 'click me', marks: ['evil'] },
        { text: ' and ' },
        { text: 'shout', marks: ['shouting'] },
        { text: ' or read ', marks: [] },
        { text: 'the source', marks: ['good'] },
      ],
      [
        { _type: 'link', _key: 'evil', href: 'javascript:alert(document.cookie)' },
        { _type: 'link', _key: 'shouting', href: ' JaVaScRiPt:alert(2)' },
        { _type: 'link', _key: 'good', href: 'https://example.org/?a=1&b="2"' },
      ],
    ),
  ]
}

/** The seed, with Vicenza's text made hostile in both languages and Berkeley given a 2,000-character title. */
function hostileDocuments(): SanityDocument[] {
  const vicenza = {
    ...seedEntry('vicenza-2018'),
    headline: { _type: 'localeString', en: HOSTILE, zh: HOSTILE },
    summary: { _type: 'localeText', en: HOSTILE, zh: HOSTILE },
    body: { _type: 'localeBlockContent', en: hostileBody(), zh: hostileBody() },
  }
  const berkeley = { ...seedEntry('berkeley-2018'), headline: { _type: 'localeString', en: LONG_TITLE, zh: LONG_TITLE } }
  const replaced = new Set([vicenza._id, berkeley._id])
  return [...seedDocuments().filter((document) => !replaced.has(document._id)), vicenza, berkeley]
}

const VICENZA = (lang: string) => `urn:meeting-the-world:entry-vicenza-2018:${lang}`
const BERKELEY = (lang: string) => `urn:meeting-the-world:entry-berkeley-2018:${lang}`

async function hostileFeed(path: string, documents = hostileDocuments()): Promise<string> {
  const response = await request(path, {}, documents)
  expect(response.status).toBe(200)
  const text = await response.text()
  expect(text).not.toMatch(FORBIDDEN_IN_XML)
  return text
}

/** Sanitized body HTML as a reader receives it: the script is text, the javascript: links have no href. */
function expectSafeHtml(html: string | undefined) {
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  expect(html).not.toMatch(/<script/i)
  expect(html).not.toMatch(/javascript:/i)
  expect(html).toContain('click me')
  expect(html).toContain('<a href="https://example.org/?a=1&amp;b=&quot;2&quot;" rel="noopener">the source</a>')
}

function elementNames(tree: XmlTree): string[] {
  return [tree.local, ...tree.children.flatMap(elementNames)]
}

describe.each(['en', 'zh', 'zh-hant'])('the %s feeds, with hostile text in an entry', (lang) => {
  const survives = SURVIVES_IN[lang]
  const longTitle = LONG_TITLE_IN[lang]
  it('keep RSS well-formed, with the text intact and the HTML safe', async () => {
    const text = await hostileFeed(`/${lang}/rss.xml`)
    const tree = parseStrictXml(text)
    expect(elementNames(tree)).not.toContain('script')
    const { feedsmith, rssParser } = await readRss(text)
    const fsItem = feedsmith.items?.find((item) => item.guid?.value === VICENZA(lang))
    const rpItem = rssParser.items.find((item) => item.guid === VICENZA(lang))
    expect(fsItem?.title).toBe(survives)
    expect(rpItem?.title).toBe(survives)
    // description is HTML: the summary arrives escaped, so a reader shows it as text.
    expect(fsItem?.description).toContain('&lt;script&gt;')
    expectSafeHtml(fsItem?.content?.encoded)
    expectSafeHtml(rpItem?.['content:encoded'])
    expect(feedsmith.items?.find((item) => item.guid?.value === BERKELEY(lang))?.title).toBe(longTitle)
    expect(rssParser.items.find((item) => item.guid === BERKELEY(lang))?.title).toBe(longTitle)
  })

  it('keep Atom well-formed, with the text intact and the HTML safe', async () => {
    const text = await hostileFeed(`/${lang}/atom.xml`)
    const tree = parseStrictXml(text)
    expect(elementNames(tree)).not.toContain('script')
    const entry = childrenNamed(tree, NS.atom, 'entry').find((candidate) => only(candidate, NS.atom, 'id').text === VICENZA(lang))
    expect(entry && only(entry, NS.atom, 'title').text).toBe(survives)
    expect(entry && only(entry, NS.atom, 'summary').text).toBe(survives)
    const { feedsmith, rssParser } = await readAtom(text)
    const fsEntry = feedsmith.entries?.find((candidate) => candidate.id === VICENZA(lang))
    const rpItem = rssParser.items.find((item) => item.id === VICENZA(lang))
    expect(fsEntry?.title?.value).toBe(survives)
    expect(rpItem?.title).toBe(survives)
    expectSafeHtml(fsEntry?.content?.value)
    expectSafeHtml(rpItem?.content)
    expect(feedsmith.entries?.find((candidate) => candidate.id === BERKELEY(lang))?.title?.value).toBe(longTitle)
    expect(rssParser.items.find((item) => item.id === BERKELEY(lang))?.title).toBe(longTitle)
  })

  it('keep JSON Feed valid JSON, with the text intact and the HTML safe', async () => {
    const text = await hostileFeed(`/${lang}/feed.json`)
    const { feedsmith, feedExtractor } = readJsonFeed(text)
    const fsItem = feedsmith.items?.find((item) => item.id === VICENZA(lang))
    expect(fsItem?.title).toBe(survives)
    expect(fsItem?.summary).toBe(survives)
    expect(feedExtractor.entries?.find((item) => item.id === VICENZA(lang))?.title).toBe(survives)
    expectSafeHtml(fsItem?.content_html)
    expect(feedsmith.items?.find((item) => item.id === BERKELEY(lang))?.title).toBe(longTitle)
    expect(feedExtractor.entries?.find((item) => item.id === BERKELEY(lang))?.title).toBe(longTitle)
  })
})

describe('hostile text in the settings', () => {
  it('cannot break the feeds’ titles or the OPML list', async () => {
    const settings = seedDocuments().find((document) => document._type === 'settings') as SanityDocument
    const documents = [
      ...seedDocuments().filter((document) => document._type !== 'settings'),
      { ...settings, title: { _type: 'localeString', en: HOSTILE, zh: HOSTILE }, publisher: { _type: 'localeString', en: HOSTILE } },
    ]
    const rss = await readRss(await hostileFeed('/zh/rss.xml', documents))
    expect(rss.feedsmith.title).toBe(SURVIVES)
    expect(rss.rssParser.title).toBe(SURVIVES)
    const atom = parseStrictXml(await hostileFeed('/en/atom.xml?city=vicenza', documents))
    expect(only(atom, NS.atom, 'title').text).toBe(`${SURVIVES} (city: Vicenza)`)
    const opmlText = await hostileFeed('/feeds.opml', documents)
    parseStrictXml(opmlText)
    const opml = parseOpml(opmlText)
    expect(opml.body?.outlines?.[1]?.title).toBe(SURVIVES)
  })
})
