/**
 * What stops an editor from publishing a broken entry, and what only warns,
 * through the Studio's own validation (`validateDocument` from 'sanity' on the
 * workspace of studio/sanity.config.ts). Each broken variant changes one field
 * of a real entry and must fail for that reason alone, with a message in both
 * languages.
 */
import { beforeAll, describe, expect, test } from 'vitest'
import type { Workspace } from 'sanity'
import { bodyLinkingTo, dataset, entryFixture, entryWith, imageAsset, nextYear } from './fixtures'
import { createStudioWorkspace, validateInStudio } from './validation'

let workspace: Workspace
beforeAll(async () => {
  workspace = await createStudioWorkspace()
})

const lake = [...dataset, imageAsset]
const validate = (document: Parameters<typeof validateInStudio>[1]) => validateInStudio(workspace, document, lake)

const imageWithAlt = (alt?: Record<string, string>) => ({
  _type: 'image',
  asset: { _type: 'reference', _ref: imageAsset._id },
  ...(alt && { alt: { _type: 'localeString', ...alt } }),
})

const TOO_EARLY =
  'The year must be 1900 or later: write all four digits, e.g. 2019 / 年份不能早于1900年，请写全四位数字，例如2019'

describe('an entry cannot be published when', () => {
  test.each([
    ['2018-13', 'has a thirteenth month', 'date: This date does not exist in the calendar / 该日期不存在'],
    ['2018-02-30', 'is the 30th of February', 'date: This date does not exist in the calendar / 该日期不存在'],
    [
      'May 2018',
      'is written in words',
      'date: Use YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2018, 2018-12 or 2018-12-01 / 请使用YYYY、YYYY-MM或YYYY-MM-DD格式，例如2018、2018-12或2018-12-01',
    ],
    [nextYear(), 'is next year', 'date: The date cannot be in the future / 日期不能晚于今天'],
    ['0019-06', 'has a two-digit year (June 2019 mistyped)', `date: ${TOO_EARLY}`],
    ['1899-12-31', 'is before 1900', `date: ${TOO_EARLY}`],
  ])('its date %s %s', async (date, _why, expected) => {
    const { errors } = await validate(entryWith({ date }))
    expect(errors).toEqual([expected])
  })

  test('its date is missing', async () => {
    const { errors } = await validate(entryWith({ date: undefined }))
    expect(errors).toEqual(['date: The date is required / 日期为必填项'])
  })

  test('its city has no Chinese name', async () => {
    const { errors } = await validate(entryWith({ city: { _type: 'localeString', en: 'Vicenza' } }))
    expect(errors).toEqual(['city.zh: City is required in Chinese / 城市必须填写中文'])
  })

  test('its city is blank in both languages', async () => {
    const { errors } = await validate(entryWith({ city: { _type: 'localeString', en: ' ', zh: '' } }))
    expect(errors).toEqual([
      'city.en: City is required in English / 城市必须填写英文',
      'city.zh: City is required in Chinese / 城市必须填写中文',
    ])
  })

  test('its summary is missing in both languages', async () => {
    const { errors } = await validate(entryWith({ summary: undefined }))
    expect(errors).toEqual(['summary: Summary is required in at least one language / 摘要至少需要填写一种语言'])
  })

  test('its body has no text in either language', async () => {
    const { errors } = await validate(entryWith({ body: { _type: 'localeBlockContent', en: [], zh: [] } }))
    expect(errors).toEqual(['body: Body is required in at least one language / 正文至少需要填写一种语言'])
  })

  test('its relationship is not one of the listed kinds', async () => {
    const { errors } = await validate(entryWith({ relationship: 'alliance' }))
    expect(errors).toEqual(['relationship: Choose a relationship from the list / 请从列表中选择关系类型'])
  })

  test('a topic is not in the topic list', async () => {
    const { errors } = await validate(entryWith({ topics: ['big-data', 'space-travel'] }))
    expect(errors).toEqual(['topics.1: Choose each topic from the list, once / 请从列表中选择主题，每个主题只选一次'])
  })

  test('a topic is chosen twice', async () => {
    const { errors } = await validate(entryWith({ topics: ['trade', 'trade'] }))
    expect(errors).toEqual([
      'topics.0: Choose each topic from the list, once / 请从列表中选择主题，每个主题只选一次',
      'topics.1: Choose each topic from the list, once / 请从列表中选择主题，每个主题只选一次',
    ])
  })

  test("its country is 'XX', which is not an ISO 3166-1 code", async () => {
    const { errors } = await validate(entryWith({ country: 'XX' }))
    expect(errors).toEqual(['country: Choose a country or region from the list / 请从列表中选择国家或地区'])
  })

  test('its latitude is 91°', async () => {
    const { errors } = await validate(entryWith({ location: { _type: 'geopoint', lat: 91, lng: 11.5354 } }))
    expect(errors).toEqual(['location.lat: Latitude must be a number from -90 to 90 / 纬度必须是-90到90之间的数字'])
  })

  test('its location is missing', async () => {
    const { errors } = await validate(entryWith({ location: undefined }))
    expect(errors).toEqual(['location: Set the location of the partner city / 请设置合作城市的位置'])
  })

  test('its image has no alt text', async () => {
    const { errors } = await validate(entryWith({ image: imageWithAlt() }))
    expect(errors).toEqual([
      'image.alt.en: Describe the image in English for readers who cannot see it / 请用英文描述图片，供无法看到图片的读者使用',
      'image.alt.zh: Describe the image in Chinese for readers who cannot see it / 请用中文描述图片，供无法看到图片的读者使用',
    ])
  })

  test('a body link is a javascript: URL', async () => {
    const { errors } = await validate(entryWith({ body: bodyLinkingTo('javascript:alert(1)') }))
    expect(errors).toEqual([
      'body.en[_key=="link-block"].markDefs[_key=="link"].href: A link needs an http, https or mailto URL / 链接必须是http、https或mailto网址',
    ])
  })

  test('its source is not an http or https URL', async () => {
    const { errors } = await validate(entryWith({ source: 'ftp://example.org/agreement.pdf' }))
    expect(errors).toEqual(['source: The source must be an http or https URL / 来源必须是http或https网址'])
  })

  test('its slug is already used by another entry', async () => {
    const other = dataset.filter((document) => document._type === 'entry')[1]
    const { errors } = await validate(entryWith({ slug: other?.slug }))
    expect(errors).toEqual(['slug: Slug is already in use / 网址标识已被其他条目使用'])
  })

  test('its slug has capitals or spaces', async () => {
    const { errors } = await validate(entryWith({ slug: { _type: 'slug', current: 'Vicenza 2018' } }))
    expect(errors).toEqual([
      'slug: Use lower-case letters, digits and hyphens only, e.g. vicenza-2018 / 只能使用小写字母、数字和连字符，例如vicenza-2018',
    ])
  })
})

