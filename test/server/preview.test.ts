/**
 * Drafts preview (`/preview/{lang}/entries/{slug}`), in workerd, over a
 * Content Lake beneath `@sanity/client` that answers through the local lake's
 * own perspectives (content-lake.ts). A preview opens only with a preview URL
 * secret that a signed-in editor's Studio created in the dataset within the
 * hour (`@sanity/preview-url-secret`); anyone else is refused before any
 * draft is read, no problem repeats the secret, and nothing is kept.
 */
import { urlSearchParamPreviewSecret } from '@sanity/preview-url-secret'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { PREVIEW_SECRET_PARAMETER } from '../../schemas/lib/site-urls'
import { createApp } from '../../server/app'
import { ContentUnavailableError, type ContentSource } from '../../server/content/source'
import type { Env } from '../../server/env'
import { CACHE_CONTROL } from '../../server/http/cache-control'
import { contentLake, LAKE_ENV, SANITY_ENV, type AskedQuery } from './content-lake'
import { request, seedDocuments, seedEntry } from './helpers'

const ENV: Env = { ...SANITY_ENV, SANITY_READ_TOKEN: 'sk-viewer-token' }
const MINUTE_MS = 60_000

/** What an editor's Studio stores when it opens a preview: `createPreviewSecret`'s document, a draft of type `sanity.previewUrlSecret`. */
function secretDocument(secret: string, minutesAgo = 1, type = 'sanity.previewUrlSecret') {
  const at = new Date(Date.now() - minutesAgo * MINUTE_MS).toISOString()
  return {
    _id: `drafts.${crypto.randomUUID()}`,
    _type: type,
    _createdAt: at,
    _updatedAt: at,
    secret,
    source: 'meeting-the-world/preview-links',
    studioUrl: 'http://localhost:3333/structure/entry',
    userId: 'p-editor',
  }
}

const SECRET = 'bW9yZS10aGFuLWEtcGFzc3dvcmQ'
const EXPIRED = 'ZXhwaXJlZC1hbi1ob3VyLWFnbw'
const ELSEWHERE = 'aW4tYW5vdGhlci1kb2N1bWVudA'

const DRAFT_HEADLINE = { en: 'Vicenza and Guiyang renew their ties (draft)', zh: '维琴察与贵阳续签友好协议（草稿）' }

/** The embedded dataset with an unpublished edit of the Vicenza entry, a fresh preview secret, an expired one, and a "secret" field on a document of another type. */
function withDraft() {
  return [
    ...seedDocuments(),
    { ...seedEntry('vicenza-2018'), _id: 'drafts.entry-vicenza-2018', headline: DRAFT_HEADLINE },
    secretDocument(SECRET),
    secretDocument(EXPIRED, 61),
    secretDocument(ELSEWHERE, 1, 'entry'),
  ]
}

const previewUrl = (path: string, secret = SECRET) => `${path}?${PREVIEW_SECRET_PARAMETER}=${encodeURIComponent(secret)}`

interface ProblemJson {
  title: string
  status: number
  detail: string
  instance: string
}

/** Whether a query asked the Content Lake reads the preview URL secrets, and nothing else. */
const asksForSecret = ({ url }: AskedQuery) => (url.searchParams.get('query') ?? '').includes('_type == "sanity.previewUrlSecret"')

let lake: ReturnType<typeof contentLake>
beforeEach(() => {
  lake = contentLake(withDraft())
})

it('links carry the secret where @sanity/preview-url-secret looks for it', () => {
  expect(PREVIEW_SECRET_PARAMETER).toBe(urlSearchParamPreviewSecret)
})

