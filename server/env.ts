/**
 * The Worker's bindings (`wrangler.toml` vars and secrets) and the per-request
 * variables the app shares between middleware and handlers.
 */
import type { ContentSource } from './content/source'
import type { LanguageId } from '../schemas/languages'

export interface Env {
  /** Sanity project id. Empty or absent: serve the embedded dataset in `data/`. */
  SANITY_PROJECT_ID?: string
  /** Sanity dataset name, such as `production`. */
  SANITY_DATASET?: string
  /** Pinned Sanity HTTP API version (a date, such as `2025-02-19`). */
  SANITY_API_VERSION?: string
  /**
   * Where the Sanity HTTP API is, such as `http://127.0.0.1:3900` for the local Content Lake in
   * `lake/`. Empty or absent: Sanity's own API (`https://<project>.apicdn.sanity.io`). When set,
   * queries go to `<host>/v<apiVersion>/data/query/<dataset>`, without the CDN.
   */
  SANITY_API_HOST?: string
  /** Secret read token, used only to preview drafts. */
  SANITY_READ_TOKEN?: string
  /** Secret that signs Sanity's webhooks. */
  SANITY_WEBHOOK_SECRET?: string
  /** Public origin for absolute links, such as `https://feeds.example.org`; empty: the request's origin. */
  PUBLIC_BASE_URL?: string
}

export interface AppEnv {
  Bindings: Env
  Variables: {
    /** Where content comes from for this request. */
    source: ContentSource
    /** The language interface strings (errors included) are written in. */
    uiLanguage: LanguageId
  }
}
