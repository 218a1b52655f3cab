/**
 * The embedded dataset against the schema, through Sanity's own validation:
 * what the Worker serves offline must be publishable from the Studio.
 */
import { beforeAll, describe, expect, test } from 'vitest'
import type { Workspace } from 'sanity'
import { dataset } from './fixtures'
import { createStudioWorkspace, validateInCli, validateInStudio } from './validation'

let workspace: Workspace
beforeAll(async () => {
  workspace = await createStudioWorkspace()
})

describe('the embedded dataset (data/production.ndjson)', () => {
  test('holds one settings document and at least one entry', () => {
    expect(dataset.filter((document) => document._type === 'settings').map((document) => document._id)).toEqual([
      'settings',
    ])
    expect(dataset.some((document) => document._type === 'entry')).toBe(true)
  })

  test.each(dataset.map((document) => [document._id, document] as const))(
    '%s could be published from the Studio: no errors, no warnings',
    async (_id, document) => {
      const { errors, warnings } = await validateInStudio(workspace, document, dataset)
      expect({ errors, warnings }).toEqual({ errors: [], warnings: [] })
    },
  )

  test.each(dataset.map((document) => [document._id, document] as const))(
    '%s has only fields the schema knows, as `sanity documents validate` checks',
    async (_id, document) => {
      const result = await validateInCli(workspace.schema, document, dataset)
      expect(result.markers.map((marker) => marker.message)).toEqual([])
      expect(result.status).toBe('passed')
    },
  )
})

describe('checking the dataset against the schema', () => {
  test('would catch a misspelt field name', async () => {
    const [entry] = dataset.filter((document) => document._type === 'entry')
    if (!entry) throw new Error('data/production.ndjson has no entry')
    const { headline, ...rest } = entry
    const result = await validateInCli(workspace.schema, { ...rest, headLine: headline }, dataset)
    expect(result.markers.map((marker) => marker.message)).toEqual(["Field 'headLine' does not exist on type 'entry'"])
  })
})
