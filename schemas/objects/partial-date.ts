/**
 * `partialDate`: a date as precise as the source is, stored as a string:
 * `YYYY`, `YYYY-MM` or `YYYY-MM-DD` ("Silicon Valley, 2016" has only a year).
 * Strings of one precision sort correctly as text, and GROQ filters by year
 * with `string::startsWith(date, $year)`.
 */
import { defineType, type CustomValidator } from 'sanity'
import { bilingualMessage, bilingualTitle } from '../lib/bilingual'
import { EARLIEST_YEAR, partialDateProblem, type PartialDateProblem } from '../lib/partial-date'

/** Marker code of every partial-date problem; `details.problem` says which. */
export const PARTIAL_DATE_INVALID = 'custom.partial-date'

const MESSAGES: Readonly<Record<PartialDateProblem, string>> = {
  format: bilingualMessage(
    'Use YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2018, 2018-12 or 2018-12-01',
    '请使用YYYY、YYYY-MM或YYYY-MM-DD格式，例如2018、2018-12或2018-12-01',
  ),
  calendar: bilingualMessage('This date does not exist in the calendar', '该日期不存在'),
  early: bilingualMessage(
    `The year must be ${EARLIEST_YEAR} or later: write all four digits, e.g. 2019`,
    `年份不能早于${EARLIEST_YEAR}年，请写全四位数字，例如2019`,
  ),
  future: bilingualMessage('The date cannot be in the future', '日期不能晚于今天'),
}

/**
 * Well-formed, a real calendar date, not before `EARLIEST_YEAR`, not in the future. Exported because a
 * field's own `validation` replaces its type's: a `partialDate` field that
 * adds rules (such as `required()`) must include this one again.
 */
export const validPartialDate: CustomValidator<unknown> = (value) => {
  if (value === undefined || value === null || value === '') return true
  const problem = typeof value === 'string' ? partialDateProblem(value) : 'format'
  return problem === undefined || { code: PARTIAL_DATE_INVALID, details: { problem }, message: MESSAGES[problem] }
}

export const partialDate = defineType({
  name: 'partialDate',
  title: bilingualTitle('Date', '日期'),
  description: bilingualTitle(
    'YYYY, YYYY-MM or YYYY-MM-DD: as precise as the source',
    'YYYY、YYYY-MM或YYYY-MM-DD：按来源所知的精确程度填写',
  ),
  type: 'string',
  placeholder: 'YYYY-MM-DD',
  validation: (rule) => rule.custom(validPartialDate),
})
