/**
 * `GET /api/v1/openapi.json`: the API described as OpenAPI 3.1
 * (https://spec.openapis.org/oas/v3.1.0). Parameter values come from the same
 * constants the validator uses, so the description cannot drift from what the
 * API accepts; the test checks the parameter names against the validator's.
 */
import { Hono } from 'hono'
import { ACCEPTED_LANGUAGE_TAGS, LANGUAGES } from '../../schemas/languages'
import { COUNTRY_CODES, RELATIONSHIP_CODES, TOPIC_CODES } from '../../schemas/vocabulary'
import type { AppEnv } from '../env'
import { CACHE_CONTROL } from '../http/cache-control'
import { showing } from '../http/cache-tags'
import { publicOrigin } from '../http/origin'
import { LIMIT } from '../model/filters'

/** The BCP 47 tags answers are written in (`Content-Language`, an entry's `language`). */
const LANGUAGE_TAGS = LANGUAGES.map((language) => language.tag)
const nullableString = { type: ['string', 'null'] }
const coded = (codes: readonly string[]) => ({
  type: 'object',
  required: ['code', 'label'],
  properties: { code: { type: 'string', enum: codes }, label: { type: 'string' } },
})

const parameters = {
  lang: {
    name: 'lang',
    in: 'query',
    description:
      'Language of the answer: en, zh (Simplified Chinese) or zh-hant (Traditional Chinese), or any BCP 47 tag for one of them: ' +
      'zh-CN, zh-SG and zh-Hans… are read as zh; zh-TW, zh-HK, zh-MO and zh-Hant… as zh-hant; en-… as en. ' +
      'Without it, Accept-Language decides by the same rule.',
    schema: { type: 'string', examples: ACCEPTED_LANGUAGE_TAGS },
  },
  city: {
    name: 'city',
    in: 'query',
    description: "A partner city's English name in lower case with hyphens, such as fort-worth.",
    schema: { type: 'string', examples: ['fort-worth'] },
  },
  country: {
    name: 'country',
    in: 'query',
    description: 'ISO 3166-1 alpha-2 country code (case-insensitive).',
    schema: { type: 'string', enum: COUNTRY_CODES },
  },
  topic: { name: 'topic', in: 'query', schema: { type: 'string', enum: TOPIC_CODES } },
  year: { name: 'year', in: 'query', schema: { type: 'string', pattern: '^\\d{4}$', examples: ['2018'] } },
  limit: {
    name: 'limit',
    in: 'query',
    schema: { type: 'integer', minimum: LIMIT.min, maximum: LIMIT.max, default: LIMIT.default },
  },
  cursor: {
    name: 'cursor',
    in: 'query',
    description: 'The nextCursor of the previous page; pages stay stable when entries are added.',
    schema: { type: 'string' },
  },
} as const

/** The query parameters `GET /api/v1/entries` is described with. */
export const DESCRIBED_LIST_PARAMETERS = Object.keys(parameters)

const problem = {
  description: 'RFC 9457 problem details',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
}

function openApiDocument(origin: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Meeting the World API',
      version: '1',
      description:
        "Guiyang's friendly relations with cities around the world, in English, Simplified Chinese and Traditional Chinese (converted from the Simplified).",
    },
    servers: [{ url: origin }],
    paths: {
      '/api/v1/entries': {
        get: {
          summary: 'Entries, newest first by agreement date',
          parameters: Object.values(parameters),
          responses: {
            200: {
              description: 'A page of entries',
              headers: { 'Content-Language': { schema: { type: 'string', enum: LANGUAGE_TAGS } } },
              content: { 'application/json': { schema: { $ref: '#/components/schemas/EntryList' } } },
            },
            400: problem,
          },
        },
      },
      '/api/v1/entries/{slug}': {
        get: {
          summary: 'One entry',
          parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string' } }, parameters.lang],
          responses: {
            200: { description: 'The entry', content: { 'application/json': { schema: { $ref: '#/components/schemas/Entry' } } } },
            400: problem,
            404: problem,
          },
        },
      },
    },
    components: {
      schemas: {
        Entry: {
          type: 'object',
          properties: {
            id: { type: 'string', description: 'Shared by every language version' },
            slug: { type: 'string' },
            language: { type: 'string', enum: LANGUAGE_TAGS },
            title: { type: 'string' },
            city: { type: 'string' },
            region: nullableString,
            country: {
              type: ['object', 'null'],
              properties: { code: { type: 'string' }, name: { type: 'string', description: 'From Intl.DisplayNames' } },
            },
            relationship: { oneOf: [coded(RELATIONSHIP_CODES), { type: 'null' }] },
            date: {
              type: 'object',
              properties: {
                value: { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' },
                precision: { type: ['string', 'null'], enum: ['year', 'month', 'day', null] },
                display: { type: 'string', examples: ['December 2018', '2018年12月'] },
              },
            },
            summary: nullableString,
            body: { type: 'object', properties: { html: { type: 'string' }, text: { type: 'string' } } },
            topics: { type: 'array', items: coded(TOPIC_CODES) },
            location: {
              type: ['object', 'null'],
              properties: { lat: { type: 'number' }, lng: { type: 'number' } },
            },
            publishedAt: nullableString,
            updatedAt: { type: 'string' },
            fallback: {
              type: 'object',
              description:
                'Fields that, missing in this language, were taken from its fallback language (English for Chinese, ' +
                'Chinese for English); text converted to Traditional Chinese is not one',
              properties: { language: { type: 'string' }, fields: { type: 'array', items: { type: 'string' } } },
            },
            links: { type: 'object' },
          },
        },
        EntryList: {
          type: 'object',
          properties: {
            language: { type: 'string' },
            filters: { type: 'object' },
            items: { type: 'array', items: { $ref: '#/components/schemas/Entry' } },
            nextCursor: nullableString,
            links: { type: 'object' },
          },
        },
        Problem: {
          type: 'object',
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            instance: { type: 'string' },
            invalidParams: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  name: { type: 'string' },
                  reason: { type: 'string' },
                  allowed: { type: 'array', items: { type: 'string' } },
                },
              },
            },
          },
        },
      },
    },
  }
}

export const openApiRoutes = new Hono<AppEnv>().get('/', (c) => {
  c.header('Cache-Control', CACHE_CONTROL.apiDescription)
  showing(c, { kind: 'asset' })
  return c.json(openApiDocument(publicOrigin(c)))
})
