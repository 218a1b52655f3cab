/**
 * The dependencies a content source needs only once it queries, loaded then,
 * not at start-up: each is a module of its own beside the main one
 * (`*.lazy.js` here, bundled by build.ts, uploaded by wrangler.toml's
 * `ESModule` rule), so /healthz, the widget's script and a build's other
 * source never pay for it. Written here, beside the modules, because wrangler
 * names each module it finds by its path from `base_dir` (this folder) and
 * leaves the import in the main module as written here.
 *
 * Each loader keeps the module, not a promise of it: workerd settles a promise
 * only in the request that made it.
 */
type GroqJs = typeof import('./groq-js.lazy.js')
type SanityClientLibrary = typeof import('./sanity-client.lazy.js')

let groqJs: GroqJs | undefined
let sanityClient: SanityClientLibrary | undefined

/** groq-js's `parse` and `evaluate`, for the embedded dataset (server/content/embedded-source.ts). */
export async function loadGroqJs(): Promise<GroqJs> {
  return (groqJs ??= await import('./groq-js.lazy.js'))
}

/** `@sanity/client`'s `createClient`, for a Sanity project (server/content/sanity-source.ts). */
export async function loadSanityClient(): Promise<SanityClientLibrary> {
  return (sanityClient ??= await import('./sanity-client.lazy.js'))
}
