/**
 * The content model as the Studio compiles it: no schema problems, localized
 * types that follow WRITTEN_LANGUAGES, option lists built from the vocabularies, and
 * previews and slugs as editors will see them.
 */
import { beforeAll, describe, expect, test } from 'vitest'
import type { ObjectSchemaType, SlugSourceFn, Workspace } from 'sanity'
import { WRITTEN_LANGUAGE_IDS, WRITTEN_LANGUAGES } from '../../schemas/languages'
import { COUNTRY_CODES, RELATIONSHIP_CODES, TOPIC_CODES } from '../../schemas/vocabulary'
import { schemaTypes } from '../../schemas'
import { entry } from '../../schemas/documents/entry'
import { settings } from '../../schemas/documents/settings'
import { titleIn } from '../../schemas/lib/bilingual'
import { OUTDATED_FIELD } from '../../schemas/lib/localized-object'
import { countryName } from '../../schemas/lib/country-name'
import { slugify } from '../../schemas/lib/slug'
import { chineseStyleProblems } from './chinese-style'
import { dataset, entryFixture } from './fixtures'
import { createStudioWorkspace, schemaProblems } from './validation'

let workspace: Workspace
beforeAll(async () => {
  workspace = await createStudioWorkspace()
})

function objectType(name: string): ObjectSchemaType {
  const type = workspace.schema.get(name)
  if (!type || type.jsonType !== 'object') throw new Error(`No object type named ${name}`)
  return type as ObjectSchemaType
}

function field(typeName: string, fieldName: string) {
  const found = objectType(typeName).fields.find((candidate) => candidate.name === fieldName)
  if (!found) throw new Error(`${typeName} has no field ${fieldName}`)
  return found
}

function listValues(typeName: string, fieldName: string): unknown[] {
  const options = field(typeName, fieldName).type.options as { list?: { value: unknown }[] }
  return (options.list ?? []).map((option) => option.value)
}

describe('the Studio schema', () => {
  test('compiles without errors or warnings', () => {
    expect(schemaProblems(workspace.schema)).toEqual([])
  })

  test('offers entry and settings as its document types', () => {
    const documentTypes = workspace.schema
      .getTypeNames()
      .filter((name) => workspace.schema.get(name)?.type?.name === 'document' && !name.startsWith('sanity.'))
    expect(documentTypes.sort()).toEqual(['entry', 'settings'])
  })

  test.each([
    ['localeString', WRITTEN_LANGUAGES.length],
    ['localeText', WRITTEN_LANGUAGES.length],
    ['localeBlockContent', 1],
  ])(
    '%s has one field per language editors write, in WRITTEN_LANGUAGES order (%i per row), and a hidden list of possibly outdated languages',
    (name, columns) => {
      const type = objectType(name)
      const languages = WRITTEN_LANGUAGES.map((language) => language.id)
      expect(type.fields.map((candidate) => candidate.name)).toEqual([...languages, OUTDATED_FIELD])
      expect(type.fields.slice(0, languages.length).map((candidate) => candidate.type.title)).toEqual([
        'English · 英文',
        'Chinese (Simplified) · 简体中文',
      ])
      expect(type.fields.at(-1)?.type.hidden).toBe(true)
      expect(type.options).toMatchObject({ columns })
    },
  )

  test('every entry field has a title in both languages', () => {
    const titles = objectType('entry')
      .fields.filter((candidate) => !candidate.name.startsWith('_'))
      .map((candidate) => candidate.type.title ?? '')
    expect(titles.filter((title) => !/^[^·]+ · [^·]+$/.test(title))).toEqual([])
  })

  test('every title and description written in schemas/, at any depth, is in English and Chinese', () => {
    const found: string[] = []
    const walk = (node: unknown, key?: string) => {
      if (typeof node === 'string' && (key === 'title' || key === 'description')) found.push(node)
      else if (Array.isArray(node)) for (const item of node) walk(item)
      else if (node && typeof node === 'object') for (const [name, value] of Object.entries(node)) walk(value, name)
    }
    walk(schemaTypes)
    expect(found.length).toBeGreaterThan(300)
    expect(found.filter((text) => !/^[^·]*[A-Za-z][^·]* · [^·]*\p{Script=Han}/u.test(text))).toEqual([])
  })

  test('every Chinese title and description written in schemas/ uses full-width punctuation and no spaces around numbers or Latin words', () => {
    const chinese: string[] = []
    const walk = (node: unknown, key?: string) => {
      if (typeof node === 'string' && (key === 'title' || key === 'description')) {
        // A country option ends with its code, outside both languages: "Italy · 意大利 (IT)".
        chinese.push(titleIn(node, 'zh').replace(/ \([A-Z]{2}\)$/, ''))
      } else if (Array.isArray(node)) for (const item of node) walk(item)
      else if (node && typeof node === 'object') for (const [name, value] of Object.entries(node)) walk(value, name)
    }
    walk(schemaTypes)
    expect(chinese.flatMap(chineseStyleProblems)).toEqual([])
  })

  test('the settings name the publisher as a Chinese government site does: 主办单位', () => {
    expect(field('settings', 'publisher').type.title).toBe('Publisher · 主办单位')
  })

  test('country, relationship and topic options are exactly the vocabulary codes', () => {
    expect(new Set(listValues('entry', 'country'))).toEqual(new Set(COUNTRY_CODES))
    expect(listValues('entry', 'relationship')).toEqual(RELATIONSHIP_CODES)
    expect(listValues('entry', 'topics')).toEqual(TOPIC_CODES)
  })

  test('countries are titled by Intl.DisplayNames, in English and Chinese', () => {
    const options = field('entry', 'country').type.options as { list: { value: string; title: string }[] }
    expect(options.list.find((option) => option.value === 'IT')?.title).toBe('Italy · 意大利 (IT)')
    expect(options.list.find((option) => option.value === 'NZ')?.title).toBe('New Zealand · 新西兰 (NZ)')
  })

  test('the country field is titled country/region, and lists Taiwan, Hong Kong and Macao as regions of China', () => {
    expect(field('entry', 'country').type.title).toBe('Country/region · 国家/地区')
    const options = field('entry', 'country').type.options as { list: { value: string; title: string }[] }
    const titleOf = (code: string) => options.list.find((option) => option.value === code)?.title
    expect(titleOf('TW')).toBe('Taiwan, China · 中国台湾 (TW)')
    expect(titleOf('HK')).toBe('Hong Kong, China · 中国香港 (HK)')
    expect(titleOf('MO')).toBe('Macao, China · 中国澳门 (MO)')
    expect(options.list.filter((option) => /台湾|特别行政区/.test(option.title) && !option.title.includes('中国台湾'))).toEqual([])
    // The site names them the same way (its Traditional edition converts the Simplified name: test/server/country-names.test.ts).
    expect(WRITTEN_LANGUAGE_IDS.map((language) => countryName('TW', language))).toEqual(['Taiwan, China', '中国台湾'])
  })
})