describe('an entry can be published', () => {
  test.each([
    ['2016', 'a year alone, as the source gives it'],
    ['2018-12', 'a year and a month'],
    ['2020-02-29', 'a leap day'],
    ['1900', 'the earliest year'],
    [new Date().toISOString().slice(0, 7), 'this month'],
    [new Date().toISOString().slice(0, 10), 'today'],
  ])('with the date %s (%s)', async (date) => {
    const { errors } = await validate(entryWith({ date }))
    expect(errors).toEqual([])
  })

  test('with an image described in both languages', async () => {
    const { errors, warnings } = await validate(
      entryWith({ image: imageWithAlt({ en: 'The Vicenza city hall', zh: '维琴察市政厅' }) }),
    )
    expect({ errors, warnings }).toEqual({ errors: [], warnings: [] })
  })

  test('with a mailto link and an https source', async () => {
    const { errors } = await validate(
      entryWith({ body: bodyLinkingTo('mailto:office@example.org'), source: 'https://example.org/news/1' }),
    )
    expect(errors).toEqual([])
  })
})

describe('an entry can be published, with a warning,', () => {
  test('when its slug is not built from the English city and the year', async () => {
    const { errors, warnings } = await validate(entryWith({ slug: { _type: 'slug', current: 'italy-friendship' } }))
    expect(errors).toEqual([])
    expect(warnings).toEqual([
      'slug: Build the slug from the English city and the year: vicenza-2018 (press Generate) / 网址标识应由英文城市名和年份生成：vicenza-2018（点击“生成”）',
    ])
  })

  const { summary, body, headline } = entryFixture as unknown as Record<'summary' | 'body' | 'headline', { en: unknown; zh: unknown }>
  test.each([
    [
      'its summary is in English only',
      { summary: { _type: 'localeText', en: summary.en } },
      'summary.zh: Summary is missing in Chinese / 摘要缺少中文版本',
    ],
    [
      'its body is in Chinese only',
      { body: { _type: 'localeBlockContent', zh: body.zh } },
      'body.en: Body is missing in English / 正文缺少英文版本',
    ],
    [
      'its headline is in English only (the Chinese title is then built from city and date)',
      { headline: { _type: 'localeString', en: headline.en } },
      'headline.zh: Headline is missing in Chinese / 标题缺少中文版本',
    ],
  ])('when %s, naming the missing language', async (_when, changes, expected) => {
    const { errors, warnings } = await validate(entryWith(changes))
    expect({ errors, warnings }).toEqual({ errors: [], warnings: [expected] })
  })
})

