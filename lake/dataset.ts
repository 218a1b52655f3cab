/**
 * One dataset of the lake: its documents in memory, its working copy on disk,
 * and the transactions that change them. Transactions run one at a time; each
 * is on disk before it is visible to queries, listeners or the caller.
 */
import { randomId, applyMutations, type DocumentChange, type LakeDocument, type SanityMutation } from './mutations.ts'
import { openWorkingCopy, toNdjson, writeAtomically } from './working-copy.ts'

/** An accepted transaction. */
export interface Transaction {
  id: string
  /** ISO 8601, as `_updatedAt` of the documents it changed. */
  timestamp: string
  /** The user who made it. */
  identity: string
  changes: DocumentChange[]
}

export interface DatasetOptions {
  /** The working copy, such as `.lake/production.ndjson`. */
  file: string
  /** The export it starts from when `file` does not exist. */
  seedFile: string
}

export class Dataset {
  readonly file: string
  /** Gives the working copy's lock back: the lake is closing. */
  readonly close: () => Promise<void>
  #documents: Map<string, LakeDocument>
  #snapshot: LakeDocument[] | undefined
  #listeners = new Set<(transaction: Transaction) => void>()
  #queue: Promise<unknown> = Promise.resolve()

  private constructor(file: string, documents: readonly LakeDocument[], close: () => Promise<void>) {
    this.file = file
    this.close = close
    this.#documents = new Map(documents.map((document) => [document._id, document]))
  }

  /** Opens the working copy, creating it from the seed on first start. `created` says which. */
  static async open({ file, seedFile }: DatasetOptions): Promise<{ dataset: Dataset; created: boolean }> {
    const { documents, created, unlock } = await openWorkingCopy(file, seedFile)
    return { dataset: new Dataset(file, documents, unlock), created }
  }

  get(id: string): LakeDocument | undefined {
    return this.#documents.get(id)
  }

  /** Every document, drafts and versions included; the same array until the next transaction. */
  documents(): readonly LakeDocument[] {
    this.#snapshot ??= [...this.#documents.values()]
    return this.#snapshot
  }

  /**
   * Applies `mutations` as one transaction, writes the working copy, then tells
   * the listeners. Given a function, it is called with the documents as they
   * are when the transaction's turn comes, to say what the mutations are.
   * Rejects with a LakeError, changing nothing, if a mutation fails; a
   * transaction that changes nothing writes nothing.
   */
  commit(
    mutations: readonly SanityMutation[] | ((lookup: (id: string) => LakeDocument | undefined) => SanityMutation[]),
    options: { transactionId?: string; identity: string },
  ): Promise<Transaction> {
    const next = this.#queue.then(async () => {
      const transaction: Transaction = {
        id: options.transactionId || randomId(),
        timestamp: new Date().toISOString(),
        identity: options.identity,
        changes: [],
      }
      const lookup = (id: string) => this.#documents.get(id)
      const list = typeof mutations === 'function' ? mutations(lookup) : mutations
      transaction.changes = applyMutations(lookup, list, transaction.id, transaction.timestamp)
      if (transaction.changes.length === 0) return transaction
      const documents = new Map(this.#documents)
      for (const { id, result } of transaction.changes) {
        if (result) documents.set(id, result)
        else documents.delete(id)
      }
      await writeAtomically(this.file, toNdjson(documents.values()), (error) =>
        console.error(`lake: ${transaction.id} is written, but flushing the folder failed: ${error.message}`),
      )
      // On disk: from here on the transaction has happened, whatever a listener does.
      this.#documents = documents
      this.#snapshot = undefined
      for (const listener of this.#listeners) {
        try {
          listener(transaction)
        } catch (error) {
          console.error(`lake: a listener failed on ${transaction.id}:`, error)
        }
      }
      return transaction
    })
    this.#queue = next.catch(() => undefined)
    return next
  }

  /** Calls `listener` after every accepted transaction; returns the way to stop. */
  subscribe(listener: (transaction: Transaction) => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }
}
