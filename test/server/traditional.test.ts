/**
 * The Traditional Chinese edition (`zh-hant`) as a reader receives it: every
 * surface but the pages and the widget (the API's list and entries, the three
 * feeds, the subscription lists, problems) is written without a character
 * only Simplified Chinese uses, in a mainland publisher's Traditional text
 * (its own names kept: 意大利, not Taiwan's 義大利); tagged zh-Hant (RSS
 * `zh-tw`); text that fell back to English stays English and says so, while
 * converted text is the edition's own and is not marked; and an editor's
 * correction in the site settings changes what is served.
 *
 * "Simplified-only" is the one definition the browser tests use too
 * (test/browser/simplified-only.ts): a character OpenCC's `s2t` character
 * table always replaces and that none of its `s2t` dictionaries ever writes,
 * so 里, 台, 于, which Traditional text writes as well (公里, 台灣), are not.
 * A link to the Simplified edition is titled with that language's own name,
 * 简体中文 (hreflang zh-Hans), as links to a language are: that name alone is
 * not the edition's text.
 */
import { describe, expect, it } from 'vitest'
import { languageById } from '../../schemas/languages'
import type { SanityDocument } from '../../server/content/embedded-source'
import { traditionalConverter } from '../../server/content/traditional'
import type { EntryJson, EntryListJson } from '../../server/render/json'
import { simplifiedOnly } from '../browser/simplified-only'
import { childrenNamed, NS, only, parseOpml, parseStrictXml, type XmlTree } from './feed-readers'
import { json, request, SEED_SLUGS_NEWEST_FIRST, seedDocuments, seedEntry, seedWith } from './helpers'

const TRADITIONAL_READER = { 'Accept-Language': 'zh-TW,zh;q=0.9,en;q=0.8' }

/** The Simplified-only characters of the edition's own text: less the Simplified edition's name for itself, which titles links to it. */
const SIMPLIFIED_NAME = languageById('zh').nativeTitle
const simplifiedOnlyInEdition = (text: string) => simplifiedOnly(text.replaceAll(`"${SIMPLIFIED_NAME}"`, '""'))

/** What a path answers, as text, with its status and headers. */
async function fetched(path: string, documents?: SanityDocument[]) {
  const response = await request(path, { headers: TRADITIONAL_READER }, documents)
  return { path, status: response.status, headers: response.headers, text: await response.text() }
}

/** Every feed, unfiltered and filtered by each kind of filter, so the filters' names are read too. */
const FEEDS = ['rss.xml', 'atom.xml', 'feed.json'].flatMap((file) =>
  ['', '?country=US', '?city=fort-worth', '?topic=big-data&year=2018'].map((query) => `/zh-hant/${file}${query}`),
)

/** A problem of every kind a Traditional Chinese reader can meet on these surfaces. */
const PROBLEMS = [
  '/api/v1/entries?lang=zh-hant&limit=0&topic=astrology&country=XX&year=20x8&cursor=nonsense',
  '/api/v1/entries?lang=zh-hant&topic=trade&topic=culture',
  '/api/v1/entries?lang=zh-hant&city=atlantis',
  '/api/v1/entries?lang=klingon',
  '/api/v1/entries/atlantis-1900?lang=zh-hant',
  '/zh-hant/rss.xml?limit=0&city=atlantis',
  '/zh-hant/atom.xml?city=atlantis',
  '/zh-hant/nowhere.xml',
]

function settingsDocument(): SanityDocument {
  const settings = seedDocuments().find((document) => document._type === 'settings')
  if (!settings) throw new Error('No settings in the seed')
  return settings
}

/** The seed's Traditional surfaces (API, feeds, lists), each as text. */
async function surfaces(documents?: SanityDocument[]) {
  const paths = [
    '/api/v1/entries?lang=zh-hant',
    ...SEED_SLUGS_NEWEST_FIRST.map((slug) => `/api/v1/entries/${slug}?lang=zh-hant`),
    ...FEEDS,
    '/zh-hant/feeds.opml',
  ]
  return Promise.all(paths.map((path) => fetched(path, documents)))
}

