/**
 * Partial dates: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the source
 * ("Silicon Valley, 2016" has only a year). Stored as that string, which also
 * sorts correctly as text within the same precision.
 */

export type DatePrecision = 'year' | 'month' | 'day'

export interface PartialDate {
  /** The stored value, such as `2018-12`. */
  value: string
  precision: DatePrecision
  year: number
  /** 1 to 12, where known. */
  month?: number
  /** 1 to 31, where known. */
  day?: number
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

/** The partial date in `value`, or `undefined` when it is not a real calendar date. */
export function parsePartialDate(value: string): PartialDate | undefined {
  const match = PARTIAL_DATE.exec(value)
  if (!match) return undefined
  const [, yearText, monthText, dayText] = match
  const year = Number(yearText)
  if (monthText === undefined) return { value, precision: 'year', year }
  const month = Number(monthText)
  if (month < 1 || month > 12) return undefined
  if (dayText === undefined) return { value, precision: 'month', year, month }
  const day = Number(dayText)
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day < 1 || day > daysInMonth) return undefined
  return { value, precision: 'day', year, month, day }
}

/** The first instant of the partial date, in UTC. */
export function startOfPartialDate(date: PartialDate): Date {
  return new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1))
}
