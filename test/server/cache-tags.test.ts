/**
 * What the edge cache in front of the Worker is told about every route: the
 * `Cache-Tag`s naming what each answer shows (so a publish purges exactly
 * those), how long the edge may keep it, and that errors, private answers and
 * the health check are never kept. One table over every GET route of the
 * app; a route added without a row here fails the first test.
 */
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { createApp } from '../../server/app'
import type { AppEnv } from '../../server/env'
import { CACHE_CONTROL, EDGE_CACHE_CONTROL, sharedCacheMayStore, type CachePolicy } from '../../server/http/cache-control'
import { CACHE_TAG_LIMITS, CACHE_TAGS, cacheTagHeader, changeOf, tagsForChange, tagsShowing } from '../../server/http/cache-tags'
import { withEdgeCaching } from '../../server/http/edge-cache'
import { request, SEED_SLUGS_NEWEST_FIRST } from './helpers'

const entryTag = (slug: string) => `entry:entry-${slug}`
const EVERY_ENTRY = SEED_SLUGS_NEWEST_FIRST.map(entryTag)
const CONTENT_AT_THE_EDGE = 'public, max-age=86400, stale-while-revalidate=86400, stale-if-error=604800'
// What changes only with a deploy: no longer at the edge than in browsers, as a deploy purges nothing by tag.
const DEPLOYED_AT_THE_EDGE = 'public, max-age=3600, stale-while-revalidate=86400'
const API_DESCRIPTION_AT_THE_EDGE = 'public, max-age=3600'

interface Row {
  path: string
  headers?: Record<string, string>
  status: number
  /** Every tag the answer carries, or `null` when the edge must not keep it. */
  tags: string[] | null
  edge?: string
}

