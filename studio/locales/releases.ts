/**
 * Simplified Chinese for Sanity's `releases` namespace, which @sanity/locale-zh-hans 2.1.34 does
 * not have at all (sanity 6.16.0 added it), in the glossary and typography of ./README.md.
 * The English each key translates is in its comment.
 */
import type { LocaleResourceRecord } from 'sanity'

const resources: LocaleResourceRecord = {
  /** Add document */
  'action.add-document': '添加文档',
  /** Archive release */
  'action.archive': '归档发布批次',
  /** Unschedule this release to archive it */
  'action.archive.tooltip': '取消该发布批次的计划后才能归档',
  /** Archived */
  'action.archived': '已归档',
  /** Copy release ID */
  'action.copy-release-id.label': '复制发布批次ID',
  /** Copy release URL */
  'action.copy-release-link.label': '复制发布批次网址',
  /** Copy release title */
  'action.copy-release-title.label': '复制发布批次标题',
  /** Copy */
  'action.copy-release.label': '复制',
  /** Create a new release */
  'action.create-revert-release': '新建还原用的发布批次',
  /** Delete release */
  'action.delete-release': '删除发布批次',
  /** Scheduled drafts */
  'action.drafts': '计划草稿',
  /** Duplicate release */
  'action.duplicate-release': '复制发布批次',
  /** Edit release */
  'action.edit': '编辑发布批次',
  /** Revert now */
  'action.immediate-revert-release': '立即还原',
  /** Active */
  'action.open': '进行中',
  /** Paused */
  'action.paused': '已暂停',
  /** Run release */
  'action.publish-all-documents': '发布此发布批次',
  /** Releases */
  'action.releases': '发布批次',
  /** Revert release */
  'action.revert': '还原发布批次',
  /** Revert unpublish when releasing */
  'action.revert-unpublish-actions': '撤销发布批次发布时的取消发布',
  /** Review changes */
  'action.review': '审阅更改',
  /** Schedule release... */
  'action.schedule': '计划发布批次…',
  /** Schedule Unpublish */
  'action.schedule-unpublish': '计划取消发布',
  /** Document must be published to schedule unpublish */
  'action.schedule-unpublish.disabled.not-published': '文档须先发布，才能计划取消发布',
  /** Unarchive release */
  'action.unarchive': '取消归档发布批次',
  /** Unpublish */
  'action.unpublish': '取消发布',
  /** Unpublish when releasing */
  'action.unpublish-doc-actions': '发布批次发布时取消发布',
  /** Unschedule release */
  'action.unschedule': '取消发布批次的计划',
  /** Summary */
  'actions.summary': '摘要',
  /** Added a document version */
  'activity.event.add-document': '添加了一个文档版本',
  /** Archived the <strong>{{releaseTitle}}</strong> release */
  'activity.event.archive': '归档了发布批次<strong>{{releaseTitle}}</strong>',
  /** Created the <strong>{{releaseTitle}}</strong> release <ScheduleTarget>targeting </ScheduleTarget> */
  'activity.event.create': '创建了发布批次<strong>{{releaseTitle}}</strong><ScheduleTarget>，目标时间</ScheduleTarget>',
  /** Discarded a document version */
  'activity.event.discard-document': '放弃了一个文档版本',
  /** Set release time to <ScheduleTarget></ScheduleTarget> */
  'activity.event.edit': '将发布批次的时间设为<ScheduleTarget></ScheduleTarget>',
  /** As soon as possible */
  'activity.event.edit-time-asap': '尽快',
  /** Undecided */
  'activity.event.edit-time-undecided': '未定',
  /** Published the <strong>{{releaseTitle}}</strong> release */
  'activity.event.publish': '发布了发布批次<strong>{{releaseTitle}}</strong>',
  /** Marked as scheduled */
  'activity.event.schedule': '标记为已计划',
  /** Unarchived the <strong>{{releaseTitle}}</strong> release */
  'activity.event.unarchive': '取消归档了发布批次<strong>{{releaseTitle}}</strong>',
  /** Marked as unscheduled */
  'activity.event.unschedule': '标记为未计划',
  /** Close activity */
  'activity.panel.close': '关闭动态',
  /** An error occurred getting the release activity */
  'activity.panel.error': '获取发布批次的动态时出错',
  /** Loading release activity */
  'activity.panel.loading': '正在加载发布批次的动态',
  /** Activity */
  'activity.panel.title': '动态',
  /** Yes, archive release */
  'archive-dialog.confirm-archive-button': '是，归档发布批次',
  /** This will archive {{count}} document versions. */
  'archive-dialog.confirm-archive-description_other': '将归档{{count}}个文档版本。',
  /** Are you sure you want to archive this release? */
  'archive-dialog.confirm-archive-header': '确定要归档此发布批次吗？',
  /** Are you sure you want to archive the <strong>'{{title}}'</strong> release? */
  'archive-dialog.confirm-archive-title': '确定要归档发布批次<strong>“{{title}}”</strong>吗？',
  /** It will be available for {{retentionDays}} days, then automatically removed on {{removalDate}}. <Link>Learn about retention</Link>. */
  'archive-info.description': '它将保留{{retentionDays}}天，然后在{{removalDate}}自动删除。<Link>了解保留规则</Link>。',
  /** This release is archived */
  'archive-info.title': '此发布批次已归档',
  /** Resume scheduling */
  'banner.confirm-active-scheduled-drafts.button': '恢复计划',
  /** Resume all schedules */
  'banner.confirm-active-scheduled-drafts.button-paused': '恢复全部计划',
  /** There are {{count}} Scheduled Drafts that require scheduling confirmation */
  'banner.confirm-active-scheduled-drafts_other': '有{{count}}份计划草稿需要确认计划',
  /** Drafts mode has been disabled but there are still scheduled drafts to be published. */
  'banner.drafts-mode-disabled': '草稿模式已停用，但仍有计划草稿等待发布。',
  /** This release could not be found */
  'banner.release-not-found': '找不到此发布批次',
  /** Dismiss */
  'banner.release-not-found.dismiss': '关闭',
  /** Scheduled drafts has been disabled but there are still scheduled drafts to be published. */
  'banner.scheduled-drafts-disabled': '计划草稿功能已停用，但仍有计划草稿等待发布。',
  /** Changes to published documents */
  'changes-published-docs.title': '对已发布文档的更改',
  /** Confirm Schedules */
  'confirm-active-scheduled-drafts-dialog.confirm-button': '确认计划',
  /** Schedule all paused Scheduled Drafts for their intended publish dates */
  'confirm-active-scheduled-drafts-dialog.description': '按预期的发布日期重新计划全部已暂停的计划草稿',
  /** Some of these Scheduled Drafts are scheduled for past dates. Confirming schedules will immediately publish those versions of documents. */
  'confirm-active-scheduled-drafts-dialog.past-dates-warning': '部分计划草稿的日期已过。确认计划后，这些文档版本将立即发布。',
  /** Resume Scheduled Drafts */
  'confirm-active-scheduled-drafts-dialog.title': '恢复计划草稿',
  /** Copy */
  'copy-suffix': '副本',
  /** Yes, override Draft */
  'copy-to-draft-dialog.confirm-button': '是，覆盖草稿',
  /** A draft version of this document already exists. Copy the current version to the draft and override the existing draft version. */
  'copy-to-draft-dialog.description': '此文档已有草稿版本。将当前版本复制到草稿，并覆盖现有的草稿版本。',
  /** Draft version already exists */
  'copy-to-draft-dialog.title': '已有草稿版本',
  /** Created <RelativeTime/> */
  'created': '创建于<RelativeTime/>',
  /** Activity */
  'dashboard.details.activity': '动态',
  /** Created */
  'dashboard.details.metadata.created': '创建时间',
  /** Documents */
  'dashboard.details.metadata.documents': '文档',
  /** Schedule */
  'dashboard.details.metadata.schedule': '计划',
  /** Status */
  'dashboard.details.metadata.status': '状态',
  /** No documents */
  'dashboard.details.metadata.status-empty': '没有文档',
  /** Errors */
  'dashboard.details.metadata.status-errors': '有错误',
  /** Valid */
  'dashboard.details.metadata.status-valid': '有效',
  /** Validating */
  'dashboard.details.metadata.status-validating': '正在验证',
  /** Pin release to studio */
  'dashboard.details.pin-release': '将发布批次固定到Studio',
  /** Published */
  'dashboard.details.published-asap': '已发布',
  /** Published on {{date}} */
  'dashboard.details.published-on': '发布于{{date}}',
  /** Unpin release from studio */
  'dashboard.details.unpin-release': '从Studio取消固定发布批次',
  /** Yes, delete release */
  'delete-dialog.confirm-delete-button': '是，删除发布批次',
  /** This will delete {{count}} document versions. */
  'delete-dialog.confirm-delete-description_other': '将删除{{count}}个文档版本。',
  /** Are you sure you want to delete this release? */
  'delete-dialog.confirm-delete.header': '确定要删除此发布批次吗？',
  /** The '<strong>{{title}}</strong>' release has been deleted */
  'deleted-release': '发布批次“<strong>{{title}}</strong>”已删除',
  /** Changes list is empty, see document */
  'diff.list-empty': '更改列表为空，请查看文档',
  /** No changes */
  'diff.no-changes': '没有更改',
  /** This will permanently remove all changes made to this document. This action cannot be undone. */
  'discard-version-dialog.description-draft': '将永久删除对此文档所做的全部更改。此操作无法撤销。',
  /** This will permanently remove all changes made to this document within the '<strong>{{releaseTitle}}</strong>' release. This action cannot be undone. */
  'discard-version-dialog.description-release': '将永久删除在发布批次“<strong>{{releaseTitle}}</strong>”中对此文档所做的全部更改。此操作无法撤销。',
  /** Discard draft? */
  'discard-version-dialog.header-draft': '放弃草稿？',
  /** Remove document from the '<strong>{{releaseTitle}}</strong>' release? */
  'discard-version-dialog.header-release': '从发布批次“<strong>{{releaseTitle}}</strong>”中移除文档？',
  /** Discard draft */
  'discard-version-dialog.title-draft': '放弃草稿',
  /** Remove from release */
  'discard-version-dialog.title-release': '从发布批次中移除',
  /** {{count}} validation errors */
  'document-validation.error_other': '{{count}}个验证错误',
  /** No validation errors */
  'document-validation.valid': '没有验证错误',
  /** Yes, duplicate release */
  'duplicate-dialog.confirm-duplicate-button': '是，复制发布批次',
  /** This will duplicate the release and the {{count}} document versions. */
  'duplicate-dialog.confirm-duplicate-description_other': '将复制此发布批次及其{{count}}个文档版本。',
  /** Are you sure you want to duplicate this release? */
  'duplicate-dialog.confirm-duplicate-header': '确定要复制此发布批次吗？',
  /** Error details */
  'error-details-title': '错误详情',
  /** Failed to save changes */
  'failed-edit-title': '保存更改失败',
  /** Failed to publish */
  'failed-publish-title': '发布失败',
  /** Failed to schedule */
  'failed-schedule-title': '计划发布失败',
  /** All */
  'filter-tab.all': '全部',
  /** Errors */
  'filter-tab.errors': '错误',
  /** Archived */
  'footer.status.archived': '已归档',
  /** Created */
  'footer.status.created': '已创建',
  /** Edited */
  'footer.status.edited': '已编辑',
  /** Published */
  'footer.status.published': '已发布',
  /** Unarchived */
  'footer.status.unarchived': '已取消归档',
  /** Loading release */
  'loading-release': '正在加载发布批次',
  /** Loading documents */
  'loading-release-documents': '正在加载文档',
  /** We're unable to load the documents for this release. Please try again later. */
  'loading-release-documents.error.description': '无法加载此发布批次的文档，请稍后再试。',
  /** Something went wrong */
  'loading-release-documents.error.title': '出错了',
  /** When releasing */
  'menu.group.when-releasing': '发布批次发布时',
  /** Release menu */
  'menu.label': '发布批次菜单',
  /** Actions */
  'menu.tooltip': '操作',
  /** No archived releases */
  'no-archived-release': '没有已归档的发布批次',
  /** No paused scheduled drafts */
  'no-paused-release': '没有已暂停的计划草稿',
  /** No Releases */
  'no-releases': '没有发布批次',
  /** No Scheduled Drafts */
  'no-scheduled-drafts': '没有计划草稿',
  /** Documentation */
  'overview.action.documentation': '文档说明',
  /** All releases */
  'overview.back-to-all-releases': '全部发布批次',
  /** View calendar */
  'overview.calendar.tooltip': '查看日历',
  /** Releases are collections of document changes which can be managed, scheduled, and rolled back together. */
  'overview.description': '发布批次是一组文档更改，可以一起管理、计划发布和回滚。',
  /** Search releases */
  'overview.search-releases-placeholder': '搜索发布批次',
  /** Releases */
  'overview.title': '发布批次',
  /** This release has passed its intended publish date */
  'passed-intended-publish-date': '此发布批次已过预期的发布日期',
  /** This draft has passed its intended publish date */
  'passed-intended-publish-date-draft': '此草稿已过预期的发布日期',
  /** Your role currently limits what you can see in this release. You may not publish nor schedule this release. */
  'permission-missing-description': '您的角色限制了您在此发布批次中能看到的内容。您不能发布或计划发布此发布批次。',
  /** Limited access */
  'permission-missing-title': '访问受限',
  /** You do not have permission to archive this release */
  'permissions.error.archive': '您没有归档此发布批次的权限',
  /** You do not have permission to delete this release */
  'permissions.error.delete': '您没有删除此发布批次的权限',
  /** You do not have permission to discard this version */
  'permissions.error.discard-version': '您没有放弃此版本的权限',
  /** You do not have permission to duplicate this release */
  'permissions.error.duplicate': '您没有复制此发布批次的权限',
  /** You do not have permission to unarchive this release */
  'permissions.error.unarchive': '您没有取消归档此发布批次的权限',
  /** You do not have permission to unpublish this document */
  'permissions.error.unpublish': '您没有取消发布此文档的权限',
  /** {{displayName}} is editing this document in the "{{releaseTitle}}" release right now */
  'presence.tooltip.one': '{{displayName}}正在发布批次“{{releaseTitle}}”中编辑此文档',
  /** {{displayName}} is editing this document right now */
  'presence.tooltip.one-without-release': '{{displayName}}正在编辑此文档',
  /** {{count}} people are editing this document right now */
  'presence.tooltip.other': '{{count}}人正在编辑此文档',
  /** There are no documents to publish */
  'publish-action.validation.no-documents': '没有可发布的文档',
  /** The '<strong>{{title}}</strong>' release and its {{releaseDocumentsLength}} documents will be published. */
  'publish-dialog.confirm-publish-description_other': '发布批次“<strong>{{title}}</strong>”及其{{releaseDocumentsLength}}个文档将被发布。',
  /** Are you sure you want to publish the release and all document versions? */
  'publish-dialog.confirm-publish.title': '确定要发布此发布批次及其全部文档版本吗？',
  /** Update existing drafts */
  'publish-dialog.confirm-publish.update-drafts-checkbox': '更新现有草稿',
  /** The existing drafts of {{draftDocumentsLength}} documents will be discarded so that drafts match the published release. Unpublished draft changes will be lost. */
  'publish-dialog.confirm-publish.update-drafts-description_other': '将放弃{{draftDocumentsLength}}个文档的现有草稿，使草稿与已发布的发布批次一致。未发布的草稿更改将丢失。',
  /** Some documents have validation errors */
  'publish-dialog.validation.error': '部分文档有验证错误',
  /** Validating documents... */
  'publish-dialog.validation.loading': '正在验证文档…',
  /** You do not have permission to publish */
  'publish-dialog.validation.no-permission': '您没有发布的权限',
  /** This release is published successfully. */
  'publish-info.title': '此发布批次已成功发布。',
  /** Untitled */
  'release-placeholder.title': '未命名',
  /** This will revert {{releaseDocumentsLength}} document versions. */
  'revert-dialog.confirm-revert-description_other': '将还原{{releaseDocumentsLength}}个文档版本。',
  /** The previous state of {{count}} documents is no longer available in the document history, so the release cannot be reverted. */
  'revert-dialog.confirm-revert.history-unavailable-card_other': '文档历史中已没有{{count}}个文档之前的状态，因此无法还原此发布批次。',
  /** Checking document history… */
  'revert-dialog.confirm-revert.resolving': '正在检查文档历史…',
  /** Immediately revert the release */
  'revert-dialog.confirm-revert.stage-revert-checkbox-label': '立即还原此发布批次',
  /** {{count}} documents will be restored to their last published revision from before this release. */
  'revert-dialog.confirm-revert.summary-restore_other': '{{count}}个文档将恢复到此发布批次之前最后发布的修订。',
  /** {{count}} documents will be unpublished because they were not published before this release. */
  'revert-dialog.confirm-revert.summary-unpublish_other': '{{count}}个文档将被取消发布，因为它们在此发布批次之前没有发布过。',
  /** Are you sure you want to revert the '{{title}}' release? */
  'revert-dialog.confirm-revert.title': '确定要还原发布批次“{{title}}”吗？',
  /** The previous state of {{count}} documents could not be determined, so the release cannot be reverted. */
  'revert-dialog.confirm-revert.unresolved-card_other': '无法确定{{count}}个文档之前的状态，因此无法还原此发布批次。',
  /** Changes were made to documents in this release after they were published. Reverting will overwrite these changes. */
  'revert-dialog.confirm-revert.warning-card': '此发布批次中的文档在发布后又有更改。还原将覆盖这些更改。',
  /** Revert changes to document versions in "{{title}}". */
  'revert-release.description': '还原“{{title}}”中文档版本的更改。',
  /** Reverting "{{title}}" */
  'revert-release.title': '正在还原“{{title}}”',
  /** Add documents to this release to review changes */
  'review.description': '向此发布批次添加文档后即可审阅更改',
  /** Edited <RelativeTime/> */
  'review.edited': '编辑于<RelativeTime/>',
  /** There are no documents to schedule */
  'schedule-action.validation.no-documents': '没有可计划发布的文档',
  /** This release is already scheduled */
  'schedule-button-tooltip.already-scheduled': '此发布批次已计划发布',
  /** Some documents have validation errors */
  'schedule-button-tooltip.validation.error': '部分文档有验证错误',
  /** Validating documents... */
  'schedule-button-tooltip.validation.loading': '正在验证文档…',
  /** You do not have permission to schedule */
  'schedule-button-tooltip.validation.no-permission': '您没有计划发布的权限',
  /** Are you sure you want to unschedule the release? */
  'schedule-button.tooltip': '确定要取消此发布批次的计划吗？',
  /** Yes, schedule */
  'schedule-dialog.confirm-button': '是，计划发布',
  /** The <strong>{{title}}</strong> release and its {{count}} document versions will be scheduled. */
  'schedule-dialog.confirm-description_other': '发布批次<strong>{{title}}</strong>及其{{count}}个文档版本将按计划发布。',
  /** Schedule the release */
  'schedule-dialog.confirm-title': '计划发布此发布批次',
  /** Schedule for a future time and date. */
  'schedule-dialog.publish-date-in-past-warning': '请选择将来的日期和时间。',
  /** Schedule on */
  'schedule-dialog.select-publish-date-label': '计划日期',
  /** Schedule Unpublish */
  'schedule-unpublish-dialog.confirm': '计划取消发布',
  /** Select when this document should be unpublished. */
  'schedule-unpublish-dialog.description': '选择何时取消发布此文档。',
  /** Schedule draft for Unpublish */
  'schedule-unpublish-dialog.header': '为草稿计划取消发布',
  /** Search documents */
  'search-documents-placeholder': '搜索文档',
  /** All documents validated, issues found */
  'summary.all-documents-errors-found': '全部文档已验证，发现问题',
  /** All documents validated, no issues found */
  'summary.all-documents-validated': '全部文档已验证，未发现问题',
  /** Created <RelativeTime/> */
  'summary.created': '创建于<RelativeTime/>',
  /** {{count}} documents */
  'summary.document-count_other': '{{count}}个文档',
  /** In order to publish or schedule the release, please resolve the issues found in the documents */
  'summary.errors-found': '要发布或计划发布此发布批次，请先解决文档中的问题',
  /** No documents */
  'summary.no-documents': '没有文档',
  /** This scheduled draft does not contain a document. It may have been removed. */
  'summary.no-documents-cardinality-one.description': '此计划草稿不包含文档，文档可能已被移除。',
  /** No document in this release */
  'summary.no-documents-cardinality-one.title': '此发布批次中没有文档',
  /** Not published */
  'summary.not-published': '未发布',
  /** Published <RelativeTime/> */
  'summary.published': '发布于<RelativeTime/>',
  /** {{validatedCount}} of {{totalCount}} documents validated */
  'summary.validated-documents': '已验证{{validatedCount}}/{{totalCount}}个文档',
  /** Validating documents: {{validatedCount}} of {{totalCount}} */
  'summary.validating-documents': '正在验证文档：{{validatedCount}}/{{totalCount}}',
  /** Add */
  'table-body.action.add': '添加',
  /** Change */
  'table-body.action.change': '更改',
  /** Unpublish */
  'table-body.action.unpublish': '取消发布',
  /** Action */
  'table-header.action': '操作',
  /** Archived */
  'table-header.archivedAt': '归档时间',
  /** Contributors */
  'table-header.contributors': '参与者',
  /** Created by */
  'table-header.created-by': '创建者',
  /** Document */
  'table-header.document': '文档',
  /** Documents */
  'table-header.documents': '文档',
  /** Edited */
  'table-header.edited': '编辑时间',
  /** Edited by */
  'table-header.edited-by': '编辑者',
  /** Intended for */
  'table-header.intended-for': '预期时间',
  /** Last edited */
  'table-header.last-edited': '最后编辑',
  /** Published */
  'table-header.published-at': '发布时间',
  /** Published */
  'table-header.publishedAt': '发布时间',
  /** Published at */
  'table-header.scheduled-draft.published-at': '发布时间',
  /** Scheduled for */
  'table-header.scheduled-for': '计划时间',
  /** Time */
  'table-header.time': '时间',
  /** Release */
  'table-header.title': '发布批次',
  /** Type */
  'table-header.type': '类型',
  /** Variant */
  'table-header.variant': '变体',
  /** When */
  'table-header.when': '时间',
  /** Estimated */
  'time.estimated': '预计',
  /** Scheduled */
  'time.scheduled': '已计划',
  /** Failed to archive '<strong>{{title}}</strong>': {{error}} */
  'toast.archive.error': '归档“<strong>{{title}}</strong>”失败：{{error}}',
  /** Failed to schedule drafts: {{error}} */
  'toast.confirm-active-scheduled-drafts.error': '计划草稿失败：{{error}}',
  /** Release ID copied to clipboard */
  'toast.copy-release-id.success': '发布批次ID已复制到剪贴板',
  /** Release link copied to clipboard */
  'toast.copy-release-link.success': '发布批次链接已复制到剪贴板',
  /** Release title copied to clipboard */
  'toast.copy-release-title.success': '发布批次标题已复制到剪贴板',
  /** Failed to add document to release: {{error}} */
  'toast.create-version.error': '将文档添加到发布批次失败：{{error}}',
  /** Failed to delete '<strong>{{title}}</strong>': {{error}} */
  'toast.delete.error': '删除“<strong>{{title}}</strong>”失败：{{error}}',
  /** The '<strong>{{title}}</strong>' release was successfully deleted */
  'toast.delete.success': '已删除发布批次“<strong>{{title}}</strong>”',
  /** Failed to duplicate '<strong>{{title}}</strong>': {{error}} */
  'toast.duplicate.error': '复制“<strong>{{title}}</strong>”失败：{{error}}',
  /** The '<strong>{{title}}</strong>' release was duplicated. <Link/> */
  'toast.duplicate.success': '已复制发布批次“<strong>{{title}}</strong>”。<Link/>',
  /** View duplicated release */
  'toast.duplicate.success-link': '查看复制的发布批次',
  /** The '{{title}}' release was successfully reverted */
  'toast.immediate-revert.success': '已还原发布批次“{{title}}”',
  /** Failed to publish '<strong>{{title}}</strong>': {{error}} */
  'toast.publish.error': '发布“<strong>{{title}}</strong>”失败：{{error}}',
  /** The release was published, but existing drafts could not be updated: {{error}} */
  'toast.publish.update-drafts-error': '发布批次已发布，但无法更新现有草稿：{{error}}',
  /** Revert release for '{{title}}' was successfully created. <Link/> */
  'toast.revert-stage.success': '已为“{{title}}”创建还原用的发布批次。<Link/>',
  /** View revert release */
  'toast.revert-stage.success-link': '查看还原用的发布批次',
  /** Failed to revert release: {{error}} */
  'toast.revert.error': '还原发布批次失败：{{error}}',
  /** Failed to schedule '<strong>{{title}}</strong>': {{error}} */
  'toast.schedule.error': '计划发布“<strong>{{title}}</strong>”失败：{{error}}',
  /** The '<strong>{{title}}</strong>' release was scheduled. */
  'toast.schedule.success': '发布批次“<strong>{{title}}</strong>”已计划发布。',
  /** Failed to unarchive '<strong>{{title}}</strong>': {{error}} */
  'toast.unarchive.error': '取消归档“<strong>{{title}}</strong>”失败：{{error}}',
  /** Failed to unscheduled '<strong>{{title}}</strong>': {{error}} */
  'toast.unschedule.error': '取消“<strong>{{title}}</strong>”的计划失败：{{error}}',
  /** The release is scheduled, unschedule it to change type */
  'type-picker.tooltip.scheduled': '此发布批次已计划发布，取消计划后才能更改类型',
  /** Cancel */
  'unpublish-dialog.action.cancel': '取消',
  /** Yes, unpublish when releasing */
  'unpublish-dialog.action.unpublish': '是，发布时取消发布',
  /** Any changes made to this document version will be lost. */
  'unpublish-dialog.description.lost-changes': '对此文档版本所做的任何更改都将丢失。',
  /** This will unpublish the document as part of the <Label>{{title}}</Label> release, and create a draft if no draft exists at the time of release. */
  'unpublish-dialog.description.to-draft': '此文档将作为发布批次<Label>{{title}}</Label>的一部分取消发布；发布时如没有草稿，将创建一份草稿。',
  /** Are you sure you want to unpublish this document when releasing? */
  'unpublish-dialog.header': '确定要在发布批次发布时取消发布此文档吗？',
  /** This document is already unpublished. */
  'unpublish.already-unpublished': '此文档已取消发布。',
  /** There is no published version of this document. */
  'unpublish.no-published-version': '此文档没有已发布的版本。',
  /** The release will no longer be published on the scheduled date */
  'unschedule-dialog.confirm-description': '此发布批次将不再在计划日期发布',
  /** Are you sure you want to unschedule the release? */
  'unschedule-dialog.confirm-title': '确定要取消此发布批次的计划吗？',
}

export default resources
