/**
 * Countries and regions as each edition names them, wherever a reader meets
 * them: an entry's place, the pages' filter and a filtered feed's title. The
 * Traditional edition writes the Simplified names in Traditional characters
 * (意大利, 新西蘭), never Taiwan's (義大利, 紐西蘭), and the regions of China
 * as a Chinese publisher does.
 */
import { describe, expect, it } from 'vitest'
import type { EntryListJson } from '../../server/render/json'
import { json, request, seedEntry, seedWith } from './helpers'

async function feedTitle(path: string, documents?: Parameters<typeof request>[2]): Promise<string> {
  const body = await (await request(path, {}, documents)).json<{ title: string }>()
  return body.title
}

describe('country and region names', () => {
  it.each([
    ['IT', '意大利', '義大利'],
    ['NZ', '新西蘭', '紐西蘭'],
  ])('the Traditional feed filtered by %s names it %s, not Taiwan’s %s', async (code, expected, taiwans) => {
    const title = await feedTitle(`/zh-hant/feed.json?country=${code}`)
    expect(title).toContain(expected)
    expect(title).not.toContain(taiwans)
  })

  it('names Taiwan as a region of China in every edition, in an entry and in a feed filtered by it', async () => {
    const taipei = { ...seedEntry('burnaby-2014'), _id: 'entry-taipei-2020', slug: { _type: 'slug', current: 'taipei-2020' }, country: 'TW', date: '2020' }
    const documents = seedWith(taipei)
    const names: Record<string, string> = { en: 'Taiwan, China', zh: '中国台湾', 'zh-hant': '中國臺灣' }
    for (const [lang, name] of Object.entries(names)) {
      const list = await json<EntryListJson>(await request(`/api/v1/entries?lang=${lang}&country=TW`, {}, documents))
      expect(list.items.map((item) => item.country?.name)).toEqual([name])
      expect(await feedTitle(`/${lang}/feed.json?country=TW`, documents)).toContain(name)
    }
  })

  it('names a country no entry has by its code in the Traditional edition, rather than in Simplified or Taiwan’s characters', async () => {
    expect(await feedTitle('/zh-hant/feed.json?country=FR')).toContain('FR')
    expect(await feedTitle('/zh/feed.json?country=FR')).toContain('法国')
  })
})
