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
import { createWebhookSender, DEFAULT_WEBHOOK_SECRET, webhookTargetOf, type WebhookTarget } from './webhook.ts'

export const ROOT = resolve(import.meta.dirname, '..')
export const DATASET_NAME = 'production'
/** The project id the Studio (`studio/sanity.config.ts`) and the Worker (`SANITY_PROJECT_ID=local`) give the lake. */
export const PROJECT_ID = 'local'
/** The embedded dataset: where a working copy starts, and where `lake:export` writes it back. */
export const SEED_FILE = resolve(ROOT, 'data', `${DATASET_NAME}.ndjson`)

export interface LakePlace {
  /** Folder of the working copy (LAKE_DIR, default `.lake` in the repository). */
  dir: string
  /** Port on 127.0.0.1 (LAKE_PORT, default 3900); 0 picks a free one. */
  port: number
  /** Where the publish webhook goes, signed with what (LAKE_WEBHOOK_URL, LAKE_WEBHOOK_SECRET); none: no webhook. */
  webhook?: WebhookTarget
}

/** The lake as the environment places it; the webhook goes to the local Worker unless LAKE_WEBHOOK_URL says otherwise. */
export function lakePlace(env: NodeJS.ProcessEnv = process.env): LakePlace {
  return { dir: resolve(ROOT, env.LAKE_DIR || '.lake'), port: Number(env.LAKE_PORT || 3900), webhook: webhookTargetOf(env) }
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
  /** Where the publish webhook goes, if anywhere. */
  webhook: WebhookTarget | undefined
  /** Resolves once every webhook call of the transactions so far is delivered or given up. */
  webhooksSettled(): Promise<void>
  stop(): Promise<void>
}

/**
 * Opens the working copy and serves it; logs each saved transaction and each refused request, and
 * sends the publish webhook of each transaction to `place.webhook`, logging each call's fate.
 */
export async function startLake(place: LakePlace, log: (line: string) => void = console.log): Promise<RunningLake> {
  const webhook = place.webhook && createWebhookSender(place.webhook, { projectId: PROJECT_ID, dataset: DATASET_NAME }, log)
  const { dataset, created } = await Dataset.open({ file: workingCopyOf(place), seedFile: SEED_FILE })
  if (webhook) dataset.subscribe(webhook.send)
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
    webhook: place.webhook,
    webhooksSettled: async () => webhook?.settled(),
    stop: async () => {
      await new Promise<void>((stopped) => {
        server.close(() => stopped())
        server.closeAllConnections()
      })
      await webhook?.close()
      await dataset.close()
    },
  }
}

/**
 * What the lake says when it starts: where, what, and that it is not Sanity.
 * `workerStarted` when `npm run studio` starts the Worker and gives it the webhook's secret itself.
 */
export function greeting(lake: RunningLake, { workerStarted = false } = {}): string {
  return [
    `Local Content Lake on ${lake.url} (dataset "${DATASET_NAME}", ${lake.dataset.documents().length} documents)`,
    `  working copy ${lake.dataset.file}${lake.created ? ', just created from the embedded dataset' : ''}`,
    lake.webhook
      ? `  publish webhook to ${lake.webhook.url} (LAKE_WEBHOOK_URL; empty sends none), signed with ${
          workerStarted
            ? 'a secret given to the Worker started below'
            : lake.webhook.secret === DEFAULT_WEBHOOK_SECRET
              ? `the local default: give the Worker --var SANITY_WEBHOOK_SECRET:${DEFAULT_WEBHOOK_SECRET}`
              : 'LAKE_WEBHOOK_SECRET'
        }`
      : '  no publish webhook (LAKE_WEBHOOK_URL is empty)',
    '  A development tool, not Sanity: loopback only, no accounts, no history, no CDN. Never deploy it.',
  ].join('\n')
}