describe('an entry in the Studio', () => {
  test('gets a slug from its English city and the year of its date', async () => {
    const source = (field('entry', 'slug').type.options as { source: SlugSourceFn }).source
    const document = { ...entryFixture, city: { en: 'Palmerston North', zh: '北帕默斯顿' }, date: '1992-08-17' }
    const text = await source(document, { parent: document, parentPath: [], schema: workspace.schema } as never)
    expect(slugify(String(text))).toBe('palmerston-north-1992')
  })

  test.each([
    [
      'only a Chinese city',
      { city: { zh: '北帕默斯顿' }, date: '1992-08-17' },
      'Write the English city first: the address is built from it and the year / 请先填写英文城市名：网址由它和年份生成',
    ],
    [
      'the Chinese city written in the English field',
      { city: { en: '北帕默斯顿', zh: '北帕默斯顿' }, date: '1992-08-17' },
      'Write the English city first: the address is built from it and the year / 请先填写英文城市名：网址由它和年份生成',
    ],
    [
      'no date',
      { city: { en: 'Palmerston North' }, date: undefined },
      'Write the date first: the address is built from the English city and the year / 请先填写日期：网址由英文城市名和年份生成',
    ],
    [
      'neither',
      { city: { zh: '北帕默斯顿' }, date: '' },
      'Write the English city and the date first: the address is built from the city and the year / 请先填写英文城市名和日期：网址由英文城市名和年份生成',
    ],
  ])('with %s, gets no slug from Generate, and is told why in both languages', async (_with, changes, message) => {
    const source = (field('entry', 'slug').type.options as { source: SlugSourceFn }).source
    const document = { ...entryFixture, ...changes }
    // Sanity's slug input shows a source's error under the field and leaves the slug as it was.
    await expect(
      (async () => source(document, { parent: document, parentPath: [], schema: workspace.schema } as never))(),
    ).rejects.toThrow(message)
    expect(chineseStyleProblems(message.split(' / ')[1] ?? '')).toEqual([])
  })

  test('without a headline, is listed by city and date in English with the Chinese title beneath, as the site writes it', () => {
    const prepare = entry.preview?.prepare
    expect(prepare?.({ cityEn: 'Vicenza', cityZh: '维琴察', date: '2018-12' })).toEqual({
      title: 'Vicenza, December 2018',
      subtitle: '维琴察，2018年12月',
      media: undefined,
    })
  })

  test('with a headline, is listed by its English headline, then the date and the Chinese headline', () => {
    const prepare = entry.preview?.prepare
    expect(
      prepare?.({ headlineEn: 'A friendship agreement', headlineZh: '友好交流关系协议', cityEn: 'Vicenza', date: '2016' }),
    ).toEqual({ title: 'A friendship agreement', subtitle: '2016 · 友好交流关系协议', media: undefined })
  })
})

describe('the settings document in the Studio', () => {
  test('is listed by its English and Chinese titles and its base URL', () => {
    const stored = dataset.find((document) => document._id === 'settings') as { baseUrl?: string } | undefined
    expect(
      settings.preview?.prepare?.({ titleEn: 'Meeting the World', titleZh: '走向世界', baseUrl: stored?.baseUrl }),
    ).toEqual({ title: 'Meeting the World', subtitle: `走向世界 · ${stored?.baseUrl}` })
  })
})
