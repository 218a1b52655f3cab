/**
 * `localeBlockContent`: Portable Text per language, one above the other.
 * Stored as `{_type: 'localeBlockContent', en: [block…], zh: [block…]}`.
 *
 * Deliberately small: paragraphs, two heading levels, quotes, lists, bold,
 * italic and links, which every output (HTML pages, feeds, the widget) can
 * render faithfully. Links accept http, https and mailto only, so no
 * `javascript:` URL ever reaches a reader.
 */
import { defineArrayMember, defineField } from 'sanity'

import { bilingualMessage, bilingualTitle } from '../lib/bilingual'
import { defineLocalizedObject } from '../lib/localized-object'

/** URL schemes a link in the body may use. */
export const LINK_SCHEMES = ['http', 'https', 'mailto'] as const

const block = defineArrayMember({
  type: 'block',
  styles: [
    { title: bilingualTitle('Normal', '正文'), value: 'normal' },
    { title: bilingualTitle('Heading 2', '二级标题'), value: 'h2' },
    { title: bilingualTitle('Heading 3', '三级标题'), value: 'h3' },
    { title: bilingualTitle('Quote', '引文'), value: 'blockquote' },
  ],
  lists: [
    { title: bilingualTitle('Bulleted list', '项目符号列表'), value: 'bullet' },
    { title: bilingualTitle('Numbered list', '编号列表'), value: 'number' },
  ],
  marks: {
    decorators: [
      { title: bilingualTitle('Strong', '加粗'), value: 'strong' },
      { title: bilingualTitle('Emphasis', '强调'), value: 'em' },
    ],
    annotations: [
      defineArrayMember({
        name: 'link',
        title: bilingualTitle('Link', '链接'),
        type: 'object',
        fields: [
          defineField({
            name: 'href',
            title: bilingualTitle('URL', '网址'),
            description: bilingualTitle('http, https or mailto', '仅限http、https或mailto'),
            type: 'url',
            validation: (rule) =>
              rule
                .required()
                .uri({ scheme: [...LINK_SCHEMES] })
                .error(
                  bilingualMessage(
                    'A link needs an http, https or mailto URL',
                    '链接必须是http、https或mailto网址',
                  ),
                ),
          }),
        ],
      }),
    ],
  },
})

export const localeBlockContent = defineLocalizedObject(
  'localeBlockContent',
  { en: 'Localized rich text', zh: '多语言富文本' },
  { type: 'array', of: [block] },
  { layout: 'stacked' },
)
