/**
 * `entry`: one agreement, visit or exchange with a partner city, both languages
 * in one document (field-level localization). The field names are the stored
 * shape that the Worker's GROQ queries, the embedded dataset and the generated
 * types depend on: rename nothing without migrating all three.
 */
import {
  defineArrayMember,
  defineField,
  defineType,
  type CustomValidator,
  type PreviewValue,
  type SanityDocument,
  type ValidationError,
} from 'sanity'
import { COUNTRY_CODES, RELATIONSHIPS, RELATIONSHIP_CODES, TOPICS, TOPIC_CODES } from '../vocabulary'
import { LANGUAGE_NAMES, bilingualMessage, bilingualTitle, vocabularyTitle } from '../lib/bilingual'
import {
  missingLanguages,
  reportMissingTranslation,
  requireEveryLanguage,
  requireSomeLanguage,
  LOCALE_MISSING,
} from '../lib/localized-rules'
import { formatPartialDate, partialDateYear } from '../lib/partial-date'
import { validPartialDate } from '../objects/partial-date'
import { SlugInputWithLinks } from '../../studio/components/entry-links'
import { SLUG_MAX_LENGTH, SLUG_PATTERN, slugFromCityAndYear, slugMatchesCityAndYear, slugify } from '../lib/slug'

/** Country options: ISO 3166-1 alpha-2 codes titled by `Intl.DisplayNames`, sorted by English name. */
const countryNamesEn = new Intl.DisplayNames(['en'], { type: 'region' })
const countryNamesZh = new Intl.DisplayNames(['zh-Hans'], { type: 'region' })
const countryOptions = COUNTRY_CODES.map((code) => ({
  value: code,
  title: `${bilingualTitle(countryNamesEn.of(code) ?? code, countryNamesZh.of(code) ?? code)} (${code})`,
  sortKey: countryNamesEn.of(code) ?? code,
}))
  .sort((a, b) => a.sortKey.localeCompare(b.sortKey, 'en'))
  .map(({ value, title }) => ({ value, title }))

/** Slug words: lower-case ASCII letters and digits joined by hyphens. */
const slugFormat: CustomValidator<{ current?: string } | undefined> = (value) =>
  !value?.current ||
  SLUG_PATTERN.test(value.current) || {
    code: 'custom.slug-format',
    message: bilingualMessage(
      'Use lower-case letters, digits and hyphens only, e.g. vicenza-2018',
      '只能使用小写字母、数字和连字符，例如 vicenza-2018',
    ),
  }

/**
 * The slug is built from the English city and the year. A warning, not an
 * error: once an entry is published its URL must keep working, so correcting
 * the city's spelling later must not force a new slug. Checked on the document
 * (and reported on the slug) because a second rule on the slug field itself
 * would run the slug type's own uniqueness check twice.
 */
const slugFollowsCityAndYear: CustomValidator<SanityDocument | undefined> = (document) => {
  const { slug, city, date } = (document ?? {}) as { slug?: { current?: string }; city?: { en?: unknown }; date?: unknown }
  const expected = slugFromCityAndYear(city?.en, date)
  const current = slug?.current
  if (!current || !expected || !SLUG_PATTERN.test(current) || slugMatchesCityAndYear(current, expected)) return true
  return {
    code: 'custom.slug-city-year',
    details: { expected },
    message: bilingualMessage(
      `Build the slug from the English city and the year: ${expected} (press Generate)`,
      `网址标识应由英文城市名和年份生成：${expected}（点击 Generate）`,
    ),
    path: ['slug'],
  }
}

/** Alt text is needed in every language as soon as the image has an asset. */
const altWhenImageIsSet: CustomValidator = (value, context) => {
  const image = context.parent as { asset?: unknown } | undefined
  if (!image?.asset) return true
  const missing = missingLanguages(value)
  return missing.length === 0
    ? true
    : missing.map((id) => ({
        code: LOCALE_MISSING,
        details: { language: id },
        message: bilingualMessage(
          `Describe the image in ${LANGUAGE_NAMES[id].en} for readers who cannot see it`,
          `请用${LANGUAGE_NAMES[id].zh}描述图片，供无法看到图片的读者使用`,
        ),
        path: [id],
      }))
}