describe('a preview with a secret an editor created within the hour', () => {
  it("shows the entry's draft, from the drafts perspective, read with the token from the live API", async () => {
    const response = await request(previewUrl('/preview/en/entries/vicenza-2018'), {}, undefined, ENV)
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=UTF-8')
    expect(await response.text()).toContain('<h1>Vicenza and Guiyang renew their ties (draft)</h1>')
    // First the secret, among every document as stored; then the drafts.
    const [check, ...reads] = lake.asked
    expect(asksForSecret(check!)).toBe(true)
    expect(check!.url.searchParams.get('perspective')).toBe('raw')
    expect(reads.length).toBeGreaterThan(0)
    expect(reads.map(({ url }) => url.searchParams.get('perspective'))).toEqual(reads.map(() => 'drafts'))
    for (const { url, headers } of lake.asked) {
      expect(url.origin).toBe('https://abc123.api.sanity.io')
      expect(headers.get('Authorization')).toBe('Bearer sk-viewer-token')
    }
  })

  it('is kept nowhere, indexed by no one, and gives no page it links to its address', async () => {
    const response = await request(previewUrl('/preview/en/entries/vicenza-2018'), {}, undefined, ENV)
    expect(response.headers.get('Cache-Control')).toBe('private, no-store')
    expect(response.headers.get('Cache-Control')).toBe(CACHE_CONTROL.preview)
    expect(response.headers.get('X-Robots-Tag')).toBe('noindex')
    expect(response.headers.get('Referrer-Policy')).toBe('no-referrer')
    expect(response.headers.get('Cache-Tag')).toBeNull()
    expect(response.headers.get('ETag')).toBeNull()
    expect(await response.text()).not.toContain(SECRET)
  })

  it('takes the secret as a bearer token too', async () => {
    const response = await request('/preview/zh/entries/vicenza-2018', { headers: { Authorization: `Bearer ${SECRET}` } }, undefined, ENV)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<h1>维琴察与贵阳续签友好协议（草稿）</h1>')
  })

  it('is in the language its path names, whatever the browser prefers', async () => {
    const response = await request(previewUrl('/preview/zh/entries/vicenza-2018'), { headers: { 'Accept-Language': 'en' } }, undefined, ENV)
    expect(response.headers.get('Content-Language')).toBe('zh-Hans')
    expect(await response.text()).toContain('<html lang="zh-Hans"')
  })

  it('leaves the published page as it was', async () => {
    const published = await request('/en/entries/vicenza-2018', { headers: { Accept: 'text/html' } }, undefined, ENV)
    expect(await published.text()).not.toContain('(draft)')
    expect(lake.asked.every(({ url, headers }) => url.searchParams.get('perspective') === 'published' && !headers.has('Authorization'))).toBe(true)
  })

  it('previews an entry that was never published', async () => {
    lake.documents.push({ ...seedEntry('burnaby-2014'), _id: 'drafts.entry-new', slug: { _type: 'slug', current: 'new-2026' }, headline: { en: 'A new partner' } })
    const response = await request(previewUrl('/preview/en/entries/new-2026'), {}, undefined, ENV)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<h1>A new partner</h1>')
  })

  it('answers an unknown slug with a 404 problem that does not repeat the secret', async () => {
    const response = await request(previewUrl('/preview/en/entries/atlantis-2030'), {}, undefined, ENV)
    expect(response.status).toBe(404)
    const body = (await response.json()) as ProblemJson
    expect(body.instance).toBe('/preview/en/entries/atlantis-2030')
    expect(JSON.stringify(body)).not.toContain(SECRET)
  })

  it('answers another preview address with a 404 problem that does not repeat the secret, and keeps it nowhere', async () => {
    const response = await request(`${previewUrl('/preview/en/everything')}&page=2`, {}, undefined, ENV)
    expect(response.status).toBe(404)
    expect(response.headers.get('Cache-Control')).toBe('private, no-store')
    const body = (await response.json()) as ProblemJson
    expect(body.instance).toBe('/preview/en/everything?page=2')
    expect(JSON.stringify(body)).not.toContain(SECRET)
  })
})

describe('a preview while Sanity fails', () => {
  /** Sanity answers the secret's lookup, then fails every query after it. */
  function failAfterTheSecret() {
    const answer = vi.mocked(globalThis.fetch).getMockImplementation()!
    vi.mocked(globalThis.fetch).mockImplementation(async (input, init) => {
      const response = await answer(input, init)
      lake.fault = 'a 500 error'
      return response
    })
  }

  it.each([
    ['checking the secret', () => (lake.fault = 'a 500 error')],
    ['reading the draft', failAfterTheSecret],
  ])('answers 503 with Retry-After, without the secret and without any copy, when it fails %s', async (_when, breakIt) => {
    breakIt()
    const response = await request(previewUrl('/preview/en/entries/vicenza-2018'), {}, undefined, ENV)
    expect(response.status).toBe(503)
    expect(response.headers.get('Retry-After')).toBe('30')
    expect(response.headers.get('Cache-Control')).toBe('private, no-store')
    const text = await response.text()
    expect(text).not.toContain(SECRET)
    expect(text).not.toContain('(draft)')
  })
})

describe('a preview over the local Content Lake', () => {
  it('shows the draft through the lake, which answers the secret and the drafts perspective to any token', async () => {
    const response = await request(previewUrl('/preview/en/entries/vicenza-2018'), {}, undefined, { ...LAKE_ENV, SANITY_READ_TOKEN: 'local' })
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('(draft)</h1>')
    expect(lake.asked.map(({ url }) => `${url.origin} ${url.searchParams.get('perspective')}`)).toEqual(
      expect.arrayContaining(['http://127.0.0.1:3900 raw', 'http://127.0.0.1:3900 drafts']),
    )
  })
})

