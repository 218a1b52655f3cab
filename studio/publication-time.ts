/**
 * When an entry went out on the site (*Published at*, `publishedAt`), kept by
 * the Studio's document actions, each Sanity's own wrapped as Sanity documents
 * (https://www.sanity.io/docs/studio/document-actions). Feeds count a revision
 * as an edit only after `publishedAt` (server/feeds/dates.ts): set by hand
 * before publishing, or copied from another entry, it would be earlier than
 * the publish itself, and every new entry would show as edited at once. So the
 * Publish button sets it to the moment of the first publish when it is empty,
 * and Duplicate leaves the original's behind. An editor's own time is kept,
 * and an entry already published is never re-dated: its first publish is past.
 */
import {
  useDocumentOperation,
  type DocumentActionComponent,
  type DocumentActionProps,
  type DuplicateDocumentActionComponent,
  type MapDocument,
} from 'sanity'

/** The entry's field that says when it went out on the site. */
export const PUBLISHED_AT_FIELD = 'publishedAt'

/** The publication time to set as `props`' draft is published now; `undefined` to leave it as it is. */
function publicationTimeToSet({ draft, published }: DocumentActionProps, now: Date): string | undefined {
  return draft && !published && !draft[PUBLISHED_AT_FIELD] ? now.toISOString() : undefined
}

/** `publish` (Sanity's publish action), setting *Published at* on the first publish when it is empty. */
export function setsPublishedAtOnFirstPublish(publish: DocumentActionComponent): DocumentActionComponent {
  const PublishSettingPublishedAt: DocumentActionComponent = (props) => {
    // Both are hooks, called on every render in the same order.
    const button = publish(props)
    const { patch } = useDocumentOperation(props.id, props.type)
    if (!button?.onHandle) return button
    const { onHandle } = button
    return {
      ...button,
      onHandle: () => {
        // Patched first: Sanity commits a draft's pending patches before it publishes it.
        const publishedAt = publicationTimeToSet(props, new Date())
        if (publishedAt) patch.execute([{ set: { [PUBLISHED_AT_FIELD]: publishedAt } }])
        onHandle()
      },
    }
  }
  PublishSettingPublishedAt.action = 'publish'
  PublishSettingPublishedAt.displayName = 'PublishSettingPublishedAt'
  return PublishSettingPublishedAt
}

/** The copy of a document, less when the original went out. */
const withoutPublishedAt: MapDocument = ({ [PUBLISHED_AT_FIELD]: _original, ...copy }) => copy

/** `duplicate` (Sanity's duplicate action), whose copy has no *Published at*: it is a new entry, not yet published. */
export function duplicatesWithoutPublishedAt(duplicate: DocumentActionComponent): DocumentActionComponent {
  const DuplicateWithoutPublishedAt: DocumentActionComponent = (props) =>
    (duplicate as DuplicateDocumentActionComponent)({ ...props, mapDocument: withoutPublishedAt })
  DuplicateWithoutPublishedAt.action = 'duplicate'
  DuplicateWithoutPublishedAt.displayName = 'DuplicateWithoutPublishedAt'
  return DuplicateWithoutPublishedAt
}

/** Sanity's actions that an entry's own replace. */
const WRAPPERS: Partial<Record<string, (action: DocumentActionComponent) => DocumentActionComponent>> = {
  publish: setsPublishedAtOnFirstPublish,
  duplicate: duplicatesWithoutPublishedAt,
}

/** Each of Sanity's actions as wrapped, once: the Studio keeps an action's state by its identity. */
const wrapped = new WeakMap<DocumentActionComponent, DocumentActionComponent>()

/** An entry's actions: Sanity's own, with Publish and Duplicate keeping *Published at* the time of the first publish. */
export function keepingPublicationTime(actions: readonly DocumentActionComponent[]): DocumentActionComponent[] {
  return actions.map((action) => {
    const wrap = WRAPPERS[action.action ?? '']
    if (!wrap) return action
    const ours = wrapped.get(action) ?? wrap(action)
    wrapped.set(action, ours)
    return ours
  })
}
