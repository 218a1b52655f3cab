/** Shared helpers for the Worker's tests: the embedded dataset and a way to call the app. */
import embeddedDataset from '../../data/production.ndjson'
import { createApp } from '../../server/app'
import { createEmbeddedSource, parseNdjson, type SanityDocument } from '../../server/content/embedded-source'
import type { Env } from '../../server/env'

/** The embedded dataset's documents: the best fixture we have. Each call returns fresh copies. */
export function seedDocuments(): SanityDocument[] {
  return parseNdjson(embeddedDataset)
}

/** The embedded dataset's entries, newest first by agreement date: what every unfiltered list shows. */
export const SEED_SLUGS_NEWEST_FIRST = [
  'vicenza-2018',
  'berkeley-2018',
  'cupertino-2017',
  'silicon-valley-2016',
  'burnaby-2014',
  'fort-worth-2011',
  'palmerston-north-1992',
]

export function seedEntry(slug: string): SanityDocument {
  const entry = seedDocuments().find((document) => document._id === `entry-${slug}`)
  if (!entry) throw new Error(`No seed entry ${slug}`)
  return entry
}

/** The seed with some documents replaced by edited copies (or added, when their id is new). */
export function seedWith(...edited: SanityDocument[]): SanityDocument[] {
  const ids = new Set(edited.map((document) => document._id))
  return [...seedDocuments().filter((document) => !ids.has(document._id)), ...edited]
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
