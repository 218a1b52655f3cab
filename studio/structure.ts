/**
 * The Studio's content list: the settings singleton, then the entries newest
 * first. (Translation status lists come later.)
 */
import type { StructureResolver } from 'sanity/structure'
import { SETTINGS_ID } from '../schemas/documents/settings'

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
        .child(
          S.documentTypeList('entry')
            .title('Entries · 条目')
            .defaultOrdering([{ field: 'date', direction: 'desc' }]),
        ),
    ])
