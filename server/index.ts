/**
 * The Worker entry with both content sources, chosen by the bindings (see
 * wrangler.toml): Sanity when `SANITY_PROJECT_ID` is set, else the embedded
 * dataset. `npm start` runs it; a deploy takes the build of one source
 * (`index.sanity.ts`, `index.embedded.ts`), which is smaller and starts sooner.
 */
import { createApp } from './app'
import { workerFor } from './worker'

export default workerFor(createApp())
