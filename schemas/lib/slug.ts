/**
 * Slugs for entry URLs (`/en/entries/{slug}`). Plain code, no 'sanity' import.
 */
import { bilingualMessage } from './bilingual'
import { partialDateYear } from './partial-date'

/** Lower-case ASCII letters and digits in hyphen-joined words: `palmerston-north-1992`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const SLUG_MAX_LENGTH = 96

/** `Fort Worth 2011` → `fort-worth-2011`; accents are dropped (`Zürich` → `zurich`). */
export function slugify(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/, '')
}

/** What an entry's slug cannot yet be built without: its English city (one with Latin letters or digits), its date. */
export type SlugSourceMissing = 'city' | 'date' | 'city-and-date'

/** What `cityEn` and `date` lack to build a `city-year` slug; `undefined` when they have it all. */
export function slugSourceMissing(cityEn: unknown, date: unknown): SlugSourceMissing | undefined {
  // A city written in Chinese in the English field slugifies to nothing, and the slug would be the year alone.
  const noCity = typeof cityEn !== 'string' || slugify(cityEn) === ''
  const noDate = partialDateYear(date) === undefined
  return noCity && noDate ? 'city-and-date' : noCity ? 'city' : noDate ? 'date' : undefined
}

/** Why "Generate" makes no slug yet, in both languages: the slug input shows it under the field. */
export const SLUG_SOURCE_MISSING_MESSAGES: Readonly<Record<SlugSourceMissing, string>> = {
  city: bilingualMessage(
    'Write the English city first: the address is built from it and the year',
    '请先填写英文城市名：网址由它和年份生成',
  ),
  date: bilingualMessage(
    'Write the date first: the address is built from the English city and the year',
    '请先填写日期：网址由英文城市名和年份生成',
  ),
  'city-and-date': bilingualMessage(
    'Write the English city and the date first: the address is built from the city and the year',
    '请先填写英文城市名和日期：网址由英文城市名和年份生成',
  ),
}

/**
 * What the Studio's "Generate" button makes an entry's slug from: its English city and the year
 * of its date (`Palmerston North 1992`). Throws, with a message in both languages, while either is
 * missing, rather than make a slug of the year alone (`2019`): Sanity's slug input shows a
 * source's error under the field and leaves the slug as it was.
 */
export function slugSource(cityEn: unknown, date: unknown): string {
  const missing = slugSourceMissing(cityEn, date)
  if (missing) throw new Error(SLUG_SOURCE_MISSING_MESSAGES[missing])
  return `${cityEn as string} ${partialDateYear(date) as string}`
}

/**
 * The slug an entry gets from its English city and the year of its date
 * (`palmerston-north-1992`), as the Studio's "Generate" button makes it;
 * `undefined` until both are known.
 */
export function slugFromCityAndYear(cityEn: unknown, date: unknown): string | undefined {
  return slugSourceMissing(cityEn, date) ? undefined : slugify(slugSource(cityEn, date))
}

/**
 * Whether `slug` is the one built from the English city and year, or that one
 * with a suffix (`cupertino-2017-memorandum`) for a second entry of the same
 * city and year, which uniqueness forces.
 */
export function slugMatchesCityAndYear(slug: string, expected: string): boolean {
  return slug === expected || slug.startsWith(`${expected}-`)
}
