/**
 * What each query's answer must look like for the code that reads it
 * (entries.ts, settings.ts, entry-row.ts, traditional.ts): checked where answers come in from
 * the network (sanity-source.ts), so an answer of the wrong shape — a list
 * query answering an object, a row without its id — is the source failing,
 * a 503 or the last good copy, never a crash (500) or an empty feed.
 * One entry per query of queries.ts; a test checks that none is missing.
 */
import { cityNamesQuery, entriesQuery, entryBySlugQuery, revisionQuery, revisionTiesQuery, settingsQuery, traditionalCorrectionsQuery } from './queries'

type Shape = (answer: unknown) => boolean

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A row of `entryProjection` as entry-row.ts reads it: an id, and the list of fields that fell back. */
function isEntryRow(value: unknown): boolean {
  return isObject(value) && typeof value._id === 'string' && Array.isArray(value.fellBack)
}

const ANSWER_SHAPES = new Map<string, Shape>([
  // A list, never null: `*[…][0...$end]` is at worst empty. Rows the list cannot show (no slug or date) are left out later.
  [entriesQuery, (answer) => Array.isArray(answer) && answer.every((row) => row === null || isEntryRow(row))],
  // No such entry is null: a 404, not a failure.
  [entryBySlugQuery, (answer) => answer === null || isEntryRow(answer)],
  [cityNamesQuery, (answer) => answer === null || Array.isArray(answer)],
  // No settings document is null: the interface's defaults.
  [settingsQuery, (answer) => answer === null || isObject(answer)],
  // No settings document, or no corrections, is null: none. A correction missing a half is left out later (correctionsFrom).
  [traditionalCorrectionsQuery, (answer) => answer === null || (Array.isArray(answer) && answer.every((row) => row === null || isObject(row)))],
  // Always an object: a count, and a list that is at worst empty.
  [revisionQuery, (answer) => isObject(answer) && typeof answer.documents === 'number' && Array.isArray(answer.newest) && answer.newest.every(isObject)],
  [revisionTiesQuery, (answer) => Array.isArray(answer) && answer.every(isObject)],
])

/** The queries whose answers have a shape here (for the test that every query has one). */
export const SHAPED_QUERIES: ReadonlySet<string> = new Set(ANSWER_SHAPES.keys())

/** Whether `answer` can be the answer to `query`; a query without a shape here takes any JSON value. */
export function hasAnswerShape(query: string, answer: unknown): boolean {
  const shape = ANSWER_SHAPES.get(query)
  return shape ? shape(answer) : answer !== undefined
}
