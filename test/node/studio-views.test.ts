/**
 * The views an editor gets on a document, resolved by Sanity's own structure
 * builder from studio/structure.ts as the Studio resolves them: an entry has
 * its form and its *Traditional Chinese · 繁体预览* view, wherever it is opened
 * from; the settings only their form.
 */
import type { Workspace } from 'sanity'
import { createStructureBuilder, type DocumentBuilder } from 'sanity/structure'
import { beforeAll, describe, expect, test } from 'vitest'
import { TraditionalPreviewView } from '../../studio/components/traditional-preview'
import { TRADITIONAL_VIEW_ID, defaultDocumentNode } from '../../studio/structure'
import { createStudioWorkspace } from './validation'

let workspace: Workspace
beforeAll(async () => {
  workspace = await createStudioWorkspace()
})

/** The views of a document of `schemaType`, as the structure tool serializes them. */
function viewsOf(schemaType: string) {
  const [source] = workspace.unstable_sources
  if (!source) throw new Error('The workspace has no source')
  const S = createStructureBuilder({ source, defaultDocumentNode, perspectiveStack: [] })
  const node = S.defaultDocument({ schemaType, documentId: `${schemaType}-1` }) as DocumentBuilder
  return node.serialize().views
}

describe('the views of a document', () => {
  test('an entry has its form, then its Traditional Chinese view, titled in both languages', () => {
    const views = viewsOf('entry')
    expect(views.map(({ id, type, title }) => ({ id, type, title }))).toEqual([
      { id: 'editor', type: 'form', title: 'Edit · 编辑' },
      { id: TRADITIONAL_VIEW_ID, type: 'component', title: 'Traditional Chinese · 繁体预览' },
    ])
    expect(views[1]).toMatchObject({ component: TraditionalPreviewView })
  })

  test('the settings have their form alone', () => {
    expect(viewsOf('settings').map(({ type }) => type)).toEqual(['form'])
  })
})
