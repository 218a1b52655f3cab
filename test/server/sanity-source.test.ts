/**
 * The Sanity source, tested below `@sanity/client`: the HTTP requests it sends
 * are checked, and answered with what the embedded dataset gives for the same
 * query (a Content Lake holding the same documents answers the same).
 */
import { describe, expect, it, vi } from 'vitest'
import { createEmbeddedSource } from '../../server/content/embedded-source'
import { entriesQuery } from '../../server/content/queries'
import type { QueryParams } from '../../server/content/source'
import type { EntryListJson } from '../../server/render/json'
import { json, request } from './helpers'

const SANITY_ENV = { SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'production' }
/** The local Content Lake in `lake/`, as `npm` would configure the Worker for it. */
const LAKE_ENV = { ...SANITY_ENV, SANITY_PROJECT_ID: 'local', SANITY_API_HOST: 'http://127.0.0.1:3900' }

/** Answers Content Lake query requests from the embedded dataset, recording each request. */
function contentLakeFromEmbeddedDataset() {
  const embedded = createEmbeddedSource()
  const requests: URL[] = []
  vi.mocked(globalThis.fetch).mockImplementation(async (input) => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    requests.push(url)
    const query = url.searchParams.get('query') ?? ''
    const params: QueryParams = {}
    for (const [name, value] of url.searchParams) {
      if (name.startsWith('$')) params[name.slice(1)] = JSON.parse(value) as QueryParams[string]
    }
    const result = await embedded.fetch(query, params)
    return Response.json({ query, result, ms: 1 })
  })
  return requests
}

describe('the Sanity content source', () => {
  it('sends the same GROQ query with the language, published perspective and pinned API version to the API CDN', async () => {
    const requests = contentLakeFromEmbeddedDataset()
    const response = await request('/api/v1/entries?lang=zh&country=US&limit=2', {}, undefined, SANITY_ENV)
    expect(response.status).toBe(200)
    expect(requests).toHaveLength(1)
    const [sent] = requests
    expect(sent?.origin).toBe('https://abc123.apicdn.sanity.io')
    expect(sent?.pathname).toBe('/v2025-02-19/data/query/production')
    expect(sent?.searchParams.get('query')).toBe(entriesQuery)
    expect(sent?.searchParams.get('perspective')).toBe('published')
    expect(JSON.parse(sent?.searchParams.get('$lang') ?? 'null')).toBe('zh')
    expect(JSON.parse(sent?.searchParams.get('$fallback') ?? 'null')).toBe('en')
    expect(JSON.parse(sent?.searchParams.get('$country') ?? 'null')).toBe('US')
    expect(JSON.parse(sent?.searchParams.get('$end') ?? 'null')).toBe(3)
  })

  it('gives the same answer as the embedded dataset for the same documents', async () => {
    contentLakeFromEmbeddedDataset()
    const fromSanity = await json<EntryListJson>(await request('/api/v1/entries?lang=zh', {}, undefined, SANITY_ENV))
    const fromEmbedded = await json<EntryListJson>(await request('/api/v1/entries?lang=zh'))
    expect(fromSanity).toEqual(fromEmbedded)
    expect(fromSanity.items).toHaveLength(7)
  })

  it('sends no token for published content', async () => {
    const requests: Request[] = []
    vi.mocked(globalThis.fetch).mockImplementation(async (input, init) => {
      requests.push(new Request(input, init))
      return Response.json({ result: [], ms: 1 })
    })
    await request('/api/v1/entries?lang=en', {}, undefined, { ...SANITY_ENV, SANITY_READ_TOKEN: 'sk-secret' })
    expect(requests[0]?.headers.get('Authorization')).toBeNull()
  })

  it('answers 503 when Sanity is unreachable', async () => {
    vi.mocked(globalThis.fetch).mockRejectedValue(new TypeError('Network connection lost.'))
    const response = await request('/api/v1/entries?lang=en', {}, undefined, SANITY_ENV)
    expect(response.status).toBe(503)
    expect(response.headers.get('Content-Type')).toMatch(/^application\/problem\+json/)
  })
})

describe('the Sanity content source at another API host (the local Content Lake)', () => {
  it('queries the host itself, without the CDN or a project subdomain, for published documents', async () => {
    const requests = contentLakeFromEmbeddedDataset()
    const response = await request('/api/v1/entries?lang=zh', {}, undefined, LAKE_ENV)
    expect(response.status).toBe(200)
    expect(requests).toHaveLength(1)
    const [sent] = requests
    expect(`${sent?.origin}${sent?.pathname}`).toBe('http://127.0.0.1:3900/v2025-02-19/data/query/production')
    expect(sent?.searchParams.get('query')).toBe(entriesQuery)
    expect(sent?.searchParams.get('perspective')).toBe('published')
    expect(JSON.parse(sent?.searchParams.get('$lang') ?? 'null')).toBe('zh')
  })

  it('renders what the host answers, as from Sanity itself', async () => {
    contentLakeFromEmbeddedDataset()
    const fromLake = await json<EntryListJson>(await request('/api/v1/entries?lang=zh', {}, undefined, LAKE_ENV))
    const fromEmbedded = await json<EntryListJson>(await request('/api/v1/entries?lang=zh'))
    expect(fromLake).toEqual(fromEmbedded)
    expect(fromLake.items).toHaveLength(7)
    expect(fromLake.items[0]?.language).toBe('zh-Hans')
  })

  it('takes the host with a trailing slash as the same host', async () => {
    const requests = contentLakeFromEmbeddedDataset()
    await request('/api/v1/entries?lang=en', {}, undefined, { ...LAKE_ENV, SANITY_API_HOST: 'http://127.0.0.1:3900/' })
    expect(requests[0]?.href).toMatch(/^http:\/\/127\.0\.0\.1:3900\/v2025-02-19\/data\/query\/production\?/)
  })

  it('is a different source from Sanity\'s own API for the same project', async () => {
    const requests = contentLakeFromEmbeddedDataset()
    await request('/api/v1/entries?lang=en', {}, undefined, { ...SANITY_ENV, SANITY_PROJECT_ID: 'local' })
    await request('/api/v1/entries?lang=en', {}, undefined, LAKE_ENV)
    expect(requests.map((url) => url.origin)).toEqual(['https://local.apicdn.sanity.io', 'http://127.0.0.1:3900'])
  })

  it('says on /healthz which host it reads', async () => {
    const response = await request('/healthz', {}, undefined, LAKE_ENV)
    expect(await response.json()).toEqual({
      status: 'ok',
      source: { kind: 'sanity', description: 'local/production at http://127.0.0.1:3900' },
    })
  })

  it('answers 503 when the host is down', async () => {
    vi.mocked(globalThis.fetch).mockRejectedValue(new TypeError('Network connection lost.'))
    const response = await request('/api/v1/entries?lang=en', {}, undefined, LAKE_ENV)
    expect(response.status).toBe(503)
  })
})
