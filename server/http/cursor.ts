/**
 * The API's opaque pagination cursors (`cursor`, `nextCursor`). A cursor holds
 * the sort key (agreement date and id) of the last item of a page, and the
 * next page starts after it, so pages stay stable while entries are added or
 * removed (keyset pagination).
 */
import type { Cursor } from '../model/filters'
import { fromBase64Url, toBase64Url } from './encoding'

export function encodeCursor(cursor: Cursor): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify([1, cursor.date, cursor.id])))
}

/** The cursor in `encoded`, or `undefined` when it is not one this API gave out. */
export function decodeCursor(encoded: string): Cursor | undefined {
  if (!/^[A-Za-z0-9_-]{1,512}$/.test(encoded)) return undefined
  try {
    const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(fromBase64Url(encoded)))
    if (!Array.isArray(value) || value.length !== 3) return undefined
    const [version, date, id] = value as unknown[]
    if (version !== 1 || typeof date !== 'string' || typeof id !== 'string' || date === '' || id === '') return undefined
    return { date, id }
  } catch {
    return undefined
  }
}
