/**
 * Portable Text bodies as sanitized HTML and as plain text. Editors' text is
 * escaped, never trusted: only the marks and blocks below become tags, and a
 * link keeps its href only when it is http, https or mailto.
 */
import { escapeHTML, toHTML, type PortableTextHtmlComponents } from '@portabletext/to-html'
import type { PortableTextBlock } from '@portabletext/types'
import { dropForbiddenCharacters } from './text'

const SAFE_HREF = /^(https?:|mailto:)/i

const components: Partial<PortableTextHtmlComponents> = {
  marks: {
    link: ({ children, value }) => {
      const href = typeof value?.href === 'string' ? value.href.trim() : ''
      if (!SAFE_HREF.test(href)) return children
      return `<a href="${escapeHTML(href)}" rel="noopener">${children}</a>`
    },
  },
  // Custom block types we do not know are left out rather than guessed at.
  unknownType: () => '',
  unknownMark: ({ children }) => children,
  unknownBlockStyle: ({ children }) => `<p>${children ?? ''}</p>`,
}

/** Sanitized HTML of a Portable Text body. */
export function portableTextToHtml(blocks: readonly PortableTextBlock[] | null | undefined): string {
  if (!blocks?.length) return ''
  return dropForbiddenCharacters(toHTML([...blocks], { components, onMissingComponent: false }))
}

/** Plain text of a Portable Text body: one paragraph a block, separated by a blank line. */
export function portableTextToPlainText(blocks: readonly PortableTextBlock[] | null | undefined): string {
  if (!blocks?.length) return ''
  return dropForbiddenCharacters(
    blocks
      .filter((block) => block._type === 'block' && Array.isArray(block.children))
      .map((block) => block.children.map((child) => (typeof child.text === 'string' ? child.text : '')).join(''))
      .join('\n\n'),
  )
}
