/**
 * The Worker entry of the Sanity build (`wrangler deploy --env sanity`): the
 * project `SANITY_PROJECT_ID` names, and its drafts for editors' previews;
 * neither groq-js nor the embedded dataset.
 */
import { createSiteApp } from './site'
import { draftsPreviewFor, onlySanitySourceFor } from './content/configured-sanity'
import { workerFor } from './worker'

export default workerFor(createSiteApp({ contentSource: onlySanitySourceFor, draftsPreview: draftsPreviewFor }))