/** Every GET route, with what its answer shows. */
const ROUTES: Row[] = [
  { path: '/api/v1/entries?lang=en', status: 200, edge: CONTENT_AT_THE_EDGE, tags: ['site', 'lang:en', 'kind:api', 'list:all', ...EVERY_ENTRY] },
  {
    path: '/api/v1/entries?lang=zh&country=US&topic=big-data',
    status: 200,
    edge: CONTENT_AT_THE_EDGE,
    tags: ['site', 'lang:zh', 'kind:api', 'list:country:us', 'list:topic:big-data', ...['berkeley-2018', 'cupertino-2017', 'silicon-valley-2016'].map(entryTag)],
  },
  {
    // Accept-Language chose: both variants of the URL carry the same tags, as Cloudflare purges them together.
    path: '/api/v1/entries?city=fort-worth',
    headers: { 'Accept-Language': 'zh-CN' },
    status: 200,
    edge: CONTENT_AT_THE_EDGE,
    tags: ['site', 'lang:en', 'lang:zh', 'lang:zh-hant', 'kind:api', 'list:city:fort-worth', entryTag('fort-worth-2011')],
  },
  {
    path: '/api/v1/entries/vicenza-2018?lang=en',
    status: 200,
    edge: CONTENT_AT_THE_EDGE,
    tags: ['site', 'lang:en', 'kind:api', 'slug:vicenza-2018', entryTag('vicenza-2018')],
  },
  { path: '/api/v1/openapi.json', status: 200, edge: API_DESCRIPTION_AT_THE_EDGE, tags: ['site', 'kind:asset'] },
  { path: '/en/rss.xml', status: 200, edge: CONTENT_AT_THE_EDGE, tags: ['site', 'lang:en', 'kind:feed', 'settings', 'list:all', ...EVERY_ENTRY] },
  {
    path: '/zh/atom.xml?city=Fort%20Worth',
    status: 200,
    edge: CONTENT_AT_THE_EDGE,
    tags: ['site', 'lang:zh', 'kind:feed', 'settings', 'list:city:fort-worth', entryTag('fort-worth-2011')],
  },
  {
    path: '/en/feed.json?year=2018&limit=1',
    status: 200,
    edge: CONTENT_AT_THE_EDGE,
    tags: ['site', 'lang:en', 'kind:feed', 'settings', 'list:year:2018', entryTag('vicenza-2018')],
  },
  {
    // An empty feed is named by an entry of its city, which it therefore shows too.
    path: '/en/rss.xml?city=burnaby&year=2020',
    status: 200,
    edge: CONTENT_AT_THE_EDGE,
    tags: ['site', 'lang:en', 'kind:feed', 'settings', 'list:city:burnaby', 'list:year:2020', entryTag('burnaby-2014')],
  },
  {
    path: '/zh-hant/feed.json?country=CA',
    status: 200,
    edge: CONTENT_AT_THE_EDGE,
    tags: ['site', 'lang:zh-hant', 'kind:feed', 'settings', 'list:country:ca', entryTag('burnaby-2014')],
  },
  { path: '/feeds.opml', status: 200, edge: CONTENT_AT_THE_EDGE, tags: ['site', 'lang:en', 'lang:zh', 'lang:zh-hant', 'kind:opml', 'settings'] },
  { path: '/zh/feeds.opml', status: 200, edge: CONTENT_AT_THE_EDGE, tags: ['site', 'lang:zh', 'kind:opml', 'settings'] },
  { path: '/zh-hant/feeds.opml', status: 200, edge: CONTENT_AT_THE_EDGE, tags: ['site', 'lang:zh-hant', 'kind:opml', 'settings'] },
  { path: '/json-feeds.opml', status: 200, edge: CONTENT_AT_THE_EDGE, tags: ['site', 'lang:en', 'lang:zh', 'lang:zh-hant', 'kind:opml', 'settings'] },
  {
    path: '/en/',
    status: 200,
    edge: CONTENT_AT_THE_EDGE,
    tags: ['site', 'lang:en', 'kind:page', 'settings', 'list:all', ...EVERY_ENTRY],
  },
  {
    // A filtered page lists every filter's values too, from the unfiltered list.
    path: '/zh/?topic=trade',
    status: 200,
    edge: CONTENT_AT_THE_EDGE,
    tags: ['site', 'lang:zh', 'kind:page', 'settings', 'list:topic:trade', 'list:all', entryTag('burnaby-2014'), entryTag('palmerston-north-1992')],
  },
  {
    path: '/zh/entries/burnaby-2014',
    status: 200,
    edge: CONTENT_AT_THE_EDGE,
    tags: ['site', 'lang:zh', 'kind:page', 'settings', 'slug:burnaby-2014', entryTag('burnaby-2014')],
  },
  { path: '/en/json-feed-extension', status: 200, edge: CONTENT_AT_THE_EDGE, tags: ['site', 'lang:en', 'kind:page', 'settings'] },
  // The configurator lists the cities of every entry, and its pinned script changes only with a deploy.
  { path: '/zh-hant/embed/', status: 200, edge: CONTENT_AT_THE_EDGE, tags: ['site', 'lang:zh-hant', 'kind:page', 'settings', 'list:all'] },
  { path: '/zh', status: 301, edge: DEPLOYED_AT_THE_EDGE, tags: ['site', 'kind:page'] },
  { path: '/embed/', status: 301, edge: DEPLOYED_AT_THE_EDGE, tags: ['site', 'kind:asset'] },
  { path: '/en/embed', status: 301, edge: DEPLOYED_AT_THE_EDGE, tags: ['site', 'kind:asset'] },
  { path: '/zh-hant', status: 301, edge: DEPLOYED_AT_THE_EDGE, tags: ['site', 'kind:page'] },
  {
    path: '/zh-hant/entries/vicenza-2018',
    status: 200,
    edge: CONTENT_AT_THE_EDGE,
    tags: ['site', 'lang:zh-hant', 'kind:page', 'settings', 'slug:vicenza-2018', entryTag('vicenza-2018')],
  },
  // A language in other letter case is sent to ours, the same for every reader (not a route: a middleware).
  { path: '/zh-Hant/atom.xml', headers: { 'Accept-Language': 'zh-CN' }, status: 301, edge: DEPLOYED_AT_THE_EDGE, tags: ['site', 'kind:asset'] },
  {
    path: '/embed?lang=zh&country=nz',
    status: 200,
    edge: CONTENT_AT_THE_EDGE,
    tags: ['site', 'lang:zh', 'kind:widget', 'list:country:nz', entryTag('palmerston-north-1992')],
  },
  { path: '/embed.js', status: 200, edge: DEPLOYED_AT_THE_EDGE, tags: ['site', 'kind:asset'] },
  {
    path: '/embed.json?lang=zh&country=nz',
    status: 200,
    edge: CONTENT_AT_THE_EDGE,
    tags: ['site', 'lang:zh', 'kind:widget', 'list:country:nz', entryTag('palmerston-north-1992')],
  },
  { path: '/embed-frame.js', status: 200, edge: DEPLOYED_AT_THE_EDGE, tags: ['site', 'kind:asset'] },
  // A version of the script that is not today's (today's is immutable: embed-script.test.ts).
  { path: '/embed/0123456789abcdef.js', status: 404, tags: null },
  ...['/favicon.ico', '/icons/icon-64.png', '/icons/icon-144.png', '/icons/icon-512.png', '/icons/logo.png'].map((path) => ({
    path,
    status: 200,
    edge: DEPLOYED_AT_THE_EDGE,
    tags: ['site', 'kind:asset'],
  })),
  // Never kept: the reader's own redirect, the health check, errors of every kind.
  { path: '/', status: 302, tags: null },
  { path: '/healthz', status: 200, tags: null },
  { path: '/api/v1/entries?topic=nonsense', status: 400, tags: null },
  { path: '/api/v1/entries/no-such-entry', status: 404, tags: null },
  { path: '/en/rss.xml?city=atlantis', status: 400, tags: null },
  { path: '/zh/entries/no-such-entry', headers: { Accept: 'text/html' }, status: 404, tags: null },
  { path: '/nowhere', status: 404, tags: null },
  // An editor's preview of drafts is never kept, whatever it answers (here: no preview configured, no such preview).
  { path: '/preview/en/entries/vicenza-2018', status: 501, tags: null },
  { path: '/preview/zh/', status: 404, tags: null },
]

