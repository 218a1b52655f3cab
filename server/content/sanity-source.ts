/**
 * Content from a Sanity project's Content Lake, through `@sanity/client`:
 * published documents only, at a pinned API version, from the API CDN, or
 * from another host speaking the same HTTP API (the local Content Lake).
 */
import { createClient } from '@sanity/client'
import { ContentUnavailableError, type ContentSource, type QueryParams } from './source'

export interface SanitySourceOptions {
  projectId: string
  dataset: string
  apiVersion: string
  /**
   * Origin of a Content Lake other than Sanity's, such as `http://127.0.0.1:3900`; absent:
   * `https://<projectId>.apicdn.sanity.io`.
   */
  apiHost?: string
}

export function createSanitySource({ projectId, dataset, apiVersion, apiHost }: SanitySourceOptions): ContentSource {
  const host = apiHost === undefined ? undefined : apiHostUrl(apiHost)
  const client = createClient({
    projectId,
    dataset,
    apiVersion,
    perspective: 'published',
    // A reader waits for these: retry once, briefly, then answer 503 rather than hang for seconds.
    maxRetries: 1,
    retryDelay: () => 200,
    ...(host
      ? // `<host>/v<apiVersion>/data/query/<dataset>`: no `<projectId>.` prefix (workerd need not
        // resolve `<projectId>.localhost`), and no CDN, so an edit shows at once.
        { apiHost: host, useProjectHostname: false, useCdn: false }
      : { useCdn: true }),
  })
  const name = host ? `${projectId}/${dataset} at ${host}` : `${projectId}/${dataset}`
  return {
    kind: 'sanity',
    description: name,
    async fetch<Result>(query: string, params: QueryParams) {
      try {
        return await client.fetch<Result>(query, params)
      } catch (error) {
        throw new ContentUnavailableError(`Sanity ${name} did not answer`, { cause: error })
      }
    },
  }
}

/** `SANITY_API_HOST` as `@sanity/client` wants it: an http(s) origin (and path), no credentials, no trailing slash. */
function apiHostUrl(apiHost: string): string {
  const url = URL.canParse(apiHost) ? new URL(apiHost) : undefined
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password || url.search || url.hash) {
    throw new Error(`SANITY_API_HOST must be an http(s) URL without credentials, such as http://127.0.0.1:3900`)
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '')
}
