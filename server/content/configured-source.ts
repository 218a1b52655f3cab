/**
 * The content source the Worker's bindings configure when a build carries
 * both (`index.ts`: `npm start`, the tests): Sanity when a project id is set
 * (`configured-sanity.ts`), otherwise the embedded dataset.
 */
import { sanitySourceFor, type SourceBindings } from './configured-sanity'
import { createEmbeddedSource } from './embedded-source'
import type { ContentSource } from './source'

export { draftsPreviewFor } from './configured-sanity'

/** Sanity (at `SANITY_API_HOST`, if set) when `SANITY_PROJECT_ID` is set, else the embedded dataset. */
export function contentSourceFor(env: SourceBindings): ContentSource {
  return sanitySourceFor(env) ?? createEmbeddedSource()
}
