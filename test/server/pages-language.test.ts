/**
 * The December 2026 language review (/work/shared/reviews/language-2026-12.md),
 * held to the pages as served in each of our languages: English, Simplified
 * Chinese and the Traditional Chinese edition. Each test names the review's row.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { TOPICS } from '../../schemas/vocabulary'
import { traditionalConverter, type Convert } from '../../server/content/traditional'
import { en } from '../../server/i18n/strings/en'
import { zh } from '../../server/i18n/strings/zh'
import { zhHant } from '../../server/i18n/strings/zh-hant'
import { PAGE_STYLE } from '../../server/render/pages/style'
import { chineseStyleProblems } from '../node/chinese-style'
import { request, seedDocuments } from './helpers'
import { chineseText, pageText } from './page-text'

const HTML = { headers: { Accept: 'text/html' } }

async function page(path: string, documents?: ReturnType<typeof seedDocuments>) {
  const response = await request(path, HTML, documents)
  return { response, html: await response.text() }
}

/** The text of the element with `class`, tags removed. */
function textOf(html: string, element: string, className: string): string | undefined {
  const match = new RegExp(`<${element} class="${className}"[^>]*>([\\s\\S]*?)</${element}>`).exec(html)
  return match?.[1]?.replace(/<[^>]+>/g, '')
}

/** The definition after the term `term` in the entry's facts. */
function fact(html: string, term: string): string | undefined {
  const match = new RegExp(`<dt>${term}</dt><dd>([\\s\\S]*?)</dd>`).exec(html)
  return match?.[1]?.replace(/<[^>]+>/g, '')
}

const PATHS = (lang: string) => [`/${lang}/`, `/${lang}/entries/berkeley-2018`, `/${lang}/json-feed-extension`, `/${lang}/entries/atlantis-2030`]

const CASES = [
  {
    lang: 'en',
    tag: 'en',
    place: { home: 'Berkeley, United States', entry: 'Berkeley, California, United States' },
    placeLabel: 'Place',
    coordinates: '37.8716° N, 122.2727° W',
    topicSeparator: ', ',
    publisher: 'Publisher: Guiyang Municipal Internet Information Office',
    copyright: 'Copyright © 2013 Guiyang Municipal Internet Information Office',
    fellBack: 'Parts of this entry are not translated yet and are shown in Simplified Chinese.',
    pageFellBack: 'Parts of this page are not translated yet and are shown in Simplified Chinese.',
    fallbackTag: 'zh-Hans',
    lists: ['English, Simplified Chinese and Traditional Chinese (Atom)', 'English only (Atom)', 'English, Simplified Chinese and Traditional Chinese, for JSON Feed readers'],
    translations: [
      ['zh', 'zh-Hans', '阅读此条目的简体中文版本'],
      ['zh-hant', 'zh-Hant', '閱讀此條目的繁體中文版本'],
    ],
  },
  {
    lang: 'zh',
    tag: 'zh-Hans',
    place: { home: '美国伯克利', entry: '美国加利福尼亚州伯克利' },
    placeLabel: '地点',
    coordinates: '北纬37.8716°，西经122.2727°',
    topicSeparator: '、',
    publisher: '主办单位：贵阳市互联网信息办公室',
    copyright: '版权所有 © 2013 贵阳市互联网信息办公室',
    fellBack: '此条目的部分内容尚未翻译，以英文显示。',
    pageFellBack: '本页部分内容尚未翻译，以英文显示。',
    fallbackTag: 'en',
    lists: ['英文、简体中文和繁体中文（Atom）', '仅简体中文（Atom）', '英文、简体中文和繁体中文，供JSON Feed阅读器使用'],
    translations: [
      ['en', 'en', 'Read this entry in English'],
      ['zh-hant', 'zh-Hant', '閱讀此條目的繁體中文版本'],
    ],
  },
  {
    lang: 'zh-hant',
    tag: 'zh-Hant',
    place: { home: '美國伯克利', entry: '美國加利福尼亞州伯克利' },
    placeLabel: '地點',
    coordinates: '北緯37.8716°，西經122.2727°',
    topicSeparator: '、',
    publisher: '主辦單位：貴陽市互聯網信息辦公室',
    copyright: '版權所有 © 2013 貴陽市互聯網信息辦公室',
    fellBack: '此條目的部分內容尚未翻譯，以英文顯示。',
    pageFellBack: '本頁部分內容尚未翻譯，以英文顯示。',
    fallbackTag: 'en',
    lists: ['英文、簡體中文和繁體中文（Atom）', '僅繁體中文（Atom）', '英文、簡體中文和繁體中文，供JSON Feed閱讀器使用'],
    translations: [
      ['en', 'en', 'Read this entry in English'],
      ['zh', 'zh-Hans', '阅读此条目的简体中文版本'],
    ],
  },
] as const

