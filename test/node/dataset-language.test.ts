/**
 * The embedded dataset as a bilingual editor reads it (the December 2026 language review): what
 * each entry says is what the seed says, the Chinese is what a foreign-affairs office would
 * publish, and the English is native. Read from the file itself, as the Worker serves it.
 */
import { describe, expect, test } from 'vitest'
import type { SanityDocument } from 'sanity'
import { chineseStyleProblems } from './chinese-style'
import { dataset } from './fixtures'

interface Block {
  children?: { text?: string }[]
}

const entries = dataset.filter((document) => document._type === 'entry')
const settings = dataset.find((document) => document._id === 'settings') as SanityDocument

function entry(id: string): SanityDocument {
  const found = entries.find((document) => document._id === id)
  if (!found) throw new Error(`data/production.ndjson has no ${id}`)
  return found
}

function localized(document: SanityDocument, field: string, language: 'en' | 'zh'): string | undefined {
  return (document[field] as Record<string, string> | undefined)?.[language]
}

/** The paragraphs of an entry's body in `language`. */
function paragraphs(document: SanityDocument, language: 'en' | 'zh'): string[] {
  const blocks = ((document.body as Record<string, Block[]> | undefined)?.[language] ?? []) as Block[]
  return blocks.map((block) => (block.children ?? []).map((child) => child.text ?? '').join(''))
}

/** Everything a reader of `language` reads of an entry: headline, summary and body. */
function prose(document: SanityDocument, language: 'en' | 'zh'): string[] {
  return [localized(document, 'headline', language), localized(document, 'summary', language), ...paragraphs(document, language)].filter(
    (text): text is string => text !== undefined,
  )
}

const chineseProse = [
  ...entries.flatMap((document) => prose(document, 'zh').map((text) => [document._id, text] as const)),
  ['settings', localized(settings, 'title', 'zh') ?? ''] as const,
  ['settings', localized(settings, 'description', 'zh') ?? ''] as const,
]

describe('the dataset states what the seed states', () => {
  test('no entry counts "20 years" from an agreement signed decades ago', () => {
    const all = entries.flatMap((document) => [...prose(document, 'en'), ...prose(document, 'zh')])
    expect(all.filter((text) => /20年来|over the past 20 years/i.test(text))).toEqual([])
  })

  test('an entry that records a friendship agreement calls it one (友好交流关系协议), never a sister-city agreement', () => {
    const agreements = entries.filter((document) => document.relationship === 'friendship-agreement')
    expect(agreements.map((document) => document._id).sort()).toEqual([
      'entry-burnaby-2014',
      'entry-cupertino-2017',
      'entry-fort-worth-2011',
      'entry-vicenza-2018',
    ])
    for (const document of agreements) {
      const zh = prose(document, 'zh').join('\n')
      expect(zh, document._id).not.toContain('友好城市协议')
      expect(zh, document._id).toContain('友好交流关系协议')
      expect(prose(document, 'en').join('\n'), document._id).toContain('friendship agreement')
    }
  })

  test('Palmerston North is the sister city the seed names, in both languages', () => {
    const palmerstonNorth = entry('entry-palmerston-north-1992')
    expect(palmerstonNorth.relationship).toBe('sister-city')
    expect(prose(palmerstonNorth, 'en').join('\n')).toContain("Guiyang's first international sister city")
    expect(prose(palmerstonNorth, 'zh').join('\n')).toContain('贵阳市第一个国际友好城市')
    expect(paragraphs(palmerstonNorth, 'zh')[1]).toMatch(/^结好以来，/)
    expect(paragraphs(palmerstonNorth, 'en')[1]).toMatch(/^Since then, /)
  })

  test('Sister City Days in Fort Worth were designated, not declared by the two cities', () => {
    expect(paragraphs(entry('entry-fort-worth-2011'), 'zh')[1]).toContain(
      '自2016年起，每年6月14日至16日被定为沃思堡与贵阳“姐妹城市日”。',
    )
  })

  test('every document keeps its seed timestamps, so no entry reaches feed readers as edited', () => {
    expect(dataset.filter((document) => document._updatedAt !== document._createdAt).map((document) => document._id)).toEqual([])
  })
})

describe('the Chinese of the dataset', () => {
  test.each(['entry-vicenza-2018', 'entry-cupertino-2017', 'entry-burnaby-2014', 'entry-berkeley-2018'])(
    'the headline of %s names 贵阳市 first, and the partner city as a city (市)',
    (id) => {
      const headline = localized(entry(id), 'headline', 'zh') ?? ''
      expect(headline).toMatch(/^贵阳市与/)
      expect(headline).toMatch(/^贵阳市与\p{Script=Han}+市/u)
    },
  )

  test('uses full-width punctuation and puts no space between Chinese and digits or Latin words', () => {
    expect(chineseProse.flatMap(([, text]) => chineseStyleProblems(text))).toEqual([])
  })

  test('writes places large to small with no separator: 美国加利福尼亚州伯克利市', () => {
    expect(prose(entry('entry-berkeley-2018'), 'zh').join('\n')).toContain('美国加利福尼亚州伯克利市')
    expect(chineseProse.filter(([, text]) => /\p{Script=Han}(市|州|省)，(美国|加拿大|意大利|新西兰|加利福尼亚州)/u.test(text))).toEqual([])
  })

  test('names the Big Data Expo in full before its short form', () => {
    expect(localized(entry('entry-cupertino-2017'), 'summary', 'zh')).toContain('中国国际大数据产业博览会（数博会）')
  })

  test('says what a Chinese writer says, not what the English press does', () => {
    const all = chineseProse.map(([, text]) => text).join('\n')
    for (const phrase of ['中国西南贵州省', '第七大地方城市', '中央政府批准', '其中以教育合作为重点', '两市将每年']) {
      expect(all).not.toContain(phrase)
    }
  })
})

describe('the English of the dataset', () => {
  test('is native English, not the seed’s phrasing', () => {
    const all = entries.flatMap((document) => prose(document, 'en')).join('\n')
    for (const phrase of [
      'interexchange',
      'between two cities',
      'were made as',
      'environment protection',
      'Jan 7',
      'have witnessed',
    ]) {
      expect(all).not.toContain(phrase)
    }
  })
})

describe('the settings of the dataset', () => {
  test('describe the site without calling every partner a sister city', () => {
    expect(localized(settings, 'description', 'zh')).toBe('贵阳市与世界各地城市建立友好关系、开展交流合作情况。')
    expect(localized(settings, 'description', 'en')).not.toMatch(/sister|friendship agreement/i)
  })

  test('name the publisher and its copyright the way a Chinese government site does', () => {
    expect(localized(settings, 'publisher', 'zh')).toBe('贵阳市互联网信息办公室')
    expect(localized(settings, 'copyright', 'zh')).toBe('版权所有 © 2013 贵阳市互联网信息办公室')
    expect(localized(settings, 'copyright', 'en')).toBe('Copyright © 2013 Guiyang Municipal Internet Information Office')
  })
})
