/**
 * Drafts preview over the local Content Lake: the Worker's drafts source
 * (the `drafts` perspective, a read token, no CDN), pointed at a running lake
 * as `SANITY_API_HOST` points it, reads an editor's unpublished edit, and the
 * published source beside it does not. The lake takes any token (it has one
 * editor and no access control), so any SANITY_READ_TOKEN opens it.
 */
import { afterEach, beforeEach, expect, test } from 'vitest'
import { findEntry } from '../../server/content/entries.ts'
import { createSanitySource } from '../../server/content/sanity-source.ts'
import type { LakeDocument } from '../../lake/mutations.ts'
import { API_VERSION, openTestLake, seedDocument, type TestLake } from './helpers.ts'

const BURNABY = 'entry-burnaby-2014'
const DRAFT_HEADLINE = 'Burnaby and Guiyang: a draft for the preview'

let lake: TestLake

beforeEach(async () => {
  lake = await openTestLake()
  await lake.client.action({
    actionType: 'sanity.action.document.edit',
    publishedId: BURNABY,
    draftId: `drafts.${BURNABY}`,
    patch: { set: { 'headline.en': DRAFT_HEADLINE } },
  })
})

afterEach(async () => {
  await lake.close()
})

/** The Worker's source for this lake, as configured-source.ts makes it: published, or drafts with a token. */
function workerSource(draftsToken?: string) {
  return createSanitySource({ projectId: 'local', dataset: 'production', apiVersion: API_VERSION, apiHost: lake.lake.url, timeoutMs: 2000, draftsToken })
}

test("the drafts source reads an editor's unpublished edit from the lake, with a token", async () => {
  const entry = await findEntry(workerSource('any-token-will-do'), 'burnaby-2014', 'en')
  expect(entry?.title).toBe(DRAFT_HEADLINE)
  expect(entry?.id).toBe(BURNABY)
})

test('the published source beside it still reads the published entry', async () => {
  const published = seedDocument(BURNABY) as LakeDocument & { headline: { en: string } }
  const entry = await findEntry(workerSource(), 'burnaby-2014', 'en')
  expect(entry?.title).toBe(published.headline.en)
  expect(entry?.title).not.toBe(DRAFT_HEADLINE)
})
