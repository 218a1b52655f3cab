/**
 * Entity tags for the API's and pages' responses (`hono/etag`): a repeated
 * request with `If-None-Match` gets 304 Not Modified, which keeps the headers
 * a partner page's revalidation and a cache need — CORS, the language — as
 * well as those RFC 9110 §15.4.5 names.
 */
import { etag, RETAINED_304_HEADERS } from 'hono/etag'

export const withEtag = etag({ retainedHeaders: [...RETAINED_304_HEADERS, 'access-control-allow-origin', 'content-language'] })
