/**
 * Drafts preview over the local Content Lake: the Worker's drafts source
 * (the `drafts` perspective, a read token, no CDN), pointed at a running lake
 * as `SANITY_API_HOST` points it, reads an editor's unpublished edit, and the
 * published source beside it does not. The lake takes any token (it has one
 * editor and no access control), so any SANITY_READ_TOKEN opens it.
 *
 * And the secret that opens a preview, round trip: the Studio's code makes it
 * with the editor's client (`createPreviewSecret`: a transaction, then a delete
 * by query of the expired ones), the Worker's check reads it with a token and
 * takes it for an hour; it sends no publish webhook and no export holds it.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import type { Transaction } from '../../lake/dataset.ts'
import type { LakeDocument } from '../../lake/mutations.ts'
import { webhookCalls } from '../../lake/webhook.ts'
import { exportedDocuments, toNdjson } from '../../lake/working-copy.ts'
import { findEntry } from '../../server/content/entries.ts'
import { createPreviewSecretCheck, createSanitySource } from '../../server/content/sanity-source.ts'
import { createPreviewSecrets } from '../../studio/components/preview-secrets.ts'
import { API_VERSION, openTestLake, seedDocument, type TestLake } from './helpers.ts'

const BURNABY = 'entry-burnaby-2014'
const DRAFT_HEADLINE = 'Burnaby and Guiyang: a draft for the preview'
const HOUR_MS = 60 * 60_000

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
  vi.useRealTimers()
  await lake.close()
})

const workerOptions = () => ({ projectId: 'local', dataset: 'production', apiVersion: API_VERSION, apiHost: lake.lake.url, timeoutMs: 2000 })

/** The Worker's source for this lake, as configured-source.ts makes it: published, or drafts with a token. */
function workerSource(draftsToken?: string) {
  return createSanitySource({ ...workerOptions(), draftsToken })
}

/** The Worker's check of preview secrets over this lake, with its read token. */
const workerTakes = (secret: string) => createPreviewSecretCheck({ ...workerOptions(), draftsToken: 'any-token-will-do' })(secret)

/** The Studio's preview secrets, made with the editor's client (the lake's client: it has no accounts). */
const studioSecrets = () => createPreviewSecrets(lake.client, { userId: 'p-lake-editor', studioUrl: () => 'http://localhost:3333/structure' })

const secretDocuments = () => lake.lake.dataset.documents().filter((document) => document._type === 'sanity.previewUrlSecret')

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

describe('a preview secret, from the Studio to the Worker', () => {
  test('the Studio makes it in the lake as a draft of the editor, and the Worker takes it; not another', async () => {
    const { secret } = await studioSecrets().fresh()
    expect(secretDocuments()).toEqual([
      expect.objectContaining({ _id: expect.stringMatching(/^drafts\./), secret, userId: 'p-lake-editor', studioUrl: 'http://localhost:3333/structure' }),
    ])
    expect(await workerTakes(secret)).toBe(true)
    expect(await workerTakes(`${secret}x`)).toBe(false)
    expect(await workerTakes('not-a-secret-the-studio-made')).toBe(false)
  })

  test('expires an hour after it was made, and the next one made deletes it', async () => {
    const { secret: old } = await studioSecrets().fresh()
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 59 * 60_000 })
    expect(await workerTakes(old)).toBe(true)
    vi.setSystemTime(Date.now() + 2 * 60_000)
    expect(await workerTakes(old)).toBe(false)

    const { secret: next } = await studioSecrets().fresh()
    expect(secretDocuments().map((document) => document.secret)).toEqual([next])
    expect(await workerTakes(next)).toBe(true)
    vi.setSystemTime(Date.now() + HOUR_MS)
    expect(await workerTakes(next)).toBe(false)
  })

  test('sends no publish webhook', async () => {
    const transactions: Transaction[] = []
    lake.lake.dataset.subscribe((transaction) => transactions.push(transaction))
    await studioSecrets().fresh()
    expect(transactions.flatMap(({ changes }) => changes.map(({ result }) => result?._type))).toContain('sanity.previewUrlSecret')
    for (const transaction of transactions) expect(await webhookCalls(transaction, { projectId: 'local', dataset: 'production' })).toEqual([])
  })

  test('is kept in the working copy, but no export of the dataset holds it', async () => {
    const { secret } = await studioSecrets().fresh()
    const exported = exportedDocuments(lake.lake.dataset.documents())
    expect(exported.map(({ _id }) => _id)).toContain(`drafts.${BURNABY}`)
    expect(exported).toHaveLength(lake.lake.dataset.documents().length - 1)
    expect(toNdjson(exported)).not.toContain(secret)
    expect(toNdjson(lake.lake.dataset.documents())).toContain(secret)
  })
})
