/**
 * Simplified Chinese for Sanity's `feedback` namespace, which @sanity/locale-zh-hans 2.1.34 does
 * not have at all (sanity 6.16.0 added it), in the glossary and typography of ./README.md.
 * The English each key translates is in its comment.
 */
import type { LocaleResourceRecord } from 'sanity'

const resources: LocaleResourceRecord = {
  /** Browse */
  'feedback.attachment.browse': '浏览',
  /** Drag or paste file here */
  'feedback.attachment.drop-zone': '将文件拖放或粘贴到这里',
  /** Image must be under 20 MB */
  'feedback.attachment.error.size': '图片须小于20MB',
  /** Attach an image */
  'feedback.attachment.label': '附加图片',
  /** Remove */
  'feedback.attachment.remove': '移除',
  /** Cancel */
  'feedback.cancel': '取消',
  /** We'd love to learn more. Selecting yes shares your name and email with the Sanity team. */
  'feedback.consent.disclaimer': '我们希望进一步了解。选择“是”会将您的姓名和电子邮件地址提供给Sanity团队。',
  /** Can we follow up with you about this feedback? */
  'feedback.consent.label': '我们可以就这条反馈与您联系吗？',
  /** No */
  'feedback.consent.no': '否',
  /** Yes */
  'feedback.consent.yes': '是',
  /** Share feedback with Sanity */
  'feedback.dialog.title': '向Sanity提供反馈',
  /** Failed to submit feedback with error */
  'feedback.error': '提交反馈失败，出现错误',
  /** Send feedback */
  'feedback.menu-item': '发送反馈',
  /** What is working? What could be better? */
  'feedback.message.label': '哪些好用？哪些可以更好？',
  /** Describe your issue or request... */
  'feedback.message.placeholder': '描述您遇到的问题或需求…',
  /** Easy */
  'feedback.sentiment.happy': '容易',
  /** How easy or difficult is Sanity to use? */
  'feedback.sentiment.label': 'Sanity用起来容易还是困难？',
  /** Not sure */
  'feedback.sentiment.neutral': '不确定',
  /** Difficult */
  'feedback.sentiment.unhappy': '困难',
  /** Send feedback */
  'feedback.submit': '发送反馈',
  /** Feedback submitted, thank you! */
  'feedback.success': '反馈已提交，谢谢！',
}

export default resources
