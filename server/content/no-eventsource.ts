/**
 * Stands in for the `eventsource` package in the Worker's bundle (wrangler.toml
 * `[alias]`), 27 KB it would carry for nothing: `@sanity/client` constructs an
 * `EventSource` only for `listen()` and `live.events()`, and the Worker only
 * queries (`content/sanity-source.ts`, and `@sanity/preview-url-secret`'s
 * `fetch`). Should that change, this says so instead of listening.
 */
export class EventSource {
  constructor() {
    throw new Error('The Worker carries no EventSource (wrangler.toml [alias]): @sanity/client listen() and live.events() are not available')
  }
}
