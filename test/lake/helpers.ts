/**
 * What the lake's tests share: a lake on its own temporary working copy and a
 * free port, a `@sanity/client` pointed at it as the Worker points one, a
 * listener that records its events, and the embedded dataset as the fixture.
 */
import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createClient, type MutationEvent, type SanityClient, type WelcomeEvent } from '@sanity/client'
import { SEED_FILE, startLake, workingCopyOf, type LakePlace, type RunningLake } from '../../lake/lake.ts'
import type { LakeDocument } from '../../lake/mutations.ts'
import { parseNdjson } from '../../lake/working-copy.ts'

import { SANITY_API_VERSION as API_VERSION } from '../../schemas/lib/api-version'

export { API_VERSION }

/** The embedded dataset as it is on disk now: the working copy every test starts from. */
export function seedDocuments(): LakeDocument[] {
  return parseNdjson(readFileSync(SEED_FILE, 'utf8'), SEED_FILE)
}

export function seedDocument(id: string): LakeDocument {
  const document = seedDocuments().find((candidate) => candidate._id === id)
  if (!document) throw new Error(`data/production.ndjson has no document "${id}"`)
  return document
}

/** A client as the Worker makes one for a lake: no project host name, no CDN, every document as stored. */
export function lakeClient(url: string): SanityClient {
  return createClient({
    projectId: 'local',
    dataset: 'production',
    apiVersion: API_VERSION,
    apiHost: url,
    useProjectHostname: false,
    useCdn: false,
    perspective: 'raw',
  })
}

export interface TestLake {
  lake: RunningLake
  client: SanityClient
  /** The folder of the working copy. */
  dir: string
  /** The working copy's path. */
  file: string
  /** What the lake logged. */
  log: string[]
  /** Stops the lake and removes its folder. */
  close(): Promise<void>
}

/**
 * A lake on a new temporary working copy (created from the embedded dataset), on a free port;
 * it sends its publish webhook only to the `webhook` given, never to a Worker that happens to run.
 */
export async function openTestLake({ webhook }: Pick<LakePlace, 'webhook'> = {}): Promise<TestLake> {
  const dir = await mkdtemp(join(tmpdir(), 'lake-test-'))
  const log: string[] = []
  const lake = await startLake({ dir, port: 0, webhook }, (line) => log.push(line)).catch(async (error: unknown) => {
    await rm(dir, { recursive: true, force: true })
    throw error
  })
  return {
    lake,
    client: lakeClient(lake.url),
    dir,
    file: workingCopyOf({ dir }),
    log,
    close: async () => {
      await lake.stop()
      await rm(dir, { recursive: true, force: true })
    },
  }
}

/** An answer of the lake: a result, or an error shaped as Sanity's API shapes them. */
export type LakeAnswer = Record<string, unknown> & { error?: { type: string; description: string } }

/** Posts `body` to one of the lake's endpoints (such as `/data/mutate/production`) and returns the status and the answer. */
export async function post(lake: RunningLake, path: string, body: unknown): Promise<{ status: number; body: LakeAnswer }> {
  const response = await fetch(`${lake.url}/v${API_VERSION}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json()) as LakeAnswer }
}

export interface RecordingListener {
  events: MutationEvent[]
  /** Resolves with the events once `count` have arrived; rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<MutationEvent[]>
  close(): void
}

/**
 * Listens to `query` with the options the Studio's document store uses
 * (mendoza effects, results, previous revisions), and resolves once the
 * lake has said welcome, so no transaction after that can be missed.
 */
export async function listenTo(client: SanityClient, query: string, params: Record<string, unknown> = {}): Promise<RecordingListener> {
  const events: MutationEvent[] = []
  const waiting = new Set<() => void>()
  let failure: unknown
  let welcomed: () => void = () => undefined
  let refused: (error: unknown) => void = () => undefined
  const welcome = new Promise<void>((resolve, reject) => {
    welcomed = resolve
    refused = reject
  })
  const subscription = client
    .listen(query, params, {
      events: ['welcome', 'mutation'],
      includeResult: true,
      includePreviousRevision: true,
      effectFormat: 'mendoza',
      visibility: 'query',
    })
    .subscribe({
      next: (event: MutationEvent | WelcomeEvent) => {
        if (event.type === 'welcome') return welcomed()
        events.push(event as MutationEvent)
        for (const wake of waiting) wake()
      },
      error: (error: unknown) => {
        failure = error
        refused(error)
        for (const wake of waiting) wake()
      },
    })
  await welcome
  return {
    events,
    waitFor: (count, timeoutMs = 5_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (failure) return finish(() => reject(failure))
          if (events.length >= count) finish(() => resolve(events.slice()))
        }
        const timer = setTimeout(
          () => finish(() => reject(new Error(`expected ${count} events, got ${events.length}: ${JSON.stringify(events.map((event) => [event.documentId, event.transition]))}`))),
          timeoutMs,
        )
        const finish = (settle: () => void) => {
          clearTimeout(timer)
          waiting.delete(check)
          settle()
        }
        waiting.add(check)
        check()
      }),
    close: () => subscription.unsubscribe(),
  }
}
