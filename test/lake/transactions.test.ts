/**
 * The lake's write path as the Studio drives it: document actions become
 * mutations, mutations become listener events, and the events chain from one
 * revision to the next, as Sanity's document store checks. Through HTTP with
 * `@sanity/client`, on the embedded dataset.
 */
import { readFile } from 'node:fs/promises'
import type { SanityDocument } from '@sanity/client'
import { applyPatch, type RawPatch } from 'mendoza'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { listenTo, openTestLake, post, seedDocument, type RecordingListener, type TestLake } from './helpers.ts'

const BURNABY = 'entry-burnaby-2014'
const BURNABY_DRAFT = `drafts.${BURNABY}`

let lake: TestLake
const listeners: RecordingListener[] = []

beforeEach(async () => {
  lake = await openTestLake()
})

afterEach(async () => {
  for (const listener of listeners.splice(0)) listener.close()
  await lake.close()
})

async function listen(query: string, params: Record<string, unknown> = {}): Promise<RecordingListener> {
  const listener = await listenTo(lake.client, query, params)
  listeners.push(listener)
  return listener
}

const editBurnaby = (set: Record<string, unknown>, ifRevisionID?: string) =>
  lake.client.action({
    actionType: 'sanity.action.document.edit',
    publishedId: BURNABY,
    draftId: BURNABY_DRAFT,
    patch: { set, ...(ifRevisionID ? { ifRevisionID } : {}) },
  })

const publishBurnaby = (ifDraftRevisionId?: string) =>
  lake.client.action({
    actionType: 'sanity.action.document.publish',
    publishedId: BURNABY,
    draftId: BURNABY_DRAFT,
    ...(ifDraftRevisionId ? { ifDraftRevisionId } : {}),
  })

/** A document's fields, without those the lake sets on every write. */
function content(document: SanityDocument | Record<string, unknown> | undefined): Record<string, unknown> {
  if (!document) throw new Error('expected a document')
  const { _id, _rev, _updatedAt, _createdAt, ...fields } = document
  return fields
}