/** Latitude within ±90°, longitude within ±180°, each error on its own coordinate. */
const coordinatesInRange: CustomValidator<{ lat?: unknown; lng?: unknown } | undefined> = (value) => {
  if (!value) return true
  const problems: ValidationError[] = []
  if (!isNumberWithin(value.lat, 90)) {
    problems.push({
      code: 'custom.latitude-range',
      message: bilingualMessage('Latitude must be a number from -90 to 90', '纬度必须是 -90 到 90 之间的数字'),
      path: ['lat'],
    })
  }
  if (!isNumberWithin(value.lng, 180)) {
    problems.push({
      code: 'custom.longitude-range',
      message: bilingualMessage('Longitude must be a number from -180 to 180', '经度必须是 -180 到 180 之间的数字'),
      path: ['lng'],
    })
  }
  return problems.length === 0 ? true : problems
}

function isNumberWithin(value: unknown, limit: number): boolean {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit
}

/** What an entry's preview selects: its titles and date in both languages, and its image. */
interface EntryPreviewSelection {
  cityEn?: string
  cityZh?: string
  headlineEn?: string
  headlineZh?: string
  date?: string
  media?: PreviewValue['media']
}

const LABELS = {
  city: { en: 'City', zh: '城市' },
  region: { en: 'Region', zh: '地区' },
  headline: { en: 'Headline', zh: '标题' },
  summary: { en: 'Summary', zh: '摘要' },
  body: { en: 'Body', zh: '正文' },
} as const

