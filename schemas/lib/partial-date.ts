/**
 * Partial dates as the Studio stores them: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`,
 * as precise as the source is, and the one way they are displayed. Plain code,
 * no 'sanity' import: the `partialDate` schema type validates with it, the
 * Studio's previews and the Worker's entries display dates with it.
 */
import { languageById, type LanguageId } from '../languages'

/** Why a value is not an acceptable partial date. */
export type PartialDateProblem = 'format' | 'calendar' | 'early' | 'future'

/**
 * The earliest year an entry may have. The source's record starts in 1992 (Palmerston North), so
 * a year before 1900 is a typo (`0019` for `2019`), not history: validation refuses it, naming
 * this year. Such a date already stored is still read and shown as written.
 */
export const EARLIEST_YEAR = 1900

export interface ParsedPartialDate {
  year: number
  /** 1–12, when the value has a month. */
  month?: number
  /** 1–31, when the value has a day. */
  day?: number
}

const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

/** The parts of a well-formed partial date that names a real calendar date, else the problem. */
export function parsePartialDate(value: string): ParsedPartialDate | Exclude<PartialDateProblem, 'future'> {
  const match = PARTIAL_DATE_PATTERN.exec(value)
  if (!match) return 'format'
  const [, yearText, monthText, dayText] = match
  const year = Number(yearText)
  if (monthText === undefined) return { year }
  const month = Number(monthText)
  if (month < 1 || month > 12) return 'calendar'
  if (dayText === undefined) return { year, month }
  const day = Number(dayText)
  const daysInMonth = calendarDayUtc(year, month + 1, 0).getUTCDate()
  if (day < 1 || day > daysInMonth) return 'calendar'
  return { year, month, day }
}

/**
 * Midnight UTC of a calendar day, its year read as written: `Date.UTC` and `new Date(y, m, d)`
 * read years 0–99 as 1900–1999 (`0019-06` would be June 1919), `setUTCFullYear` does not.
 * `month` is 1–12; a day or month out of range rolls over, as `Date.UTC`'s do (day 0 is the
 * previous month's last). The one place a date is built from a year, month and day.
 */
export function calendarDayUtc(year: number, month: number, day: number): Date {
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  return date
}

/**
 * What is wrong with `value` as a partial date, or `undefined` when nothing is.
 * A partial date is in the future when its first day is after `today` (UTC),
 * so the current year and the current month are accepted; it is too early
 * before `EARLIEST_YEAR`.
 */
export function partialDateProblem(value: string, today: Date = new Date()): PartialDateProblem | undefined {
  const parsed = parsePartialDate(value)
  if (typeof parsed === 'string') return parsed
  if (parsed.year < EARLIEST_YEAR) return 'early'
  const firstDay = partialDateStart(parsed).getTime()
  const todayUtc = calendarDayUtc(today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate()).getTime()
  return firstDay > todayUtc ? 'future' : undefined
}

/** The first day a partial date covers, at midnight UTC: 1 December 2018 for `2018-12`. */
export function partialDateStart(parsed: ParsedPartialDate): Date {
  return calendarDayUtc(parsed.year, parsed.month ?? 1, parsed.day ?? 1)
}

/**
 * The source's time zone: China Standard Time, Guiyang's, which has been UTC+8 all year since 1991
 * (and every date in the source is later). Where a format needs a full timestamp for a partial
 * date, it is the period's first day at midnight here, written with this offset, so the written
 * date is the source's date and no hour is invented in UTC.
 */
export const SOURCE_UTC_OFFSET = '+08:00'

/**
 * The first moment a partial date covers, in the source's time zone, as RFC 3339 with its offset
 * (https://www.rfc-editor.org/rfc/rfc3339): `2016-01-01T00:00:00+08:00` for `2016`,
 * `2018-12-01T00:00:00+08:00` for `2018-12`.
 */
export function partialDateTimestamp(parsed: ParsedPartialDate): string {
  const two = (value: number) => String(value).padStart(2, '0')
  return `${String(parsed.year).padStart(4, '0')}-${two(parsed.month ?? 1)}-${two(parsed.day ?? 1)}T00:00:00${SOURCE_UTC_OFFSET}`
}

/** How precise a partial date is, which decides the parts its format shows. */
type Precision = 'year' | 'month' | 'day'

/**
 * One formatter per locale and precision, made on first use: building an `Intl.DateTimeFormat`
 * costs about fifty times what formatting with one does, and a feed formats a date per entry.
 */
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(locale: string, precision: Precision): Intl.DateTimeFormat {
  const key = `${locale} ${precision}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      timeZone: 'UTC',
      year: 'numeric',
      ...(precision !== 'year' && { month: 'long' }),
      ...(precision === 'day' && { day: 'numeric' }),
    })
    formatters.set(key, formatter)
  }
  return formatter
}

/**
 * A partial date as a reader says it: "December 2018" / "2018年12月"; the value itself when malformed.
 * `locale`, when given, is the `Intl` locale to write it in instead of the language's own (the
 * widget's `date-locale`: "May 26, 2018" for `en-US`).
 */
export function formatPartialDate(value: string | ParsedPartialDate, language: LanguageId, locale: string = languageById(language).locale): string {
  const parsed = typeof value === 'string' ? parsePartialDate(value) : value
  if (typeof parsed === 'string') return value as string
  const precision: Precision = parsed.day !== undefined ? 'day' : parsed.month !== undefined ? 'month' : 'year'
  return formatterFor(locale, precision).format(partialDateStart(parsed))
}

/** The year of a partial date, for slugs: `2018` from `2018-12`. */
export function partialDateYear(value: unknown): string | undefined {
  return typeof value === 'string' && /^\d{4}/.test(value) ? value.slice(0, 4) : undefined
}
