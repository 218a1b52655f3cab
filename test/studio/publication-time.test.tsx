/**
 * When an entry went out (*Published at*), as the Studio keeps it: a new entry
 * starts with the time it was created, and the Publish button, Sanity's own,
 * moves that default (or fills an empty field) to the moment of the first
 * publish, so a draft started days before it went out never shows in feeds as
 * edited at once; an editor's own time is kept, and an entry already published
 * is never re-dated. A duplicate is a new entry, not yet published: it starts
 * with a new entry's time, not the original's.
 */
import { renderHook } from '@testing-library/react'
import type { DocumentActionComponent, DocumentActionProps, DuplicateActionProps, SanityDocument } from 'sanity'
import { beforeEach, describe, expect, test, vi } from 'vitest'
import { entry } from '../../schemas/documents/entry'
import {
  DEFAULT_AFTER_CREATION_MS,
  DEFAULT_BEFORE_CREATION_MS,
  duplicatesWithNewPublicationTime,
  PUBLISHED_AT_FIELD,
  setsPublishedAtOnFirstPublish,
} from '../../studio/publication-time'

/** What the Studio's document store was asked to do, in order. */
const done = vi.hoisted(() => [] as unknown[])
vi.mock('sanity', async (importOriginal) => ({
  ...(await importOriginal<typeof import('sanity')>()),
  useDocumentOperation: (id: string, type: string) => ({
    patch: { disabled: false, execute: (patches: unknown) => done.push({ patch: patches, id, type }) },
  }),
}))

/** Sanity's publish action as far as the wrapper sees it: its button, and publishing when pressed. */
const sanityPublish: DocumentActionComponent = () => ({ label: 'Publish', disabled: false, onHandle: () => done.push('publish') })
sanityPublish.action = 'publish'

const entryDocument = (fields: Record<string, unknown> = {}) =>
  ({ _id: 'drafts.entry-chengdu-2025', _type: 'entry', _rev: 'r1', _createdAt: '2025-06-01T09:00:00Z', _updatedAt: '2025-06-01T09:30:00Z', ...fields }) as SanityDocument

function press(props: Partial<DocumentActionProps>) {
  const action = setsPublishedAtOnFirstPublish(sanityPublish)
  const { result } = renderHook(() =>
    action({ id: 'entry-chengdu-2025', type: 'entry', draft: null, published: null, version: null, onComplete: () => {}, ...props } as DocumentActionProps),
  )
  result.current?.onHandle?.()
  return result.current
}

beforeEach(() => {
  done.length = 0
})