describe.each(CASES)('the $lang pages', (expected) => {
  const { lang, tag } = expected

  it.each(PATHS(lang))(`%s is tagged ${tag} and names its version in every language, and x-default`, async (path) => {
    const { html } = await page(path)
    expect(html).toContain(`<html lang="${tag}" dir="ltr">`)
    const alternates = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/?>/g)].map(([, hreflang, href]) => [hreflang, href])
    const at = (language: string) => `http://localhost${path.replace(`/${lang}/`, `/${language}/`)}`
    expect(alternates).toEqual([
      ['en', at('en')],
      ['zh-Hans', at('zh')],
      ['zh-Hant', at('zh-hant')],
      ['x-default', path === `/${lang}/` ? 'http://localhost/' : at('en')],
    ])
  })

  it('writes a place in the language’s order: Chinese from large to small with no separator (row 7)', async () => {
    const { html: home } = await page(`/${lang}/?city=berkeley`)
    expect(textOf(home, 'p', 'meta')).toContain(` · ${expected.place.home}`)
    const { html: entry } = await page(`/${lang}/entries/berkeley-2018`)
    expect(fact(entry, expected.placeLabel)).toBe(expected.place.entry)
  })

  it('writes coordinates as the language does (row 8)', async () => {
    const { html } = await page(`/${lang}/entries/berkeley-2018`)
    expect(textOf(html, 'span', 'geo')).toBe(expected.coordinates)
  })

  it('names the language a fallback is shown in, in the page’s language, and tags the text (row 9)', async () => {
    const documents = seedDocuments()
    const vicenza = documents.find((document) => document._id === 'entry-vicenza-2018') as Record<string, Record<string, unknown>>
    delete vicenza.summary?.[lang === 'en' ? 'en' : 'zh']
    const { html } = await page(`/${lang}/entries/vicenza-2018`, documents)
    expect(textOf(html, 'p', 'panel')).toBe(expected.fellBack)
    expect(html).toContain(`<p class="lede" lang="${expected.fallbackTag}">`)
    expect(html).toContain(`<meta name="description" lang="${expected.fallbackTag}" content=`)
  })

  it('calls an entry’s place a place, in its structured data too (row 10)', async () => {
    const { html } = await page(`/${lang}/entries/silicon-valley-2016`)
    expect(html).toContain(`<dt>${expected.placeLabel}</dt>`)
    const data = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '{}') as { contentLocation: { '@type': string } }
    expect(data.contentLocation['@type']).toBe('Place')
  })

  it.each(PATHS(lang))('%s names the publisher and the copyright from the settings in its footer (row 13)', async (path) => {
    const { html } = await page(path)
    expect(textOf(html, 'p', 'publisher')).toBe(expected.publisher)
    expect(textOf(html, 'p', 'copyright')).toBe(expected.copyright)
  })

  it('tags a publisher and a copyright that fell back with their language (row 13)', async () => {
    const documents = seedDocuments()
    const settings = documents.find((document) => document._id === 'settings') as Record<string, Record<string, unknown>>
    const own = lang === 'en' ? 'en' : 'zh'
    const publisher = settings.publisher?.[own === 'en' ? 'zh' : 'en']
    delete settings.publisher?.[own]
    delete settings.copyright?.[own]
    const { html } = await page(`/${lang}/`, documents)
    const label = expected.publisher.slice(0, expected.publisher.indexOf(lang === 'en' ? ' ' : '：') + 1)
    expect(html).toContain(`<p class="publisher">${label}<span lang="${expected.fallbackTag}">${String(publisher)}</span></p>`)
    expect(html).toContain(`<p class="copyright" lang="${expected.fallbackTag}">`)
  })

  it('marks and notices a home-page lede that fell back, as every other fallback (row 15)', async () => {
    const documents = seedDocuments()
    const settings = documents.find((document) => document._id === 'settings') as Record<string, Record<string, unknown>>
    delete settings.description?.[lang === 'en' ? 'en' : 'zh']
    const { html } = await page(`/${lang}/`, documents)
    expect(html).toContain(`<meta name="description" lang="${expected.fallbackTag}" content=`)
    expect(html).toMatch(new RegExp(`<p class="lede" lang="${expected.fallbackTag}">`))
    expect(textOf(html, 'p', 'panel')).toBe(expected.pageFellBack)
    // The seed's own lede is in the page's language, with nothing to notice.
    const { html: seed } = await page(`/${lang}/`)
    expect(seed).toContain('<p class="lede">')
    expect(seed).not.toContain('<p class="panel">')
  })

  it('joins an entry’s topics as the language does (row 22)', async () => {
    const { html } = await page(`/${lang}/entries/berkeley-2018`)
    const topics = (['big-data', 'science', 'economy', 'culture', 'education'] as const).map((code) => TOPICS[code][lang])
    expect(fact(html, expected.topicSeparator === '、' ? (lang === 'zh' ? '主题' : '主題') : 'Topics')).toBe(topics.join(expected.topicSeparator))
  })

  it('offers the subscription lists by every language they hold', async () => {
    const { html } = await page(`/${lang}/`)
    const lists = [...html.matchAll(/<a href="([^"]+)" type="text\/x-opml">([^<]*)<\/a>/g)].map(([, href, text]) => [href, text])
    expect(lists).toEqual([
      ['http://localhost/feeds.opml', expected.lists[0]],
      [`http://localhost/${lang}/feeds.opml`, expected.lists[1]],
      ['http://localhost/json-feeds.opml', expected.lists[2]],
    ])
  })

  it('links an entry to its version in each other language, each link in its own language', async () => {
    const { html } = await page(`/${lang}/entries/vicenza-2018`)
    const links = [...html.matchAll(/<ul class="translations">([\s\S]*?)<\/ul>/g)][0]?.[1] ?? ''
    expect([...links.matchAll(/<a href="([^"]+)" hreflang="([^"]+)" lang="\2" rel="alternate">([^<]*)<\/a>/g)].map(([, href, hreflang, text]) => [href, hreflang, text])).toEqual(
      expected.translations.map(([id, hreflang, text]) => [`http://localhost/${id}/entries/vicenza-2018`, hreflang, text]),
    )
  })
})