describe('the Traditional Chinese edition', () => {
  it('writes no Simplified-only character on the API, the feeds or its subscription list', async () => {
    for (const { path, status, text } of await surfaces()) {
      expect([path, status]).toEqual([path, 200])
      expect(text, path).toMatch(/[\u4e00-\u9fff]/)
      expect([path, simplifiedOnlyInEdition(text)]).toEqual([path, []])
    }
    // Twenty responses, the first of which loads the dictionaries and builds the converter: on a machine
    // busy with the browser tests that has taken longer than the default 5 s (not a speed check).
  }, 30_000)

  it('names its feeds in the lists of every language without a Simplified-only character', async () => {
    for (const path of ['/feeds.opml', '/json-feeds.opml']) {
      const opml = parseOpml((await fetched(path)).text)
      const traditional = opml.body?.outlines?.filter((outline) => outline.language === 'zh-Hant') ?? []
      expect(traditional.map((outline) => outline.xmlUrl)).toEqual([`http://localhost/zh-hant/${path === '/feeds.opml' ? 'atom.xml' : 'feed.json'}`])
      expect(traditional.flatMap((outline) => simplifiedOnly(`${outline.text} ${outline.title}`))).toEqual([])
      // The list's title and owner name each language once; the Traditional one is converted.
      expect(opml.head?.title).toMatch(/ · 走向世界：(JSON Feed)?訂閱源$/)
      expect(opml.head?.ownerName).toMatch(/ · 貴陽市互聯網信息辦公室$/)
    }
  })

  it.each(PROBLEMS)('writes the problem %s in Traditional Chinese, without a Simplified-only character', async (path) => {
    const { status, headers, text } = await fetched(path)
    expect(status).toBeGreaterThanOrEqual(400)
    expect(status).toBeLessThan(500)
    expect(headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8')
    expect(headers.get('Content-Language')).toBe('zh-Hant')
    expect(text).toMatch(/[\u4e00-\u9fff]/)
    expect(simplifiedOnly(text)).toEqual([])
    // Lists in a Chinese sentence are joined with 、, never a half-width comma.
    const { detail, invalidParams = [] } = JSON.parse(text) as { detail: string; invalidParams?: { reason: string }[] }
    for (const sentence of [detail, ...invalidParams.map((param) => param.reason)]) expect(sentence).not.toMatch(/, /)
  })

  it('keeps the publisher’s own names, never Taiwan’s: 意大利, 新西蘭, 硅谷, 沃思堡, 伯克利', async () => {
    const text = (await surfaces()).map((surface) => surface.text).join('\n')
    for (const name of ['意大利', '新西蘭', '硅谷', '沃思堡', '伯克利', '貴陽市']) expect(text).toContain(name)
    for (const taiwan of ['義大利', '紐西蘭', '矽谷', '沃斯堡', '柏克萊', '資訊', '軟體']) expect(text).not.toContain(taiwan)
  })

  it('is tagged zh-Hant in every feed and answer, and zh-tw where RSS’s language list has no script', async () => {
    for (const path of ['/zh-hant/rss.xml', '/zh-hant/atom.xml', '/zh-hant/feed.json', '/api/v1/entries?lang=zh-hant', '/zh-hant/feeds.opml']) {
      expect([path, (await fetched(path)).headers.get('Content-Language')]).toEqual([path, 'zh-Hant'])
    }
    const rss = only(parseStrictXml((await fetched('/zh-hant/rss.xml')).text), '', 'channel')
    expect(only(rss, '', 'language').text).toBe('zh-tw')
    expect(parseStrictXml((await fetched('/zh-hant/atom.xml')).text).attributes['xml:lang']).toBe('zh-Hant')
    expect(JSON.parse((await fetched('/zh-hant/feed.json')).text)).toMatchObject({ language: 'zh-Hant' })
  })

  it('does not mark converted text as a fallback anywhere', async () => {
    const list = JSON.parse((await fetched('/api/v1/entries?lang=zh-hant')).text) as EntryListJson
    expect(list.items.map((item) => item.fallback)).toEqual(list.items.map(() => ({ language: 'en', fields: [] })))
    const atom = parseStrictXml((await fetched('/zh-hant/atom.xml')).text)
    const langs = childrenNamed(atom, NS.atom, 'entry').flatMap((entry) => entry.children.map((child) => child.attributes['xml:lang']))
    expect(langs.filter((lang) => lang !== undefined)).toEqual([])
    const rss = only(parseStrictXml((await fetched('/zh-hant/rss.xml')).text), '', 'channel')
    expect(childrenNamed(rss, '', 'item').flatMap((item) => childrenNamed(item, NS.dc, 'language'))).toEqual([])
    const feed = JSON.parse((await fetched('/zh-hant/feed.json')).text) as { items: Record<string, unknown>[] }
    expect(feed.items.filter((item) => 'language' in item)).toEqual([])
  })
})

describe('text missing in Chinese, in the Traditional edition', () => {
  /** Burnaby without its Chinese summary and body; its English summary names Guiyang in Simplified characters, as an English text may. */
  function burnabyInEnglish(): SanityDocument[] {
    const burnaby = seedEntry('burnaby-2014')
    const summary = burnaby.summary as { en: string; zh?: string }
    summary.en = `${summary.en} (贵阳)`
    delete summary.zh
    delete (burnaby.body as { zh?: unknown }).zh
    return seedWith(burnaby)
  }
  const BURNABY_ID = 'urn:meeting-the-world:entry-burnaby-2014:zh-hant'

  it('stays English, exactly as written, and is marked English in the API and every feed', async () => {
    const documents = burnabyInEnglish()
    const english = (seedEntry('burnaby-2014').summary as { en: string }).en
    const entry = JSON.parse((await fetched('/api/v1/entries/burnaby-2014?lang=zh-hant', documents)).text) as EntryJson
    expect(entry.summary).toBe(`${english} (贵阳)`)
    expect(entry.fallback).toEqual({ language: 'en', fields: ['summary', 'body'] })
    // What did not fall back is converted as ever.
    expect(entry.city).toBe('本拿比')
    expect(entry.title).toMatch(/貴陽/)

    const atom = parseStrictXml((await fetched('/zh-hant/atom.xml', documents)).text)
    const atomEntry = childrenNamed(atom, NS.atom, 'entry').find((candidate) => only(candidate, NS.atom, 'id').text === BURNABY_ID) as XmlTree
    expect(only(atomEntry, NS.atom, 'content').attributes['xml:lang']).toBe('en')
    expect(only(atomEntry, NS.atom, 'summary')).toMatchObject({ text: `${english} (贵阳)` })
    expect(only(atomEntry, NS.atom, 'summary').attributes['xml:lang']).toBe('en')

    const feed = JSON.parse((await fetched('/zh-hant/feed.json', documents)).text) as { items: { id: string; language?: string }[] }
    expect(feed.items.find((item) => item.id === BURNABY_ID)?.language).toBe('en')

    const rss = only(parseStrictXml((await fetched('/zh-hant/rss.xml', documents)).text), '', 'channel')
    const item = childrenNamed(rss, '', 'item').find((candidate) => only(candidate, '', 'guid').text === BURNABY_ID) as XmlTree
    expect(only(item, NS.dc, 'language').text).toBe('en')
  })
})

describe('an editor’s correction of the conversion (site settings, Traditional Chinese corrections)', () => {
  /** The seed with the settings correcting OpenCC's 爲 to 為, as many mainland Traditional editions write it. */
  function corrected(): SanityDocument[] {
    const settings = settingsDocument()
    settings.traditionalCorrections = [{ _key: 'wei', _type: 'traditionalCorrection', simplified: '为', traditional: '為' }]
    return seedWith(settings)
  }
  const OPENCC = '新西蘭北帕默斯頓市成爲貴陽市首個國際友好城市'
  const CORRECTED = '新西蘭北帕默斯頓市成為貴陽市首個國際友好城市'

  it('changes the Traditional text the API and the feeds serve, and nothing else', async () => {
    const before = JSON.parse((await fetched('/api/v1/entries/palmerston-north-1992?lang=zh-hant')).text) as EntryJson
    expect(before.title).toBe(OPENCC)

    const documents = corrected()
    const after = JSON.parse((await fetched('/api/v1/entries/palmerston-north-1992?lang=zh-hant', documents)).text) as EntryJson
    expect(after.title).toBe(CORRECTED)
    expect(after.summary).toContain('成為貴陽市第一個國際友好城市')
    expect(after.summary).not.toContain('爲')
    // Corrected text is the edition's own text, not a fallback.
    expect(after.fallback.fields).toEqual([])

    const atom = parseStrictXml((await fetched('/zh-hant/atom.xml?city=palmerston-north', documents)).text)
    expect(childrenNamed(atom, NS.atom, 'entry').map((entry) => only(entry, NS.atom, 'title').text)).toEqual([CORRECTED])
    const feed = JSON.parse((await fetched('/zh-hant/feed.json?city=palmerston-north', documents)).text) as { items: { title: string }[] }
    expect(feed.items.map((item) => item.title)).toEqual([CORRECTED])

    // The Simplified edition, which editors write, is untouched.
    const simplified = await json<EntryJson>(await request('/api/v1/entries/palmerston-north-1992?lang=zh', {}, documents))
    expect(simplified.title).toBe('新西兰北帕默斯顿市成为贵阳市首个国际友好城市')
  })

  it('leaves the Traditional text as OpenCC writes it once the correction is removed', async () => {
    expect((JSON.parse((await fetched('/api/v1/entries/palmerston-north-1992?lang=zh-hant', corrected())).text) as EntryJson).title).toBe(CORRECTED)
    expect((JSON.parse((await fetched('/api/v1/entries/palmerston-north-1992?lang=zh-hant')).text) as EntryJson).title).toBe(OPENCC)
  })
})

describe('the converters an isolate keeps, one per list of corrections', () => {
  const PUBLISHED: never[] = []
  const DRAFT = [{ simplified: '为', traditional: '為' }]

  it('keeps the published and a preview’s draft corrections’ converters while requests alternate between them', async () => {
    const published = await traditionalConverter(PUBLISHED)
    const draft = await traditionalConverter(DRAFT)
    for (let request = 0; request < 3; request++) {
      expect(await traditionalConverter(PUBLISHED)).toBe(published)
      expect(await traditionalConverter(DRAFT)).toBe(draft)
    }
    expect([published('成为'), draft('成为')]).toEqual(['成爲', '成為'])
  })

  it('lets the least recently used go when a third list comes', async () => {
    const published = await traditionalConverter(PUBLISHED)
    const draft = await traditionalConverter(DRAFT)
    await traditionalConverter([{ simplified: '面条', traditional: '麵條' }])
    expect(await traditionalConverter(DRAFT)).toBe(draft)
    expect(await traditionalConverter(PUBLISHED)).not.toBe(published)
  })
})