describe('publishing an entry', () => {
  test('the first time, with Published at left empty, sets it to the moment of publishing, then publishes', () => {
    const before = Date.now()
    press({ draft: entryDocument() })
    const after = Date.now()
    expect(done).toEqual([
      { id: 'entry-chengdu-2025', type: 'entry', patch: [{ set: { [PUBLISHED_AT_FIELD]: expect.any(String) } }] },
      'publish',
    ])
    const [{ patch }] = done as [{ patch: [{ set: Record<string, string> }] }]
    const set = Date.parse(patch[0].set[PUBLISHED_AT_FIELD] ?? '')
    expect(set).toBeGreaterThanOrEqual(before)
    expect(set).toBeLessThanOrEqual(after)
  })

  /** The time the Publish button set, or `undefined` when it set none; it always publishes after. */
  function publishedAtSetBy(draft: SanityDocument): string | undefined {
    done.length = 0
    press({ draft })
    expect(done.at(-1)).toBe('publish')
    const patch = done.length === 2 ? (done[0] as { patch: [{ set: Record<string, string> }] }).patch[0].set : undefined
    return patch?.[PUBLISHED_AT_FIELD]
  }

  test('the first time, days after the draft was started with its default time, moves it to the moment of publishing', () => {
    // The form opened at 08:59:30 and filled the default; the first keystroke created the draft at 09:00.
    const before = Date.now()
    const set = publishedAtSetBy(entryDocument({ publishedAt: '2025-06-01T08:59:30.123Z' }))
    expect(Date.parse(set ?? '')).toBeGreaterThanOrEqual(before)
    expect(Date.parse(set ?? '')).toBeLessThanOrEqual(Date.now())
  })

  test('counts as the default a time from the day before the draft was created up to a few minutes after it', () => {
    const created = Date.parse('2025-06-01T09:00:00Z')
    const at = (ms: number) => entryDocument({ publishedAt: new Date(created + ms).toISOString() })
    expect(publishedAtSetBy(at(-DEFAULT_BEFORE_CREATION_MS))).toEqual(expect.any(String))
    expect(publishedAtSetBy(at(DEFAULT_AFTER_CREATION_MS))).toEqual(expect.any(String))
    expect(publishedAtSetBy(at(-DEFAULT_BEFORE_CREATION_MS - 1000))).toBeUndefined()
    expect(publishedAtSetBy(at(DEFAULT_AFTER_CREATION_MS + 1000))).toBeUndefined()
  })

  test.each([
    ['an hour after the draft was started', '2025-06-01T10:00:00.000Z'],
    ['years before, when the entry went out on the old site', '2019-06-01T00:00:00.000Z'],
  ])('keeps the time the editor set, %s', (_when, publishedAt) => {
    press({ draft: entryDocument({ publishedAt }) })
    expect(done).toEqual(['publish'])
  })

  test('never re-dates an entry already published, even one published without a time', () => {
    press({ draft: entryDocument(), published: entryDocument({ _id: 'entry-chengdu-2025' }) })
    expect(done).toEqual(['publish'])
  })

  test('is still Sanity’s publish button: the same label, the same state, the same action', () => {
    const button = press({ draft: entryDocument() })
    expect(button).toMatchObject({ label: 'Publish', disabled: false })
    expect(setsPublishedAtOnFirstPublish(sanityPublish).action).toBe('publish')
  })

  test('offers nothing where Sanity’s publish offers nothing', () => {
    const none: DocumentActionComponent = () => null
    const { result } = renderHook(() =>
      setsPublishedAtOnFirstPublish(none)({ id: 'entry-chengdu-2025', type: 'entry', draft: null, published: null } as DocumentActionProps),
    )
    expect(result.current).toBeNull()
  })
})

describe('a new entry', () => {
  test('starts with the time it was created, so the form never shows Published at empty', () => {
    const field = entry.fields.find((candidate) => candidate.name === PUBLISHED_AT_FIELD) as { initialValue?: () => string }
    const before = Date.now()
    const initial = Date.parse(field.initialValue?.() ?? '')
    expect(initial).toBeGreaterThanOrEqual(before)
    expect(initial).toBeLessThanOrEqual(Date.now())
  })
})

describe('duplicating an entry', () => {
  test('copies everything but when the original went out, which starts again as a new entry’s, and is still Sanity’s duplicate', () => {
    let given: DuplicateActionProps | undefined
    const sanityDuplicate: DocumentActionComponent = (props) => {
      given = props
      return { label: 'Duplicate', onHandle: () => {} }
    }
    sanityDuplicate.action = 'duplicate'
    const action = duplicatesWithNewPublicationTime(sanityDuplicate)
    const published = entryDocument({ _id: 'entry-vicenza-2018', city: { en: 'Vicenza' }, publishedAt: '2026-12-01T00:00:00Z' })
    const { result } = renderHook(() => action({ id: 'entry-vicenza-2018', type: 'entry', draft: null, published } as DocumentActionProps))
    expect(result.current).toMatchObject({ label: 'Duplicate' })
    expect(action.action).toBe('duplicate')
    const before = Date.now()
    const copy = given?.mapDocument?.(published)
    expect(copy).toEqual({ ...published, publishedAt: expect.any(String) })
    expect(Date.parse(String(copy?.publishedAt))).toBeGreaterThanOrEqual(before)
    expect(published.publishedAt).toBe('2026-12-01T00:00:00Z')
  })
})