describe.each(['zh', 'zh-hant'] as const)('the %s pages, in a Chinese government publisher’s typography', (lang) => {
  const paths = [`/${lang}/`, `/${lang}/?city=fort-worth&year=2011`, ...['vicenza-2018', 'berkeley-2018', 'silicon-valley-2016', 'palmerston-north-1992'].map((slug) => `/${lang}/entries/${slug}`), `/${lang}/json-feed-extension`, `/${lang}/entries/atlantis-2030`]

  it.each(paths)('%s: full-width punctuation and no space between Chinese and digits or Latin words (rows 21, 26)', async (path) => {
    const { html } = await page(path)
    // The copyright line is the settings' own, written as the review gives it ("版权所有 © 2013 …").
    const problems = (await chineseText(html)).filter((node) => !node.classes.includes('copyright')).flatMap((node) => chineseStyleProblems(node.text))
    expect(problems).toEqual([])
  })

  it.each(paths)('%s: names no language in English inside Chinese text (row 9)', async (path) => {
    const { html } = await page(path)
    expect((await chineseText(html)).filter((node) => /English|Chinese/.test(node.text))).toEqual([])
  })

  it('says which filters are in force without stacking colons (row 21)', async () => {
    const { html } = await page(`/${lang}/?city=fort-worth&year=2011`)
    expect(html).toContain(lang === 'zh' ? '当前筛选条件：城市为沃思堡，年份为2011。' : '當前篩選條件：城市爲沃思堡，年份爲2011。')
    expect(html).toContain(lang === 'zh' ? '共1条' : '共1條')
  })

  it('says so when no entry matches, and names an unknown entry’s slug as the Studio does (rows 11, 21)', async () => {
    expect((await page(`/${lang}/?country=FR`)).html).toContain(lang === 'zh' ? '<p>没有符合筛选条件的条目。</p>' : '<p>沒有符合篩選條件的條目。</p>')
    const problem = await request(`/${lang}/entries/nope`, { headers: { Accept: 'application/json' } })
    expect(((await problem.json()) as { detail: string }).detail).toBe(lang === 'zh' ? '网址标识为“nope”的条目不存在。' : '網址標識爲“nope”的條目不存在。')
  })

  it('skips to the entries on the list and to the text on an entry’s page (row 21)', async () => {
    expect((await page(`/${lang}/`)).html).toContain(`<a class="skip" href="#entries">${lang === 'zh' ? '跳至条目列表' : '跳至條目列表'}</a>`)
    for (const path of [`/${lang}/entries/vicenza-2018`, `/${lang}/entries/atlantis-2030`]) {
      expect((await page(path)).html, path).toContain('<a class="skip" href="#main">跳至正文</a>')
    }
  })
})

