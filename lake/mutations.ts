/**
 * Sanity's mutations (https://www.sanity.io/docs/http-mutations) applied to the
 * lake's documents, all or nothing. The patch operations themselves are
 * `@sanity/mutator`'s, the code the Studio runs; what the API adds on top is
 * here: `create` refuses an id that exists, `patch` refuses a missing document,
 * `ifRevisionID` refuses a stale edit, and every changed document gets the
 * transaction's id as its `_rev`.
 */
import { randomBytes } from 'node:crypto'
import { Mutation } from '@sanity/mutator'
import { LakeError } from './errors.ts'

export interface LakeDocument {
  _id: string
  _type: string
  _rev?: string
  _createdAt?: string
  _updatedAt?: string
  [field: string]: unknown
}

type NewDocument = Partial<LakeDocument> & { _type: string }

/** One mutation as the HTTP API takes it. */
export type SanityMutation =
  | { create: NewDocument }
  | { createIfNotExists: LakeDocument }
  | { createOrReplace: LakeDocument }
  | { delete: { id: string } }
  | { patch: { id: string; ifRevisionID?: string; [operation: string]: unknown } }

/** What a transaction did to one document: before, after, and the mutations that did it. */
export interface DocumentChange {
  id: string
  previous: LakeDocument | null
  result: LakeDocument | null
  mutations: SanityMutation[]
}

const ID = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/

/** A new random document id, as Sanity makes them. */
export const randomId = (): string => randomBytes(16).toString('base64url').replace(/[-_]/g, '').slice(0, 22)

function checkedId(id: unknown, index: number): string {
  if (typeof id !== 'string' || !ID.test(id)) {
    throw new LakeError(400, 'mutationError', `Mutation ${index}: document id ${JSON.stringify(id)} is not valid: use letters, digits, ".", "_" and "-", at most 128 characters`)
  }
  return id
}

/** The id a mutation targets; `create` without an id (or ending in ".") gets a random one. */
function targetOf(mutation: SanityMutation, index: number): string {
  if (typeof mutation !== 'object' || mutation === null) {
    throw new LakeError(400, 'mutationError', `Mutation ${index} is not an object such as {"patch": {"id": …, "set": {…}}}`)
  }
  for (const [kind, value] of Object.entries(mutation)) {
    if (typeof value !== 'object' || value === null) throw new LakeError(400, 'mutationError', `Mutation ${index}: "${kind}" needs an object`)
  }
  if ('create' in mutation) {
    const id = mutation.create._id
    if (id === undefined || id === '') return (mutation.create._id = randomId())
    if (id.endsWith('.')) return (mutation.create._id = `${id}${randomId()}`)
    return checkedId(id, index)
  }
  if ('createIfNotExists' in mutation) return checkedId(mutation.createIfNotExists._id, index)
  if ('createOrReplace' in mutation) return checkedId(mutation.createOrReplace._id, index)
  if ('delete' in mutation) return checkedId(mutation.delete.id, index)
  if ('patch' in mutation) return checkedId(mutation.patch.id, index)
  throw new LakeError(400, 'mutationError', `Mutation ${index} is none of create, createIfNotExists, createOrReplace, delete, patch (by id; lake/server.ts turns a delete by query into deletes by id; the local lake does not patch by query)`)
}

/**
 * Applies `mutations` in order over `lookup`, as transaction `transactionId`
 * at `timestamp`. Returns one change per document touched, in first-touched
 * order; throws a LakeError (and changes nothing) if any mutation fails.
 */
export function applyMutations(
  lookup: (id: string) => LakeDocument | undefined,
  input: readonly SanityMutation[],
  transactionId: string,
  timestamp: string,
): DocumentChange[] {
  const changes = new Map<string, DocumentChange>()
  for (const [index, given] of input.entries()) {
    const mutation = structuredClone(given)
    const id = targetOf(mutation, index)
    let change = changes.get(id)
    if (!change) {
      const stored = lookup(id) ?? null
      if (stored?._rev === transactionId) {
        throw new LakeError(409, 'conflictError', `Transaction id "${transactionId}" was used before for "${id}": give each transaction a new one`)
      }
      change = { id, previous: stored, result: stored, mutations: [] }
      changes.set(id, change)
    }
    const current = change.result
    // What leaves a document as it is does not count as a write: no new revision, no event.
    if (('createIfNotExists' in mutation && current) || ('delete' in mutation && !current)) continue
    if ('create' in mutation && current) throw new LakeError(409, 'mutationError', `Document by ID "${id}" already exists`)
    if ('patch' in mutation) {
      if (!current) throw new LakeError(404, 'documentNotFoundError', `Document "${id}" not found: nothing to patch`)
      const expected = mutation.patch.ifRevisionID
      if (expected !== undefined && expected !== current._rev) {
        throw new LakeError(409, 'conflictError', `Document "${id}" has revision "${current._rev}", not "${expected}" as the edit expected: it was changed meanwhile`)
      }
    }
    let result: LakeDocument | null
    try {
      // The mutator fills in and returns the very object of a create: give it a copy of its own.
      result = new Mutation({ mutations: [structuredClone(mutation)], resultRev: transactionId, timestamp }).apply(
        current ? structuredClone(current) : null,
      ) as LakeDocument | null
    } catch (error) {
      throw new LakeError(400, 'mutationError', `Mutation ${index} on "${id}" failed: ${(error as Error).message}`)
    }
    if (result && result._id !== id) throw new LakeError(400, 'mutationError', `Mutation ${index}: a document's _id cannot change`)
    // Checked on the result, so that neither a new document nor a patch can leave one without a type.
    if (result && (typeof result._type !== 'string' || result._type === '')) {
      throw new LakeError(400, 'mutationError', `Mutation ${index}: a document needs a non-empty _type, and keeps it`)
    }
    change.result = result
    // As applied: a create records the id the lake gave it.
    change.mutations.push(mutation)
  }
  return [...changes.values()].filter((change) => change.mutations.length > 0)
}
