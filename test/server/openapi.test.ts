import { describe, expect, it } from 'vitest'
import { ENTRY_PARAMETERS } from '../../server/http/filters'
import { DESCRIBED_LIST_PARAMETERS } from '../../server/routes/openapi'
import type { EntryListJson } from '../../server/render/json'
import { json, request } from './helpers'

interface OpenApi {
  openapi: string
  servers: { url: string }[]
  paths: Record<string, { get: { parameters: { name: string; description?: string; schema: { enum?: string[]; examples?: string[] } }[] } }>
  components: { schemas: { Entry: { properties: Record<string, unknown> } } }
}

describe('GET /api/v1/openapi.json', () => {
  it('describes the API as OpenAPI 3.1, served from where it was asked', async () => {
    const response = await request('/api/v1/openapi.json')
    expect(response.status).toBe(200)
    const document = await json<OpenApi>(response)
    expect(document.openapi).toBe('3.1.0')
    expect(document.servers).toEqual([{ url: 'http://localhost' }])
    expect(Object.keys(document.paths)).toEqual(['/api/v1/entries', '/api/v1/entries/{slug}'])
  })

  it('describes exactly the parameters the API validates', () => {
    expect([...DESCRIBED_LIST_PARAMETERS].sort()).toEqual([...ENTRY_PARAMETERS].sort())
  })

  it('names every field an entry actually has', async () => {
    const document = await json<OpenApi>(await request('/api/v1/openapi.json'))
    const [entry] = (await json<EntryListJson>(await request('/api/v1/entries?lang=en&limit=1'))).items
    expect(Object.keys(document.components.schemas.Entry.properties).sort()).toEqual(Object.keys(entry ?? {}).sort())
  })

  it('lists the topics the API accepts', async () => {
    const document = await json<OpenApi>(await request('/api/v1/openapi.json'))
    const topic = document.paths['/api/v1/entries']?.get.parameters.find((parameter) => parameter.name === 'topic')
    expect(topic?.schema.enum).toContain('big-data')
    const rejected = await request('/api/v1/entries?topic=astrology')
    expect(rejected.status).toBe(400)
  })

  it('names the languages lang takes, ids and tags, each of which the API answers in that language', async () => {
    const document = await json<OpenApi>(await request('/api/v1/openapi.json'))
    const lang = document.paths['/api/v1/entries']?.get.parameters.find((parameter) => parameter.name === 'lang')
    expect(lang?.schema.enum).toBeUndefined()
    expect(lang?.schema.examples).toEqual(expect.arrayContaining(['en', 'zh', 'zh-hant', 'zh-TW', 'zh-Hant', 'zh-CN']))
    expect(lang?.description).toMatch(/zh-TW, zh-HK, zh-MO and zh-Hant… as zh-hant/)
    for (const value of lang?.schema.examples ?? []) {
      const response = await request(`/api/v1/entries?lang=${value}&limit=1`)
      expect([value, response.status]).toEqual([value, 200])
    }
  })
})
