/**
 * Starting the local Content Lake: the working copy of the `production`
 * dataset (created from data/ on first start) served on 127.0.0.1.
 */
import { once } from 'node:events'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { Dataset } from './dataset.ts'
import { createLakeServer } from './server.ts'

export const ROOT = resolve(import.meta.dirname, '..')
export const DATASET_NAME = 'production'
/** The embedded dataset: where a working copy starts, and where `lake:export` writes it back. */
export const SEED_FILE = resolve(ROOT, 'data', `${DATASET_NAME}.ndjson`)

export interface LakePlace {
  /** Folder of the working copy (LAKE_DIR, default `.lake` in the repository). */
  dir: string
  /** Port on 127.0.0.1 (LAKE_PORT, default 3900); 0 picks a free one. */
  port: number
}

export function lakePlace(env: NodeJS.ProcessEnv = process.env): LakePlace {
  return { dir: resolve(ROOT, env.LAKE_DIR || '.lake'), port: Number(env.LAKE_PORT || 3900) }
}

export const workingCopyOf = ({ dir }: Pick<LakePlace, 'dir'>): string => resolve(dir, `${DATASET_NAME}.ndjson`)

export interface RunningLake {
  server: Server
  dataset: Dataset
  /** Such as `http://127.0.0.1:3900`. */
  url: string
  port: number
  /** Whether the working copy was created from the embedded dataset just now. */
  created: boolean
  stop(): Promise<void>
}

/** Opens the working copy and serves it; logs each saved transaction and each refused request. */
export async function startLake(place: LakePlace, log: (line: string) => void = console.log): Promise<RunningLake> {
  const { dataset, created } = await Dataset.open({ file: workingCopyOf(place), seedFile: SEED_FILE })
  const server = createLakeServer({
    dataset,
    datasetName: DATASET_NAME,
    onTransaction: ({ id, changes }) =>
      log(`lake: saved ${id}: ${changes.map((change) => `${change.result ? 'wrote' : 'deleted'} ${change.id}`).join(', ')}`),
    onRefusal: (request, error) => log(`lake: refused ${request.method} ${request.url?.split('?')[0]} (${error.status}): ${error.message}`),
  })
  server.listen(place.port, '127.0.0.1')
  try {
    await once(server, 'listening')
  } catch (error) {
    await dataset.close()
    throw error
  }
  const { port } = server.address() as AddressInfo
  return {
    server,
    dataset,
    url: `http://127.0.0.1:${port}`,
    port,
    created,
    stop: async () => {
      await new Promise<void>((stopped) => {
        server.close(() => stopped())
        server.closeAllConnections()
      })
      await dataset.close()
    },
  }
}

/** What the lake says when it starts: where, what, and that it is not Sanity. */
export function greeting(lake: RunningLake): string {
  return [
    `Local Content Lake on ${lake.url} (dataset "${DATASET_NAME}", ${lake.dataset.documents().length} documents)`,
    `  working copy ${lake.dataset.file}${lake.created ? ', just created from the embedded dataset' : ''}`,
    '  A development tool, not Sanity: loopback only, no accounts, no history, no CDN. Never deploy it.',
  ].join('\n')
}
