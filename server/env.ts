/**
 * The Worker's bindings (`wrangler.toml` vars and secrets) and the per-request
 * variables the app's middleware decides once for every handler.
 */
import type { LanguageId } from '../schemas/languages'
import type { SourceBindings } from './content/configured-source'
import type { ContentSource } from './content/source'

export interface Env extends SourceBindings {
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
    /**
     * The request's language, decided once (`i18n/language.ts`): the path's, else a usable `lang`
     * parameter, else `Accept-Language`. Content, feeds, pages, the widget and problems are in it.
     */
    language: LanguageId
  }
}
