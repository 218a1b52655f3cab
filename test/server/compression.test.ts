/**
 * Compression (server/http/compression.ts): the feeds Cloudflare does not
 * compress itself reach readers who take gzip compressed, once per kept body,
 * with an ETag of their own and `Vary: Accept-Encoding`; the bytes decompress
 * to the very bytes of the plain answer; `Accept-Encoding` is honoured,
 * `q=0` included.
 */
import { describe, expect, it } from 'vitest'
import { createApp } from '../../server/app'
import { createEmbeddedSource } from '../../server/content/embedded-source'
import type { Env } from '../../server/env'
import { acceptsGzip } from '../../server/http/compression'
import { KeptAnswers, withKeptAnswers } from '../../server/http/kept-answers'

const ENV: Env = { SANITY_DATASET: 'production', PUBLIC_BASE_URL: '' }
const ctx = { waitUntil: () => {}, passThroughOnException: () => {}, props: {} } as unknown as ExecutionContext

function worker() {
  const handler = withKeptAnswers(createApp({ contentSource: () => createEmbeddedSource() }), new KeptAnswers())
  return (path: string, headers: Record<string, string> = {}, cf?: Partial<IncomingRequestCfProperties>) =>
    handler.fetch!(new Request(`http://localhost${path}`, { headers, ...(cf && { cf }) }) as Request<unknown, IncomingRequestCfProperties>, ENV, ctx)
}

async function gunzip(bytes: ArrayBuffer): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

/** The feeds whose media types Cloudflare leaves alone: Atom, JSON Feed and OPML. */
const COMPRESSED = ['/en/atom.xml', '/zh/feed.json', '/feeds.opml', '/json-feeds.opml']

describe('compression', () => {
  it.each([
    ['gzip', true],
    ['gzip, deflate, br', true],
    ['br;q=1, gzip;q=0.5', true],
    ['x-gzip', true],
    ['*', true],
    ['gzip;q=0', false],
    ['gzip; q=0.000', false],
    ['*;q=0', false],
    ['gzip;q=0, *', false],
    ['br, *;q=0', false],
    ['br', false],
    ['identity', false],
    ['', false],
  ])('reads Accept-Encoding %j as %s for gzip', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected)
  })

  it.each(COMPRESSED)('sends %s gzipped to a reader who takes it: its own ETag, and the same bytes once decompressed', async (path) => {
    const get = worker()
    const plain = await get(path)
    const plainBytes = new Uint8Array(await plain.arrayBuffer())
    for (let i = 0; i < 2; i++) {
      const gzipped = await get(path, { 'Accept-Encoding': 'gzip, deflate, br' })
      expect(gzipped.headers.get('Content-Encoding')).toBe('gzip')
      expect(gzipped.headers.get('Vary')).toContain('Accept-Encoding')
      expect(plain.headers.get('Vary')).toContain('Accept-Encoding')
      const etag = plain.headers.get('ETag')!
      expect(gzipped.headers.get('ETag')).toBe(`${etag.slice(0, -1)}-gz"`)
      const compressed = await gzipped.arrayBuffer()
      expect(compressed.byteLength).toBeLessThan(plainBytes.byteLength)
      expect(await gunzip(compressed)).toEqual(plainBytes)
      // Every other header is the plain answer's.
      const others = (response: Response) => [...response.headers].filter(([name]) => !['etag', 'content-encoding'].includes(name))
      expect(others(gzipped)).toEqual(others(plain))
    }
  })

  it('answers a conditional request for the gzip form by its own ETag', async () => {
    const get = worker()
    const gzipped = await get('/en/atom.xml', { 'Accept-Encoding': 'gzip' })
    const etag = gzipped.headers.get('ETag')!
    const again = await get('/en/atom.xml', { 'Accept-Encoding': 'gzip', 'If-None-Match': etag })
    expect(again.status).toBe(304)
    expect(again.headers.get('ETag')).toBe(etag)
    expect(again.headers.get('Content-Encoding')).toBeNull()
    // The plain form's tag names other bytes: the gzip form is sent whole.
    const plainEtag = (await get('/en/atom.xml')).headers.get('ETag')!
    const other = await get('/en/atom.xml', { 'Accept-Encoding': 'gzip', 'If-None-Match': plainEtag })
    expect(other.status).toBe(200)
  })

  it('sends the plain bytes to a reader who refuses gzip or names none', async () => {
    const get = worker()
    for (const acceptEncoding of ['gzip;q=0', 'br', 'identity', '*;q=0']) {
      const response = await get('/en/atom.xml', { 'Accept-Encoding': acceptEncoding })
      expect(response.headers.get('Content-Encoding')).toBeNull()
      expect(await response.text()).toMatch(/^<\?xml/)
    }
  })

  it('leaves to Cloudflare what it compresses itself: HTML, JSON, RSS', async () => {
    const get = worker()
    for (const path of ['/en/', '/api/v1/entries?lang=en', '/en/rss.xml']) {
      await get(path)
      const response = await get(path, { 'Accept-Encoding': 'gzip' })
      expect(response.headers.get('Content-Encoding')).toBeNull()
      expect(response.headers.get('Vary') ?? '').not.toContain('Accept-Encoding')
    }
  })

  it('follows what the reader sent, not the Accept-Encoding Cloudflare gives every Worker (cf.clientAcceptEncoding)', async () => {
    // Cloudflare (and wrangler dev) hand the Worker "Accept-Encoding: br, gzip" whatever the reader
    // sent, and pass an Atom body the Worker encoded straight through: curl, asking for nothing,
    // must get plain XML.
    const get = worker()
    for (let i = 0; i < 2; i++) {
      const plain = await get('/en/atom.xml', { 'Accept-Encoding': 'br, gzip' }, { clientAcceptEncoding: '' })
      expect(plain.headers.get('Content-Encoding')).toBeNull()
      expect(await plain.text()).toMatch(/^<\?xml/)
      const gzipped = await get('/en/atom.xml', { 'Accept-Encoding': 'br, gzip' }, { clientAcceptEncoding: 'gzip, deflate' })
      expect(gzipped.headers.get('Content-Encoding')).toBe('gzip')
    }
  })

  it('fresh renders match: a plain app without the front door sends the same plain answer', async () => {
    const fresh = await createApp().request('http://localhost/en/atom.xml', {}, ENV)
    const kept = await worker()('/en/atom.xml', { 'Accept-Encoding': 'gzip;q=0' })
    expect([...kept.headers]).toEqual([...fresh.headers])
    expect(await kept.text()).toBe(await fresh.text())
  })
})