export const entry = defineType({
  name: 'entry',
  title: bilingualTitle('Entry', '条目'),
  type: 'document',
  fields: [
    defineField({
      name: 'city',
      title: bilingualTitle('City', '城市'),
      description: bilingualTitle(
        'The partner city, or the region when the source names no city',
        '合作城市；来源未写明城市时填写地区',
      ),
      type: 'localeString',
      validation: (rule) => rule.custom(requireEveryLanguage(LABELS.city)),
    }),
    defineField({
      name: 'region',
      title: bilingualTitle('Region', '地区'),
      description: bilingualTitle('State, province or area, if useful', '州、省或地区（可选）'),
      type: 'localeString',
      validation: (rule) => rule.custom(reportMissingTranslation(LABELS.region)).warning(),
    }),
    defineField({
      name: 'country',
      title: bilingualTitle('Country', '国家'),
      type: 'string',
      options: { list: countryOptions },
      validation: (rule) =>
        rule.required().error(bilingualMessage('Choose a country from the list', '请从列表中选择国家')),
    }),
    defineField({
      name: 'location',
      title: bilingualTitle('Location', '位置'),
      description: bilingualTitle('Where the partner city is on the map', '合作城市在地图上的位置'),
      type: 'geopoint',
      validation: (rule) => [
        rule.required().error(bilingualMessage('Set the location of the partner city', '请设置合作城市的位置')),
        rule.custom(coordinatesInRange),
      ],
    }),
    defineField({
      name: 'relationship',
      title: bilingualTitle('Relationship', '关系'),
      type: 'string',
      options: {
        list: RELATIONSHIP_CODES.map((code) => ({ value: code, title: vocabularyTitle(RELATIONSHIPS[code]) })),
        layout: 'radio',
      },
      validation: (rule) =>
        rule.required().error(bilingualMessage('Choose a relationship from the list', '请从列表中选择关系类型')),
    }),
    defineField({
      name: 'date',
      title: bilingualTitle('Date', '日期'),
      description: bilingualTitle(
        'When it happened, as precise as the source: 2016, 2018-12 or 2017-05-28',
        '发生时间，按来源所知的精确程度填写：2016、2018-12 或 2017-05-28',
      ),
      type: 'partialDate',
      validation: (rule) => [
        rule.required().error(bilingualMessage('The date is required', '日期为必填项')),
        rule.custom(validPartialDate),
      ],
    }),
    defineField({
      name: 'slug',
      title: bilingualTitle('Slug', '网址标识'),
      description: bilingualTitle(
        'The address of the entry, from the English city name and the year: vicenza-2018',
        '条目的网址，由英文城市名和年份生成：vicenza-2018',
      ),
      type: 'slug',
      options: {
        source: (document) => {
          const { city, date } = document as { city?: { en?: string }; date?: string }
          return [city?.en, partialDateYear(date)].filter(Boolean).join(' ')
        },
        slugify,
        maxLength: SLUG_MAX_LENGTH,
      },
      components: { input: SlugInputWithLinks },
      // One rule: the slug type's own structure and uniqueness checks come with
      // `rule`, and a second rule built from it would run them twice.
      validation: (rule) =>
        rule.required().custom(slugFormat).error(bilingualMessage('The slug is required', '网址标识为必填项')),
    }),
    defineField({
      name: 'headline',
      title: bilingualTitle('Headline', '标题'),
      description: bilingualTitle(
        'Optional: when empty, the title is built from the city and the date',
        '可选：留空时，标题由城市和日期生成',
      ),
      type: 'localeString',
      validation: (rule) => rule.custom(reportMissingTranslation(LABELS.headline)).warning(),
    }),
    defineField({
      name: 'summary',
      title: bilingualTitle('Summary', '摘要'),
      description: bilingualTitle('One or two sentences for feeds and lists', '用于订阅源和列表的一两句话'),
      type: 'localeText',
      validation: (rule) => [
        rule.custom(requireSomeLanguage(LABELS.summary)),
        rule.custom(reportMissingTranslation(LABELS.summary)).warning(),
      ],
    }),
    defineField({
      name: 'body',
      title: bilingualTitle('Body', '正文'),
      type: 'localeBlockContent',
      validation: (rule) => [
        rule.custom(requireSomeLanguage(LABELS.body)),
        rule.custom(reportMissingTranslation(LABELS.body)).warning(),
      ],
    }),
    defineField({
      name: 'topics',
      title: bilingualTitle('Topics', '主题'),
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      options: {
        list: TOPIC_CODES.map((code) => ({ value: code, title: vocabularyTitle(TOPICS[code]) })),
        layout: 'grid',
      },
      validation: (rule) =>
        rule
          .unique()
          .error(bilingualMessage('Choose each topic from the list, once', '请从列表中选择主题，每个主题只选一次')),
    }),
    defineField({
      name: 'image',
      title: bilingualTitle('Image', '图片'),
      type: 'image',
      options: { hotspot: true },
      fields: [
        defineField({
          name: 'alt',
          title: bilingualTitle('Alternative text', '替代文本'),
          description: bilingualTitle(
            'What the image shows, for readers who cannot see it',
            '图片内容的文字描述，供无法看到图片的读者使用',
          ),
          type: 'localeString',
          validation: (rule) => rule.custom(altWhenImageIsSet),
        }),
      ],
    }),
    defineField({
      name: 'source',
      title: bilingualTitle('Source', '来源'),
      description: bilingualTitle('The page this entry is based on (optional)', '本条目所依据的网页（可选）'),
      type: 'url',
      validation: (rule) =>
        rule
          .uri({ scheme: ['http', 'https'] })
          .error(bilingualMessage('The source must be an http or https URL', '来源必须是 http 或 https 网址')),
    }),
    defineField({
      name: 'publishedAt',
      title: bilingualTitle('Published at', '发布时间'),
      description: bilingualTitle('The date feeds show for this entry', '订阅源中显示的日期'),
      type: 'datetime',
      validation: (rule) =>
        rule.required().error(bilingualMessage('The publication time is required', '发布时间为必填项')),
    }),
  ],
  validation: (rule) => rule.custom(slugFollowsCityAndYear).warning(),
  orderings: [
    {
      name: 'dateDesc',
      title: bilingualTitle('Date, newest first', '日期（最新在前）'),
      by: [{ field: 'date', direction: 'desc' }],
    },
  ],
  preview: {
    select: {
      cityEn: 'city.en',
      cityZh: 'city.zh',
      headlineEn: 'headline.en',
      headlineZh: 'headline.zh',
      date: 'date',
      media: 'image',
    },
    prepare({ cityEn, cityZh, headlineEn, headlineZh, date, media }: EntryPreviewSelection) {
      const dateEn = date ? formatPartialDate(date, 'en') : undefined
      const dateZh = date ? formatPartialDate(date, 'zh') : undefined
      const titleEn = headlineEn || [cityEn, dateEn].filter(Boolean).join(', ')
      const titleZh = headlineZh || [dateZh, cityZh].filter(Boolean).join(' ')
      return {
        title: titleEn || titleZh || bilingualTitle('Untitled entry', '未命名条目'),
        // The date leads, so a narrow list that cuts the line short still shows it; a Chinese
        // title built from city and date starts with the date already.
        subtitle: (headlineZh ? [dateEn, headlineZh] : [titleZh]).filter(Boolean).join(' · '),
        media,
      }
    },
  },
})
