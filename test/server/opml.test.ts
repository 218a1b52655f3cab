/**
 * The subscription lists (OPML 2.0) as a reader imports them: each parses as
 * strict XML and as OPML, names each of its languages once in one format,
 * never types a JSON Feed `rss`, and every feed it names answers in that
 * format and language; sent like the feeds (strong ETag, 304, Content-Language).
 */
import { describe, expect, it } from 'vitest'
import { strongEtag } from '../../server/http/conditional'
import { parseOpml, parseStrictXml, readAtom, readJsonFeed } from './feed-readers'
import { request } from './helpers'

/** An outline as feedsmith reads it: the attributes a reader imports. */
const OUTLINE_FIELDS = ['type', 'text', 'title', 'xmlUrl', 'htmlUrl', 'language', 'version'] as const

const ATOM_EN = { type: 'rss', text: 'Meeting the World', title: 'Meeting the World', xmlUrl: 'http://localhost/en/atom.xml', htmlUrl: 'http://localhost/en/', language: 'en', version: undefined }
const ATOM_ZH = { type: 'rss', text: '走向世界', title: '走向世界', xmlUrl: 'http://localhost/zh/atom.xml', htmlUrl: 'http://localhost/zh/', language: 'zh-Hans', version: undefined }
const ATOM_ZH_HANT = { ...ATOM_ZH, xmlUrl: 'http://localhost/zh-hant/atom.xml', htmlUrl: 'http://localhost/zh-hant/', language: 'zh-Hant' }
const JSON_EN = { ...ATOM_EN, type: 'json', xmlUrl: 'http://localhost/en/feed.json' }
const JSON_ZH = { ...ATOM_ZH, type: 'json', xmlUrl: 'http://localhost/zh/feed.json' }
const JSON_ZH_HANT = { ...ATOM_ZH_HANT, type: 'json', xmlUrl: 'http://localhost/zh-hant/feed.json' }

const OWNERS = { en: 'Guiyang Municipal Internet Information Office', zh: '贵阳市互联网信息办公室', 'zh-hant': '貴陽市互聯網信息辦公室' }

const LISTS = [
  {
    path: '/feeds.opml',
    title: 'Meeting the World: feeds · 走向世界：订阅源 · 走向世界：訂閱源',
    owner: `${OWNERS.en} · ${OWNERS.zh} · ${OWNERS['zh-hant']}`,
    language: 'en, zh-Hans, zh-Hant',
    outlines: [ATOM_EN, ATOM_ZH, ATOM_ZH_HANT],
  },
  { path: '/en/feeds.opml', title: 'Meeting the World: feeds', owner: OWNERS.en, language: 'en', outlines: [ATOM_EN] },
  { path: '/zh/feeds.opml', title: '走向世界：订阅源', owner: OWNERS.zh, language: 'zh-Hans', outlines: [ATOM_ZH] },
  { path: '/zh-hant/feeds.opml', title: '走向世界：訂閱源', owner: OWNERS['zh-hant'], language: 'zh-Hant', outlines: [ATOM_ZH_HANT] },
  {
    path: '/json-feeds.opml',
    title: 'Meeting the World: JSON Feeds · 走向世界：JSON Feed订阅源 · 走向世界：JSON Feed訂閱源',
    owner: `${OWNERS.en} · ${OWNERS.zh} · ${OWNERS['zh-hant']}`,
    language: 'en, zh-Hans, zh-Hant',
    outlines: [JSON_EN, JSON_ZH, JSON_ZH_HANT],
  },
]

/** Every outline of a list, nested ones too, with the attributes a reader imports. */
async function outlinesOf(path: string) {
  const opml = parseOpml(await (await request(path)).text())
  type Outline = NonNullable<NonNullable<typeof opml.body>['outlines']>[number]
  const flatten = (outlines: readonly Outline[]): Outline[] => outlines.flatMap((outline) => [outline, ...flatten(outline.outlines ?? [])])
  return flatten(opml.body?.outlines ?? []).map((outline) => Object.fromEntries(OUTLINE_FIELDS.map((field) => [field, outline[field]])))
}

describe.each(LISTS)('$path', ({ path, title, owner, language, outlines }) => {
  it('parses as strict XML and as OPML 2.0, titled and owned in its languages', async () => {
    const text = await (await request(path)).text()
    const tree = parseStrictXml(text)
    expect([tree.name, tree.attributes.version]).toEqual(['opml', '2.0'])
    const opml = parseOpml(text)
    expect(opml.head).toMatchObject({ title, ownerName: owner, dateModified: 'Sun, 01 Nov 2026 00:00:00 GMT' })
  })

  it('names each of its languages once, all in one format', async () => {
    expect(await outlinesOf(path)).toEqual(outlines)
  })

  it('types a feed rss only when it is RSS or Atom, and every feed it names answers in its format and language', async () => {
    for (const outline of await outlinesOf(path)) {
      const response = await request(new URL(String(outline.xmlUrl)).pathname)
      expect(response.status, outline.xmlUrl).toBe(200)
      expect(response.headers.get('Content-Language'), outline.xmlUrl).toBe(outline.language)
      const contentType = response.headers.get('Content-Type') ?? ''
      const text = await response.text()
      if (outline.type === 'rss') {
        expect(contentType).toMatch(/^application\/(atom|rss)\+xml;/)
        expect((await readAtom(text)).rssParser.title).toBe(outline.title)
      } else {
        expect(contentType).toBe('application/feed+json; charset=utf-8')
        expect(readJsonFeed(text).feedsmith.title).toBe(outline.title)
      }
      const home = await request(new URL(String(outline.htmlUrl)).pathname, { headers: { Accept: 'text/html' } })
      expect([home.status, home.headers.get('Content-Language')]).toEqual([200, outline.language])
    }
  })

  it('is sent as OPML in its languages, with a strong ETag that a repeated request gets 304 for', async () => {
    const response = await request(path, { headers: { 'Accept-Language': 'zh-CN' } })
    const text = await response.text()
    expect(Object.fromEntries(['Content-Type', 'Content-Language', 'Cache-Control', 'Last-Modified'].map((name) => [name, response.headers.get(name)]))).toEqual({
      'Content-Type': 'text/x-opml; charset=utf-8',
      'Content-Language': language,
      'Cache-Control': 'public, max-age=300, stale-while-revalidate=3600, stale-if-error=86400',
      'Last-Modified': 'Sun, 01 Nov 2026 00:00:00 GMT',
    })
    // The path, not the reader's language, decides what a list holds: one copy for every cache.
    expect(response.headers.get('Vary') ?? '').not.toContain('Accept-Language')
    const etag = response.headers.get('ETag') ?? ''
    expect(etag).toBe(await strongEtag(text))
    const again = await request(path, { headers: { 'If-None-Match': etag } })
    expect([again.status, await again.text(), again.headers.get('Content-Language')]).toEqual([304, '', language])
  })
})

describe('the subscription lists', () => {
  it('list every language once between them, and never a JSON Feed with the XML feeds', async () => {
    const combined = await outlinesOf('/feeds.opml')
    expect(combined.map((outline) => outline.language)).toEqual(['en', 'zh-Hans', 'zh-Hant'])
    expect(combined.filter((outline) => String(outline.xmlUrl).endsWith('.json'))).toEqual([])
  })

  it.each(['/fr/feeds.opml', '/en/json-feeds.opml', '/zh-hant/json-feeds.opml'])('answer %s, which is not one of them, with a 404 problem', async (path) => {
    const response = await request(path)
    expect(response.status).toBe(404)
    expect(response.headers.get('Content-Type')).toMatch(/^application\/problem\+json/)
  })
})
