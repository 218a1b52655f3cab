/**
 * `settings`: the one site-wide document (id `settings`): titles and
 * descriptions of the feeds and pages, publisher, copyright and the canonical
 * base URL. The Studio shows it as a singleton (studio/structure.ts).
 */
import { defineField, defineType } from 'sanity'
import { bilingualMessage, bilingualTitle } from '../lib/bilingual'
import { defineLocalizedField } from '../lib/define-localized-field'

/** The id of the one settings document. */
export const SETTINGS_ID = 'settings'

export const settings = defineType({
  name: 'settings',
  title: bilingualTitle('Settings', '设置'),
  type: 'document',
  fields: [
    defineLocalizedField({
      name: 'title',
      label: { en: 'Site title', zh: '网站标题' },
      description: bilingualTitle('The title of the feeds and pages', '订阅源和网页的标题'),
      type: 'localeString',
      requirement: 'every-language',
    }),
    defineLocalizedField({
      name: 'description',
      label: { en: 'Description', zh: '描述' },
      description: bilingualTitle('One sentence for feeds and search engines', '用于订阅源和搜索引擎的一句话'),
      type: 'localeText',
      requirement: 'some-language',
    }),
    defineLocalizedField({
      name: 'publisher',
      label: { en: 'Publisher', zh: '主办单位' },
      type: 'localeString',
      requirement: 'optional',
    }),
    defineLocalizedField({
      name: 'copyright',
      label: { en: 'Copyright', zh: '版权声明' },
      type: 'localeString',
      requirement: 'optional',
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
          .error(bilingualMessage('The base URL must be an http or https URL', '网站地址必须是http或https网址')),
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
