/**
 * The Studio's configuration (studio/sanity.config.ts, studio/structure.ts),
 * resolved as the Studio resolves it: settings is a singleton, entries are
 * what editors create.
 */
import { beforeAll, describe, expect, test } from 'vitest'
import type { Workspace } from 'sanity'
import { createStructureBuilder, type ListBuilder } from 'sanity/structure'
import { structure } from '../../studio/structure'
import { createStudioWorkspace } from './validation'

let workspace: Workspace
beforeAll(async () => {
  workspace = await createStudioWorkspace()
})

describe('the Studio', () => {
  test('lets editors create entries, and no second settings document', () => {
    expect(workspace.templates.map((template) => template.id)).toEqual(['entry'])
  })

  test('lists the settings document first, opened by its fixed id, then the entries', async () => {
    const [source] = workspace.unstable_sources
    if (!source) throw new Error('The workspace has no source')
    const S = createStructureBuilder({ source, perspectiveStack: [] })
    const list = (await structure(S, {} as Parameters<typeof structure>[1])) as ListBuilder
    const { items } = list.serialize()
    expect(items.map((item) => item.id)).toEqual(['settings', expect.stringMatching(/divider/), 'entry'])
    expect(items[0]).toMatchObject({
      title: 'Settings · 设置',
      child: { type: 'document', options: { id: 'settings', type: 'settings' } },
    })
  })
})
