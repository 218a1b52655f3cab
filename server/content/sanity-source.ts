/**
 * Content from a Sanity project's Content Lake, through `@sanity/client`:
 * published documents only, from the API CDN, at a pinned API version.
 */
import { createClient } from '@sanity/client'
import { ContentUnavailableError, type ContentSource, type QueryParams } from './source'

export interface SanitySourceOptions {
  projectId: string
  dataset: string
  apiVersion: string
}

export function createSanitySource({ projectId, dataset, apiVersion }: SanitySourceOptions): ContentSource {
  const client = createClient({
    projectId,
    dataset,
    apiVersion,
    useCdn: true,
    perspective: 'published',
    // A reader waits for these: retry once, briefly, then answer 503 rather than hang for seconds.
    maxRetries: 1,
    retryDelay: () => 200,
  })
  return {
    kind: 'sanity',
    description: `${projectId}/${dataset}`,
    async fetch<Result>(query: string, params: QueryParams) {
      try {
        return await client.fetch<Result>(query, params)
      } catch (error) {
        throw new ContentUnavailableError(`Sanity ${projectId}/${dataset} did not answer`, { cause: error })
      }
    },
  }
}
