/**
 * An entry's body and summary are the same text in every feed format, whatever
 * characters they hold: the renderers take a cheaper way through long English
 * (Latin-1) text with nothing but quotes to escape in JSON, nothing to split in
 * a CDATA section, nothing to escape in XML (server/render/characters.ts), and
 * the way they fall back to for a backslash, a tab, a return or `&` must give
 * the same text. The JSON Feed
 * stays what `JSON.stringify(document, null, 2)` writes, byte for byte.
 */
import { describe, expect, it } from 'vitest'
import { NS, only, parseStrictXml } from './feed-readers'
import { request, seedEntry, seedWith } from './helpers'

function block(key: string, text: string) {
  return { _type: 'block', _key: key, style: 'normal', markDefs: [], children: [{ _type: 'span', _key: `${key}0`, marks: [], text }] }
}

/** English bodies, every character Latin-1, each holding one thing the quick way does not take. */
const BODIES: Record<string, string> = {
  'nothing but quotes': 'Tom said: "the café opens at nine", and it did.',
  'a backslash': 'C:\\Users\\guiyang is no place for a file, said the café.',
  'a tab and newlines': 'one\ttwo\nthree\r\nfour',
  'an ampersand': 'Tom & Jerry of the café, ever after.',
  'angle brackets': 'Tom <3 Jerry, of the café -> ever after.',
}

describe.each(Object.entries(BODIES))('an English body and summary holding %s', (_, text) => {
  const entry = seedEntry('vicenza-2018')
  // A summary long enough to be read the cheaper way (at least 160 characters).
  const summary = `${text} `.repeat(Math.ceil(200 / text.length)).trim()
  const documents = seedWith({
    ...entry,
    summary: { ...(entry.summary as object), en: summary },
    body: { ...(entry.body as object), en: [block('a', text), block('b', `${text} <again>`)] },
  })
  const id = 'urn:meeting-the-world:entry-vicenza-2018:en'

  it('is the same text in JSON Feed, RSS and Atom, and the JSON Feed is JSON.stringify’s own', async () => {
    const [json, rss, atom] = await Promise.all(['/en/feed.json', '/en/rss.xml', '/en/atom.xml'].map(async (path) => (await request(path, {}, documents)).text()))
    const feed = JSON.parse(json!) as { items: { id: string; content_html: string; summary?: string }[] }
    expect(json).toBe(`${JSON.stringify(feed, null, 2)}\n`)
    const item = feed.items.find((candidate) => candidate.id === id)
    const html = item?.content_html
    expect(html).toContain('<p>')
    expect(item?.summary?.length).toBeGreaterThanOrEqual(160)

    const rssItem = only(parseStrictXml(rss!), '', 'channel').children.find((item) => item.children.some((child) => child.local === 'guid' && child.text === id))
    expect(rssItem && only(rssItem, NS.content, 'encoded').text).toBe(html)
    const atomEntry = parseStrictXml(atom!).children.find((entry) => entry.children.some((child) => child.local === 'id' && child.text === id))
    expect(atomEntry && only(atomEntry, NS.atom, 'content').text).toBe(html)
    expect(atomEntry && only(atomEntry, NS.atom, 'summary').text).toBe(item?.summary)
  })
})
