/**
 * The JSON Feed extension `_meeting_the_world` says where it is described
 * (`about`, as JSON Feed 1.1 asks of an extension, on its first use: the
 * feed's), and that page, in the feed's language, describes every key the
 * feeds put in it, so the description cannot fall behind what they send.
 */
import { describe, expect, it } from 'vitest'
import { json, request } from './helpers'

interface Extension {
  [key: string]: unknown
}

const HTML = { headers: { Accept: 'text/html' } }

/**
 * Every key of the extension objects in `feed`, as `feed.about`, `item.topics`, `item.translations.url`
 * (the keys of the objects an array holds are named after the array).
 */
function extensionKeys(feed: { _meeting_the_world: Extension; items: { _meeting_the_world: Extension }[] }): string[] {
  const keys = new Set<string>()
  const walk = (prefix: string, value: Extension) => {
    for (const [key, inner] of Object.entries(value)) {
      keys.add(`${prefix}.${key}`)
      const objects = Array.isArray(inner) ? inner.filter((member) => member && typeof member === 'object') : inner && typeof inner === 'object' ? [inner] : []
      for (const object of objects) walk(`${prefix}.${key}`, object as Extension)
    }
  }
  walk('feed', feed._meeting_the_world)
  for (const item of feed.items) walk('item', item._meeting_the_world)
  return [...keys].sort()
}

describe.each([
  ['en', 'en', 'JSON Feed extension'],
  ['zh', 'zh-Hans', 'JSON Feed扩展'],
  ['zh-hant', 'zh-Hant', 'JSON Feed擴展'],
] as const)('the %s JSON Feed extension', (lang, tag, heading) => {
  it('names the page that describes it, in the feed’s language, as its about', async () => {
    const feed = await json<{ _meeting_the_world: { about: string }; items: { _meeting_the_world: Extension }[] }>(
      await request(`/${lang}/feed.json?topic=trade`),
    )
    expect(feed._meeting_the_world.about).toBe(`http://localhost/${lang}/json-feed-extension`)
    // Once, on its first use: not repeated on every item.
    expect(feed.items.every((item) => !('about' in item._meeting_the_world))).toBe(true)
  })

  it('is described there, every key it sends', async () => {
    const feed = await json<Parameters<typeof extensionKeys>[0]>(await request(`/${lang}/feed.json`))
    const keys = extensionKeys(feed)
    expect(keys).toEqual(
      expect.arrayContaining(['feed.about', 'feed.translations', 'feed.translations.language', 'item.date', 'item.topics', 'item.translations', 'item.translations.url']),
    )
    // One translation per other language, on the feed and on each item.
    expect((feed._meeting_the_world as { translations: unknown[] }).translations).toHaveLength(2)

    const page = await request(`/${lang}/json-feed-extension`, HTML)
    expect(page.status).toBe(200)
    expect(page.headers.get('Content-Type')).toMatch(/^text\/html/)
    expect(page.headers.get('Content-Language')).toBe(tag)
    const html = await page.text()
    expect(html).toContain(`<html lang="${tag}"`)
    expect(html).toContain(heading)
    // Each key is named as it is written in the feed (`<code>`), under the object it belongs to.
    const described = [...html.matchAll(/<code data-key="([\w.]+)">/g)].map(([, key]) => key).sort()
    expect(described).toEqual(keys)
  })
})

it('is a 404 in a language we do not have', async () => {
  expect((await request('/fr/json-feed-extension', HTML)).status).toBe(404)
})