/** A Hono route pattern as a regular expression over paths: `/:lang{(?:en|zh)}/rss.xml`, `/api/v1/entries/:slug`, `/preview/*`. */
function patternOf(route: string): RegExp {
  const source = route
    .split('/')
    .map((segment) => {
      const constrained = /^:\w+\{(.+)\}$/.exec(segment)
      if (constrained) return `(?:${constrained[1]})`
      if (segment.startsWith(':')) return '[^/]+'
      if (segment === '*') return '.*'
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    })
    .join('/')
  return new RegExp(`^${source}/?$`)
}

describe('the edge cache', () => {
  it('has a row in this table for every GET route of the app', () => {
    const routes = new Set(
      createApp()
        .routes.filter((route) => route.method === 'GET')
        .map((route) => route.path),
    )
    const uncovered = [...routes].filter((route) => !ROUTES.some((row) => patternOf(route).test(new URL(row.path, 'http://x').pathname)))
    expect(uncovered).toEqual([])
  })

  it.each(ROUTES)('tags $path with what it shows, or keeps it out of the edge', async ({ path, headers, status, tags, edge }) => {
    const response = await request(path, { headers })
    expect(response.status).toBe(status)
    const cacheControl = response.headers.get('Cache-Control') ?? ''
    if (tags === null) {
      expect(cacheControl).toMatch(/no-store|private/)
      expect(response.headers.get('Cache-Tag')).toBeNull()
      expect(response.headers.get('Cloudflare-CDN-Cache-Control')).toBeNull()
      return
    }
    expect(cacheControl).toMatch(/^public, max-age=\d+/)
    expect(response.headers.get('Cloudflare-CDN-Cache-Control')).toBe(edge)
    expect(response.headers.get('Cache-Tag')?.split(',').sort()).toEqual([...tags].sort())
  })

  it('keeps content far longer at the edge, which is purged on publish, than in browsers, which are not', async () => {
    const response = await request('/en/atom.xml')
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=300, stale-while-revalidate=3600, stale-if-error=86400')
    // No s-maxage: Cloudflare would then stop serving stale copies while it revalidates or when the Worker fails.
    expect(response.headers.get('Cloudflare-CDN-Cache-Control')).toBe(CONTENT_AT_THE_EDGE)
  })

  it('keeps what changes only with a deploy no longer at the edge than browsers keep it', async () => {
    for (const path of ['/embed.js', '/api/v1/openapi.json', '/zh', '/favicon.ico']) {
      const response = await request(path)
      expect(response.headers.get('Cloudflare-CDN-Cache-Control'), path).toBe(response.headers.get('Cache-Control'))
    }
  })

  it('lets a shared cache keep an answer by the policy it was sent with, never by a header written by hand', async () => {
    for (const policy of Object.keys(CACHE_CONTROL) as CachePolicy[]) {
      expect(sharedCacheMayStore(CACHE_CONTROL[policy]), policy).toBe(EDGE_CACHE_CONTROL[policy] !== null)
    }
    expect(['public, max-age=60', 'PUBLIC', '', null].map(sharedCacheMayStore)).toEqual([false, false, false, false])
    const handWritten = await new Hono<AppEnv>()
      .use(withEdgeCaching)
      .get('/', (c) => c.text('kept how long?', 200, { 'Cache-Control': 'public, max-age=31536000' }))
      .request('/')
    expect(handWritten.headers.get('Cache-Control')).toBe('no-store')
    expect(handWritten.headers.get('Cache-Tag')).toBeNull()
  })

  it('tags a HEAD and a 304 as it tags the full answer', async () => {
    const full = await request('/en/atom.xml')
    const head = await request('/en/atom.xml', { method: 'HEAD' })
    const notModified = await request('/en/atom.xml', { headers: { 'If-None-Match': full.headers.get('ETag') ?? '' } })
    expect(notModified.status).toBe(304)
    expect(head.headers.get('Cache-Tag')).toBe(full.headers.get('Cache-Tag'))
    expect(notModified.headers.get('Cache-Tag')).toBe(full.headers.get('Cache-Tag'))
  })
})

