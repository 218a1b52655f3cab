/**
 * Simplified Chinese for Sanity's `comments` namespace, over @sanity/locale-zh-hans 2.1.34's
 * src/comments.ts: the keys it lacks against sanity 6.16.0, and its strings corrected to
 * the glossary and typography of ./README.md. The English each key translates is in its comment.
 */
import type { LocaleResourceRecord } from 'sanity'

const resources: LocaleResourceRecord = {
  // The package's translation misread or outdated, or against the glossary.
  /** Resolved comments on this document will be shown here. */
  'list-status.empty-state-resolved-text': '此文档已解决的评论将显示在这里。',
  // The package's translation in our typography: no space between Chinese and Latin or digits, full-width punctuation, glossary terms.
  /** Add comment to <strong>{{field}}</strong> */
  'compose.add-comment-input-placeholder': '添加评论到<strong>{{field}}</strong>',
  /** on <IntentLink>{{title}}</IntentLink> */
  'list-item.layout-context': '在<IntentLink>{{title}}</IntentLink>上',
  /** Posting... */
  'list-item.layout-posting': '正在发布…',
}

export default resources
