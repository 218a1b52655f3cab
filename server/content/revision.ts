/**
 * Content revisions: a name for the content a source answers now, so that
 * what is kept of its answers (http/kept-answers.ts) is kept per revision and
 * stops being served the moment the content may have changed.
 *
 * - The embedded dataset cannot change while an isolate lives: its revision
 *   is the SHA-256 of the dataset's text, computed once per isolate, the same
 *   in every isolate of a deployment.
 * - Sanity's revision is read from Sanity itself (`revisionQuery`: how many
 *   documents the site reads, and the newest revisions), so every isolate
 *   names the same content alike, though a publish webhook reaches only one
 *   of them. An isolate takes it as current for `ANSWER_LIFETIME_MS`
 *   (sanity-source.ts), or until that webhook's `forget()`, and then asks
 *   again: what was made under it lives on while it stays the same, and is
 *   never staler than Sanity's held answers.
 * - A source that names no revision (tests' own documents, drafts) has none:
 *   nothing made of its answers is kept.
 */
import { ContentUnavailableError, type ContentSource } from './source'

/** The revision an answer was made under, and whether the source still answers under it. */
export interface ContentRevision {
  readonly id: string
  /** Whether the source answers under it now, as far as it knows without asking (no I/O). */
  isCurrent(): boolean
  /**
   * Whether the source answers under it now, asking it again when it no longer knows (Sanity, once
   * a period is over, or after `forget()`). Rejects with `ContentUnavailableError` when the source
   * cannot say (Sanity failing).
   */
  confirm(): Promise<boolean>
}

/** `text`'s SHA-256 as lowercase hex, computed once: `revision` and `knownRevision` of a source whose content never changes. */
export function textRevision(text: string): Required<Pick<ContentSource, 'revision' | 'knownRevision'>> {
  let known: string | undefined
  let computing: Promise<string> | undefined
  return {
    revision: () =>
      known ??
      (computing ??= crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)).then((digest) => {
        known = [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('')
        return known
      })),
    knownRevision: () => known,
  }
}

/** The revision `source` answers under now; `undefined` when it names none, or cannot now (Sanity failing). */
export async function revisionOf(source: ContentSource): Promise<ContentRevision | undefined> {
  const { revision, knownRevision } = source
  if (!revision) return undefined
  let id: string
  try {
    id = await revision.call(source)
  } catch (error) {
    if (error instanceof ContentUnavailableError) return undefined
    throw error
  }
  // A source whose revision() answers at once needs no knownRevision().
  const isCurrent = () => (knownRevision ?? revision).call(source) === id
  // Asked again through the source that outlives the request (never through the request's own,
  // whose read in flight belongs to that request: workerd settles a promise only there).
  const lasting = source.lasting ?? source
  return {
    id,
    isCurrent,
    confirm: async () => isCurrent() || (await lasting.revision?.()) === id,
  }
}
