/**
 * `settings`: the one site-wide document (id `settings`): titles and
 * descriptions of the feeds and pages, publisher, copyright, the canonical
 * base URL, and the editors' corrections to the Traditional Chinese edition's
 * conversion. The Studio shows it as a singleton (studio/structure.ts).
 */
import { defineArrayMember, defineField, defineType } from 'sanity'
import { bilingualMessage, bilingualTitle } from '../lib/bilingual'
import { defineLocalizedField } from '../lib/define-localized-field'
import { changesTheText, correctedOnce } from '../lib/traditional-correction-rules'

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
    defineField({
      name: 'traditionalCorrections',
      title: bilingualTitle('Traditional Chinese corrections', '繁体中文转换修正'),
      description: bilingualTitle(
        'The Traditional Chinese edition is converted from the Simplified text by OpenCC. Where the conversion errs, add the Simplified text and how the Traditional edition writes it: the correction applies everywhere (entries, feeds, pages, settings), and a phrase here wins over OpenCC’s. An entry’s “Traditional Chinese” tab shows its converted text',
        '繁体中文版由简体文本经OpenCC自动转换生成。转换有误时，在此添加简体原文及其繁体写法：修正适用于全站（条目、订阅源、网页、设置），并优先于OpenCC自带词组。条目的“繁体预览”标签页可查看转换结果',
      ),
      type: 'array',
      of: [
        defineArrayMember({
          name: 'traditionalCorrection',
          title: bilingualTitle('Correction', '修正'),
          type: 'object',
          fields: [
            defineField({
              name: 'simplified',
              title: bilingualTitle('Simplified', '简体'),
              type: 'string',
              validation: (rule) => [
                rule.required().error(bilingualMessage('Write the Simplified text to correct', '请填写需要修正的简体原文')),
                rule.custom(correctedOnce),
              ],
            }),
            defineField({
              name: 'traditional',
              title: bilingualTitle('Traditional', '繁体'),
              type: 'string',
              validation: (rule) => [
                rule
                  .required()
                  .error(bilingualMessage('Write how the Traditional edition writes it', '请填写繁体版的写法')),
                rule.custom(changesTheText).warning(),
              ],
            }),
          ],
          preview: {
            select: { simplified: 'simplified', traditional: 'traditional' },
            prepare({ simplified, traditional }: { simplified?: string; traditional?: string }) {
              return { title: `${simplified ?? '…'} → ${traditional ?? '…'}` }
            },
          },
        }),
      ],
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
