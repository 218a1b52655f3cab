/**
 * The Worker's bindings (`wrangler.toml` vars and secrets) and the per-request
 * variables the app's middleware decides once for every handler.
 */
import type { LanguageId } from '../schemas/languages'
import type { SourceBindings } from './content/configured-sanity'
import type { ContentSource } from './content/source'

export interface Env extends SourceBindings {
  /** Secret that signs Sanity's webhooks. */
  SANITY_WEBHOOK_SECRET?: string
  /** Public origin for absolute links, such as `https://feeds.example.org`; empty: the request's origin. */
  PUBLIC_BASE_URL?: string
  /**
   * A WebSub hub (https://www.w3.org/TR/websub/), such as `https://pubsubhubbub.appspot.com/`:
   * feeds name it as `rel="hub"` and the Worker tells it of every feed a publish changed. Empty: none.
   */
  WEBSUB_HUB?: string
  /**
   * Workers KV namespace keeping every widget script served, by version (`embed/releases.ts`), so
   * pinned `/embed/{version}.js` scripts outlive deploys. Absent: only the current one is served.
   */
  WIDGET_RELEASES?: KVNamespace
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
    /**
     * The request as the site writes it (`http/canonical-request.ts`), which a route that reads
     * content declares: what is kept of its answer is kept under it.
     */
    canonicalRequest?: string
    /**
     * What the answer shows, as `Cache-Tag`s (`http/cache-tags.ts`): routes add to it with
     * `showing`, and `http/edge-cache.ts` sends it with the answers the edge may keep.
     */
    cacheTags?: readonly string[]
  }
}
