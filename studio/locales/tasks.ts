/**
 * Simplified Chinese for Sanity's `tasks` namespace, over @sanity/locale-zh-hans 2.1.34's
 * src/tasks.ts: the keys it lacks against sanity 6.16.0, and its strings corrected to
 * the glossary and typography of ./README.md. The English each key translates is in its comment.
 */
import type { LocaleResourceRecord } from 'sanity'

const resources: LocaleResourceRecord = {
  // The package's translation in our typography: no space between Chinese and Latin or digits, full-width punctuation, glossary terms.
  /** Add a comment... */
  'panel.comment.placeholder': '添加评论…',
}

export default resources
