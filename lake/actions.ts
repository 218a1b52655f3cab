/**
 * Sanity's document actions (https://www.sanity.io/docs/http-actions), which
 * the Studio uses for every change, turned into the mutations that have the
 * same effect on drafts and published documents.
 */
import { LakeError } from './errors.ts'
import { applyMutations, type LakeDocument, type SanityMutation } from './mutations.ts'
import { publishedIdOf } from './query.ts'

/** The actions the lake carries out, by `actionType`. */
export const ACTION_TYPES = [
  'sanity.action.document.create',
  'sanity.action.document.edit',
  'sanity.action.document.publish',
  'sanity.action.document.unpublish',
  'sanity.action.document.discard',
  'sanity.action.document.delete',
  'sanity.action.document.replaceDraft',
  'sanity.action.document.version.discard',
] as const

export interface DocumentAction {
  actionType: string
  publishedId?: string
  draftId?: string
  attributes?: Partial<LakeDocument>
  ifExists?: 'fail' | 'ignore'
  patch?: Record<string, unknown>
  ifDraftRevisionId?: string
  ifPublishedRevisionId?: string
  includeDrafts?: string[]
  versionId?: string
  [field: string]: unknown
}

type Lookup = (id: string) => LakeDocument | undefined

/** A copy of `document` under another id, without what the lake sets itself. */
function copyAs(document: LakeDocument, id: string): LakeDocument {
  const { _rev, _updatedAt, _originalId, ...fields } = document
  return { ...fields, _id: id }
}

/** `id` if it is a draft or version of `publishedId`, and not the published document itself. */
function draftOf(publishedId: string, id: string, index: number, what: string): string {
  if (id === publishedId || publishedIdOf(id) !== publishedId) {
    throw new LakeError(400, 'actionError', `Action ${index} (${what}): "${id}" is not a draft or version of "${publishedId}"`)
  }
  return id
}

function required(action: DocumentAction, index: number, field: 'publishedId' | 'draftId' | 'versionId'): string {
  const value = action[field]
  if (typeof value !== 'string' || value === '') throw new LakeError(400, 'actionError', `Action ${index} (${action.actionType}) needs ${field}`)
  return value
}

/** The action's published id and its draft id, checked to belong together. */
function draftPair(action: DocumentAction, index: number, what: string): { publishedId: string; draftId: string } {
  const publishedId = required(action, index, 'publishedId')
  return { publishedId, draftId: draftOf(publishedId, required(action, index, 'draftId'), index, what) }
}

/** A draft or version id on its own (`drafts.a`, `versions.r1.a`), checked to be one. */
const versionOnly = (id: string, index: number, what: string): string => draftOf(publishedIdOf(id), id, index, what)

/** The document that `create` and `replaceDraft` write: the attributes, under a draft id of the action's published id. */
function draftDocument(action: DocumentAction, index: number, what: string): LakeDocument {
  const attributes = action.attributes
  if (!attributes || typeof attributes._type !== 'string') throw new LakeError(400, 'actionError', `Action ${index} (${what}) needs attributes with a _type`)
  const publishedId = required(action, index, 'publishedId')
  return { ...attributes, _id: draftOf(publishedId, attributes._id ?? `drafts.${publishedId}`, index, what) } as LakeDocument
}

function existing(lookup: Lookup, id: string, what: string): LakeDocument {
  const document = lookup(id)
  if (!document) throw new LakeError(409, 'actionError', `Cannot ${what}: document "${id}" does not exist`)
  return document
}

function checkRevision(document: LakeDocument | undefined, expected: string | undefined, what: string): void {
  if (expected !== undefined && document?._rev !== expected) {
    throw new LakeError(409, 'conflictError', `Cannot ${what}: "${document?._id}" has revision "${document?._rev}", not "${expected}"; it was changed meanwhile`)
  }
}

/** The mutations of one action, given the documents as the action finds them. */
function mutationsOf(action: DocumentAction, index: number, lookup: Lookup): SanityMutation[] {
  if (typeof action !== 'object' || action === null) throw new LakeError(400, 'actionError', `Action ${index} is not an object with an actionType`)
  switch (action.actionType) {
    case 'sanity.action.document.create': {
      const document = draftDocument(action, index, 'create')
      return [action.ifExists === 'ignore' ? { createIfNotExists: document } : { create: document }]
    }
    case 'sanity.action.document.edit': {
      const { publishedId, draftId } = draftPair(action, index, 'edit')
      const patch = { ...action.patch, id: draftId }
      if (lookup(draftId)) return [{ patch }]
      // Editing a published document starts its draft from it.
      return [{ create: copyAs(existing(lookup, publishedId, 'edit'), draftId) }, { patch }]
    }
    case 'sanity.action.document.publish': {
      const { publishedId, draftId } = draftPair(action, index, 'publish')
      const draft = existing(lookup, draftId, 'publish')
      const published = lookup(publishedId)
      checkRevision(draft, action.ifDraftRevisionId, 'publish')
      checkRevision(published, action.ifPublishedRevisionId, 'publish')
      const document = copyAs(draft, publishedId)
      if (published?._createdAt) document._createdAt = published._createdAt
      return [{ createOrReplace: document }, { delete: { id: draftId } }]
    }
    case 'sanity.action.document.unpublish': {
      const { publishedId, draftId } = draftPair(action, index, 'unpublish')
      const published = existing(lookup, publishedId, 'unpublish')
      // The published text is kept as the draft, unless a draft exists already.
      return [{ createIfNotExists: copyAs(published, draftId) }, { delete: { id: publishedId } }]
    }
    case 'sanity.action.document.discard':
    case 'sanity.action.document.version.discard': {
      // version.discard is what the Studio sends for "Discard changes", and to delete a document that was never published.
      const field = action.actionType === 'sanity.action.document.discard' ? 'draftId' : 'versionId'
      const id = versionOnly(required(action, index, field), index, 'discard')
      existing(lookup, id, 'discard the draft')
      return [{ delete: { id } }]
    }
    case 'sanity.action.document.delete': {
      const publishedId = required(action, index, 'publishedId')
      const ids = [publishedId, ...(action.includeDrafts ?? []).map((id) => draftOf(publishedId, id, index, 'delete'))]
      if (!ids.some((id) => lookup(id))) throw new LakeError(409, 'actionError', `Cannot delete: "${publishedId}" has neither a published document nor the drafts named`)
      return ids.map((id) => ({ delete: { id } }))
    }
    case 'sanity.action.document.replaceDraft':
      return [{ createOrReplace: draftDocument(action, index, 'replaceDraft') }]
    default:
      throw new LakeError(
        400,
        'actionError',
        `Action ${index}: the local lake does not carry out "${action.actionType}"; it carries out ${ACTION_TYPES.join(', ')}`,
      )
  }
}

/**
 * The mutations of `actions`, in order, each action seeing what those before
 * it did. Throws a LakeError naming the action that cannot be carried out.
 */
export function actionsToMutations(actions: readonly DocumentAction[], lookup: Lookup): SanityMutation[] {
  if (!Array.isArray(actions) || actions.length === 0) throw new LakeError(400, 'actionError', 'The request has no actions')
  const overlay = new Map<string, LakeDocument | null>()
  const current: Lookup = (id) => (overlay.has(id) ? (overlay.get(id) ?? undefined) : lookup(id))
  const all: SanityMutation[] = []
  for (const [index, action] of actions.entries()) {
    const mutations = mutationsOf(action, index, current)
    for (const change of applyMutations(current, mutations, `simulated-${index}`, new Date().toISOString())) overlay.set(change.id, change.result)
    all.push(...mutations)
  }
  return all
}
