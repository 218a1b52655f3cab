/**
 * Slugs for entry URLs (`/en/entries/{slug}`). Plain code, no 'sanity' import.
 */
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

/**
 * What the Studio's "Generate" button makes an entry's slug from: its English
 * city and the year of its date, as far as they are known
 * (`Palmerston North 1992`).
 */
export function slugSource(cityEn: unknown, date: unknown): string {
  return [typeof cityEn === 'string' ? cityEn : undefined, partialDateYear(date)].filter(Boolean).join(' ')
}

/**
 * The slug an entry gets from its English city and the year of its date
 * (`palmerston-north-1992`), as the Studio's "Generate" button makes it;
 * `undefined` until both are known.
 */
export function slugFromCityAndYear(cityEn: unknown, date: unknown): string | undefined {
  if (typeof cityEn !== 'string' || cityEn.trim() === '' || !partialDateYear(date)) return undefined
  return slugify(slugSource(cityEn, date))
}

/**
 * Whether `slug` is the one built from the English city and year, or that one
 * with a suffix (`cupertino-2017-memorandum`) for a second entry of the same
 * city and year, which uniqueness forces.
 */
export function slugMatchesCityAndYear(slug: string, expected: string): boolean {
  return slug === expected || slug.startsWith(`${expected}-`)
}
