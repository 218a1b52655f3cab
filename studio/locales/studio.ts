/**
 * Simplified Chinese for Sanity's `studio` namespace, over @sanity/locale-zh-hans 2.1.34's
 * src/studio.ts: the keys it lacks against sanity 6.16.0, and its strings corrected to
 * the glossary and typography of ./README.md. The English each key translates is in its comment.
 */
import type { LocaleResourceRecord } from 'sanity'

const resources: LocaleResourceRecord = {
  // Missing from the package.
  /** v{{version}} has been deprecated and should no longer be used. */
  'about-dialog.version-info.deprecated.current': 'v{{version}}已弃用，不应再使用。',
  /** Deprecated version */
  'about-dialog.version-info.deprecated.header': '已弃用的版本',
  /** This Studio is pinned to a deprecated version. Choose a different version in Manage. */
  'about-dialog.version-info.deprecated.next-step.pinned': '此Studio固定在一个已弃用的版本上。请在“管理”中选择其他版本。',
  /** Update the sanity package to a newer version and redeploy the Studio. */
  'about-dialog.version-info.deprecated.next-step.upgrade': '请将sanity包更新到较新的版本，然后重新部署Studio。',
  /** Learn how to update */
  'about-dialog.version-info.deprecated.next-step.upgrade.learn-how': '了解如何更新',
  /** Reason: {{reason}} */
  'about-dialog.version-info.deprecated.reason': '原因：{{reason}}',
  /** Deprecated */
  'about-dialog.version-info.tooltip.deprecated': '已弃用',
  /** Failed to load assets */
  'asset-source.dialog.load-error': '加载素材失败',
  /** Are you sure you want to revert all {{count}} changes? */
  'changes.action.revert-all-description': '确定要还原全部{{count}}项更改吗？',
  /** Are you sure you want to revert the change? */
  'changes.action.revert-changes-description_one': '确定要还原此更改吗？',
  /** Changed from base variant */
  'changes.from-base-variant.label': '相对基础变体的更改',
  /** This field is not defined in the schema. Values are shown as JSON. */
  'changes.unknown-schema-field.description': '此字段未在架构中定义，其值以JSON显示。',
  /** Error */
  'common.error': '错误',
  /** Content Agent */
  'content-agent': '内容助手',
  /** Diagnostics */
  'diagnostics.menu-item': '诊断',
  /** {{position}} of {{count}} */
  'divergence.pagination': '第{{position}}项，共{{count}}项',
  /** Cancel */
  'document-group-inventory.action.cancel': '取消',
  /** Manage versions */
  'document-group-inventory.action.manage-versions': '管理版本',
  /** How easy or difficult is the new version inventory to use? */
  'document-group-inventory.feedback.sentiment-label': '新的版本清单用起来容易还是困难？',
  /** Filter {{subject}} */
  'document-group-inventory.filter-string.label': '筛选{{subject}}',
  /** {{count}} {{subject}} */
  'document-group-inventory.title': '{{count}}个{{subject}}',
  /** {{count}} {{subject}} */
  'document-group-inventory.title_other': '{{count}}个{{subject}}',
  /** viewing */
  'document-group-inventory.viewing-item-label': '正在查看',
  /** All users (Default) */
  'document-group.base-variant': '所有用户（默认）',
  /** Create variant */
  'document-group.create-variant': '创建变体',
  /** Create variant for {{variantDefinitionName}} */
  'document-group.create-variant.for-target': '为{{variantDefinitionName}}创建变体',
  /** As a draft */
  'document-group.create-variant.target-drafts': '作为草稿',
  /** Into a release */
  'document-group.create-variant.target-releases': '放入发布批次',
  /** Or view existing variants */
  'document-group.create-variant.view-existing-variants': '或查看现有变体',
  /** Cancel */
  'document-group.delete.cancel-button.text': '取消',
  /** {{count}} documents */
  'document-group.delete.cdr-summary.document-count_other': '{{count}}个文档',
  /** Datasets: {{datasets}} */
  'document-group.delete.cdr-summary.subtitle_other': '数据集：{{datasets}}',
  /** Unavailable datasets */
  'document-group.delete.cdr-summary.subtitle_unavailable_other': '数据集不可用',
  /** {{documentCount}} in {{count}} datasets */
  'document-group.delete.cdr-summary.title_other': '{{count}}个数据集中的{{documentCount}}',
  /** Copy ID to clipboard */
  'document-group.delete.cdr-table.copy-id-button.tooltip': '将ID复制到剪贴板',
  /** Dataset */
  'document-group.delete.cdr-table.dataset.label': '数据集',
  /** Document ID */
  'document-group.delete.cdr-table.document-id.label': '文档ID',
  /** Failed to copy document ID */
  'document-group.delete.cdr-table.id-copied-toast.title-failed': '复制文档ID失败',
  /** Project ID */
  'document-group.delete.cdr-table.project-id.label': '项目ID',
  /** Delete ({{count}}) */
  'document-group.delete.confirm-button.text_other': '删除（{{count}}）',
  /** An error occurred while attempting to delete this document. This usually means that there are other documents that refer to it. */
  'document-group.delete.error.message': '删除此文档时出错。这通常是因为有其他文档引用了它。',
  /** {{count}} other references not shown */
  'document-group.delete.other-reference-count.title_other': '另有{{count}}个引用未显示',
  /** We can't display metadata for these references due to a missing access token for the related datasets. */
  'document-group.delete.other-reference-count.tooltip': '由于缺少相关数据集的访问令牌，无法显示这些引用的元数据。',
  /** ID: {{documentId}} */
  'document-group.delete.preview-item.preview-unavailable.subtitle': 'ID：{{documentId}}',
  /** Preview unavailable */
  'document-group.delete.preview-item.preview-unavailable.title': '无法预览',
  /** {{count}} documents refer to “<DocumentTitle/>” */
  'document-group.delete.referring-document-count.text_other': '{{count}}个文档引用了“<DocumentTitle/>”',
  /** You may not be able to delete “<DocumentTitle/>” because the following documents refer to it: */
  'document-group.delete.referring-documents-descriptor.text': '以下文档引用了“<DocumentTitle/>”，因此可能无法删除它：',
  /** Delete {{count}} {{subject}} */
  'document-group.delete.title_other': '删除{{count}}个{{subject}}',
  /** variants */
  'document-group.subject.variant_other': '变体',
  /** versions */
  'document-group.subject.version_other': '版本',
  /** Published {{date}} */
  'document-status.published-at': '发布于{{date}}',
  /** The document opened with an empty value. {{errorMessage}} */
  'document.initial-value.error.description': '文档以空值打开。{{errorMessage}}',
  /** Could not resolve initial value */
  'document.initial-value.error.title': '无法解析初始值',
  /** Field actions */
  'form.field.actions-menu.title': '字段操作',
  /** v{{version}} is deprecated */
  'help-resources.studio-version-deprecated': 'v{{version}}已弃用',
  /** Add column at end */
  'inputs.portable-text.table.add-column': '在末尾添加列',
  /** Add row at end */
  'inputs.portable-text.table.add-row': '在末尾添加行',
  /** Column handle */
  'inputs.portable-text.table.column-handle': '列手柄',
  /** Delete column */
  'inputs.portable-text.table.delete-column': '删除列',
  /** Delete row */
  'inputs.portable-text.table.delete-row': '删除行',
  /** Delete table */
  'inputs.portable-text.table.delete-table': '删除表格',
  /** Header row */
  'inputs.portable-text.table.header-row': '标题行',
  /** Insert here */
  'inputs.portable-text.table.insert-here': '在此插入',
  /** Table options */
  'inputs.portable-text.table.menu-aria-label': '表格选项',
  /** Row handle */
  'inputs.portable-text.table.row-handle': '行手柄',
  /** Select table */
  'inputs.portable-text.table.select-table': '选择表格',
  /** Annotation not defined in the schema: {{name}} */
  'inputs.portable-text.unknown-value.annotation': '架构中未定义的注释：{{name}}',
  /** List type not defined in the schema: {{name}} */
  'inputs.portable-text.unknown-value.list-item': '架构中未定义的列表类型：{{name}}',
  /** Mark not defined in the schema: {{name}} */
  'inputs.portable-text.unknown-value.mark': '架构中未定义的标记：{{name}}',
  /** Style not defined in the schema: {{name}} */
  'inputs.portable-text.unknown-value.style': '架构中未定义的样式：{{name}}',
  /** Your session is no longer valid. Please sign in again. */
  'login.logged-out.generic': '您的会话已失效，请重新登录。',
  /** Your session expired. Please sign in again. */
  'login.logged-out.session-expired': '您的会话已过期，请重新登录。',
  /** You've been logged out */
  'login.logged-out.title': '您已退出登录',
  /** Edit details */
  'release.action.edit-details': '编辑详情',
  /** This workspace is limited to {{count}} release */
  'release.action.new-release.limit-reached': '此工作区最多只能有{{count}}个发布批次',
  /** Pause to edit */
  'release.action.pause-to-edit': '暂停以编辑',
  /** +{{count}} variants */
  'release.chip.button.other-variants_other': '+{{count}}个变体',
  /** {{count}} variants */
  'release.chip.tooltip.other-variants_other': '{{count}}个变体',
  /** Save */
  'release.dialog.edit.confirm': '保存',
  /** Description */
  'release.dialog.edit.description-label': '描述',
  /** Edit release */
  'release.dialog.edit.title': '编辑发布批次',
  /** Title */
  'release.dialog.edit.title-label': '标题',
  /** Failed to save release details */
  'release.toast.edit-release-error.title': '保存发布批次详情失败',
  /** Search for {{types, list}} +{{count}} more */
  'search.action.search-specific-types-truncated': '搜索{{types, list}}及另外{{count}}种',
  /** {{types, list}} +{{count}} more */
  'search.document-type-list-truncated': '{{types, list}}及另外{{count}}种',
  /** Claim this project */
  'user-menu.action.claim-project': '认领此项目',
  // The package's translation misread or outdated, or against the glossary.
  /** Workspace files */
  'asset-sources.dataset.file.title': '工作区文件',
  /** Workspace images */
  'asset-sources.dataset.image.title': '工作区图片',
  /** Upload to Media Library */
  'asset-sources.media-library.upload-dialog.title': '上传到媒体库',
  /** The '<strong>{{title}}</strong>' release has been deleted. */
  'banners.deleted-bundle-banner.text': '发布批次“<strong>{{title}}</strong>”已被删除。',
  /** Must be in the format: {{exampleDate}} */
  'calendar.error.must-be-in-format': '必须是以下格式：{{exampleDate}}',
  /** Are you sure you want to revert the changes? */
  'changes.action.revert-changes-description': '确定要还原此更改吗？',
  /** Value error: Value is of type "<code>{{actualType}}</code>", expected "<code>{{expectedType}}</code>" */
  'changes.error.incorrect-type-message': '值错误：值的类型为“<code>{{actualType}}</code>”，应为“<code>{{expectedType}}</code>”',
  /** Convert to {{targetType}} */
  'inputs.invalid-value.convert-button.text': '转换为{{targetType}}',
  /** Referenced document (<code>{{documentId}}</code>) is of type <code>{{actualType}}</code>. According to the schema, referenced documents can only be of type <AllowedTypes/>. */
  'inputs.reference.error.invalid-type-description': '引用的文档（<code>{{documentId}}</code>）的类型为<code>{{actualType}}</code>。根据架构，引用的文档只能是<AllowedTypes/>类型。',
  /** Convert to {{targetType}} */
  'inputs.untyped-value.convert-button.text': '转换为{{targetType}}',
  /** Current value (<code>object</code>): */
  'inputs.untyped-value.details.json-dump-prefix': '当前值（<code>object</code>）：',
  /** Search document types */
  'new-document.filter-placeholder': '搜索文档类型',
  /** Add to release */
  'release.action.add-to-new-release': '添加到发布批次',
  /** Add to {{title}} */
  'release.action.add-to-release': '添加到{{title}}',
  /** Document already exists in release */
  'release.action.already-exists-in-release': '文档已在发布批次中',
  /** Already in release {{title}} */
  'release.action.already-in-release': '已在发布批次{{title}}中',
  /** New release */
  'release.action.create-new': '新建发布批次',
  /** New release */
  'release.action.new-release': '新建发布批次',
  /** This workspace is limited to {{count}} releases */
  'release.action.new-release.limit-reached_other': '此工作区最多只能有{{count}}个发布批次',
  /** Please try again or check your connection. The document is still going to be unpublished upon release. */
  'release.action.revert-unpublish-version.failure.description': '请重试或检查网络连接。发布批次发布时，此文档仍将取消发布。',
  /** Failed to revert from setting to unpublish on release. */
  'release.action.revert-unpublish-version.failure.title': '未能撤销“发布批次发布时取消发布”的设置。',
  /** Successfully reverted from setting to unpublish on release. */
  'release.action.revert-unpublish-version.success.title': '已撤销“发布批次发布时取消发布”的设置。',
  /** Failed to set version to be unpublished on release */
  'release.action.unpublish-version.failure': '未能将此版本设为在发布批次发布时取消发布',
  /** Successfully set <strong>{{title}}</strong> to be unpublished on release */
  'release.action.unpublish-version.success': '已将<strong>{{title}}</strong>设为在发布批次发布时取消发布',
  /** View release */
  'release.action.view-release': '查看发布批次',
  /** This release is archived and cannot be edited. */
  'release.chip.tooltip.archived': '此发布批次已归档，无法编辑。',
  /** {{count}} additional versions outside of releases */
  'release.chip.tooltip.other-versions_other': '发布批次之外还有{{count}}个版本',
  /** This release has been deleted */
  'release.deleted-tooltip': '此发布批次已被删除',
  /** Copy version to new release */
  'release.dialog.copy-to-release.title': '将版本复制到新的发布批次',
  /** Create release */
  'release.dialog.create.confirm': '创建发布批次',
  /** New release */
  'release.dialog.create.title': '新建发布批次',
  /** Delete this scheduled draft? Your draft is already up to date. */
  'release.dialog.delete-schedule-draft.body-already-current': '删除此计划草稿？您的草稿已是最新。',
  /** Delete this scheduled draft? Your changes will be saved to draft. */
  'release.dialog.delete-schedule-draft.body-will-save-to-draft': '删除此计划草稿？您的更改将保存到草稿。',
  /** Delete this scheduled draft? */
  'release.dialog.delete-schedule-draft.body-with-choice': '删除此计划草稿？',
  /** Keep my scheduled changes by copying them to draft (recommended) */
  'release.dialog.delete-schedule-draft.copy-checkbox': '将计划中的更改复制到草稿，予以保留（推荐）',
  /** Your scheduled draft has different changes than your current draft. */
  'release.dialog.delete-schedule-draft.different-changes-explanation': '您的计划草稿与当前草稿的更改不同。',
  /** Delete scheduled draft */
  'release.dialog.delete-schedule-draft.header': '删除计划草稿',
  /** Are you sure you want to publish this scheduled draft immediately? */
  'release.dialog.publish-scheduled-draft.body': '确定要立即发布此计划草稿吗？',
  /** This is only for planning, previews and hints about whether documents conflict. Setting a time here will not schedule your release. You'll still need to run or schedule the release once all documents are ready. */
  'release.dialog.tooltip.description': '此时间仅用于规划、预览和提示文档是否冲突，设置时间并不会计划发布此发布批次。所有文档准备好后，仍需发布或计划发布此发布批次。',
  /** You can always change it later. */
  'release.dialog.tooltip.note': '以后随时可以更改。',
  /** Approximate time of release */
  'release.dialog.tooltip.title': '发布批次的大致发布时间',
  /** Describe the release… */
  'release.form.placeholder-describe-release': '描述此发布批次…',
  /** Hide release */
  'release.layer.hide': '隐藏发布批次',
  /** Release menu */
  'release.menu.label': '发布批次菜单',
  /** View Scheduled Drafts */
  'release.menu.scheduled-drafts': '查看计划草稿',
  /** View Content Releases */
  'release.menu.view-releases': '查看内容发布批次',
  /** Untitled release */
  'release.placeholder-untitled-release': '未命名的发布批次',
  /** This release has been unpinned */
  'release.toast.archived-release.description': '此发布批次已取消固定',
  /** The '{{title}}' release was archived */
  'release.toast.archived-release.title': '发布批次“{{title}}”已归档',
  /** Failed to create release */
  'release.toast.create-release-error.title': '创建发布批次失败',
  /** Failed to delete the scheduled draft document <strong>{{title}}</strong>: {{error}} */
  'release.toast.delete-schedule-draft.error': '删除计划草稿文档<strong>{{title}}</strong>失败：{{error}}',
  /** The scheduled draft document <strong>{{title}}</strong> has been deleted. */
  'release.toast.delete-schedule-draft.success': '计划草稿文档<strong>{{title}}</strong>已删除。',
  /** The '{{title}}' release could not be found */
  'release.toast.not-found-release.title': '找不到发布批次“{{title}}”',
  /** Failed to pause the scheduled draft document <strong>{{title}}</strong>: {{error}} */
  'release.toast.pause-scheduled-draft.error': '暂停计划草稿文档<strong>{{title}}</strong>失败：{{error}}',
  /** Failed to publish the scheduled draft document <strong>{{title}}</strong>: {{error}} */
  'release.toast.publish-scheduled-draft.error': '立即发布计划草稿文档<strong>{{title}}</strong>失败：{{error}}',
  /** The scheduled draft document <strong>{{title}}</strong> has been published. */
  'release.toast.publish-scheduled-draft.success': '计划草稿文档<strong>{{title}}</strong>已发布。',
  /** This release has been unpinned */
  'release.toast.published-release.description': '此发布批次已取消固定',
  /** The '{{title}}' release was published */
  'release.toast.published-release.title': '发布批次“{{title}}”已发布',
  /** Failed to reschedule the scheduled draft document <strong>{{title}}</strong>: {{error}} */
  'release.toast.reschedule-scheduled-draft.error': '计划草稿文档<strong>{{title}}</strong>重新计划失败：{{error}}',
  /** The scheduled draft document <strong>{{title}}</strong> has been rescheduled. */
  'release.toast.reschedule-scheduled-draft.success': '计划草稿文档<strong>{{title}}</strong>已重新计划。',
  /** Scheduled draft successfully */
  'release.toast.schedule-publish.success': '已成功计划草稿的发布',
  /** The scheduled draft was published */
  'release.toast.scheduled-draft-published.title': '计划草稿已发布',
  /** This release has been scheduled. Unschedule it to add more documents. */
  'release.tooltip.locked': '此发布批次已计划发布。取消计划后才能添加更多文档。',
  /** Content releases configuration issue */
  'releases.upsell.misconfiguration.header': '内容发布批次的配置问题',
  /** Content releases are enabled for your project, but there appears to be a configuration issue with your release limits. Please contact support to have your content releases properly configured. */
  'releases.upsell.misconfiguration.message': '您的项目已启用内容发布批次，但发布批次数量上限的配置似乎有问题。请联系技术支持，正确配置内容发布批次。',
  /** The selected time zone will change how dates are represented in content releases. */
  'time-zone.dialog-info.content-releases': '所选时区将改变内容发布批次中日期的显示方式。',
  /** Displaying releases in {{alternativeName}} GMT{{offset}} */
  'time-zone.time-zone-tooltip-content-releases': '按{{alternativeName}}（GMT{{offset}}）显示发布批次',
  /** Unpublished */
  'timeline.operation.unpublished': '已取消发布',
  /** Unpublished: {{timestamp, datetime}} */
  'timeline.operation.unpublished_timestamp': '已取消发布：{{timestamp, datetime}}',
  /** Agent changes */
  'version.agent-bundle.agent-changes': 'AI助手的更改',
  // The package's translation in our typography: no space between Chinese and Latin or digits, full-width punctuation, glossary terms.
  /** Auto updates is enabled, but no <code>deployment.appId</code> configured in <code>sanity.cli.ts</code>. This Studio is updating against the <strong>latest</strong>-channel. */
  'about-dialog.configuration-issue.missing-appid': '自动更新已启用，但在<code>sanity.cli.ts</code>中未配置<code>deployment.appId</code>。此Studio正在针对<strong>最新</strong>频道更新。',
  /** Reload Studio to update */
  'about-dialog.version-info.reload-to-update': '重新加载Studio以更新',
  /** Learn how to update Sanity Studio */
  'about-dialog.version-info.update-button.tooltip': '了解如何更新Sanity Studio',
  /** Select the file {{filename}} */
  'asset-source.file.asset-list.action.select-file.title': '选择文件{{filename}}',
  /** {{count}} documents are using file <code>{{filename}}</code> */
  'asset-source.usage-list.documents-using-file_named_other': '{{count}}个文档正在使用文件<code>{{filename}}</code>',
  /** No documents are using file <code>{{filename}}</code> */
  'asset-source.usage-list.documents-using-file_named_zero': '没有文档正在使用文件<code>{{filename}}</code>',
  /** {{count}} documents are using this file */
  'asset-source.usage-list.documents-using-file_unnamed_other': '{{count}}个文档正在使用此文件',
  /** {{count}} documents are using image <code>{{filename}}</code> */
  'asset-source.usage-list.documents-using-image_named_other': '{{count}}个文档正在使用图片<code>{{filename}}</code>',
  /** No documents are using image <code>{{filename}}</code> */
  'asset-source.usage-list.documents-using-image_named_zero': '没有文档正在使用图片<code>{{filename}}</code>',
  /** {{count}} documents are using this image */
  'asset-source.usage-list.documents-using-image_unnamed_other': '{{count}}个文档正在使用此图片',
  /** File: '{{filename}}' already exists */
  'asset-sources.media-library.warning.file-already-exist.title': '文件：“{{filename}}”已存在',
  /** {{time}} on {{date, datetime}} */
  'calendar.action.set-to-time-preset': '{{time}}在{{date, datetime}}',
  /** Added in position {{position}} */
  'changes.array.item-added-in-position': '在位置{{position}}添加',
  /** Moved {{count}} positions down */
  'changes.array.item-moved_down_other': '向下移动{{count}}个位置',
  /** Moved {{count}} positions up */
  'changes.array.item-moved_up_other': '向上移动{{count}}个位置',
  /** Removed from position {{position}} */
  'changes.array.item-removed-from-position': '从位置{{position}}移除',
  /** We couldn't find the document revision with id: <code>{{revisionId}}</code> you're trying to compare. <Break/> This is probably due to history retention policy of your plan. <Break/> Please select a different <strong>From</strong> entry. */
  'changes.missing-since-document-error': '我们找不到您尝试比较的文档修订版，其id为：<code>{{revisionId}}</code>。<Break/>这可能是由于您计划中的历史保留政策。<Break/>请选择不同的<strong>从</strong>条目。',
  /** Sort by {{title}} */
  'default-menu-item.fallback-title': '按{{title}}排序',
  /** {{title}} {{effect}} in {{versionName}} version */
  'divergence.effect.summary': '{{title}}在{{versionName}}版本中{{effect}}',
  /** {{count}} unresolved changes in {{versionName}} version */
  'divergence.unresolved-divergence_other': '{{versionName}}版本中有{{count}}个未解决的更改',
  /** Created {{date}} */
  'document-status.created': '创建于{{date}}',
  /** Edited {{date}} */
  'document-status.edited': '编辑于{{date}}',
  /** Edited {{date}} */
  'document-status.published': '发布于{{date}}',
  /** Revision from <em>{{date}}</em> */
  'document-status.revision-from': '修订自<em>{{date}}</em>',
  /** Document type "{{type}}" not found */
  'document.type.not-found': '未找到文档类型“{{type}}”',
  /** Field "{{fieldName}}" not found among members – verify that it is defined in the schema and that it has not been conditionally hidden. */
  'form.error.field-not-found': '在成员中找不到字段“{{fieldName}}” – 验证它是否在模式中定义，并且没有被条件隐藏。',
  /** No array item at index <code>{{index}}</code> found at path <code>{{path}}</code> */
  'form.error.no-array-item-at-index': '在路径<code>{{path}}</code>上未找到索引<code>{{index}}</code>的数组项',
  /** No array item with `_key` <code>"{{key}}"</code> found at path <code>{{path}}</code> */
  'form.error.no-array-item-at-key': '在路径<code>{{path}}</code>上未找到`_key` <code>"{{key}}"</code>的数组项',
  /** {{count}} errors */
  'form.validation.summary.errors-count_other': '{{count}}个错误',
  /** {{count}} warnings */
  'form.validation.summary.warnings-count_other': '{{count}}个警告',
  /** {{count}} days left in trial */
  'free-trial.tooltip.days-count_other': '{{count}}天的试用期剩余',
  /** Latest version is v{{latestVersion}} */
  'help-resources.latest-sanity-version': '最新版本是{{latestVersion}}',
  /** Register studio */
  'help-resources.register-studio': '注册Studio',
  /** Sanity Studio v{{studioVersion}} */
  'help-resources.studio-version': 'Sanity Studio版本{{studioVersion}}',
  /** Uploading <FileName/> */
  'input.files.common.upload-progress': '正在上传<FileName/>',
  /** This document cannot be opened (unable to resolve URL to Studio) */
  'input.reference.document-cannot-be-opened.failed-to-resolve-url': '无法打开此文档（无法解析URL到Studio）',
  /** Add item... */
  'inputs.array.action.add-item-select-type': '添加项…',
  /** Edit {{itemTypeTitle}} */
  'inputs.array.action.edit': '编辑{{itemTypeTitle}}',
  /** e.g. {{example}} */
  'inputs.datetime.placeholder': '例如{{example}}',
  /** Select file for "{{targetTitle}}" */
  'inputs.files.select-dialog.title': '为“{{targetTitle}}”选择文件',
  /** Select image for "{{targetTitle}}" */
  'inputs.image.select-dialog.title': '为“{{targetTitle}}”选择图片',
  /** NOTE: It’s generally safe to perform the action above, but if you are in doubt, get in touch with those responsible for configuring your studio. */
  'inputs.portable-text.invalid-value.action-disclaimer': '注意：通常执行上述操作是安全的，但如果您有疑问，请与负责配置您Studio的人员联系。',
  /** Child with key {{childKey}} of block with key <code>{{key}}</code> is of type <code>{{childType}}</code>, which is not allowed by the schema. */
  'inputs.portable-text.invalid-value.disallowed-child-type.description': '键为{{childKey}}的子项属于键为<code>{{key}}</code>的块，其类型为<code>{{childType}}</code>，这不符合模式定义。',
  /** Block with key <code>{{key}}</code> is of type <code>{{typeName}}</code>, which is not allowed by the schema. */
  'inputs.portable-text.invalid-value.disallowed-type.description': '键为<code>{{key}}</code>的块的类型为<code>{{typeName}}</code>，这不符合模式定义。',
  /** Text block with key <code>{{key}}</code> has no text spans. */
  'inputs.portable-text.invalid-value.empty-children.description': '键为<code>{{key}}</code>的文本块没有文本跨度。',
  /** Use type <code>{{expectedTypeName}}</code> */
  'inputs.portable-text.invalid-value.incorrect-block-type.action': '使用类型<code>{{expectedTypeName}}</code>',
  /** Block with key <code>{{key}}</code> has an invalid type name. According to the schema, it should be <code>{{expectedTypeName}}</code>. */
  'inputs.portable-text.invalid-value.incorrect-block-type.description': '键为<code>{{key}}</code>的块具有无效的类型名称。根据模式，它应该是<code>{{expectedTypeName}}</code>。',
  /** Span with key {{childKey}} of block with key <code>{{key}}</code> has a missing or invalid <code>text</code> property. */
  'inputs.portable-text.invalid-value.invalid-span-text.description': '键为{{childKey}}的块的键为<code>{{key}}</code>的跨度具有缺失或无效的<code>text</code>属性。',
  /** Use type <code>{{expectedTypeName}}</code> */
  'inputs.portable-text.invalid-value.missing-block-type.action': '使用类型<code>{{expectedTypeName}}</code>',
  /** Block with key <code>{{key}}</code> is missing a type name. According to the schema, it should be <code>{{expectedTypeName}}</code>. */
  'inputs.portable-text.invalid-value.missing-block-type.description': '键为<code>{{key}}</code>的块缺少类型名称。根据模式，它应该是<code>{{expectedTypeName}}</code>。',
  /** Child at index <code>{{index}}</code> of block with key <code>{{key}}</code> is missing <code>_key</code> property. */
  'inputs.portable-text.invalid-value.missing-child-key.description': '键为<code>{{key}}</code>的块的索引为<code>{{index}}</code>的子项缺少<code>_key</code>属性。',
  /** Child with key {{childKey}} of block with key <code>{{key}}</code> is missing <code>_type</code> property. */
  'inputs.portable-text.invalid-value.missing-child-type.description': '键为{{childKey}}的块的键为<code>{{key}}</code>的子项缺少<code>_type</code>属性。',
  /** Block at index <code>{{index}}</code> is missing required <code>_key</code> property. */
  'inputs.portable-text.invalid-value.missing-key.description': '位于索引<code>{{index}}</code>的块缺少必需的<code>_key</code>属性。',
  /** Text block with key <code>{{key}}</code> has an invalid or missing `children` property. */
  'inputs.portable-text.invalid-value.missing-or-invalid-children.description': '带有键<code>{{key}}</code>的文本块有一个无效或缺失的`children`属性。',
  /** Text block with key <code>{{key}}</code> has an invalid or missing `markDefs` property. */
  'inputs.portable-text.invalid-value.missing-or-invalid-markdefs.description': '带有键<code>{{key}}</code>的文本块有一个无效或缺失的`markDefs`属性。',
  /** Block with key <code>{{key}}</code> is missing a type name. */
  'inputs.portable-text.invalid-value.missing-type.description': '带有键<code>{{key}}</code>的块缺少类型名称。',
  /** Child at index <code>{{index}}</code> of block with key <code>{{key}}</code> is not an object. */
  'inputs.portable-text.invalid-value.non-object-child.description': '带有键<code>{{key}}</code>的块在索引<code>{{index}}</code>处的子项不是一个对象。',
  /** Value must be an array of Portable Text blocks, or undefined. */
  'inputs.portable-text.invalid-value.not-an-array.description': '值必须是一个Portable Text块的数组，或未定义。',
  /** Item at <code>{{index}}</code> is not an object,. */
  'inputs.portable-text.invalid-value.not-an-object.description': '位于<code>{{index}}</code>的项不是一个对象。',
  /** Text block with key <code>{{key}}</code> contains marks <code>({{orphanedMarks, list}})</code> that are not allowed by the schema. */
  'inputs.portable-text.invalid-value.orphaned-marks.description': '带有键<code>{{key}}</code>的文本块包含不被架构允许的标记<code>({{orphanedMarks, list}})</code>。',
  /** Invalid Portable Text value */
  'inputs.portable-text.invalid-value.title': '无效的Portable Text值',
  /** Heading 1 */
  'inputs.portable-text.style.h1': '标题1',
  /** Heading 2 */
  'inputs.portable-text.style.h2': '标题2',
  /** Heading 3 */
  'inputs.portable-text.style.h3': '标题3',
  /** Heading 4 */
  'inputs.portable-text.style.h4': '标题4',
  /** Heading 5 */
  'inputs.portable-text.style.h5': '标题5',
  /** Heading 6 */
  'inputs.portable-text.style.h6': '标题6',
  /** Search returned a type that's not valid for this reference: "{{returnedType}}" */
  'inputs.reference.error.invalid-search-result-type-title': '搜索返回的类型对此引用无效：“{{returnedType}}”',
  /** <strong>{{referencedDocument}}</strong> is published and this reference should now be finalized. */
  'inputs.reference.incomplete-reference.finalize-action-description': '<strong>{{referencedDocument}}</strong>已发布，此引用现在应该被最终确定。',
  /** <strong>{{referencedDocument}}</strong> is published and this reference should now be converted to a strong reference. */
  'inputs.reference.incomplete-reference.strengthen-action-description': '<strong>{{referencedDocument}}</strong>已发布，此引用现在应该转换为强引用。',
  /** Enter tag and press ENTER… */
  'inputs.tags.placeholder': '输入标签并按ENTER…',
  /** Select video for "{{targetTitle}}" */
  'inputs.video.select-dialog.title': '为“{{targetTitle}}”选择视频',
  /** Sanity Studio is ready to update! */
  'package-version.new-package-available.title': 'Sanity Studio有可用更新！',
  /** Discard version */
  'release.action.discard-version': '放弃版本',
  /** Failed to discard version */
  'release.action.discard-version.failure': '放弃版本失败',
  /** Scheduled to be published on {{date}} */
  'release.banner.scheduled-for-publishing-on': '计划在{{date}}发布',
  /** Created {{date}} */
  'release.chip.tooltip.created-date': '创建于{{date}}',
  /** Edited {{date}} */
  'release.chip.tooltip.edited-date': '编辑于{{date}}',
  /** Intended for {{date}} */
  'release.chip.tooltip.intended-for-date': '计划于{{date}}',
  /** Published {{date}} */
  'release.chip.tooltip.published-date': '发布于{{date}}',
  /** Scheduled for {{date}} */
  'release.chip.tooltip.scheduled-for-date': '计划于{{date}}',
  /** Search for {{types, list}} */
  'search.action.search-specific-types': '搜索{{types, list}}',
  /** No matches for {{filter}} */
  'search.document-types-no-matches-found': '没有找到与{{filter}}相匹配的结果',
  /** Please ensure it's enabled in your studio configuration file. */
  'search.error.no-valid-asset-source-check-config-description': '请确保它在您的Studio配置文件中已启用。',
  /** Use <ControlsIcon/> to refine your search */
  'search.instructions': '使用<ControlsIcon/>来精细化您的搜索',
  /** <Field/> <Operator>has</Operator> <Value>{{count}} items</Value> */
  'search.operator.array-count-equal.description_other': '<Field/> <Operator>有</Operator> <Value>{{count}}项</Value>',
  /** <Field/> <Operator>has ></Operator> <Value>{{count}} items</Value> */
  'search.operator.array-count-gt.description_other': '<Field/> <Operator>有 ></Operator> <Value>{{count}}项</Value>',
  /** <Field/> <Operator>has ≥</Operator> <Value>{{count}} items</Value> */
  'search.operator.array-count-gte.description_other': '<Field/> <Operator>有 ≥</Operator> <Value>{{count}}项</Value>',
  /** <Field/> <Operator>has <</Operator> <Value>{{count}} items</Value> */
  'search.operator.array-count-lt.description_other': '<Field/> <Operator>有 <</Operator> <Value>{{count}}项</Value>',
  /** <Field/> <Operator>has ≤</Operator> <Value>{{count}} items</Value> */
  'search.operator.array-count-lte.description_other': '<Field/> <Operator>有 ≤</Operator> <Value>{{count}}项</Value>',
  /** <Field/> <Operator>does not have</Operator> <Value>{{count}} items</Value> */
  'search.operator.array-count-not-equal.description_other': '<Field/> <Operator>没有</Operator> <Value>{{count}}项</Value>',
  /** <Field/> <Operator>has between</Operator> <Value>{{from}} → {{to}} items</Value> */
  'search.operator.array-count-range.description': '<Field/> <Operator>有</Operator> <Value>{{from}} → {{to}}项</Value>',
  /** Enable the events API through the Studio config to view document history. */
  'timeline.error.load-document-changes-version-description': '通过Studio配置启用事件API以查看文档历史。',
  /** Version documents history is only available through the Events API. */
  'timeline.error.load-document-changes-version-title': '版本文档历史仅通过事件API可用。',
  /** Discarded draft */
  'timeline.operation.draft-discarded': '已放弃草稿',
  /** Discarded draft: {{timestamp, datetime}} */
  'timeline.operation.draft-discarded_timestamp': '放弃草稿时间：{{timestamp, datetime}}',
  /** Version discarded */
  'timeline.operation.version-discarded': '版本已放弃',
  /** Version discarded: {{timestamp, datetime}} */
  'timeline.operation.version-discarded_timestamp': '版本放弃时间：{{timestamp, datetime}}',
  /** {{count}} days left in trial */
  'user-menu.action.free-trial_other': '试用期还剩{{count}}天',
  /** Cannot apply {{name}} to empty block */
  'user-menu.action.portable-text.annotation-disabled_empty-block': '无法对空白块应用{{name}}',
  /** Cannot apply {{name}} to multiple blocks */
  'user-menu.action.portable-text.annotation-disabled_multiple-blocks': '无法对多个块应用{{name}}',
  /** The referenced document is of invalid type ({{typeName}}) <JsonValue/> */
  'inputs.reference.cross-dataset.invalid-type': '引用的文档类型无效（{{typeName}}）<JsonValue/>',
  /** The referenced document is of invalid type ({{typeName}}) */
  'inputs.reference.global.invalid-type': '引用的文档类型无效（{{typeName}}）',
}

export default resources
