/**
 * When an entry went out (*Published at*), as the Studio's actions keep it:
 * the Publish button is Sanity's own, which also sets it to the moment of the
 * first publish when the editor left it empty, so the first publish never
 * shows in feeds as an edit; an editor's own time is kept, and an entry
 * already published is never re-dated. A duplicate is a new entry, not yet
 * published: it leaves the original's time behind.
 */
import { renderHook } from '@testing-library/react'
import type { DocumentActionComponent, DocumentActionProps, DuplicateActionProps, SanityDocument } from 'sanity'
import { beforeEach, describe, expect, test, vi } from 'vitest'
import { duplicatesWithoutPublishedAt, PUBLISHED_AT_FIELD, setsPublishedAtOnFirstPublish } from '../../studio/publication-time'

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

  test('keeps the time the editor gave', () => {
    press({ draft: entryDocument({ publishedAt: '2025-06-01T10:00:00.000Z' }) })
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

describe('duplicating an entry', () => {
  test('copies everything but when the original went out, and is still Sanity’s duplicate', () => {
    let given: DuplicateActionProps | undefined
    const sanityDuplicate: DocumentActionComponent = (props) => {
      given = props
      return { label: 'Duplicate', onHandle: () => {} }
    }
    sanityDuplicate.action = 'duplicate'
    const action = duplicatesWithoutPublishedAt(sanityDuplicate)
    const published = entryDocument({ _id: 'entry-vicenza-2018', city: { en: 'Vicenza' }, publishedAt: '2026-12-01T00:00:00Z' })
    const { result } = renderHook(() => action({ id: 'entry-vicenza-2018', type: 'entry', draft: null, published } as DocumentActionProps))
    expect(result.current).toMatchObject({ label: 'Duplicate' })
    expect(action.action).toBe('duplicate')
    const copy = given?.mapDocument?.(published)
    expect(copy).toEqual({ ...published, publishedAt: undefined })
    expect(copy && PUBLISHED_AT_FIELD in copy).toBe(false)
    expect(published.publishedAt).toBe('2026-12-01T00:00:00Z')
  })
})
