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

/** The instant as RFC 3339 in UTC, whole seconds when there are no fractions: `2027-03-04T05:06:07Z`. */
export function rfc3339(date: Date): string {
  const iso = date.toISOString()
  return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso
}

/** Whether the character at `at` is an ASCII digit (not when `at` is past the end). */
function isDigit(text: string, at: number): boolean {
  const digit = text.charCodeAt(at) - 48
  return digit >= 0 && digit <= 9
}

/** Whether `text` holds `shape` at `at`, each `0` of it standing for an ASCII digit. */
function hasShape(text: string, at: number, shape: string): boolean {
  for (let index = 0; index < shape.length; index++) {
    const wanted = shape.charCodeAt(index)
    if (wanted === 48 ? !isDigit(text, at + index) : text.charCodeAt(at + index) !== wanted) return false
  }
  return true
}

/**
 * Whether `text` is shaped as an RFC 3339 date-time with seconds: `YYYY-MM-DDTHH:MM:SS`, a
 * fraction (`.` and digits) or none, then `Z` or `±HH:MM`; the fields' ranges are not asked.
 * The one test of a timestamp's shape: the readers here and the RSS renderer's dates ask it.
 */
export function isRfc3339(text: string): boolean {
  if (!hasShape(text, 0, '0000-00-00T00:00:00')) return false
  let at = 19
  if (text.charCodeAt(at) === 46) {
    do at++
    while (isDigit(text, at))
    if (at === 20) return false
  }
  const zone = text.charCodeAt(at)
  return zone === 90 ? text.length === at + 1 : (zone === 43 || zone === 45) && text.length === at + 6 && hasShape(text, at + 1, '00:00')
}

/** The value of the two digits at `at`, which `isRfc3339` has shown to be digits. */
function twoDigits(text: string, at: number): number {
  return (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48
}

/** Days in `month` (1–12) of `year`, proleptic Gregorian. */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
}

/**
 * Days from 1970-01-01 to a day of the proleptic Gregorian calendar (`month` 1–12), any year
 * read as written: Howard Hinnant's `days_from_civil`
 * (https://howardhinnant.github.io/date_algorithms.html#days_from_civil).
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const marchYear = month <= 2 ? year - 1 : year
  const era = Math.floor(marchYear / 400)
  const yearOfEra = marchYear - era * 400
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146_097 + dayOfEra - 719_468
}

/**
 * The instant `text` names when it is written as the content's timestamps are, `isRfc3339`'s shape
 * with milliseconds (`.sss`) or no fraction, every field in its range: read by hand, which costs a
 * fraction of `Date.parse` (a feed reads a few hundred). `NaN` for anything else, which `Date.parse`
 * then reads as it always has: other fractions, `24:00`, a 30 February, lower case, spaces.
 */
function fixedShapeTime(text: string): number {
  if (!isRfc3339(text)) return NaN
  const length = text.length
  // The zone starts right after the seconds or after their milliseconds.
  const zoneAt = text.charCodeAt(length - 1) === 90 ? length - 1 : length - 6
  if (zoneAt !== 19 && zoneAt !== 23) return NaN
  const year = twoDigits(text, 0) * 100 + twoDigits(text, 2)
  const month = twoDigits(text, 5)
  const day = twoDigits(text, 8)
  const hour = twoDigits(text, 11)
  const minute = twoDigits(text, 14)
  const second = twoDigits(text, 17)
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59 || (day > 28 && day > daysInMonth(year, month))) return NaN
  const millisecond = zoneAt === 23 ? (text.charCodeAt(20) - 48) * 100 + twoDigits(text, 21) : 0
  let offsetMinutes = 0
  if (zoneAt === length - 6) {
    const hours = twoDigits(text, zoneAt + 1)
    const minutes = twoDigits(text, zoneAt + 4)
    if (hours > 23 || minutes > 59) return NaN
    offsetMinutes = text.charCodeAt(zoneAt) === 43 ? hours * 60 + minutes : -(hours * 60 + minutes)
  }
  return daysFromCivil(year, month, day) * 86_400_000 + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + millisecond
}

/**
 * The instant `text` names, in milliseconds since 1970, as `Date.parse` reads it; `undefined`
 * when it names none.
 */
export function timeOf(text: string | null | undefined): number | undefined {
  if (!text) return undefined
  const fixed = fixedShapeTime(text)
  if (!Number.isNaN(fixed)) return fixed
  const time = Date.parse(text)
  return Number.isNaN(time) ? undefined : time
}

/** Whether `text` is an instant in UTC as `rfc3339` writes it (`2027-03-04T05:06:07Z`, `…07.250Z`), if it is one. */
function writtenAsUtc(text: string): boolean {
  const length = text.length
  return text.charCodeAt(length - 1) === 90 && (length === 20 || (length === 24 && !text.endsWith('.000Z')))
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
 * none. A date already written as RFC 3339 in whole seconds keeps its offset (an entry's
 * `2018-12-01T00:00:00+08:00` stays a Guiyang midnight); others are written in UTC.
 */
export function latestEdit(dates: readonly (string | null | undefined)[]): string {
  let latest: string | undefined
  let latestTime = -Infinity
  // A feed's items are dated mostly by their partial dates, newest first: runs of one date, read once.
  let previous: string | undefined
  let previousTime: number | undefined
  for (const text of dates) {
    if (!text) continue
    const time = text === previous ? previousTime : timeOf(text)
    previous = text
    previousTime = time
    if (time !== undefined && (latest === undefined || time > latestTime)) {
      latest = text
      latestTime = time
    }
  }
  if (latest === undefined) return NEVER
  // Kept as written in whole seconds (no `.` after them); a fraction is written as `rfc3339` writes it.
  return isRfc3339(latest) && latest.charCodeAt(19) !== 46 ? latest : rfc3339(new Date(latestTime))
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
  // Never revised (imported, or created as it is): the two are the same text.
  if (!entry.updatedAt || entry.updatedAt === entry.createdAt) return undefined
  const fixed = fixedShapeTime(entry.updatedAt)
  const updated = Number.isNaN(fixed) ? timeOf(entry.updatedAt) : fixed
  if (updated === undefined || updated <= (timeOf(entry.createdAt) ?? -Infinity)) return undefined
  const published = timeOf(entry.publishedAt) ?? -Infinity
  if (updated <= published + PUBLISHING_GRACE_MS) return undefined
  // The content's timestamps are written as RFC 3339 in UTC already: as they are.
  return fixed === updated && writtenAsUtc(entry.updatedAt) ? entry.updatedAt : rfc3339(new Date(updated))
}