describe('the Traditional Chinese edition', () => {
  let convert: Convert
  beforeAll(async () => {
    convert = await traditionalConverter([])
  })

  it.each(['/zh-hant/', '/zh-hant/entries/fort-worth-2011', '/zh-hant/entries/berkeley-2018', '/zh-hant/json-feed-extension'])(
    '%s writes every Chinese text in Traditional characters',
    async (path) => {
      const { html } = await page(path)
      const texts = (await chineseText(html)).filter((node) => node.lang === 'zh-Hant')
      expect(texts.length).toBeGreaterThan(10)
      const simplified = texts.filter((node) => convert(node.text) !== node.text)
      expect(simplified.map((node) => [node.text, convert(node.text)])).toEqual([])
    },
  )

  it('keeps the mainland publisher’s names and terms, never Taiwan’s', async () => {
    const texts = (await Promise.all(['/zh-hant/', '/zh-hant/entries/berkeley-2018', '/zh-hant/entries/palmerston-north-1992'].map(async (path) => (await pageText((await page(path)).html)).map((node) => node.text)))).flat().join('\n')
    expect(texts).toContain('伯克利')
    expect(texts).toContain('新西蘭')
    expect(texts).toContain('坐標')
    for (const taiwan of ['柏克萊', '紐西蘭', '義大利', '矽谷', '沃斯堡', '資訊', '座標', '伺服器']) expect(texts, taiwan).not.toContain(taiwan)
  })

  it('has the Simplified strings’ every key, each the same text in Traditional characters but for the reviewed terms', () => {
    // What the review changed from OpenCC's s2t: its Taiwan-standard 座標 for the mainland's 坐標.
    const REVIEWED: Record<string, string> = { 'page.entry.coordinates': '坐標' }
    const flatten = (strings: object, prefix = ''): [string, string][] =>
      Object.entries(strings).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : flatten(value as object, `${prefix}${key}.`)))
    const simplified = new Map(flatten(zh))
    const traditional = flatten(zhHant)
    expect(traditional.map(([key]) => key)).toEqual([...simplified.keys()])
    expect(flatten(en).map(([key]) => key)).toEqual([...simplified.keys()])
    const differing = traditional.filter(([key, text]) => text !== (REVIEWED[key] ?? convert(simplified.get(key) ?? '')))
    expect(differing).toEqual([])
  })

  it('sends a reader whose browser asks for Traditional Chinese to /zh-hant/', async () => {
    for (const accept of ['zh-TW', 'zh-HK', 'zh-Hant', 'zh-TW,zh;q=0.9,en;q=0.8']) {
      const response = await request('/', { headers: { 'Accept-Language': accept } })
      expect(new URL(response.headers.get('Location') ?? '').pathname, accept).toBe('/zh-hant/')
    }
  })
})

describe('the pages’ stylesheet', () => {
  it('sets Chinese in a Chinese font first, so “” and … draw full-width, with taller lines (rows 25, 27)', () => {
    const rule = (selector: string) => new RegExp(`${selector.replace(/[[\]()]/g, '\\$&')}\\{([^}]*)\\}`).exec(PAGE_STYLE)?.[1] ?? ''
    expect(rule('[lang]:lang(zh)')).toMatch(/^font-family:var\(--hans\),var\(--latin\)/)
    expect(rule('[lang]:lang(zh-Hant)')).toMatch(/^font-family:var\(--hant\),var\(--latin\)/)
    expect(rule('[lang]:lang(en)')).toMatch(/^font-family:var\(--latin\)/)
    expect(PAGE_STYLE).toMatch(/--hans:"Noto Sans CJK SC"/)
    expect(rule('html:lang(zh)')).toBe('line-height:1.75')
    expect(rule('h1,h2,h3')).toBe('text-wrap:balance')
  })
})
