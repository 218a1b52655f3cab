/**
 * Simplified Chinese for Sanity's `structure` namespace, over @sanity/locale-zh-hans 2.1.34's
 * src/structure.ts: the keys it lacks against sanity 6.16.0, and its strings corrected to
 * the glossary and typography of ./README.md. The English each key translates is in its comment.
 */
import type { LocaleResourceRecord } from 'sanity'

const resources: LocaleResourceRecord = {
  // Missing from the package.
  /** The selected release or variant does not contain this document */
  'action.delete.disabled.target-not-found': '所选的发布批次或变体中没有此文档',
  /** The selected release or variant does not contain this document */
  'action.discard-changes.disabled.target-not-found': '所选的发布批次或变体中没有此文档',
  /** The selected release or variant does not contain this document */
  'action.duplicate.disabled.target-not-found': '所选的发布批次或变体中没有此文档',
  /** This version is published as part of its release */
  'action.publish.disabled.not-publishable': '此版本随其发布批次一起发布',
  /** The selected release or variant does not contain this document */
  'action.publish.disabled.target-not-found': '所选的发布批次或变体中没有此文档',
  /** This document is already set to be unpublished */
  'action.unpublish.disabled.already-unpublished': '此文档已设为取消发布',
  /** The selected release or variant does not contain this document */
  'action.unpublish.disabled.target-not-found': '所选的发布批次或变体中没有此文档',
  /** The published document doesn't exist, so this draft can't be compared. */
  'banners.obsolete-draft.actions.compare-draft.tooltip': '已发布的文档不存在，因此无法比较此草稿。',
  /** Add to bundle */
  'banners.release.action.add-to-bundle': '添加到发布批次',
  /** Create variant */
  'banners.variant.action.add-to-variant': '创建变体',
  /** The selected variant <VariantName>{{name}}</VariantName> could not be found. */
  'banners.variant.definition-not-found': '找不到所选的变体<VariantName>{{name}}</VariantName>。',
  /** An error occurred when adding document to the variant: {{message}} */
  'banners.variant.error.description': '将文档添加到变体时出错：{{message}}',
  /** Error adding document to variant */
  'banners.variant.error.title': '将文档添加到变体时出错',
  /** No <PerspectiveTitle>{{perspectiveTitle}}</PerspectiveTitle> variant document exists for <VariantBadge>{{variantTitle}}</VariantBadge>. */
  'banners.variant.not-in-variant': '<VariantBadge>{{variantTitle}}</VariantBadge>还没有<PerspectiveTitle>{{perspectiveTitle}}</PerspectiveTitle>变体文档。',
  /** Please hold tight while the document is added to the variant. It should not take longer than a few seconds. */
  'banners.variant.waiting.description': '正在将文档添加到变体，请稍候，通常只需几秒钟。',
  /** Adding document to variant… */
  'banners.variant.waiting.title': '正在将文档添加到变体…',
  /** Failed to load versions */
  'compare-version.error.loadVersions.title': '加载版本失败',
  /** Delete all versions anyway */
  'confirm-delete-dialog.confirm-anyway-button.text_delete_other': '仍然删除全部版本',
  /** Delete all versions */
  'confirm-delete-dialog.confirm-button.text_delete_other': '删除全部版本',
  /** Are you sure you want to delete all the versions of this document? */
  'confirm-delete-dialog.confirmation.text_delete_other': '确定要删除此文档的全部版本吗？',
  /** Where did the version buttons go? */
  'document-group-inventory.onboarding-hint': '版本按钮去哪儿了？',
  /** Close panel */
  'document-inspector.error.close-button.aria-label': '关闭面板',
  /** An error occurred while rendering this panel. */
  'document-inspector.error.description': '显示此面板时出错。',
  /** Retry */
  'document-inspector.error.retry-button.text': '重试',
  /** Something went wrong */
  'document-inspector.error.title': '出错了',
  /** Document doesn't exist in the selected perspective yet. */
  'document-target-badges.not-in-target.tooltip': '所选视角中还没有此文档。',
  /** We'll keep trying. Your changes are kept in your browser in the meantime. */
  'document-view.form-view.sync-pending.description': '我们会继续尝试。在此期间，您的更改保存在浏览器中。',
  /** Your changes aren't saving */
  'document-view.form-view.sync-pending.title': '您的更改尚未保存',
  /** Editing resumes as soon as your changes are saved. */
  'document-view.form-view.sync-recovering.description': '更改保存后即可继续编辑。',
  /** Saving your changes… */
  'document-view.form-view.sync-recovering.title': '正在保存您的更改…',
  /** Editing is paused until they save. Your changes are kept in your browser, so keep this tab open while we keep trying. */
  'document-view.form-view.sync-stalled.description': '编辑已暂停，直到更改保存为止。您的更改保存在浏览器中，我们继续尝试期间请不要关闭此标签页。',
  /** Your changes still aren't saving */
  'document-view.form-view.sync-stalled.title': '您的更改仍未保存',
  /** No incoming references found. */
  'incoming-references-pane.no-references': '没有找到引用此文档的文档。',
  /** Default view */
  'menu-items.layout.restore-default': '默认视图',
  /** Already using the default view */
  'menu-items.layout.restore-default.disabled-reason': '已在使用默认视图',
  /** Default sort */
  'menu-items.sort-by.restore-default': '默认排序',
  /** Already using the default sort order */
  'menu-items.sort-by.restore-default.disabled-reason': '已在使用默认排序',
  /** Not automatically retrying after {{count}} unsuccessful attempts. */
  'panes.document-list-pane.error.max-retries-attempted': '已连续失败{{count}}次，不再自动重试。',
  /** Change search result ordering */
  'panes.document-list-pane.search-ordering.aria-label': '更改搜索结果的排序',
  /** Sorted by {{order}} */
  'panes.document-list-pane.search-ordering.label': '按{{order}}排序',
  /** Relevance */
  'panes.document-list-pane.search-ordering.relevance': '相关度',
  /** Sorted by relevance */
  'panes.document-list-pane.search-ordering.summary-relevance': '按相关度排序',
  /** This sorting option uses fields that are not part of this document type */
  'panes.document-list-pane.sort-order.disabled-reason': '此排序方式使用的字段不属于此文档类型',
  /** Version was published */
  'panes.document-operation-results.operation-success_publishVersion': '版本已发布',
  /** Version will be unpublished when the release is published */
  'panes.document-operation-results.operation-success_unpublishVersion': '发布批次发布时，此版本将取消发布',
  /** Loading document… */
  'panes.document-pane.variant-target.loading': '正在加载文档…',
  // The package's translation misread or outdated, or against the glossary.
  /** Comparing with published */
  'events.compare-with-published.title': '与已发布的版本比较',
  /** This document cannot be deleted as it exists within scheduled releases */
  'action.delete.disabled.scheduled-release': '此文档属于已计划发布的发布批次，无法删除',
  /** This document version belongs to the archived <VersionBadge>{{title}}</VersionBadge> release */
  'banners.archived-release.description': '此文档版本属于已归档的发布批次<VersionBadge>{{title}}</VersionBadge>',
  /** The <VersionBadge>{{title}}</VersionBadge> release is not active. */
  'banners.choose-new-document-destination.release-inactive': '发布批次<VersionBadge>{{title}}</VersionBadge>未激活。',
  /** Publish draft to continue editing. */
  'banners.live-edit-draft-banner.publish.tooltip': '发布草稿后才能继续编辑。',
  /** You are viewing a read-only document that was published as part of <VersionBadge>{{title}}</VersionBadge>. It can't be edited */
  'banners.published-release.description': '您正在查看随<VersionBadge>{{title}}</VersionBadge>发布的只读文档，它不能编辑',
  /** Add to release */
  'banners.release.action.add-to-release': '添加到发布批次',
  /** Open release to edit */
  'banners.release.action.open-to-edit': '打开发布批次进行编辑',
  /** An error occurred when adding document to the release: {{message}} */
  'banners.release.error.description': '将文档添加到发布批次时出错：{{message}}',
  /** Error adding document to release */
  'banners.release.error.title': '将文档添加到发布批次时出错',
  /** releases */
  'banners.release.navigate-to-edit-description-end_other': '发布批次',
  /** This document is part of the <VersionBadge/> release and {{count}} more releases */
  'banners.release.navigate-to-edit-description-multiple_other': '此文档属于发布批次<VersionBadge/>及另外{{count}}个发布批次',
  /** This document is not part of any release */
  'banners.release.navigate-to-edit-description-none': '此文档不属于任何发布批次',
  /** This document is part of the <VersionBadge/> release */
  'banners.release.navigate-to-edit-description-single': '此文档属于发布批次<VersionBadge/>',
  /** Not in the <VersionBadge>{{title}}</VersionBadge> release. */
  'banners.release.not-in-release': '不在发布批次<VersionBadge>{{title}}</VersionBadge>中。',
  /** Please hold tight while the document is added to the release. It should not take longer than a few seconds. */
  'banners.release.waiting.description': '正在将文档添加到发布批次，请稍候，通常只需几秒钟。',
  /** Adding document to release… */
  'banners.release.waiting.title': '正在将文档添加到发布批次…',
  /** This document will be unpublished as part of the <VersionBadge>{{title}}</VersionBadge> release. */
  'banners.unpublished-release-banner.text': '此文档将随发布批次<VersionBadge>{{title}}</VersionBadge>一起取消发布。',
  /** Failed to load releases */
  'compare-version.error.loadReleases.title': '加载发布批次失败',
  /** Delete all versions anyway */
  'confirm-delete-dialog.confirm-anyway-button.text_delete': '仍然删除全部版本',
  /** Delete all versions */
  'confirm-delete-dialog.confirm-button.text_delete': '删除全部版本',
  /** Are you sure you want to delete all the versions of this document? */
  'confirm-delete-dialog.confirmation.text_delete': '确定要删除此文档的全部版本吗？',
  /** Open <VersionBadge>{{releaseTitle}}</VersionBadge> release */
  'events.open.release': '打开发布批次<VersionBadge>{{releaseTitle}}</VersionBadge>',
  /** Encountered an error while fetching documents. */
  'panes.document-list-pane.error.text': '获取文档时出错。',
  /** Successfully performed {{op}} on document */
  'panes.document-operation-results.operation-success': '已对文档执行{{op}}',
  /** <Strong>{{title}}</Strong> was added to the release */
  'panes.document-operation-results.operation-success_createVersion': '<Strong>{{title}}</Strong>已添加到发布批次',
  /** <Strong>{{title}}</Strong> was published */
  'panes.document-operation-results.operation-success_publish': '<Strong>{{title}}</Strong>已发布',
  /** <Strong>{{title}}</Strong> was unpublished. A draft has been created from the latest published revision. */
  'panes.document-operation-results.operation-success_unpublish': '<Strong>{{title}}</Strong>已取消发布。已根据最近发布的修订创建草稿。',
  /** Release with id "{{releaseId}}" not found */
  'timeline-item.not-found-release.tooltip': '找不到ID为“{{releaseId}}”的发布批次',
  // The package's translation in our typography: no space between Chinese and Latin or digits, full-width punctuation, glossary terms.
  /** Copy document ID */
  'action.copy-document-id.label': '复制文档ID',
  /** Copy */
  'action.copy-document-url.label': '复制文档URL',
  /** Copy document URL */
  'action.copy-link-to-document.label': '复制文档URL',
  /** Published {{timeSincePublished}} */
  'action.publish.already-published.tooltip': '已发布{{timeSincePublished}}前',
  /** This scheduled draft is archived */
  'banners.archived-scheduled-draft.description': '此计划草稿已归档',
  /** The type <strong>{{schemaType}}</strong> has <code>liveEdit</code> enabled, but a draft version of this document exists. Publish or discard the draft in order to continue live editing it. */
  'banners.live-edit-draft-banner.text': '类型<strong>{{schemaType}}</strong>已启用<code>liveEdit</code>，但此文档的草稿版本存在。发布或放弃草稿以继续实时编辑。',
  /** Discard draft */
  'banners.obsolete-draft.actions.discard-draft.text': '放弃草稿',
  /** New {{schemaType}} */
  'browser-document-title.new-document': '新建{{schemaType}}',
  /** {{documentCount}} in {{count}} datasets */
  'confirm-delete-dialog.cdr-summary.title_other': '{{documentCount}}在{{count}}个数据集中',
  /** Copy ID to clipboard */
  'confirm-delete-dialog.cdr-table.copy-id-button.tooltip': '复制ID到剪贴板',
  /** Document ID */
  'confirm-delete-dialog.cdr-table.document-id.label': '文档ID',
  /** Failed to copy document ID */
  'confirm-delete-dialog.cdr-table.id-copied-toast.title-failed': '复制文档ID失败',
  /** Project ID */
  'confirm-delete-dialog.cdr-table.project-id.label': '项目ID',
  /** {{count}} other references not shown */
  'confirm-delete-dialog.other-reference-count.title_other': '未显示的其他{{count}}个引用',
  /** {{count}} documents refer to “<DocumentTitle/>” */
  'confirm-delete-dialog.referring-document-count.text_other': '{{count}}个文档引用了“<DocumentTitle/>”',
  /** Raw JSON */
  'document-inspector.view-mode.raw-json': '原始JSON',
  /** Loading documents... */
  'incoming-references-input.types-loading': '正在加载文档…',
  /** Loading cross dataset documents... */
  'incoming-references-input.types-loading-cross-dataset': '正在加载跨数据集文档…',
  /** No schema found for type <Code>{{documentType}}</Code> */
  'pane-item.missing-schema-type.title': '未找到类型<Code>{{documentType}}</Code>的架构',
  /** Published <RelativeTime/> */
  'pane-item.published-status.has-published.tooltip': '已发布<RelativeTime/>',
  /** New {{schemaType}} */
  'panes.document-header-title.new.text': '新建{{schemaType}}',
  /** Displaying a maximum of {{limit}} documents */
  'panes.document-list-pane.max-items.text': '最多显示{{limit}}个文档',
  /** An error occurred during {{context}} */
  'panes.document-operation-results.operation-error': '在{{context}}过程中发生错误',
  /** Document ID copied to clipboard */
  'panes.document-operation-results.operation-success_copy-id': '文档ID已复制到剪贴板',
  /** Document URL copied to clipboard */
  'panes.document-operation-results.operation-success_copy-url': '文档URL已复制到剪贴板',
  /** All changes has now been discarded. The discarded draft can still be recovered from history */
  'panes.document-operation-results.operation-success_discardChanges': '自上次发布以来的所有更改现已被放弃。被放弃的草稿仍可从历史记录中恢复',
  /** <Strong>{{title}}</Strong> was restored */
  'panes.document-operation-results.operation-success_restore': '<Strong>{{title}}</Strong>已恢复',
  /** This document has the schema type <Code>{{documentType}}</Code>, which is not defined as a type in the local content studio schema. */
  'panes.document-pane.document-unknown-type.text': '此文档的模式类型为<Code>{{documentType}}</Code>，它未在本地内容Studio模式中定义为一种类型。',
  /** Add note... */
  'request-permission-dialog.note-input.placeholder.text': '添加备注…',
  /** Saving... */
  'status-bar.document-status-pulse.status.syncing.text': '正在保存…',
  /** Saving... */
  'status-bar.review-changes-button.status.syncing.text': '正在保存…',
  /** Retrying… (#{{count}}). */
  'panes.document-list-pane.error.will-retry-automatically_other': '正在重试…（第{{count}}次）。',
}

export default resources
