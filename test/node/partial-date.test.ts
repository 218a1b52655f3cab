/**
 * Partial dates are read as written: a year before 100 is that year, not one of
 * the 1900s as `Date.UTC` would make it, in parsing, the calendar check and
 * display alike, so a mistyped `0019-06` is seen for what it is (and refused by
 * validation, entry-validation.test.ts) rather than shown as June 1919.
 */
import { describe, expect, test } from 'vitest'
import {
  calendarDayUtc,
  EARLIEST_YEAR,
  formatPartialDate,
  parsePartialDate,
  partialDateProblem,
  partialDateStart,
} from '../../schemas/lib/partial-date'

describe('a partial date with a year before 100', () => {
  test('is shown with its own year in both languages, never as 19xx', () => {
    expect(formatPartialDate('0019-06', 'zh')).toBe('19年6月')
    expect(formatPartialDate('0019-06', 'en')).toBe('June 19')
    expect(formatPartialDate('0019-06', 'zh')).not.toContain('1919')
  })

  test('starts on its own first day', () => {
    expect(partialDateStart({ year: 19, month: 6 }).toISOString()).toBe('0019-06-01T00:00:00.000Z')
    expect(calendarDayUtc(19, 6, 1).getUTCDay()).toBe(6) // a Saturday; 1 June 1919 was a Sunday
  })

  test('is checked against its own calendar: 29 February of year 0 existed, of 1900 did not', () => {
    expect(parsePartialDate('0000-02-29')).toEqual({ year: 0, month: 2, day: 29 })
    expect(parsePartialDate('1900-02-29')).toBe('calendar')
  })

  test(`is too early, as is any year before ${EARLIEST_YEAR}`, () => {
    expect(partialDateProblem('0019-06')).toBe('early')
    expect(partialDateProblem(String(EARLIEST_YEAR - 1))).toBe('early')
    expect(partialDateProblem(String(EARLIEST_YEAR))).toBeUndefined()
    expect(partialDateProblem('1992-08-17')).toBeUndefined()
  })
})

test('the month after the last is the next year’s first, as Date.UTC rolls over', () => {
  expect(calendarDayUtc(2018, 13, 1).toISOString()).toBe('2019-01-01T00:00:00.000Z')
  expect(calendarDayUtc(2020, 3, 0).getUTCDate()).toBe(29)
})
