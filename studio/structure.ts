/**
 * The Studio's content list: the settings singleton (opened by its fixed id,
 * so there is only ever one), the entries newest first, and the entries that
 * still need a translation; and an entry's views: its form, and its Chinese
 * fields as the Traditional Chinese edition converts them. Titles in both
 * languages, like every label.
 */
import type { DefaultDocumentNodeResolver, StructureResolver } from 'sanity/structure'
import { entry } from '../schemas/documents/entry'
import { SETTINGS_ID } from '../schemas/documents/settings'
import { SANITY_API_VERSION as API_VERSION } from '../schemas/lib/api-version'
import { bilingualTitle } from '../schemas/lib/bilingual'
import { TraditionalPreviewView } from './components/traditional-preview'
import { ENTRIES_NEEDING_TRANSLATION } from './needs-translation'

/** Entries by their partial date (`2016` < `2016-05` < `2016-05-28` sort as text), newest first. */
const NEWEST_FIRST = [{ field: 'date', direction: 'desc' as const }]

const NEEDS_TRANSLATION_ID = 'needs-translation'

export const structure: StructureResolver = (S) =>
  S.list()
    .title('Content · 内容')
    .items([
      S.listItem()
        .title('Settings · 设置')
        .id(SETTINGS_ID)
        .schemaType('settings')
        .child(S.document().schemaType('settings').documentId(SETTINGS_ID).title('Settings · 设置')),
      S.divider(),
      S.documentTypeListItem('entry')
        .title('Entries · 条目')
        .child(S.documentTypeList('entry').title('Entries · 条目').defaultOrdering(NEWEST_FIRST)),
      S.listItem()
        .title('Needs translation · 待翻译')
        .id(NEEDS_TRANSLATION_ID)
        .schemaType('entry')
        .child(
          S.documentList()
            .id(NEEDS_TRANSLATION_ID)
            .title('Needs translation · 待翻译')
            .schemaType('entry')
            .apiVersion(API_VERSION)
            .filter(ENTRIES_NEEDING_TRANSLATION)
            .defaultOrdering(NEWEST_FIRST),
        ),
    ])

/** The id of an entry's Traditional Chinese view, in the Studio's URLs (`…;view=traditional`). */
export const TRADITIONAL_VIEW_ID = 'traditional'

/** Every entry, wherever it is opened from, has its form and its Traditional Chinese view. */
export const defaultDocumentNode: DefaultDocumentNodeResolver = (S, { schemaType }) =>
  schemaType === entry.name
    ? S.document().views([
        S.view.form().title(bilingualTitle('Edit', '编辑')),
        S.view
          .component(TraditionalPreviewView)
          .id(TRADITIONAL_VIEW_ID)
          .title(bilingualTitle('Traditional Chinese', '繁体预览')),
      ])
    : S.document()
