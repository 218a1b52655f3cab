/**
 * How a partner city is named in URLs and filters, for the Worker, the widget
 * and the Studio alike: by its English name in lower case with hyphens
 * (`fort-worth`). Plain code, no 'sanity' import.
 */

/** What a `city` filter may look like before it is compared: letters and digits, joined by spaces, apostrophes, dots or hyphens. */
export const CITY_PATTERN = /^[\p{L}\p{N}]+(?:[ '’.-]+[\p{L}\p{N}]+)*$/u

/** The longest `city` filter read. */
export const CITY_MAX_LENGTH = 100

/** The key a city is filtered by: its English name in lower case, spaces as hyphens ("Fort Worth" → "fort-worth"). */
export function cityKey(englishName: string): string {
  return englishName.trim().toLowerCase().replace(/\s+/g, '-')
}