describe('document actions', () => {
  test('editing a published entry starts its draft from the published text, with the patch applied', async () => {
    const published = seedDocument(BURNABY)
    await editBurnaby({ 'headline.en': 'Burnaby and Guiyang renew their friendship' })

    const draft = await lake.client.getDocument(BURNABY_DRAFT)
    expect(draft?._type).toBe('entry')
    expect(content(draft)).toEqual({
      ...content(published),
      headline: { ...(published.headline as object), en: 'Burnaby and Guiyang renew their friendship' },
    })
    expect(await lake.client.getDocument(BURNABY)).toEqual(published)
  })

  test('several edits in one request, as the Studio batches them, are applied in order as one transaction', async () => {
    const edit = (patch: Record<string, unknown>) => ({ actionType: 'sanity.action.document.edit' as const, publishedId: BURNABY, draftId: BURNABY_DRAFT, patch })
    const { transactionId } = await lake.client.action([
      edit({ unset: ['_empty_action_guard_pseudo_field_'] }),
      edit({ set: { 'headline.en': 'One' } }),
      edit({ set: { 'headline.zh': '二' } }),
    ])
    const draft = await lake.client.getDocument(BURNABY_DRAFT)
    expect(draft?.headline).toMatchObject({ en: 'One', zh: '二' })
    expect(draft?._rev).toBe(transactionId)
  })

  test('publishing moves the draft to the published id, keeps its creation date and deletes the draft', async () => {
    const published = seedDocument(BURNABY)
    await editBurnaby({ 'headline.en': 'Burnaby and Guiyang renew their friendship' })
    await publishBurnaby()

    const now = await lake.client.getDocument(BURNABY)
    expect(now?.headline).toEqual({ ...(published.headline as object), en: 'Burnaby and Guiyang renew their friendship' })
    expect(content(now)).toEqual({ ...content(published), headline: now?.headline })
    expect(now?._createdAt).toBe(published._createdAt)
    expect(now?._rev).not.toBe(published._rev)
    expect(await lake.client.getDocument(BURNABY_DRAFT)).toBeUndefined()
  })

  test('unpublishing keeps the text as a draft and removes the published document', async () => {
    const published = seedDocument(BURNABY)
    await lake.client.action({ actionType: 'sanity.action.document.unpublish', publishedId: BURNABY, draftId: BURNABY_DRAFT })

    expect(await lake.client.getDocument(BURNABY)).toBeUndefined()
    expect(content(await lake.client.getDocument(BURNABY_DRAFT))).toEqual(content(published))
    expect(await lake.client.fetch('count(*[_type == "entry" && !(_id in path("drafts.**"))])')).toBe(6)
  })

  test('unpublishing an entry that has a draft keeps the draft, not the published text', async () => {
    await editBurnaby({ 'headline.en': 'Work in progress' })
    await lake.client.action({ actionType: 'sanity.action.document.unpublish', publishedId: BURNABY, draftId: BURNABY_DRAFT })

    expect(await lake.client.getDocument(BURNABY)).toBeUndefined()
    expect((await lake.client.getDocument(BURNABY_DRAFT))?.headline).toMatchObject({ en: 'Work in progress' })
  })

  test('discarding a draft removes it and leaves the published entry exactly as it was', async () => {
    await editBurnaby({ 'headline.en': 'A change of mind' })
    await lake.client.action({ actionType: 'sanity.action.document.discard', draftId: BURNABY_DRAFT })

    expect(await lake.client.getDocument(BURNABY_DRAFT)).toBeUndefined()
    expect(await lake.client.getDocument(BURNABY)).toEqual(seedDocument(BURNABY))
  })

  test('"Discard changes" in the Studio (version.discard) removes the draft and leaves the published entry as it was', async () => {
    await editBurnaby({ 'headline.en': 'Second change of mind' })
    await lake.client.action({ actionType: 'sanity.action.document.version.discard', versionId: BURNABY_DRAFT })

    expect(await lake.client.getDocument(BURNABY_DRAFT)).toBeUndefined()
    expect(await lake.client.getDocument(BURNABY)).toEqual(seedDocument(BURNABY))
    // A published document is not a version: discarding it is refused, and it stays.
    await expect(lake.client.action({ actionType: 'sanity.action.document.version.discard', versionId: BURNABY })).rejects.toMatchObject({ statusCode: 400 })
    expect(await lake.client.getDocument(BURNABY)).toEqual(seedDocument(BURNABY))
  })

  test('deleting an entry removes the published document and its draft', async () => {
    await editBurnaby({ 'headline.en': 'Soon gone' })
    await lake.client.action({ actionType: 'sanity.action.document.delete', publishedId: BURNABY, includeDrafts: [BURNABY_DRAFT] })

    expect(await lake.client.getDocument(BURNABY)).toBeUndefined()
    expect(await lake.client.getDocument(BURNABY_DRAFT)).toBeUndefined()
    expect(await lake.client.fetch('*[_type == "entry" && city.en == "Burnaby"]')).toEqual([])
    expect(await lake.client.fetch('count(*[_type == "entry"])')).toBe(6)
  })

  test('creating an entry with a new id makes its draft, and creating it again is refused', async () => {
    const attributes = {
      _type: 'entry',
      slug: { _type: 'slug', current: 'perth-2025' },
      city: { _type: 'localeString', en: 'Perth', zh: '珀斯' },
      country: 'AU',
      relationship: 'friendship-agreement',
      date: '2025-06',
    }
    await lake.client.action({ actionType: 'sanity.action.document.create', publishedId: 'entry-perth-2025', attributes: { ...attributes, _id: 'drafts.entry-perth-2025' }, ifExists: 'fail' })

    const draft = await lake.client.getDocument('drafts.entry-perth-2025')
    expect(draft).toMatchObject({ ...attributes, _id: 'drafts.entry-perth-2025' })
    expect(draft?._rev).toEqual(expect.any(String))
    expect(draft?._createdAt).toEqual(expect.any(String))
    expect(await lake.client.getDocument('entry-perth-2025')).toBeUndefined()

    await expect(
      lake.client.action({ actionType: 'sanity.action.document.create', publishedId: 'entry-perth-2025', attributes: { ...attributes, _id: 'drafts.entry-perth-2025', date: '2025-07' }, ifExists: 'fail' }),
    ).rejects.toMatchObject({ statusCode: 409 })
    expect((await lake.client.getDocument('drafts.entry-perth-2025'))?.date).toBe('2025-06')
  })
})

