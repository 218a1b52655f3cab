/**
 * `settings`: the one site-wide document (id `settings`): titles and
 * descriptions of the feeds and pages, publisher, copyright and the canonical
 * base URL. The Studio shows it as a singleton (studio/structure.ts).
 */
import { defineField, defineType } from 'sanity'
import { bilingualMessage, bilingualTitle } from '../lib/bilingual'
import { reportMissingTranslation, requireEveryLanguage, requireSomeLanguage } from '../lib/localized-rules'

/** The id of the one settings document. */
export const SETTINGS_ID = 'settings'

const LABELS = {
  title: { en: 'Site title', zh: '网站标题' },
  description: { en: 'Description', zh: '描述' },
  publisher: { en: 'Publisher', zh: '发布者' },
  copyright: { en: 'Copyright', zh: '版权声明' },
} as const

export const settings = defineType({
  name: 'settings',
  title: bilingualTitle('Settings', '设置'),
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      title: bilingualTitle('Site title', '网站标题'),
      description: bilingualTitle('The title of the feeds and pages', '订阅源和网页的标题'),
      type: 'localeString',
      validation: (rule) => rule.custom(requireEveryLanguage(LABELS.title)),
    }),
    defineField({
      name: 'description',
      title: bilingualTitle('Description', '描述'),
      description: bilingualTitle('One sentence for feeds and search engines', '用于订阅源和搜索引擎的一句话'),
      type: 'localeText',
      validation: (rule) => [
        rule.custom(requireSomeLanguage(LABELS.description)),
        rule.custom(reportMissingTranslation(LABELS.description)).warning(),
      ],
    }),
    defineField({
      name: 'publisher',
      title: bilingualTitle('Publisher', '发布者'),
      type: 'localeString',
      validation: (rule) => rule.custom(reportMissingTranslation(LABELS.publisher)).warning(),
    }),
    defineField({
      name: 'copyright',
      title: bilingualTitle('Copyright', '版权声明'),
      type: 'localeString',
      validation: (rule) => rule.custom(reportMissingTranslation(LABELS.copyright)).warning(),
    }),
    defineField({
      name: 'baseUrl',
      title: bilingualTitle('Base URL', '网站地址'),
      description: bilingualTitle(
        'The public address of the site, used in feed links: https://example.org',
        '网站的公开地址，用于订阅源中的链接：https://example.org',
      ),
      type: 'url',
      validation: (rule) =>
        rule
          .required()
          .uri({ scheme: ['http', 'https'] })
          .error(bilingualMessage('The base URL must be an http or https URL', '网站地址必须是 http 或 https 网址')),
    }),
  ],
  preview: {
    select: { titleEn: 'title.en', titleZh: 'title.zh', baseUrl: 'baseUrl' },
    prepare({ titleEn, titleZh, baseUrl }: { titleEn?: string; titleZh?: string; baseUrl?: string }) {
      return {
        title: titleEn || titleZh || bilingualTitle('Settings', '设置'),
        subtitle: [titleZh, baseUrl].filter(Boolean).join(' · '),
      }
    },
  },
})
