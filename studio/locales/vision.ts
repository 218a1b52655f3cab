/**
 * Simplified Chinese for Sanity's `vision` namespace, over @sanity/locale-zh-hans 2.1.34's
 * src/vision.ts: the keys it lacks against sanity 6.16.0, and its strings corrected to
 * the glossary and typography of ./README.md. The English each key translates is in its comment.
 */
import type { LocaleResourceRecord } from 'sanity'

const resources: LocaleResourceRecord = {
  // Missing from the package.
  /** Save personal copy */
  'action.save-personal-copy': '保存个人副本',
  /** Save as personal */
  'action.save-personal-query': '保存为个人查询',
  /** Save as shared */
  'action.save-shared-query': '保存为共享查询',
  /** Unshare */
  'action.unshare': '取消共享',
  /** All */
  'label.all': '全部',
  /** Shared */
  'label.shared': '共享',
  /** Untitled */
  'label.untitled-query': '未命名',
  /** This API version does not support complex perspectives. Use {{apiVersion}} or later. */
  'query.error.unsupported-release-perspective': '此API版本不支持复杂视角，请使用{{apiVersion}}或更高版本。',
  /** This API version does not support content variants. Use the experimental API version ({{apiVersion}}). */
  'query.error.unsupported-variant': '此API版本不支持内容变体，请使用实验性API版本（{{apiVersion}}）。',
  /** Personal copy saved */
  'save-query.personal-copy-success': '个人副本已保存',
  /** Shared queries are stored as documents in your dataset and count toward your document quota. */
  'save-query.share-warning': '共享查询以文档形式保存在数据集中，计入您的文档配额。',
  /** Shared query saved */
  'save-query.shared-success': '共享查询已保存',
  /** Query moved to personal */
  'save-query.unshared-success': '查询已移到个人查询',
  /** When a variant is selected, the API version needs to be vX. */
  'settings.api-version-locked-for-variant': '选择变体后，API版本须为vX。',
  // The package's translation misread or outdated, or against the glossary.
  /** Pinned release */
  'settings.perspectives.pinned-release-label': '固定的发布批次',
  /** Scheduled drafts */
  'settings.perspectives.scheduled-drafts': '计划草稿',
  // The package's translation in our typography: no space between Chinese and Latin or digits, full-width punctuation, glossary terms.
  /** Query URL */
  'query.url': '查询URL',
  /** Save result as <SaveResultButtons/> */
  'result.save-result-as-format': '将结果保存为<SaveResultButtons/>',
  /** API version */
  'settings.api-version-label': 'API版本',
  /** Custom API version */
  'settings.custom-api-version-label': '自定义API版本',
  /** Invalid API version */
  'settings.error.invalid-api-version': '无效的API版本',
}

export default resources
