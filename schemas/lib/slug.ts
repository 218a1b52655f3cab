/**
 * Slugs for entry URLs (`/en/entries/{slug}`). Plain code, no 'sanity' import.
 */

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
