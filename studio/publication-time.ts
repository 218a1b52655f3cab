/**
 * When an entry went out on the site (*Published at*, `publishedAt`), kept by
 * the Studio's document actions, each Sanity's own wrapped as Sanity documents
 * (https://www.sanity.io/docs/studio/document-actions). Feeds count a revision
 * as an edit only after `publishedAt` (server/feeds/dates.ts): left at the
 * moment a draft was started, or copied from another entry, it would be earlier
 * than the publish itself, and every new entry would show as edited at once.
 *
 * So a new entry starts with the time it is created (the field's `initialValue`,
 * so the form never shows it empty), and the Publish button moves that default
 * to the moment of the first publish, as it fills the field when it is empty. A
 * time the editor set is kept. The Studio keeps no record of who typed a value,
 * so "the default" is read from the draft itself: a time from the day before the
 * draft was created (`_createdAt`, stamped at its first edit, while the form
 * filled the default when it opened) up to a few minutes after it. An entry
 * already published is never re-dated: its first publish is past. Duplicate
 * gives the copy the default a new entry gets, not the original's time.
 */
import {
  useDocumentOperation,
  type DocumentActionComponent,
  type DocumentActionProps,
  type DuplicateDocumentActionComponent,
  type MapDocument,
  type SanityDocument,
} from 'sanity'
import { newEntryPublicationTime } from '../schemas/documents/entry'

/** The entry's field that says when it went out on the site. */
export const PUBLISHED_AT_FIELD = 'publishedAt'

/**
 * How far before a draft's creation its *Published at* can be the new-entry default: the form
 * fills the default as it opens, and the draft is created at the editor's first change, which
 * may come after a pause (a meeting, a night).
 */
export const DEFAULT_BEFORE_CREATION_MS = 24 * 60 * 60_000

/** How far after a draft's creation its *Published at* can still be the default: the editor's clock may run ahead of the Content Lake's. */
export const DEFAULT_AFTER_CREATION_MS = 10 * 60_000

/** Whether `draft`'s *Published at* is empty or still the default it was created with, rather than a time the editor set. */
export function hasDefaultPublicationTime(draft: SanityDocument): boolean {
  const value = draft[PUBLISHED_AT_FIELD]
  if (!value) return true
  const time = typeof value === 'string' ? Date.parse(value) : Number.NaN
  const created = Date.parse(draft._createdAt)
  if (Number.isNaN(time) || Number.isNaN(created)) return false
  return time >= created - DEFAULT_BEFORE_CREATION_MS && time <= created + DEFAULT_AFTER_CREATION_MS
}

/** The publication time to set as `props`' draft is published now; `undefined` to leave it as it is. */
function publicationTimeToSet({ draft, published }: DocumentActionProps, now: Date): string | undefined {
  return draft && !published && hasDefaultPublicationTime(draft) ? now.toISOString() : undefined
}

/** `publish` (Sanity's publish action), setting *Published at* on the first publish when it is empty or the default. */
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

/** The copy of a document, with a new entry's default publication time instead of when the original went out. */
const withNewPublicationTime: MapDocument = (document) => ({ ...document, [PUBLISHED_AT_FIELD]: newEntryPublicationTime() })

/** `duplicate` (Sanity's duplicate action), whose copy has a new entry's *Published at*: it is a new entry, not yet published. */
export function duplicatesWithNewPublicationTime(duplicate: DocumentActionComponent): DocumentActionComponent {
  const DuplicateWithNewPublicationTime: DocumentActionComponent = (props) =>
    (duplicate as DuplicateDocumentActionComponent)({ ...props, mapDocument: withNewPublicationTime })
  DuplicateWithNewPublicationTime.action = 'duplicate'
  DuplicateWithNewPublicationTime.displayName = 'DuplicateWithNewPublicationTime'
  return DuplicateWithNewPublicationTime
}

/** Sanity's actions that an entry's own replace. */
const WRAPPERS: Partial<Record<string, (action: DocumentActionComponent) => DocumentActionComponent>> = {
  publish: setsPublishedAtOnFirstPublish,
  duplicate: duplicatesWithNewPublicationTime,
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
