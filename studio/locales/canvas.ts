/**
 * Simplified Chinese for Sanity's `canvas` namespace, over @sanity/locale-zh-hans 2.1.34's
 * src/canvas.ts: the keys it lacks against sanity 6.16.0, and its strings corrected to
 * the glossary and typography of ./README.md. The English each key translates is in its comment.
 */
import type { LocaleResourceRecord } from 'sanity'

const resources: LocaleResourceRecord = {
  // The package's translation in our typography: no space between Chinese and Latin or digits, full-width punctuation, glossary terms.
  /** Edit in Canvas */
  'action.edit-document': '在Canvas中编辑',
  /** Link to Canvas */
  'action.link-document': '链接到Canvas',
  /** You don't have permissions to link this document to Canvas */
  'action.link-document-disabled.missing-permissions': '您没有权限将此文档链接到Canvas',
  /** Open this document in Dashboard to link to Canvas */
  'action.link-document-disabled.not-in-dashboard': '在仪表板中打开此文档以链接到Canvas',
  /** Version documents are not yet supported in Canvas */
  'action.link-document-disabled.version-document': '版本文档尚不支持在Canvas中',
  /** Unlink from Canvas */
  'action.unlink-document': '从Canvas中取消链接',
  /** Edit in Canvas */
  'banner.edit-document-in-canvas': '在Canvas中编辑',
  /** This document is linked to Canvas */
  'banner.linked-to-canvas': '此文档已链接到Canvas',
  /** This document needs to be updated to be compatible with Canvas.  Existing content may be edited or removed as part of this process. */
  'dialog.confirm-document-changes.description': '此文档需要更新以兼容Canvas。\n作为此过程的一部分，现有内容可能会被编辑或删除。',
  /** You can unlink from Canvas at any time */
  'dialog.confirm-document-changes.footer-description': '您可以随时取消与Canvas的链接',
  /** Failed to link to Canvas */
  'dialog.link-to-canvas.error': '链接到Canvas失败',
  /** Taking you to Canvas to complete linking... */
  'dialog.link-to-canvas.redirecting': '正在带您前往Canvas完成链接…',
  /** Link to Canvas */
  'dialog.link-to-canvas.title': '链接到Canvas',
  /** Once unlinked, it will be editable here and future edits in Canvas will no longer automatically map to this document. */
  'dialog.unlink-from-canvas.description': '一旦取消链接，它将可以在这里编辑，并且将来在Canvas中的编辑将不再自动映射到此文档。',
  /** Failed to unlink from Canvas */
  'dialog.unlink-from-canvas.error': '从Canvas取消链接失败',
  /** Unlinked from Canvas */
  'dialog.unlink-from-canvas.success': '已从Canvas取消链接',
  /** Unlink from Canvas */
  'dialog.unlink-from-canvas.title': '从Canvas取消链接',
  /** You're unlinking  <strong>“{{documentTitle}}”</strong> from Canvas. */
  'dialog.unlink-from-canvas.unlinking': '您正在取消<strong>“{{documentTitle}}”</strong>与Canvas的链接。',
}

export default resources
