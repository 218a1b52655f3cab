/** Shared helpers for the Worker's tests: the embedded dataset and a way to call the app. */
import embeddedDataset from '../../data/production.ndjson'
import { createApp } from '../../server/app'
import { createEmbeddedSource, parseNdjson, type SanityDocument } from '../../server/content/embedded-source'
import type { Env } from '../../server/env'

/** The embedded dataset's documents: the best fixture we have. Each call returns fresh copies. */
export function seedDocuments(): SanityDocument[] {
  return parseNdjson(embeddedDataset)
}

export function seedEntry(slug: string): SanityDocument {
  const entry = seedDocuments().find((document) => document._id === `entry-${slug}`)
  if (!entry) throw new Error(`No seed entry ${slug}`)
  return entry
}

const ENV: Env = { SANITY_DATASET: 'production', PUBLIC_BASE_URL: '' }

/** Calls the app as the Worker would, over `documents` (by default the embedded dataset itself). */
export function request(path: string, init: RequestInit = {}, documents?: SanityDocument[], env: Env = ENV) {
  const app = documents ? createApp({ contentSource: () => createEmbeddedSource(documents) }) : createApp()
  return app.request(`http://localhost${path}`, init, env)
}

export async function json<T>(response: Response): Promise<T> {
  return (await response.json()) as T
}
