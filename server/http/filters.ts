/**
 * Reading the filters (`model/filters.ts`) from a request's query, the one way
 * for every surface: `lang`, `city`, `country`, `topic`, `year`, `limit` and
 * (API only) `cursor`, each by its rule, through Hono's validator.
 * The API and feeds answer a rejected parameter with a 400 problem that names
 * it and the values it accepts; pages and the widget, which show something
 * sensible rather than an error, leave it out (`usableFilters` in the model)
 * and drop a city there is no entry for (`knownFilters`).
 * `lang` reads our ids and any BCP 47 tag that maps to one, by the one rule
 * of `schemas/languages.ts` (`zh-TW` is `zh-hant`, `zh-CN` is `zh`).
 */
import type { Context } from 'hono'
import { validator } from 'hono/validator'
import { ACCEPTED_LANGUAGE_TAGS, languageFromTag } from '../../schemas/languages'
import type { Selectors } from '../../schemas/lib/site-urls'
import { COUNTRY_CODES, TOPIC_CODES } from '../../schemas/vocabulary'
import { listCityKeys } from '../content/entries'
import type { ContentSource } from '../content/source'
import type { AppEnv } from '../env'
import { translator } from '../i18n'
import { FILTER_RULES, LIMIT, type EntryFilters } from '../model/filters'
import { decodeCursor } from './cursor'
import { problemResponse, type InvalidParam } from './problem'


/** `limit`: one to three digits, a whole number from `LIMIT.min` to `LIMIT.max`. */
function readLimit(value: string): number | undefined {
  const limit = /^\d{1,3}$/.test(value) ? Number(value) : undefined
  return limit !== undefined && limit >= LIMIT.min && limit <= LIMIT.max ? limit : undefined
}

/** How each query parameter is read: its value, normalised, or `undefined` when it is not valid. */
const READERS = {
  lang: languageFromTag,
  ...FILTER_RULES,
  limit: readLimit,
  cursor: decodeCursor,
} satisfies Record<string, (value: string) => unknown>

type ParameterName = keyof typeof READERS

/** What a query holds once read: each parameter given, and `limit` always (`LIMIT.default` when absent). */
type ReadQuery<Name extends ParameterName> = { [N in Exclude<Name, 'limit'>]?: NonNullable<ReturnType<(typeof READERS)[N]>> } & {
  [N in Name & 'limit']: number
}

/** The parameters the API reads, `cursor` included: what its OpenAPI description must name. */
export const ENTRY_PARAMETERS = ['lang', 'city', 'country', 'topic', 'year', 'limit', 'cursor'] as const satisfies readonly ParameterName[]

/**
 * Reads `names` from a query (`{ name: value }`, or `{ name: [values] }` when a parameter is
 * given more than once, as Hono's validator passes it): each absent one is left out (`limit`
 * takes its default); one given twice, or not read by its rule, is rejected. Other parameters
 * are ignored.
 */
function readQuery<Name extends ParameterName>(names: readonly Name[], query: Readonly<Record<string, string | string[]>>) {
  const read: Record<string, unknown> = {}
  const rejected: Name[] = []
  for (const name of names) {
    const given = query[name]
    if (given === undefined) {
      if (name === 'limit') read[name] = LIMIT.default
      continue
    }
    // A single value: the same parameter given twice is refused rather than guessed at.
    const value = typeof given === 'string' ? READERS[name](given) : undefined
    if (value === undefined) rejected.push(name)
    else read[name] = value
  }
  return { read: read as ReadQuery<Name>, rejected }
}

/** Values as a list in the request's language: "en, zh" in English, "en、zh" in Chinese (language review row 23). */
function listed(c: Context<AppEnv>, values: readonly string[]): string {
  return values.join(translator(c.get('language'))('listSeparator'))
}

/** The reason and allowed values for a rejected parameter, in the request's language. */
function invalidParam(name: ParameterName, c: Context<AppEnv>, { repeated = false, cities = [] as readonly string[] } = {}): InvalidParam {
  const t = translator(c.get('language'))
  if (repeated) return { name, reason: t('parameter.repeated', { name }) }
  switch (name) {
    case 'lang':
      return { name, reason: t('parameter.lang', { allowed: listed(c, ACCEPTED_LANGUAGE_TAGS) }), allowed: ACCEPTED_LANGUAGE_TAGS }
    case 'topic':
      return { name, reason: t('parameter.topic', { allowed: listed(c, TOPIC_CODES) }), allowed: TOPIC_CODES }
    case 'country':
      return { name, reason: t('parameter.country', { examples: listed(c, ['IT', 'US', 'CA', 'NZ']) }), allowed: COUNTRY_CODES }
    case 'limit':
      return { name, reason: t('parameter.limit', { min: LIMIT.min, max: LIMIT.max }) }
    case 'city':
      return { name, reason: t('parameter.city', { allowed: listed(c, cities) }), allowed: cities }
    case 'year':
    case 'cursor':
      return { name, reason: t(`parameter.${name}`) }
  }
}

function invalidParamsResponse(c: Context<AppEnv>, invalidParams: InvalidParam[]): Response {
  return problemResponse(c, 'invalidParameters', {
    values: { names: listed(c, invalidParams.map((param) => param.name)) },
    invalidParams,
  })
}

/** A 400 problem naming each rejected parameter, the values it accepts, and whether it was given twice. */
async function rejectInvalid(c: Context<AppEnv>, rejected: readonly ParameterName[]): Promise<Response> {
  const query = c.req.queries()
  const cities = rejected.includes('city') ? await listCityKeys(c.get('source')) : []
  return invalidParamsResponse(
    c,
    rejected.map((name) => invalidParam(name, c, { repeated: (query[name]?.length ?? 0) > 1, cities })),
  )
}

/** Hono validator middleware reading `names` from the query; `c.req.valid('query')` is what they read to. */
function validateQuery<Name extends ParameterName>(...names: readonly Name[]) {
  return validator('query', async (query, c: Context<AppEnv>) => {
    const { read, rejected } = readQuery(names, query)
    return rejected.length > 0 ? rejectInvalid(c, rejected) : read
  })
}

/** Hono validator middleware for the entry filters. */
export const validateEntryFilters = validateQuery(...ENTRY_PARAMETERS)

/** Hono validator middleware for `lang` alone, where no other filter applies. */
export const validateLanguage = validateQuery('lang')

/**
 * Hono validator middleware for the feeds' filters: the API's, less `lang`
 * (a feed's path names its language) and `cursor` (a feed is the newest entries).
 */
export const validateFeedFilters = validateQuery('city', 'country', 'topic', 'year', 'limit')

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
