/**
 * The Worker's app with both content sources, chosen by the bindings: Sanity
 * when `SANITY_PROJECT_ID` is set (and its drafts for editors' previews), else
 * the embedded dataset. What `npm start` runs (`index.ts`) and the tests ask for.
 */
import { contentSourceFor, draftsPreviewFor } from './content/configured-source'
import { createSiteApp, type AppSources } from './site'

/** The app with both sources, or with those `options` gives instead. */
export function createApp(options: Partial<AppSources> = {}) {
  return createSiteApp({
    contentSource: options.contentSource ?? contentSourceFor,
    draftsPreview: options.draftsPreview ?? draftsPreviewFor,
  })
}
