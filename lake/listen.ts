/**
 * Sanity's listener (https://www.sanity.io/docs/listening): which documents a
 * listen query follows, and the `mutation` events it gets for a transaction,
 * in the shape the Studio's document store checks (a `previousRev` →
 * `resultRev` chain and mendoza `effects`).
 */
import type { Transaction } from './dataset.ts'
import { LakeError } from './errors.ts'
import type { DocumentChange, LakeDocument } from './mutations.ts'
import { runQuery, urlParams } from './query.ts'

export interface ListenOptions {
  query: string
  params: Record<string, unknown>
  includeResult: boolean
  includePreviousRevision: boolean
  includeMutations: boolean
  includeAllVersions: boolean
  effectFormat: string | undefined
  visibility: string
}

/** A listen request's options from its URL, as `@sanity/client`'s `listen()` sends them. */
export function listenOptions(url: URL): ListenOptions {
  const query = url.searchParams.get('query')
  if (!query) throw new LakeError(400, 'listenError', 'A listener needs a query, such as *[_type == "entry"]')
  const params = urlParams(url, 'listenError')
  const flag = (name: string, fallback: boolean) => {
    const value = url.searchParams.get(name)
    return value === null ? fallback : value === 'true'
  }
  return {
    query,
    params,
    includeResult: flag('includeResult', true),
    includePreviousRevision: flag('includePreviousRevision', false),
    includeMutations: flag('includeMutations', true),
    includeAllVersions: flag('includeAllVersions', false),
    effectFormat: url.searchParams.get('effectFormat') ?? undefined,
    visibility: url.searchParams.get('visibility') ?? 'query',
  }
}

export interface MutationEvent {
  eventId: string
  documentId: string
  transactionId: string
  transition: 'update' | 'appear' | 'disappear'
  identity: string
  timestamp: string
  visibility: string
  previousRev?: string
  resultRev: string
  transactionTotalEvents: number
  transactionCurrentEvent: number
  mutations?: unknown[]
  result?: LakeDocument
  previous?: LakeDocument | null
  effects?: { apply: unknown; revert: unknown }
}

async function matches(options: ListenOptions, document: LakeDocument | null): Promise<boolean> {
  if (!document) return false
  if (!options.includeAllVersions && document._id.startsWith('versions.')) return false
  const found = await runQuery(options.query, options.params, [document])
  return Array.isArray(found) ? found.length > 0 : Boolean(found)
}

/** The `mutation` events a listener with `options` gets for `transaction`, one per document it follows. */
export async function mutationEvents(transaction: Transaction, options: ListenOptions): Promise<MutationEvent[]> {
  const followed: { change: DocumentChange; before: boolean; after: boolean }[] = []
  for (const change of transaction.changes) {
    const before = await matches(options, change.previous)
    const after = await matches(options, change.result)
    if (before || after) followed.push({ change, before, after })
  }
  return followed.map(({ change, before, after }, index) => {
    const event: MutationEvent = {
      eventId: `${transaction.id}#${change.id}`,
      documentId: change.id,
      transactionId: transaction.id,
      transition: before && after ? 'update' : after ? 'appear' : 'disappear',
      identity: transaction.identity,
      timestamp: transaction.timestamp,
      visibility: options.visibility,
      transactionTotalEvents: followed.length,
      transactionCurrentEvent: index,
      // Every event carries the transaction as its resulting revision, deletions too.
      resultRev: transaction.id,
    }
    // A document that did not exist has no previous revision: the field is left out, not null.
    if (change.previous?._rev) event.previousRev = change.previous._rev
    if (options.includeMutations) event.mutations = change.mutations
    if (options.includeResult && change.result) event.result = change.result
    if (options.includePreviousRevision) event.previous = change.previous
    // The simplest mendoza patch: "the value is this". Correct for any change, if not the smallest.
    if (options.effectFormat === 'mendoza') event.effects = { apply: [0, change.result], revert: [0, change.previous] }
    return event
  })
}
