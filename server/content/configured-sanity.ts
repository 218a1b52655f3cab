/**
 * The Sanity project the Worker's bindings configure, as a content source,
 * and, for editors' previews, the same project's drafts, when a read token is
 * set too. Apart from the embedded dataset (`configured-source.ts`), so that
 * the Sanity build (`index.sanity.ts`) carries neither groq-js nor the dataset.
 */
import { SANITY_API_VERSION } from '../../schemas/lib/api-version'
import { createPreviewSecretCheck, createSanitySource, type SanitySourceOptions } from './sanity-source'
import { forOneRequest, type ContentSource } from './source'

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
  /**
   * Milliseconds a Sanity query may take, its one retry included, before it is abandoned and the
   * reader gets the last good copy (or a 503); absent or not a positive number: `DEFAULT_SANITY_TIMEOUT_MS`.
   */
  SANITY_TIMEOUT_MS?: string
  /**
   * Secret read token (Viewer), used only for editors' previews: to check the preview secrets their
   * Studio creates and to read drafts (never for published content, which needs none).
   */
  SANITY_READ_TOKEN?: string
}

/** The time budget of a Sanity query when `SANITY_TIMEOUT_MS` does not set one. */
export const DEFAULT_SANITY_TIMEOUT_MS = 2000

/** Sanity sources by configuration: one client, and one memory of answers, per isolate, not per request. */
const sanitySources = new Map<string, ContentSource>()

/** The Sanity project the bindings name, or `undefined` for the embedded dataset. */
function sanityOptions(env: SourceBindings): SanitySourceOptions | undefined {
  const projectId = env.SANITY_PROJECT_ID?.trim()
  if (!projectId) return undefined
  const timeoutMs = Number(env.SANITY_TIMEOUT_MS)
  return {
    projectId,
    dataset: env.SANITY_DATASET?.trim() || 'production',
    apiVersion: env.SANITY_API_VERSION?.trim() || SANITY_API_VERSION,
    apiHost: env.SANITY_API_HOST?.trim() || undefined,
    timeoutMs: Number.isFinite(timeoutMs) && timeoutMs > 0 ? timeoutMs : DEFAULT_SANITY_TIMEOUT_MS,
  }
}

/** The Sanity source the bindings configure (at `SANITY_API_HOST`, if set); `undefined` without `SANITY_PROJECT_ID`. */
export function sanitySourceFor(env: SourceBindings): ContentSource | undefined {
  const options = sanityOptions(env)
  if (!options) return undefined
  const key = `${options.projectId}/${options.dataset}@${options.apiVersion} ${options.apiHost ?? ''} ${options.timeoutMs}`
  let source = sanitySources.get(key)
  if (!source) {
    source = createSanitySource(options)
    sanitySources.set(key, source)
  }
  return source
}

/** An editor's preview of drafts: the check of the secret that opens it, and the drafts it opens. */
export interface DraftsPreview {
  /**
   * Whether `secret` is a preview URL secret a signed-in editor's Studio created in the dataset
   * within the hour (`createPreviewSecretCheck`); rejects with `ContentUnavailableError` while
   * Sanity fails.
   */
  admits(secret: string): Promise<boolean>
  /** The project's drafts, read with the token, keeping nothing: read them only once `admits` said yes. */
  drafts: ContentSource
}

/**
 * The preview of the configured Sanity project's drafts, read with `SANITY_READ_TOKEN`;
 * `undefined` without a project or a token (the embedded dataset has no drafts). New for each
 * preview: it keeps nothing, so an editor sees what they have just typed.
 */
export function draftsPreviewFor(env: SourceBindings): DraftsPreview | undefined {
  const options = sanityOptions(env)
  const draftsToken = env.SANITY_READ_TOKEN?.trim()
  if (!options || !draftsToken) return undefined
  return { admits: createPreviewSecretCheck({ ...options, draftsToken }), drafts: forOneRequest(createSanitySource({ ...options, draftsToken })) }
}

/**
 * The source of the Sanity build (`index.sanity.ts`), which carries no other: the configured
 * project, or, without `SANITY_PROJECT_ID`, an error that says so (logged; readers get a 500).
 */
export function onlySanitySourceFor(env: SourceBindings): ContentSource {
  const source = sanitySourceFor(env)
  if (!source) throw new Error('This build of the Worker reads Sanity only: set SANITY_PROJECT_ID (wrangler.toml, [env.sanity.vars])')
  return source
}
