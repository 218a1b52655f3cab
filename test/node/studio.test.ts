/**
 * The Studio's configuration (studio/sanity.config.ts, studio/structure.ts),
 * resolved as the Studio resolves it: the content list built by Sanity's own
 * structure builder, the settings singleton, the tools, the badges, the
 * inputs it draws itself.
 */
import { beforeAll, describe, expect, test } from 'vitest'
import type {
  DocumentActionComponent,
  DocumentBadgeComponent,
  InputProps,
  ObjectSchemaType,
  SchemaType,
  Workspace,
} from 'sanity'
import { createStructureBuilder, type ListBuilder } from 'sanity/structure'
import { SANITY_API_VERSION as API_VERSION } from '../../schemas/lib/api-version'
import { isEntrySlug } from '../../studio/components/studio-input'
import { ENTRIES_NEEDING_TRANSLATION } from '../../studio/needs-translation'
import { structure } from '../../studio/structure'
import { createStudioWorkspace } from './validation'

const NEWEST_FIRST = [{ field: 'date', direction: 'desc' }]

let workspace: Workspace
beforeAll(async () => {
  workspace = await createStudioWorkspace()
})

/** The content list as the structure tool gets it, serialized by the real structure builder. */
async function contentList() {
  const [source] = workspace.unstable_sources
  if (!source) throw new Error('The workspace has no source')
  const S = createStructureBuilder({ source, perspectiveStack: [] })
  // Our resolver reads nothing from its context; the document store it would carry needs a live Studio.
  const list = (await structure(S, {} as Parameters<typeof structure>[1])) as ListBuilder
  return list.serialize()
}

/** The document actions the Studio offers on a document of `schemaType`. */
function actionsFor(schemaType: string): (string | undefined)[] {
  const context = { schemaType, documentId: schemaType, versionType: 'draft' } as Parameters<
    Workspace['document']['actions']
  >[0]
  return workspace.document.actions(context).map((action: DocumentActionComponent) => action.action)
}

function badgesFor(schemaType: string): DocumentBadgeComponent[] {
  return workspace.document.badges({ schemaType, documentId: schemaType } as Parameters<
    Workspace['document']['badges']
  >[0])
}

describe('the content list', () => {
  test('shows settings, then entries, then the entries that need translation, titled in both languages', async () => {
    const { title, items } = await contentList()
    expect(title).toBe('Content · 内容')
    expect(items.map((item) => item.id)).toEqual([
      'settings',
      expect.stringMatching(/divider/),
      'entry',
      'needs-translation',
    ])
    expect(items.filter((item) => 'title' in item).map((item) => item.title)).toEqual([
      'Settings · 设置',
      'Entries · 条目',
      'Needs translation · 待翻译',
    ])
  })

  test('opens the settings document by its fixed id, so there is only ever one', async () => {
    const { items } = await contentList()
    expect(items[0]).toMatchObject({
      child: { type: 'document', options: { id: 'settings', type: 'settings' } },
    })
  })

  test.each([
    { lists: 'every entry', id: 'entry', options: { filter: '_type == $type', params: { type: 'entry' } } },
    {
      lists: 'the entries that need translation, by the GROQ filter tested against the dataset,',
      id: 'needs-translation',
      options: { filter: ENTRIES_NEEDING_TRANSLATION, apiVersion: API_VERSION },
    },
  ])('lists $lists newest first by their date', async ({ id, options }) => {
    const { items } = await contentList()
    expect(items.find((item) => item.id === id)).toMatchObject({
      child: { type: 'documentList', schemaTypeName: 'entry', options: { ...options, defaultOrdering: NEWEST_FIRST } },
    })
  })
})

describe('the settings singleton', () => {
  test('cannot be created from the new-document menu: only entries can', () => {
    expect(workspace.templates.map((template) => template.id)).toEqual(['entry'])
    const global = workspace.document.resolveNewDocumentOptions({ type: 'global' })
    expect(global.map((item) => item.templateId)).toEqual(['entry'])
  })

  test('can only be published, have its changes discarded or be restored: never deleted, duplicated or unpublished', () => {
    expect(actionsFor('settings').sort()).toEqual(['discardChanges', 'publish', 'restore'])
    expect(actionsFor('entry')).toEqual(expect.arrayContaining(['publish', 'delete', 'duplicate', 'unpublish']))
  })

  test("an entry's Publish and Duplicate keep Published at the time of its first publish; the settings' Publish is Sanity's own", () => {
    const action = (schemaType: string, name: string) =>
      workspace.document
        .actions({ schemaType, documentId: schemaType, versionType: 'draft' } as Parameters<Workspace['document']['actions']>[0])
        .find((candidate: DocumentActionComponent) => candidate.action === name)
    expect(action('entry', 'publish')?.displayName).toBe('PublishSettingPublishedAt')
    expect(action('entry', 'duplicate')?.displayName).toBe('DuplicateWithNewPublicationTime')
    expect(action('settings', 'publish')?.displayName).toBe('PublishAction')
    // The same component every time the Studio asks, so React keeps the button's state (publishing…).
    expect(action('entry', 'publish')).toBe(action('entry', 'publish'))
  })
})

describe('the Studio', () => {
  test('has the structure tool and Vision for GROQ', () => {
    expect(workspace.tools.map((tool) => tool.name)).toEqual(expect.arrayContaining(['structure', 'vision']))
  })

  test.each(['entry', 'settings'])('shows a translation badge per language on %s documents', (schemaType) => {
    const names = badgesFor(schemaType).map((badge) => badge.name)
    expect(names).toEqual(expect.arrayContaining(['TranslationBadge_en', 'TranslationBadge_zh']))
  })

  test("draws its own input for the entry's slug, and for no other field of any document type", () => {
    const drawn: string[] = []
    const walk = (documentType: string, type: SchemaType, path: string[]) => {
      // What the form hands each input, as far as the choice reads it.
      if (isEntrySlug({ schemaType: type, path } as unknown as InputProps)) drawn.push([documentType, ...path].join('.'))
      if (type.jsonType === 'object') for (const field of (type as ObjectSchemaType).fields) walk(documentType, field.type, [...path, field.name])
    }
    for (const name of workspace.schema.getTypeNames()) {
      const type = workspace.schema.get(name)
      if (type?.type?.name === 'document' && !name.startsWith('sanity.')) walk(name, type, [])
    }
    expect(drawn).toEqual(['entry.slug'])
  })
})
