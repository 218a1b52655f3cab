/**
 * Dates in feeds come from the content only, never from the clock, so the same
 * content always gives the same bytes. Written as RFC 3339 in UTC
 * (https://www.rfc-editor.org/rfc/rfc3339), as Atom and JSON Feed require.
 */

/** When nothing says when it was edited (no entries, no settings): a fixed date, never "now". */
export const NEVER = '1970-01-01T00:00:00Z'

/** The instant as RFC 3339 in UTC, whole seconds when there are no fractions: `2018-12-01T01:00:00Z`. */
export function rfc3339(date: Date): string {
  return date.toISOString().replace('.000Z', 'Z')
}

/** The first of `candidates` that is a real date. */
export function firstDate(...candidates: (string | null | undefined)[]): Date | undefined {
  for (const candidate of candidates) {
    if (!candidate) continue
    const date = new Date(candidate)
    if (!Number.isNaN(date.getTime())) return date
  }
  return undefined
}

/** The latest of `edits` that are real dates, as RFC 3339; `NEVER` when there is none. */
export function latestEdit(edits: readonly (string | null | undefined)[]): string {
  const times = edits.map((edit) => firstDate(edit)?.getTime()).filter((time): time is number => time !== undefined)
  return times.length ? rfc3339(new Date(Math.max(...times))) : NEVER
}
