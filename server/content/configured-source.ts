/**
 * The content source the Worker's bindings configure: Sanity when a project
 * id is set, otherwise the embedded dataset.
 */
import { SANITY_API_VERSION } from '../../schemas/lib/api-version'
import { createEmbeddedSource } from './embedded-source'
import { createSanitySource } from './sanity-source'
import type { ContentSource } from './source'

/** The bindings (`wrangler.toml` vars and secrets) that choose and configure the source; part of the Worker's `Env`. */
export interface SourceBindings {
  /** Sanity project id. Empty or absent: serve the embedded dataset in `data/`. */
  SANITY_PROJECT_ID?: string
  /** Sanity dataset name, such as `production`. */
  SANITY_DATASET?: string
  /** Sanity HTTP API version (a date); absent: `SANITY_API_VERSION`, the one the queries are written for. */
  SANITY_API_VERSION?: string
  /**
   * Where the Sanity HTTP API is, such as `http://127.0.0.1:3900` for the local Content Lake in
   * `lake/`. Empty or absent: Sanity's own API (`https://<project>.apicdn.sanity.io`). When set,
   * queries go to `<host>/v<apiVersion>/data/query/<dataset>`, without the CDN.
   */
  SANITY_API_HOST?: string
}

/** Sanity sources by configuration: one client per isolate, not one per request. */
const sanitySources = new Map<string, ContentSource>()

/** Sanity (at `SANITY_API_HOST`, if set) when `SANITY_PROJECT_ID` is set, else the embedded dataset. */
export function contentSourceFor(env: SourceBindings): ContentSource {
  const projectId = env.SANITY_PROJECT_ID?.trim()
  if (!projectId) return createEmbeddedSource()
  const options = {
    projectId,
    dataset: env.SANITY_DATASET?.trim() || 'production',
    apiVersion: env.SANITY_API_VERSION?.trim() || SANITY_API_VERSION,
    apiHost: env.SANITY_API_HOST?.trim() || undefined,
  }
  const key = `${options.projectId}/${options.dataset}@${options.apiVersion} ${options.apiHost ?? ''}`
  let source = sanitySources.get(key)
  if (!source) {
    source = createSanitySource(options)
    sanitySources.set(key, source)
  }
  return source
}
