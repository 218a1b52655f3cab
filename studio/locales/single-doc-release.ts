/**
 * Simplified Chinese for Sanity's `singleDocRelease` namespace, which @sanity/locale-zh-hans 2.1.34 does
 * not have at all (sanity 6.16.0 added it), in the glossary and typography of ./README.md.
 * The English each key translates is in its comment.
 */
import type { LocaleResourceRecord } from 'sanity'

const resources: LocaleResourceRecord = {
  /** Schedule publish */
  'action.schedule-publish': '计划发布',
  /** Failed to schedule publishing */
  'action.schedule-publish-error': '计划发布失败',
  /** Document scheduled for publishing */
  'action.schedule-publish-success': '文档已计划发布',
  /** Publishing scheduled for {{publishAt}} */
  'action.schedule-publish-success-description': '计划于{{publishAt}}发布',
  /** A Scheduled Draft for this document already exists. */
  'action.schedule-publish.disabled.cardinality-one': '此文档已有一份计划草稿。',
  /** Cannot Schedule Draft due to validation errors in the current draft. */
  'action.schedule-publish.disabled.validation-issues': '当前草稿有验证错误，无法计划发布。',
  /** Scheduling is not yet available for variants. */
  'action.schedule-publish.disabled.variant': '变体暂不能计划发布。',
  /** Learn about scheduling */
  'empty-state.action.documentation': '了解计划发布',
  /** Schedule and lock draft documents for publishing at a future date and time. */
  'empty-state.description': '锁定草稿文档，并计划在将来的日期和时间发布。',
  /** Scheduled Drafts */
  'empty-state.title': '计划草稿',
}

export default resources
