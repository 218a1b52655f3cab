/**
 * Drafts preview (`/preview/{lang}/entries/{slug}`), in workerd, over a
 * Content Lake beneath `@sanity/client` that answers through the local lake's
 * own perspectives (content-lake.ts): editors with the secret see the draft;
 * anyone else is refused before anything is read, and nothing is kept.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import type { Env } from '../../server/env'
import { CACHE_CONTROL } from '../../server/http/cache-control'
import { contentLake, LAKE_ENV, SANITY_ENV } from './content-lake'
import { request, seedDocuments, seedEntry } from './helpers'

const SECRET = 'b2c7a1f0-preview-secret'
const ENV: Env = { ...SANITY_ENV, SANITY_READ_TOKEN: 'sk-viewer-token', PREVIEW_SECRET: SECRET }

const DRAFT_HEADLINE = { en: 'Vicenza and Guiyang renew their ties (draft)', zh: '维琴察与贵阳续签友好协议（草稿）' }

/** The embedded dataset with an unpublished edit of the Vicenza entry. */
function withDraft() {
  return [...seedDocuments(), { ...seedEntry('vicenza-2018'), _id: 'drafts.entry-vicenza-2018', headline: DRAFT_HEADLINE }]
}

interface ProblemJson {
  title: string
  status: number
  detail: string
  instance: string
}

let lake: ReturnType<typeof contentLake>
beforeEach(() => {
  lake = contentLake(withDraft())
})

describe('a preview with the secret', () => {
  it("shows the entry's draft, from the drafts perspective, read with the token from the live API", async () => {
    const response = await request(`/preview/en/entries/vicenza-2018?secret=${SECRET}`, {}, undefined, ENV)
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=UTF-8')
    const html = await response.text()
    expect(html).toContain('<h1>Vicenza and Guiyang renew their ties (draft)</h1>')
    expect(lake.asked.length).toBeGreaterThan(0)
    for (const { url, headers } of lake.asked) {
      expect(url.origin).toBe('https://abc123.api.sanity.io')
      expect(url.searchParams.get('perspective')).toBe('drafts')
      expect(headers.get('Authorization')).toBe('Bearer sk-viewer-token')
    }
  })

  it('is kept nowhere, indexed by no one, and gives no page it links to its address', async () => {
    const response = await request(`/preview/en/entries/vicenza-2018?secret=${SECRET}`, {}, undefined, ENV)
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
    const response = await request(`/preview/zh/entries/vicenza-2018?secret=${SECRET}`, { headers: { 'Accept-Language': 'en' } }, undefined, ENV)
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
    const response = await request(`/preview/en/entries/new-2026?secret=${SECRET}`, {}, undefined, ENV)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<h1>A new partner</h1>')
  })

  it('answers an unknown slug with a 404 problem that does not repeat the secret', async () => {
    const response = await request(`/preview/en/entries/atlantis-2030?secret=${SECRET}`, {}, undefined, ENV)
    expect(response.status).toBe(404)
    const body = (await response.json()) as ProblemJson
    expect(body.instance).toBe('/preview/en/entries/atlantis-2030')
    expect(JSON.stringify(body)).not.toContain(SECRET)
  })

  it('answers a 503 while Sanity fails, without the secret and without any copy', async () => {
    lake.fault = 'a 500 error'
    const response = await request(`/preview/en/entries/vicenza-2018?secret=${SECRET}`, {}, undefined, ENV)
    expect(response.status).toBe(503)
    expect(response.headers.get('Retry-After')).toBe('30')
    expect(response.headers.get('Cache-Control')).toBe('private, no-store')
    expect(await response.text()).not.toContain(SECRET)
  })
})

describe('a preview over the local Content Lake', () => {
  it('shows the draft through the lake, which answers the drafts perspective whatever the token', async () => {
    const response = await request(`/preview/en/entries/vicenza-2018?secret=${SECRET}`, {}, undefined, { ...LAKE_ENV, SANITY_READ_TOKEN: 'local', PREVIEW_SECRET: SECRET })
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('(draft)</h1>')
    expect(lake.asked.map(({ url }) => `${url.origin} ${url.searchParams.get('perspective')}`)).toContain('http://127.0.0.1:3900 drafts')
  })
})

describe('a preview without the right secret shows nothing and reads nothing', () => {
  async function refused(path: string, init: RequestInit = {}, env: Env = ENV) {
    const response = await request(path, init, undefined, env)
    expect(response.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8')
    expect(response.headers.get('Cache-Control')).toBe('private, no-store')
    expect(response.headers.get('X-Robots-Tag')).toBe('noindex')
    const text = await response.text()
    expect(text).not.toContain('draft')
    expect(text).not.toContain('Vicenza')
    expect(lake.asked).toEqual([])
    return { response, body: JSON.parse(text) as ProblemJson }
  }

  it('answers no secret with 401 and how to give one', async () => {
    const { response, body } = await refused('/preview/en/entries/vicenza-2018')
    expect(response.status).toBe(401)
    expect(response.headers.get('WWW-Authenticate')).toBe('Bearer realm="preview"')
    expect(body.title).toBe('Preview secret required')
  })

  it.each([
    ['a wrong secret', `?secret=wrong`, {}],
    ['the secret with a character more', `?secret=${SECRET}x`, {}],
    ['the secret less its last character', `?secret=${SECRET.slice(0, -1)}`, {}],
    ['a wrong bearer token', '', { Authorization: 'Bearer wrong' }],
  ])('answers %s with 403, never repeating it', async (_what, query, headers) => {
    const { response, body } = await refused(`/preview/en/entries/vicenza-2018${query}`, { headers })
    expect(response.status).toBe(403)
    expect(body.title).toBe('Wrong preview secret')
    expect(body.instance).toBe('/preview/en/entries/vicenza-2018')
  })

  it("refuses in the preview's language", async () => {
    const { body } = await refused('/preview/zh/entries/vicenza-2018?secret=wrong')
    expect(body.title).toBe('预览密钥错误')
  })
})

describe('a preview where there are no drafts to read', () => {
  it.each([
    ['the embedded dataset', { SANITY_DATASET: 'production', PREVIEW_SECRET: SECRET }],
    ['a Sanity project without a read token', { ...SANITY_ENV, PREVIEW_SECRET: SECRET }],
    ['a site without a preview secret', { ...SANITY_ENV, SANITY_READ_TOKEN: 'sk-viewer-token' }],
  ])('answers 501 saying what preview needs, for %s', async (_what, env: Env) => {
    const response = await request(`/preview/en/entries/vicenza-2018?secret=${SECRET}`, {}, undefined, env)
    expect(response.status).toBe(501)
    const body = (await response.json()) as ProblemJson
    expect(body.title).toBe('Preview needs a Sanity project')
    expect(body.detail).toContain('SANITY_READ_TOKEN')
    expect(JSON.stringify(body)).not.toContain(SECRET)
    expect(lake.asked).toEqual([])
  })
})