describe('an entry can be published, with a warning naming the length and the limit, when', () => {
  const { summary, headline } = entryFixture as unknown as Record<'summary' | 'headline', { en: string; zh: string }>
  test.each([
    [
      'its English summary runs to 32,500 characters',
      { summary: { _type: 'localeText', en: 'A long summary. '.repeat(2031) + 'Done', zh: summary.zh } },
      'summary.en: Summary in English is 32,500 characters long: feeds and the widget read best with 280 or fewer / 英文摘要共32500个字符，为便于在订阅源和小部件中阅读，建议不超过280个字符',
    ],
    [
      'its Chinese summary runs to 141 characters',
      { summary: { _type: 'localeText', en: summary.en, zh: '贵'.repeat(141) } },
      'summary.zh: Summary in Chinese is 141 Chinese characters long: feeds and the widget read best with 140 or fewer / 中文摘要共141字，为便于在订阅源和小部件中阅读，建议不超过140字',
    ],
    [
      'its English headline runs to 1,140 characters',
      { headline: { _type: 'localeString', en: 'Guiyang and Vicenza '.repeat(57), zh: headline.zh } },
      'headline.en: Headline in English is 1,140 characters long: feeds and the widget read best with 100 or fewer / 英文标题共1140个字符，为便于在订阅源和小部件中阅读，建议不超过100个字符',
    ],
    [
      'its Chinese headline runs to 51 characters',
      { headline: { _type: 'localeString', en: headline.en, zh: '贵阳市与维琴察市'.repeat(6) + '签署协' } },
      'headline.zh: Headline in Chinese is 51 Chinese characters long: feeds and the widget read best with 50 or fewer / 中文标题共51字，为便于在订阅源和小部件中阅读，建议不超过50字',
    ],
  ])('%s, and the text is kept as written', async (_when, changes, expected) => {
    const { errors, warnings } = await validate(entryWith(changes))
    expect({ errors, warnings }).toEqual({ errors: [], warnings: [expected] })
  })

  test('Chinese is measured by its width, as the widget cuts it: 140 Chinese characters, or 280 English ones, pass', async () => {
    const { errors, warnings } = await validate(
      entryWith({ summary: { _type: 'localeText', en: 'x'.repeat(280), zh: '贵'.repeat(140) }, headline: { _type: 'localeString', en: 'x'.repeat(100), zh: '贵'.repeat(50) } }),
    )
    expect({ errors, warnings }).toEqual({ errors: [], warnings: [] })
  })
})

describe('an entry can be published without a warning', () => {
  test('with no publication time: the first publish sets it (studio/publication-time.ts)', async () => {
    const { errors, warnings } = await validate(entryWith({ publishedAt: undefined }))
    expect({ errors, warnings }).toEqual({ errors: [], warnings: [] })
  })

  test('with no headline at all: both titles are built from city and date', async () => {
    const { errors, warnings } = await validate(entryWith({ headline: undefined }))
    expect({ errors, warnings }).toEqual({ errors: [], warnings: [] })
  })

  test('with a second slug for the same city and year, suffixed', async () => {
    const { errors, warnings } = await validate(
      entryWith({ slug: { _type: 'slug', current: 'vicenza-2018-delegation' } }),
    )
    expect({ errors, warnings }).toEqual({ errors: [], warnings: [] })
  })
})

describe('the settings document cannot be published when', () => {
  const settings = dataset.find((document) => document._id === 'settings')

  test('its base URL is not an http or https URL', async () => {
    if (!settings) throw new Error('data/production.ndjson has no settings document')
    const { errors } = await validate({ ...settings, baseUrl: 'javascript:alert(1)' })
    expect(errors).toEqual(['baseUrl: The base URL must be an http or https URL / 网站地址必须是http或https网址'])
  })

  test('its title is missing in English', async () => {
    if (!settings) throw new Error('data/production.ndjson has no settings document')
    const { errors } = await validate({ ...settings, title: { _type: 'localeString', zh: '走向世界' } })
    expect(errors).toEqual(['title.en: Site title is required in English / 网站标题必须填写英文'])
  })
})
