/**
 * The query parameters that select entries, shared by the JSON API and the
 * feeds so that every output honours them the same way: `lang`, `city`,
 * `country`, `topic`, `year`, `limit` and (API only) `cursor`. Validated with a
 * zod schema through Hono's validator; a rejected parameter becomes a 400
 * problem that names it and the values it accepts.
 */
import { sValidator } from '@hono/standard-validator'
import type { StandardSchemaV1 } from '@standard-schema/spec'
import type { Context } from 'hono'
import { z } from 'zod'
import { LANGUAGE_IDS } from '../schemas/languages'
import { COUNTRY_CODES, TOPIC_CODES } from '../schemas/vocabulary'
import { decodeCursor } from './content/cursor'
import { CITY_MAX_LENGTH, CITY_PATTERN, cityKey } from '../schemas/lib/city'
import { listCityKeys } from './content/entries'
import type { AppEnv } from './env'
import { languageFromTag } from '../schemas/languages'
import { translator } from './i18n'
import { problemResponse, type InvalidParam } from './problem'

export const LIMIT = { min: 1, max: 100, default: 20 } as const

/** A single value: the same parameter given twice is refused rather than guessed at. */
const single = z.string()

export const entryFiltersSchema = z.object({
  lang: single
    .transform((tag, ctx) => languageFromTag(tag) ?? (ctx.addIssue({ code: 'custom', message: 'lang' }), z.NEVER))
    .optional(),
  city: single
    .transform((name) => name.trim().toLowerCase())
    .pipe(z.string().regex(CITY_PATTERN).max(CITY_MAX_LENGTH))
    .optional(),
  country: single.transform((code) => code.trim().toUpperCase()).pipe(z.enum(COUNTRY_CODES)).optional(),
  topic: single.transform((code) => code.trim().toLowerCase()).pipe(z.enum(TOPIC_CODES)).optional(),
  year: single.regex(/^\d{4}$/).optional(),
  limit: single
    .regex(/^\d{1,3}$/)
    .transform(Number)
    .pipe(z.number().int().min(LIMIT.min).max(LIMIT.max))
    .default(LIMIT.default),
  cursor: single
    .transform((encoded, ctx) => decodeCursor(encoded) ?? (ctx.addIssue({ code: 'custom', message: 'cursor' }), z.NEVER))
    .optional(),
})

export type EntryFilters = z.output<typeof entryFiltersSchema>
type FilterName = keyof EntryFilters

/** The reason and allowed values for a rejected parameter, in the reader's language. */
export function invalidParam(
  name: FilterName,
  c: Context<AppEnv>,
  { repeated = false, cities = [] }: { repeated?: boolean; cities?: readonly string[] } = {},
): InvalidParam {
  const t = translator(c.get('uiLanguage'))
  if (repeated) return { name, reason: t('parameter.repeated', { name }) }
  switch (name) {
    case 'lang':
      return { name, reason: t('parameter.lang', { allowed: LANGUAGE_IDS.join(', ') }), allowed: LANGUAGE_IDS }
    case 'topic':
      return { name, reason: t('parameter.topic', { allowed: TOPIC_CODES.join(', ') }), allowed: TOPIC_CODES }
    case 'country':
      return { name, reason: t('parameter.country', { examples: 'IT, US, CA, NZ' }), allowed: COUNTRY_CODES }
    case 'limit':
      return { name, reason: t('parameter.limit', { min: LIMIT.min, max: LIMIT.max }) }
    case 'city':
      return { name, reason: t('parameter.city', { allowed: cities.join(', ') }), allowed: cities }
    case 'year':
    case 'cursor':
      return { name, reason: t(`parameter.${name}`) }
  }
}

/** A 400 problem listing every rejected parameter. */
export function invalidParamsResponse(c: Context<AppEnv>, invalidParams: InvalidParam[]): Response {
  const language = c.get('uiLanguage')
  const t = translator(language)
  return problemResponse(
    c,
    {
      type: '/problems/invalid-parameters',
      title: t('problem.invalidParameters.title'),
      status: 400,
      detail: t('problem.invalidParameters.detail', { names: invalidParams.map((param) => param.name).join(', ') }),
      invalidParams,
    },
    language,
  )
}

/** Turns a failed validation into a 400 problem naming each rejected parameter. */
async function rejectInvalid(
  result: { success: boolean; error?: readonly StandardSchemaV1.Issue[] },
  c: Context<AppEnv>,
): Promise<Response | undefined> {
  if (result.success || !result.error) return undefined
  const names = new Set<FilterName>()
  for (const issue of result.error) {
    const [key] = issue.path ?? []
    const name = typeof key === 'object' ? key.key : key
    if (typeof name === 'string' && name in entryFiltersSchema.shape) names.add(name as FilterName)
  }
  const query = c.req.queries()
  const cities = names.has('city') ? await listCityKeys(c.get('source')) : []
  return invalidParamsResponse(
    c,
    [...names].map((name) => invalidParam(name, c, { repeated: (query[name]?.length ?? 0) > 1, cities })),
  )
}

/** Hono validator middleware for the entry filters. */
export const validateEntryFilters = sValidator('query', entryFiltersSchema, rejectInvalid)

/** Hono validator middleware for `lang` alone, where no other filter applies. */
export const validateLanguage = sValidator('query', entryFiltersSchema.pick({ lang: true }), rejectInvalid)

/**
 * Hono validator middleware for the feeds' filters: the API's, less `lang`
 * (a feed's path names its language) and `cursor` (a feed is the newest entries).
 */
export const validateFeedFilters = sValidator('query', entryFiltersSchema.omit({ lang: true, cursor: true }), rejectInvalid)

/**
 * An empty answer for a city we have never heard of is more likely a typo: a
 * 400 problem naming the cities there are; `undefined` when the city is known
 * (or none was asked for, or something was found).
 */
export async function rejectUnknownCity(c: Context<AppEnv>, city: string | undefined, found: number): Promise<Response | undefined> {
  if (!city || found > 0) return undefined
  const cities = await listCityKeys(c.get('source'))
  return cities.includes(cityKey(city)) ? undefined : invalidParamsResponse(c, [invalidParam('city', c, { cities })])
}

/** The filters a reader's page or the widget can take, each optional. */
export type UsableFilters = Partial<Pick<EntryFilters, 'city' | 'country' | 'topic' | 'year'>>

/**
 * The `city`, `country`, `topic` and `year` among `values` that are valid,
 * normalised as the API reads them; the others are left out. For pages and
 * the widget, which show something sensible rather than a 400.
 */
export function usableFilters(values: Record<string, string | undefined>): UsableFilters {
  const filters: Record<string, string> = {}
  for (const name of ['city', 'country', 'topic', 'year'] as const) {
    const parsed = entryFiltersSchema.shape[name].safeParse(values[name])
    // A city is kept as its key ("Fort Worth" → "fort-worth"), the form pages and links compare.
    if (parsed.success && parsed.data) filters[name] = name === 'city' ? cityKey(parsed.data) : parsed.data
  }
  return filters as UsableFilters
}