describe('revisions and listener events', () => {
  /** Edit, edit, publish, edit, discard, unpublish, publish: every transition an entry goes through. */
  async function editorialSession(): Promise<void> {
    await editBurnaby({ 'headline.en': 'First draft' })
    await editBurnaby({ 'summary.en': 'Second thoughts.' })
    await publishBurnaby()
    await editBurnaby({ 'headline.zh': '本拿比草稿' })
    await lake.client.action({ actionType: 'sanity.action.document.discard', draftId: BURNABY_DRAFT })
    await lake.client.action({ actionType: 'sanity.action.document.unpublish', publishedId: BURNABY, draftId: BURNABY_DRAFT })
    await publishBurnaby()
  }
  /** The events of `editorialSession`: one per document each transaction touched. */
  const SESSION_EVENTS = 10

  test('every write gives the document a new _rev, and each event starts from the revision the one before it ended with', async () => {
    const listener = await listen('*[_id in [$id, $draftId]]', { id: BURNABY, draftId: BURNABY_DRAFT })
    const revisions = [seedDocument(BURNABY)._rev]
    for (let round = 1; round <= 3; round++) {
      await lake.client.action({ actionType: 'sanity.action.document.edit', publishedId: 'settings', draftId: 'drafts.settings', patch: { set: { 'title.en': `Meeting the World, take ${round}` } } })
      await editBurnaby({ 'headline.en': `Take ${round}` })
      await publishBurnaby()
      revisions.push((await lake.client.getDocument(BURNABY))?._rev)
    }
    expect(new Set(revisions).size).toBe(revisions.length)

    await editorialSession()
    const events = await listener.waitFor(3 * 3 + SESSION_EVENTS)
    const lastRev = new Map<string, string | undefined>([[BURNABY, seedDocument(BURNABY)._rev]])
    // A revision belongs to one transaction: its events, deletions included, carry it as resultRev.
    const transactionOfRev = new Map<string, string>()
    for (const event of events) {
      expect(event.previousRev, `${event.documentId} in ${event.transactionId}`).toBe(lastRev.get(event.documentId))
      expect(event.resultRev).toBe(event.transactionId)
      expect(event.resultRev).not.toBe(event.previousRev)
      const rev = String(event.resultRev)
      expect(transactionOfRev.get(rev) ?? event.transactionId, `${rev} reused`).toBe(event.transactionId)
      transactionOfRev.set(rev, event.transactionId)
      // A deleted document has no revision: whatever comes next starts from nothing.
      lastRev.set(event.documentId, event.result ? event.resultRev : undefined)
    }
    expect(lastRev.get(BURNABY)).toBe((await lake.client.getDocument(BURNABY))?._rev)
    expect(lastRev.get(BURNABY_DRAFT)).toBeUndefined()
    expect(events.every((event) => event.documentId !== 'settings' && event.documentId !== 'drafts.settings')).toBe(true)
  })

  test("the mendoza effects of each event, applied to the document as it was, give the event's result", async () => {
    const listener = await listen('*[_id in [$id, $draftId]]', { id: BURNABY, draftId: BURNABY_DRAFT })
    await editorialSession()
    const events = await listener.waitFor(SESSION_EVENTS)

    const state = new Map<string, unknown>([[BURNABY, seedDocument(BURNABY)]])
    for (const event of events) {
      const before = state.get(event.documentId) ?? null
      const after = event.result ?? null
      expect(event.effects, `${event.documentId} in ${event.transactionId}`).toBeDefined()
      expect(event.previous ?? null).toEqual(before)
      expect(applyPatch(before, event.effects?.apply as RawPatch)).toEqual(after)
      expect(applyPatch(after, event.effects?.revert as RawPatch)).toEqual(before)
      state.set(event.documentId, after)
    }
    expect(state.get(BURNABY)).toEqual(await lake.client.getDocument(BURNABY))
  })

  test('a document appears, updates and disappears as it enters and leaves the listen query', async () => {
    const listener = await listen('*[_type == "entry" && country == $country]', { country: 'CA' })
    await editBurnaby({ 'headline.en': 'Draft' })
    await editBurnaby({ country: 'US' })
    await editBurnaby({ country: 'CA' })
    await editBurnaby({ 'summary.en': 'Still in Canada.' })
    await lake.client.action({ actionType: 'sanity.action.document.discard', draftId: BURNABY_DRAFT })
    await lake.client.action({ actionType: 'sanity.action.document.delete', publishedId: BURNABY, includeDrafts: [] })

    const events = await listener.waitFor(6)
    expect(events.map((event) => [event.documentId, event.transition])).toEqual([
      [BURNABY_DRAFT, 'appear'],
      [BURNABY_DRAFT, 'disappear'],
      [BURNABY_DRAFT, 'appear'],
      [BURNABY_DRAFT, 'update'],
      [BURNABY_DRAFT, 'disappear'],
      [BURNABY, 'disappear'],
    ])
    expect(events[1]?.result?.country).toBe('US')
    expect(events[5]?.result).toBeUndefined()
  })

  test("a listener on entries hears nothing of the settings' edits", async () => {
    const listener = await listen('*[_type == "entry"]')
    await lake.client.action({ actionType: 'sanity.action.document.edit', publishedId: 'settings', draftId: 'drafts.settings', patch: { set: { 'title.en': 'Meeting the World (draft)' } } })
    await lake.client.action({ actionType: 'sanity.action.document.publish', publishedId: 'settings', draftId: 'drafts.settings' })
    await editBurnaby({ 'headline.en': 'After the settings' })

    // Transactions are told in order: the entry's event comes after any the settings might have caused.
    const events = await listener.waitFor(1)
    expect(events.map((event) => event.documentId)).toEqual([BURNABY_DRAFT])
    expect((await lake.client.getDocument('settings'))?.title).toMatchObject({ en: 'Meeting the World (draft)' })
  })
})

