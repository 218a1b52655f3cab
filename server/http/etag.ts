/**
 * Entity tags for the API, the pages and the widget (`hono/etag`, over the
 * rendered body): a repeated request with `If-None-Match` gets 304 Not
 * Modified, which keeps the headers a partner page's revalidation and a cache
 * need — CORS, the language — as well as those RFC 9110 §15.4.5 names. Feeds
 * have their own (conditional.ts): a strong SHA-256 tag with `Last-Modified`,
 * which feed readers use.
 */
import { etag, RETAINED_304_HEADERS } from 'hono/etag'

export const withEtag = etag({ retainedHeaders: [...RETAINED_304_HEADERS, 'access-control-allow-origin', 'content-language'] })