describe('a preview without a valid secret shows nothing and reads no draft', () => {
  async function refused(path: string, init: RequestInit = {}, env: Env = ENV) {
    const response = await request(path, init, undefined, env)
    expect(response.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8')
    expect(response.headers.get('Cache-Control')).toBe('private, no-store')
    expect(response.headers.get('X-Robots-Tag')).toBe('noindex')
    const text = await response.text()
    expect(text).not.toContain('draft')
    expect(text).not.toContain('Vicenza')
    // At most the secret was looked up; no entry, draft or settings was read.
    expect(lake.asked.filter((asked) => !asksForSecret(asked))).toEqual([])
    return { response, body: JSON.parse(text) as ProblemJson, text }
  }

  it('answers no secret with 401 and how to give one, having asked nothing', async () => {
    const { response, body } = await refused('/preview/en/entries/vicenza-2018')
    expect(response.status).toBe(401)
    expect(response.headers.get('WWW-Authenticate')).toBe('Bearer realm="preview"')
    expect(body.title).toBe('Preview secret required')
    expect(lake.asked).toEqual([])
  })

  it('answers a secret under the old ?secret= name with 401, as none', async () => {
    const { response } = await refused(`/preview/en/entries/vicenza-2018?secret=${SECRET}`)
    expect(response.status).toBe(401)
  })

  it.each([
    ['a secret created over an hour ago', previewUrl('/preview/en/entries/vicenza-2018', EXPIRED), {}],
    ['a wrong secret', previewUrl('/preview/en/entries/vicenza-2018', 'wrong'), {}],
    ['the secret with a character more', previewUrl('/preview/en/entries/vicenza-2018', `${SECRET}x`), {}],
    ['the secret less its last character', previewUrl('/preview/en/entries/vicenza-2018', SECRET.slice(0, -1)), {}],
    ['a "secret" held by a document that is no preview secret', previewUrl('/preview/en/entries/vicenza-2018', ELSEWHERE), {}],
    ['a secret forged to widen the query', previewUrl('/preview/en/entries/vicenza-2018', '" || true || "'), {}],
    ['an expired bearer token', '/preview/en/entries/vicenza-2018', { Authorization: `Bearer ${EXPIRED}` }],
  ])('answers %s with 403, never repeating it', async (_what, path, headers) => {
    const { response, body, text } = await refused(path, { headers })
    expect(response.status).toBe(403)
    expect(body.title).toBe('Wrong or expired preview secret')
    expect(body.instance).toBe('/preview/en/entries/vicenza-2018')
    expect(text).not.toContain(EXPIRED)
    expect(text).not.toContain(SECRET)
  })

  it("refuses in the preview's language", async () => {
    const { body } = await refused(previewUrl('/preview/zh/entries/vicenza-2018', 'wrong'))
    expect(body.title).toBe('预览密钥错误或已过期')
  })
})

describe('a preview where there are no drafts to read', () => {
  it.each([
    ['the embedded dataset', { SANITY_DATASET: 'production' }],
    ['a Sanity project without a read token', { ...SANITY_ENV }],
  ])('answers 501 saying what preview needs, for %s', async (_what, env: Env) => {
    const response = await request(previewUrl('/preview/en/entries/vicenza-2018'), {}, undefined, env)
    expect(response.status).toBe(501)
    const body = (await response.json()) as ProblemJson
    expect(body.title).toBe('Preview needs a Sanity project')
    expect(body.detail).toContain('SANITY_READ_TOKEN')
    expect(JSON.stringify(body)).not.toContain(SECRET)
    expect(lake.asked).toEqual([])
  })
})

describe('preview secrets in the dataset', () => {
  it.each(['/en/feed.json', '/zh/atom.xml', '/en/rss.xml', '/api/v1/entries?lang=en', '/en/', '/embed?lang=zh'])('never show in %s', async (path) => {
    const response = await request(path, {}, undefined, ENV)
    expect(response.status).toBe(200)
    const text = await response.text()
    for (const secret of [SECRET, EXPIRED]) expect(text).not.toContain(secret)
    expect(text).not.toContain('previewUrlSecret')
  })
})

describe('no problem repeats a preview secret, wherever it is given', () => {
  const failing = (error: Error): ContentSource => ({
    kind: 'embedded',
    description: 'failing',
    fetch: async () => {
      throw error
    },
  })
  const query = `${PREVIEW_SECRET_PARAMETER}=${SECRET}&lang=en&city=vicenza`

  it.each([
    ['the 500 of something unexpected', new TypeError('unexpected'), 500],
    ['the 503 of a failing source', new ContentUnavailableError('down'), 503],
  ])('%s names the address without it', async (_what, error, status) => {
    const response = await createApp({ contentSource: () => failing(error) }).request(`http://localhost/api/v1/entries?${query}`)
    expect(response.status).toBe(status)
    const text = await response.text()
    expect(text).not.toContain(SECRET)
    expect((JSON.parse(text) as ProblemJson).instance).toBe('/api/v1/entries?lang=en&city=vicenza')
  })

  it('a 400 names the address without it', async () => {
    const response = await request(`/api/v1/entries?${query}&limit=many`)
    expect(response.status).toBe(400)
    const text = await response.text()
    expect(text).not.toContain(SECRET)
    expect((JSON.parse(text) as ProblemJson).instance).toBe('/api/v1/entries?lang=en&city=vicenza&limit=many')
  })
})
