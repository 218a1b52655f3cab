/**
 * The Worker entry of the embedded build (`wrangler deploy --env embedded`):
 * the dataset in `data/`, queried with groq-js, and no Sanity client; there
 * are no drafts to preview (501).
 */
import { createSiteApp } from './site'
import { createEmbeddedSource } from './content/embedded-source'
import { workerFor } from './worker'

export default workerFor(createSiteApp({ contentSource: () => createEmbeddedSource(), draftsPreview: () => undefined }))
