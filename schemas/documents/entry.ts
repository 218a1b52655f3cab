/**
 * `entry`: one agreement, visit or exchange with a partner city, both languages
 * in one document (field-level localization). The field names are the stored
 * shape that the Worker's GROQ queries, the embedded dataset and the generated
 * types depend on: rename nothing without migrating all three.
 *
 * Plain schema: the Studio attaches its own parts (the links under the slug)
 * in studio/, so the schema types stay free of React and of the Studio.
 */
import { defineArrayMember, defineField, defineType } from 'sanity'
import { RELATIONSHIPS, RELATIONSHIP_CODES, TOPICS, TOPIC_CODES } from '../vocabulary'
import { bilingualMessage, bilingualTitle, vocabularyTitle } from '../lib/bilingual'
import { COUNTRY_OPTIONS } from '../lib/countries'
import { defineLocalizedField } from '../lib/define-localized-field'
import { coordinatesInRange } from '../lib/geopoint-rules'
import { LENGTH_GUIDANCE, WIDGET_SUMMARY_COLUMNS, charactersIn, lengthGuidanceText } from '../lib/length-guidance'
import { altWhenImageIsSet } from '../lib/localized-rules'
import { SLUG_MAX_LENGTH, slugSource, slugify } from '../lib/slug'
import { slugFollowsCityAndYear, slugFormat } from '../lib/slug-rules'
import { validPartialDate } from '../objects/partial-date'
import { entryPreview } from './entry-preview'

/** *Published at* of a new entry as its form opens: now. The first publish moves it (studio/publication-time.ts). */
export function newEntryPublicationTime(now: Date = new Date()): string {
  return now.toISOString()
}

const HEADLINE_GUIDANCE = lengthGuidanceText(LENGTH_GUIDANCE.headline)
const SUMMARY_GUIDANCE = lengthGuidanceText(LENGTH_GUIDANCE.summary)

export const entry = defineType({
  name: 'entry',
  title: bilingualTitle('Entry', '条目'),
  type: 'document',
  fields: [
    defineLocalizedField({
      name: 'city',
      label: { en: 'City', zh: '城市' },
      description: bilingualTitle(
        'The partner city, or the region when the source names no city',
        '合作城市；来源未写明城市时填写地区',
      ),
      type: 'localeString',
      requirement: 'every-language',
    }),
    defineLocalizedField({
      name: 'region',
      label: { en: 'Region', zh: '地区' },
      description: bilingualTitle('State, province or area, if useful', '州、省或地区（可选）'),
      type: 'localeString',
      requirement: 'optional',
    }),
    defineField({
      name: 'country',
      title: bilingualTitle('Country/region', '国家/地区'),
      type: 'string',
      options: { list: COUNTRY_OPTIONS },
      validation: (rule) =>
        rule
          .required()
          .error(bilingualMessage('Choose a country or region from the list', '请从列表中选择国家或地区')),
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
      title: bilingualTitle('Relationship', '关系类型'),
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
        '发生时间，按来源所知的精确程度填写：2016、2018-12或2017-05-28',
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
          const { city, date } = document as { city?: { en?: unknown }; date?: unknown }
          return slugSource(city?.en, date)
        },
        slugify,
        maxLength: SLUG_MAX_LENGTH,
      },
      // One rule: the slug type's own structure and uniqueness checks come with
      // `rule`, and a second rule built from it would run them twice.
      validation: (rule) =>
        rule.required().custom(slugFormat).error(bilingualMessage('The slug is required', '网址标识为必填项')),
    }),
    defineLocalizedField({
      name: 'headline',
      label: { en: 'Headline', zh: '标题' },
      description: bilingualTitle(
        `Optional: when empty, the title is built from the city and the date; ${HEADLINE_GUIDANCE.en}`,
        `可选：留空时，标题由城市和日期生成；${HEADLINE_GUIDANCE.zh}`,
      ),
      type: 'localeString',
      requirement: 'optional',
      lengthGuidance: LENGTH_GUIDANCE.headline,
    }),
    defineLocalizedField({
      name: 'summary',
      label: { en: 'Summary', zh: '摘要' },
      description: bilingualTitle(
        `One or two sentences for feeds and lists, ${SUMMARY_GUIDANCE.en}; the widget shows the first ${charactersIn(WIDGET_SUMMARY_COLUMNS, 'en')} or ${charactersIn(WIDGET_SUMMARY_COLUMNS, 'zh')}`,
        `用于订阅源和列表的一两句话，${SUMMARY_GUIDANCE.zh}；小部件只显示前${charactersIn(WIDGET_SUMMARY_COLUMNS, 'en')}个字符或${charactersIn(WIDGET_SUMMARY_COLUMNS, 'zh')}字`,
      ),
      type: 'localeText',
      requirement: 'some-language',
      lengthGuidance: LENGTH_GUIDANCE.summary,
    }),
    defineLocalizedField({
      name: 'body',
      label: { en: 'Body', zh: '正文' },
      type: 'localeBlockContent',
      requirement: 'some-language',
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
          .error(bilingualMessage('The source must be an http or https URL', '来源必须是http或https网址')),
    }),
    defineField({
      name: 'publishedAt',
      title: bilingualTitle('Published at', '发布时间'),
      description: bilingualTitle(
        'When this entry went out on this site. A new entry starts with the time it was created, and its first publish moves that to the moment of publishing; a time you set yourself is kept (one from the day before the entry was created counts as the starting time). Feeds date the entry by its own date above; a change saved more than ten minutes after this time shows in feeds as an update',
        '本条目在本站发布的时间。新条目默认填入创建时间，首次发布时改为发布时刻；您自行设定的时间将予以保留（条目创建前一天内的时间视为默认值）。订阅源以上方的条目日期为准；此时间十分钟之后保存的修改，将在订阅源中显示为更新',
      ),
      type: 'datetime',
      // Studio-side actions keep it coherent with the first publish (studio/publication-time.ts).
      initialValue: () => newEntryPublicationTime(),
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
  preview: entryPreview,
})
