/**
 * Dates in feeds come from the content only, never from the clock, so the same
 * content always gives the same bytes; and they say no more than the content
 * knows. Written as RFC 3339 (https://www.rfc-editor.org/rfc/rfc3339), as Atom
 * and JSON Feed require: an entry's own date at its first moment in the
 * source's time zone, with that offset (`partialDateTimestamp`); an edit time,
 * a real instant, in UTC.
 */
import type { Entry } from '../model/entry'

/** When nothing says when it was edited (no entries, no settings): a fixed date, never "now". */
export const NEVER = '1970-01-01T00:00:00Z'

/** RFC 3339 date-time with seconds and an explicit offset, as the content's own dates are written. */
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/

/** The instant as RFC 3339 in UTC, whole seconds when there are no fractions: `2027-03-04T05:06:07Z`. */
export function rfc3339(date: Date): string {
  return date.toISOString().replace('.000Z', 'Z')
}

/** The instant `text` names, in milliseconds since 1970 (`Date.parse`); `undefined` when it names none. */
function timeOf(text: string | null | undefined): number | undefined {
  if (!text) return undefined
  const time = Date.parse(text)
  return Number.isNaN(time) ? undefined : time
}

/** The first of `candidates` that is a real date. */
export function firstDate(...candidates: (string | null | undefined)[]): Date | undefined {
  for (const candidate of candidates) {
    const time = timeOf(candidate)
    if (time !== undefined) return new Date(time)
  }
  return undefined
}

/**
 * The latest of `dates` that are real dates, as RFC 3339; `NEVER` when there is
 * none. A date already written as RFC 3339 keeps its offset (an entry's
 * `2018-12-01T00:00:00+08:00` stays a Guiyang midnight); others are written in UTC.
 */
export function latestEdit(dates: readonly (string | null | undefined)[]): string {
  let latest: { time: number; text: string } | undefined
  for (const text of dates) {
    const time = timeOf(text)
    if (text && time !== undefined && (!latest || time > latest.time)) latest = { time, text }
  }
  if (!latest) return NEVER
  return RFC_3339.test(latest.text) ? latest.text : rfc3339(new Date(latest.time))
}

/**
 * How long after its publication time (`publishedAt`) a revision is still the publish itself:
 * the Studio sets `publishedAt` as the editor publishes, and Sanity then stamps `_updatedAt` a
 * moment later; a typo fixed in the minutes that follow is part of what went out, not news.
 */
export const PUBLISHING_GRACE_MS = 10 * 60_000

/**
 * When `entry` was edited after it was published here, as RFC 3339 in UTC; `undefined` when
 * it never was. Sanity's `_updatedAt` counts as an edit only when it is later than
 * `_createdAt` (a document imported or created as it is has the two equal) and more than
 * `PUBLISHING_GRACE_MS` after the editors' `publishedAt`, when there is one: a change saved
 * before the entry went out, or while it was going out, is part of what went out.
 */
export function editedAfterPublication(entry: Pick<Entry, 'createdAt' | 'updatedAt' | 'publishedAt'>): string | undefined {
  const updated = timeOf(entry.updatedAt)
  if (updated === undefined || updated <= (timeOf(entry.createdAt) ?? -Infinity)) return undefined
  const published = timeOf(entry.publishedAt) ?? -Infinity
  return updated > published + PUBLISHING_GRACE_MS ? rfc3339(new Date(updated)) : undefined
}