describe('tag names', () => {
  it('are printable ASCII without spaces or commas, however the value is written', () => {
    expect(CACHE_TAGS.list('city', 'são paulo')).toBe('list:city:s%c3%a3o%20paulo')
    expect(CACHE_TAGS.list('country', 'US')).toBe(CACHE_TAGS.list('country', 'us'))
    expect(CACHE_TAGS.entry('entry,with,commas')).toBe('entry:entry%2cwith%2ccommas')
    for (const tag of [CACHE_TAGS.slug('北京-2020'), CACHE_TAGS.list('city', "xi'an")]) expect(tag).toMatch(/^[\x21-\x7e]+$/)
  })

  it('stand a value too long for a tag in by its hash, the same each time', () => {
    const long = 'ü'.repeat(400)
    const tag = CACHE_TAGS.list('city', long)
    expect(tag).toMatch(/^list:city:~[0-9a-f]{8}$/)
    expect(CACHE_TAGS.list('city', long)).toBe(tag)
    expect(CACHE_TAGS.list('city', `${long}x`)).not.toBe(tag)
  })

  it('fit a list of thousands of entries within Cloudflare’s limits, keeping the tags a purge must reach', () => {
    const entries = Array.from({ length: 3000 }, (_, index) => ({ id: `entry-a-rather-long-document-id-number-${index}` }))
    const header = cacheTagHeader(['site', 'lang:en', ...tagsShowing({ kind: 'feed', entries, settings: true, lists: [{ city: 'burnaby' }] })])
    const tags = header.split(',')
    expect(new TextEncoder().encode(header).byteLength).toBeLessThanOrEqual(CACHE_TAG_LIMITS.headerBytes)
    expect(tags.length).toBeLessThanOrEqual(CACHE_TAG_LIMITS.tags)
    expect(tags.slice(0, 5)).toEqual(['site', 'lang:en', 'kind:feed', 'settings', 'list:city:burnaby'])
  })
})

describe('a publish', () => {
  it('purges the very tags its lists carry, however the webhook wrote the entry’s values', async () => {
    const side = { slug: 'palmerston-north-1992', city: ' Palmerston North', country: 'nz', topics: ['Trade', 'no-such-topic'], date: '1992-05' }
    const change = changeOf({ _id: 'entry-palmerston-north-1992', _type: 'entry', operation: 'update', before: side, after: side })
    // Each value read by the rule a request's filter is read by; a value no request could select names no list.
    expect(change.lists).toEqual([{}, { city: 'palmerston-north' }, { country: 'NZ' }, { topic: 'trade' }, { year: '1992' }])
    const purged = tagsForChange(change)
    for (const path of ['/en/rss.xml?city=Palmerston%20North', '/zh/atom.xml?country=nz', '/api/v1/entries?topic=TRADE', '/en/feed.json?year=1992']) {
      const tags = (await request(path)).headers.get('Cache-Tag')?.split(',') ?? []
      expect(tags.filter((tag) => tag.startsWith('list:') && purged.includes(tag)), path).toHaveLength(1)
    }
  })
})
