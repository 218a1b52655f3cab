/**
 * Unpublishing that keeps the editor's text in view. Sanity offers Unpublish
 * on a document's published version, and once it is done the pane still shows
 * the published version, which no longer exists: an empty form, which looks
 * as if the text were lost, though Sanity kept it as a draft. Sanity's own
 * action, wrapped (as publication-time.ts wraps Publish), switches the Studio
 * to the drafts perspective once the published version is gone, so the editor
 * lands on the kept draft, text and all.
 * https://www.sanity.io/docs/studio/document-actions
 */
import { cloneElement, isValidElement, useEffect, useRef } from 'react'
import { useSetPerspective, type DocumentActionComponent, type DocumentActionDialogProps } from 'sanity'

/** The perspective that shows each document's draft: Sanity's default, where editors write. */
const DRAFTS_PERSPECTIVE = 'drafts'

/**
 * `dialog` (Sanity's confirmation), each way of closing it without unpublishing also calling
 * `cancelled`: its Cancel button (the `onCancel` of Sanity's confirmation, or of the content Sanity
 * puts in its dialog) and its close button or Escape (`onClose`).
 */
function onCancelling(dialog: DocumentActionDialogProps | false | null | undefined, cancelled: () => void) {
  if (!dialog) return dialog
  const andThen = (handler: () => void) => () => {
    cancelled()
    handler()
  }
  if (dialog.type === 'confirm') return { ...dialog, onCancel: andThen(dialog.onCancel) }
  if (dialog.type === 'dialog') {
    const { content } = dialog
    const cancel = isValidElement<{ onCancel?: unknown }>(content) ? content.props.onCancel : undefined
    return {
      ...dialog,
      content: typeof cancel === 'function' && isValidElement(content) ? cloneElement(content, { onCancel: andThen(cancel as () => void) } as object) : content,
      onClose: andThen(dialog.onClose),
    }
  }
  if (dialog.type === 'popover') return { ...dialog, onClose: andThen(dialog.onClose) }
  return dialog
}

/** `unpublish` (Sanity's unpublish action), landing on the kept draft once the published version is gone. */
export function landsOnDraftAfterUnpublish(unpublish: DocumentActionComponent): DocumentActionComponent {
  const UnpublishLandingOnDraft: DocumentActionComponent = (props) => {
    // Hooks, called on every render in the same order.
    const button = unpublish(props)
    const setPerspective = useSetPerspective()
    /** Whether the editor asked to unpublish in this pane, did not cancel, and the published version has not gone yet. */
    const asked = useRef(false)
    const published = props.published !== null
    useEffect(() => {
      if (!asked.current || published) return
      asked.current = false
      setPerspective(DRAFTS_PERSPECTIVE)
    }, [published, setPerspective])
    if (!button?.onHandle) return button
    const { onHandle } = button
    return {
      ...button,
      onHandle: () => {
        asked.current = true
        onHandle()
      },
      dialog: onCancelling(button.dialog, () => {
        asked.current = false
      }),
    }
  }
  UnpublishLandingOnDraft.action = 'unpublish'
  UnpublishLandingOnDraft.displayName = 'UnpublishLandingOnDraft'
  return UnpublishLandingOnDraft
}

/** Each of Sanity's actions as wrapped, once: the Studio keeps an action's state by its identity. */
const wrapped = new WeakMap<DocumentActionComponent, DocumentActionComponent>()

/** Document actions with Sanity's Unpublish landing on the kept draft; the others as they are. */
export function unpublishingToDraft(actions: readonly DocumentActionComponent[]): DocumentActionComponent[] {
  return actions.map((action) => {
    if (action.action !== 'unpublish') return action
    const ours = wrapped.get(action) ?? landsOnDraftAfterUnpublish(action)
    wrapped.set(action, ours)
    return ours
  })
}
