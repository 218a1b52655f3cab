/**
 * Content revisions: a name for the content a source answers now, so that
 * what is kept of its answers (http/kept-answers.ts) is kept per revision and
 * stops being served the moment the content may have changed.
 *
 * - The embedded dataset cannot change while an isolate lives: its revision
 *   is the SHA-256 of the dataset's text, computed once per isolate, the same
 *   in every isolate of a deployment.
 * - Sanity's answers are held for `ANSWER_LIFETIME_MS` (sanity-source.ts), all
 *   of them started together, and a publish webhook's `forget()` drops them:
 *   each such period is a revision, so what was made of its answers dies with
 *   them and is never staler than they are.
 * - A source that names no revision (tests' own documents, drafts) has none:
 *   nothing made of its answers is kept.
 */
import type { ContentSource } from './source'

/** The revision an answer was made under, and whether the source still answers under it. */
export interface ContentRevision {
  readonly id: string
  isCurrent(): boolean
}

/** `text`'s SHA-256 as lowercase hex, computed once (later calls return the string itself). */
export function textRevision(text: string): () => string | Promise<string> {
  let known: string | undefined
  let computing: Promise<string> | undefined
  return () =>
    known ??
    (computing ??= crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)).then((digest) => {
      known = [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('')
      return known
    }))
}

/** The revision `source` answers under now; `undefined` when it names none. */
export async function revisionOf(source: ContentSource): Promise<ContentRevision | undefined> {
  const revision = source.revision
  if (!revision) return undefined
  const id = await revision.call(source)
  return { id, isCurrent: () => revision.call(source) === id }
}
