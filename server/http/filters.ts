/**
 * Reading the filters (`model/filters.ts`) from a request's query, the one way
 * for every surface: `lang`, `city`, `country`, `topic`, `year`, `limit` and
 * (API only) `cursor`, validated with a zod schema through Hono's validator.
 * The API and feeds answer a rejected parameter with a 400 problem that names
 * it and the values it accepts; pages and the widget, which show something
 * sensible rather than an error, leave it out (`usableFilters` in the model)
 * and drop a city there is no entry for (`knownFilters`).
 */
import { sValidator } from '@hono/standard-validator'
import type { StandardSchemaV1 } from '@standard-schema/spec'
import type { Context } from 'hono'
import { z } from 'zod'
import { LANGUAGE_IDS, languageFromTag } from '../../schemas/languages'
import type { FilterName, Selectors } from '../../schemas/lib/site-urls'
import { COUNTRY_CODES, TOPIC_CODES } from '../../schemas/vocabulary'
import { listCityKeys } from '../content/entries'
import type { ContentSource } from '../content/source'
import type { AppEnv } from '../env'
import { translator } from '../i18n'
import { FILTER_RULES, LIMIT, type EntryFilters } from '../model/filters'
import { decodeCursor } from './cursor'
import { problemResponse, type InvalidParam } from './problem'

/** A single value: the same parameter given twice is refused rather than guessed at. */
const single = z.string()

/** A selector, read by its rule in `FILTER_RULES`. */
const selector = (name: FilterName) =>
  single.transform((value, ctx) => FILTER_RULES[name](value) ?? (ctx.addIssue({ code: 'custom', message: name }), z.NEVER)).optional()

export const entryFiltersSchema = z.object({
  lang: single
    .transform((tag, ctx) => languageFromTag(tag) ?? (ctx.addIssue({ code: 'custom', message: 'lang' }), z.NEVER))
    .optional(),
  city: selector('city'),
  country: selector('country'),
  topic: selector('topic'),
  year: selector('year'),
  limit: single
    .regex(/^\d{1,3}$/)
    .transform(Number)
    .pipe(z.number().int().min(LIMIT.min).max(LIMIT.max))
    .default(LIMIT.default),
  cursor: single
    .transform((encoded, ctx) => decodeCursor(encoded) ?? (ctx.addIssue({ code: 'custom', message: 'cursor' }), z.NEVER))
    .optional(),
}) satisfies z.ZodType<EntryFilters & { lang?: string | undefined }>

type ParameterName = keyof typeof entryFiltersSchema.shape

/** The reason and allowed values for a rejected parameter, in the request's language. */
function invalidParam(name: ParameterName, c: Context<AppEnv>, { repeated = false, cities = [] as readonly string[] } = {}): InvalidParam {
  const t = translator(c.get('language'))
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

function invalidParamsResponse(c: Context<AppEnv>, invalidParams: InvalidParam[]): Response {
  return problemResponse(c, 'invalidParameters', {
    values: { names: invalidParams.map((param) => param.name).join(', ') },
    invalidParams,
  })
}

/** Turns a failed validation into a 400 problem naming each rejected parameter. */
async function rejectInvalid(
  result: { success: boolean; error?: readonly StandardSchemaV1.Issue[] },
  c: Context<AppEnv>,
): Promise<Response | undefined> {
  if (result.success || !result.error) return undefined
  const names = new Set<ParameterName>()
  for (const issue of result.error) {
    const [key] = issue.path ?? []
    const name = typeof key === 'object' ? key.key : key
    if (typeof name === 'string' && name in entryFiltersSchema.shape) names.add(name as ParameterName)
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
  return cities.includes(city) ? undefined : invalidParamsResponse(c, [invalidParam('city', c, { cities })])
}

/** `filters` without a city there is no entry for: a misspelt city shows every entry rather than none. */
export async function knownFilters(source: ContentSource, filters: Selectors): Promise<Selectors> {
  if (!filters.city || (await listCityKeys(source)).includes(filters.city)) return filters
  const { city: _unknown, ...known } = filters
  return known
}
