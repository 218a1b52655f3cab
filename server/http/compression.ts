/**
 * Compression of the answers Cloudflare sends as they are. Cloudflare
 * compresses `text/html`, `application/json`, `application/javascript`,
 * `application/rss+xml` and XML for readers itself, but not
 * `application/atom+xml`, `application/feed+json` or `text/x-opml` (extending
 * its list takes a Compression Rule, Enterprise only); for those the Worker
 * gzips each body once, when it keeps it (kept-answers.ts), and sends the
 * compressed bytes to readers whose `Accept-Encoding` takes gzip, with an
 * ETag of their own and `Vary: Accept-Encoding` on both forms. workerd's
 * `CompressionStream` has gzip and deflate, not brotli or zstd.
 */

/** The media types (without parameters) that the Worker compresses itself. */
export const COMPRESSED_HERE: ReadonlySet<string> = new Set(['application/atom+xml', 'application/feed+json', 'text/x-opml'])

/** Smaller bodies are sent as they are: gzip's own header and trailer would eat the saving. */
const MIN_GZIP_BYTES = 256

/** Whether an answer of `contentType` is compressed by the Worker (and so varies by `Accept-Encoding`). */
export function compressedHere(contentType: string | null): boolean {
  return contentType !== null && COMPRESSED_HERE.has(contentType.split(';')[0]!.trim().toLowerCase())
}

/**
 * Whether `Accept-Encoding` (RFC 9110 §12.5.3) takes gzip: named (or `x-gzip`) with a
 * weight above zero, or `*` above zero when gzip is not named.
 */
export function acceptsGzip(acceptEncoding: string | null): boolean {
  if (!acceptEncoding) return false
  let star = false
  for (const range of acceptEncoding.split(',')) {
    const [coding = '', ...parameters] = range.split(';')
    const name = coding.trim().toLowerCase()
    const q = parameters.map((parameter) => /^\s*q\s*=\s*([\d.]+)\s*$/i.exec(parameter)?.[1]).find((value) => value !== undefined)
    const accepted = q === undefined || Number(q) > 0
    if (name === 'gzip' || name === 'x-gzip') return accepted
    if (name === '*') star = accepted
  }
  return star
}

/**
 * What the reader's `Accept-Encoding` was. Cloudflare (and `wrangler dev`, which emulates it) gives
 * every Worker `Accept-Encoding: br, gzip` whatever the reader sent, keeps the reader's own in
 * `request.cf.clientAcceptEncoding` (empty when it sent none), and passes a body the Worker encoded
 * straight through for the types it does not compress itself; so that is the header to honour.
 */
export function readerAcceptEncoding(request: Request): string | null {
  const cf = request.cf as { clientAcceptEncoding?: unknown } | undefined
  return typeof cf?.clientAcceptEncoding === 'string' ? cf.clientAcceptEncoding : request.headers.get('Accept-Encoding')
}

/** `bytes` gzipped, or `undefined` when that would not make them smaller. */
export async function gzipped(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (bytes.byteLength < MIN_GZIP_BYTES) return undefined
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'))
  const compressed = new Uint8Array(await new Response(stream).arrayBuffer())
  return compressed.byteLength < bytes.byteLength ? compressed : undefined
}

/** The ETag of the gzip form of an answer tagged `etag`: its own (RFC 9110 §8.8.3), as the bytes differ. */
export function gzipEtag(etag: string): string {
  return etag.endsWith('"') ? `${etag.slice(0, -1)}-gz"` : `${etag}-gz`
}