describe('refusals change nothing', () => {
  test('an edit whose ifRevisionID is stale is refused with 409 and changes nothing', async () => {
    await editBurnaby({ 'headline.en': 'Mine' })
    const draft = await lake.client.getDocument(BURNABY_DRAFT)
    const onDisk = await readFile(lake.file, 'utf8')

    await expect(editBurnaby({ 'headline.en': 'Theirs' }, 'a-revision-long-gone')).rejects.toMatchObject({ statusCode: 409 })
    expect(await lake.client.getDocument(BURNABY_DRAFT)).toEqual(draft)
    expect(await readFile(lake.file, 'utf8')).toBe(onDisk)

    await editBurnaby({ 'headline.en': 'Mine, again' }, draft?._rev)
    expect((await lake.client.getDocument(BURNABY_DRAFT))?.headline).toMatchObject({ en: 'Mine, again' })
  })

  test('publishing with a stale ifDraftRevisionId is refused with 409 and changes nothing', async () => {
    await editBurnaby({ 'headline.en': 'Reviewed' })
    const reviewed = (await lake.client.getDocument(BURNABY_DRAFT))?._rev
    await editBurnaby({ 'headline.en': 'Changed after the review' })
    const onDisk = await readFile(lake.file, 'utf8')

    await expect(publishBurnaby(reviewed)).rejects.toMatchObject({ statusCode: 409 })
    expect(await lake.client.getDocument(BURNABY)).toEqual(seedDocument(BURNABY))
    expect((await lake.client.getDocument(BURNABY_DRAFT))?.headline).toMatchObject({ en: 'Changed after the review' })
    expect(await readFile(lake.file, 'utf8')).toBe(onDisk)

    await publishBurnaby((await lake.client.getDocument(BURNABY_DRAFT))?._rev)
    expect((await lake.client.getDocument(BURNABY))?.headline).toMatchObject({ en: 'Changed after the review' })
  })

  test('an unknown actionType gets 400 naming the action types the lake carries out', async () => {
    const { status, body } = await post(lake.lake, '/data/actions/production', {
      actions: [{ actionType: 'sanity.action.document.archive', publishedId: BURNABY }],
    })
    expect(status).toBe(400)
    expect(body.error?.description).toContain('sanity.action.document.archive')
    for (const supported of ['create', 'edit', 'publish', 'unpublish', 'discard', 'delete', 'replaceDraft', 'version.discard']) {
      expect(body.error?.description).toContain(`sanity.action.document.${supported}`)
    }
  })

  test('a transaction whose last mutation fails changes nothing: all or nothing', async () => {
    const listener = await listen('*')
    const onDisk = await readFile(lake.file, 'utf8')
    const { status, body } = await post(lake.lake, '/data/mutate/production', {
      mutations: [
        { createOrReplace: { ...seedDocument('settings'), title: { _type: 'localeString', en: 'Half a transaction', zh: '半个事务' } } },
        { patch: { id: BURNABY, set: { 'headline.en': 'Half a transaction' } } },
        { create: { _id: 'drafts.entry-perth-2025', _type: 'entry', city: { _type: 'localeString', en: 'Perth' } } },
        { patch: { id: 'entry-atlantis-2000', set: { 'headline.en': 'Nowhere' } } },
      ],
    })
    expect(status).toBe(404)
    expect(body.error?.description).toContain('entry-atlantis-2000')

    expect(await lake.client.getDocument('settings')).toEqual(seedDocument('settings'))
    expect(await lake.client.getDocument(BURNABY)).toEqual(seedDocument(BURNABY))
    expect(await lake.client.getDocument('drafts.entry-perth-2025')).toBeUndefined()
    expect(await readFile(lake.file, 'utf8')).toBe(onDisk)

    // The next transaction is the first event the listener hears.
    await editBurnaby({ 'headline.en': 'Whole' })
    expect((await listener.waitFor(1)).map((event) => event.documentId)).toEqual([BURNABY_DRAFT])
  })

  test('a list of actions whose last one cannot be carried out changes nothing', async () => {
    const onDisk = await readFile(lake.file, 'utf8')
    await expect(
      lake.client.action([
        { actionType: 'sanity.action.document.edit', publishedId: BURNABY, draftId: BURNABY_DRAFT, patch: { set: { 'headline.en': 'Edited' } } },
        { actionType: 'sanity.action.document.publish', publishedId: BURNABY, draftId: BURNABY_DRAFT },
        { actionType: 'sanity.action.document.publish', publishedId: 'entry-atlantis-2000', draftId: 'drafts.entry-atlantis-2000' },
      ]),
    ).rejects.toMatchObject({ statusCode: 409 })

    expect(await lake.client.getDocument(BURNABY)).toEqual(seedDocument(BURNABY))
    expect(await lake.client.getDocument(BURNABY_DRAFT)).toBeUndefined()
    expect(await readFile(lake.file, 'utf8')).toBe(onDisk)
  })
})
