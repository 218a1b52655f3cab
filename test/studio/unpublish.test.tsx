/**
 * Unpublishing lands on the kept draft: Sanity's Unpublish, wrapped, switches
 * the Studio to the drafts perspective once the published version it removed
 * is gone, instead of leaving the editor on an empty published form; and only
 * after the editor unpublished in this pane. (In the built Studio:
 * local-lake-studio.test.ts.)
 */
import { act, renderHook } from '@testing-library/react'
import { createElement, isValidElement, useState, type ReactElement } from 'react'
import type { DocumentActionComponent, DocumentActionProps, SanityDocument } from 'sanity'
import { beforeEach, describe, expect, test, vi } from 'vitest'
import { landsOnDraftAfterUnpublish, unpublishingToDraft } from '../../studio/unpublish'

/** The perspectives the Studio was switched to, in order. */
const perspectives = vi.hoisted(() => [] as string[])
vi.mock('sanity', async (importOriginal) => ({
  ...(await importOriginal<typeof import('sanity')>()),
  useSetPerspective: () => (perspective: string) => perspectives.push(perspective),
}))

/** Sanity's unpublish action as far as the wrapper sees it: its button, which opens Sanity's confirmation. */
const sanityUnpublish: DocumentActionComponent = () => ({ label: 'Unpublish', onHandle: () => {} })
sanityUnpublish.action = 'unpublish'

/** The props Sanity's confirmation content takes: its Cancel and Unpublish buttons. */
interface ConfirmationProps {
  onCancel: () => void
  onConfirm: () => void
}
const Confirmation = (_props: ConfirmationProps) => null

/** Sanity's unpublish action as Sanity 6 writes it: its button opens a dialog whose content confirms or cancels. */
const confirmingUnpublish: DocumentActionComponent = () => {
  const [open, setOpen] = useState(false)
  const close = () => setOpen(false)
  return {
    label: 'Unpublish',
    onHandle: () => setOpen(true),
    dialog: open && { type: 'dialog', onClose: close, content: createElement(Confirmation, { onCancel: close, onConfirm: close }) },
  }
}
confirmingUnpublish.action = 'unpublish'

const published = { _id: 'entry-vicenza-2018', _type: 'entry', _rev: 'r1', _createdAt: '2018-12-01T00:00:00Z', _updatedAt: '2018-12-01T00:00:00Z' } as SanityDocument
const draft = { ...published, _id: 'drafts.entry-vicenza-2018', _rev: 'r2' } as SanityDocument

/** The wrapped action in a pane showing the entry, published or not as `props` say. */
function actionIn(props: Partial<DocumentActionProps>, unpublish = sanityUnpublish) {
  const action = landsOnDraftAfterUnpublish(unpublish)
  const base = { id: 'entry-vicenza-2018', type: 'entry', draft: null, published, version: null, onComplete: () => {} } as unknown as DocumentActionProps
  return renderHook((current: Partial<DocumentActionProps>) => action({ ...base, ...current } as DocumentActionProps), { initialProps: props })
}

beforeEach(() => {
  perspectives.length = 0
})

describe('unpublishing an entry', () => {
  test('lands on the kept draft once the published version is gone', () => {
    const pane = actionIn({ published })
    pane.result.current?.onHandle?.()
    expect(perspectives).toEqual([])
    // Sanity's unpublish deletes the published version and keeps its text as the draft.
    pane.rerender({ published: null, draft })
    expect(perspectives).toEqual(['drafts'])
    pane.rerender({ published: null, draft: { ...draft, _rev: 'r3' } })
    expect(perspectives).toEqual(['drafts'])
  })

  test('leaves the perspective alone when the editor did not unpublish here', () => {
    const pane = actionIn({ published })
    pane.rerender({ published: null, draft })
    expect(perspectives).toEqual([])
  })

  test.each([
    ['its Cancel button', (dialog: { onClose: () => void; content: ReactElement<ConfirmationProps> }) => dialog.content.props.onCancel()],
    ['its close button', (dialog: { onClose: () => void }) => dialog.onClose()],
  ])('forgets the request when the editor closes the confirmation with %s', (_way, cancel) => {
    const pane = actionIn({ published }, confirmingUnpublish)
    act(() => pane.result.current?.onHandle?.())
    const dialog = pane.result.current?.dialog
    if (!dialog || dialog.type !== 'dialog' || !isValidElement<ConfirmationProps>(dialog.content)) throw new Error('no confirmation')
    const { onClose, content } = dialog
    act(() => cancel({ onClose, content }))
    expect(pane.result.current?.dialog).toBeFalsy()
    // Someone else unpublishes it later, or another pane does: this pane stays where the editor is.
    pane.rerender({ published: null, draft })
    expect(perspectives).toEqual([])
  })

  test('lands on the draft when the editor confirms', () => {
    const pane = actionIn({ published }, confirmingUnpublish)
    act(() => pane.result.current?.onHandle?.())
    const dialog = pane.result.current?.dialog
    if (!dialog || dialog.type !== 'dialog' || !isValidElement<ConfirmationProps>(dialog.content)) throw new Error('no confirmation')
    const { onConfirm } = dialog.content.props
    act(() => onConfirm())
    pane.rerender({ published: null, draft })
    expect(perspectives).toEqual(['drafts'])
  })

  test("keeps Sanity's button as it is, and wraps only Unpublish, once", () => {
    const other: DocumentActionComponent = () => null
    other.action = 'publish'
    const [wrappedUnpublish, publish] = unpublishingToDraft([sanityUnpublish, other])
    expect(publish).toBe(other)
    expect(wrappedUnpublish?.action).toBe('unpublish')
    expect(unpublishingToDraft([sanityUnpublish])[0]).toBe(wrappedUnpublish)
    expect(actionIn({}).result.current?.label).toBe('Unpublish')
  })
})
