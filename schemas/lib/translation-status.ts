/**
 * Translations that cannot silently go stale: which languages of a localized
 * field may no longer say what the other language says, and how an edit
 * changes that. The one place the rule lives; the Studio's input keeps the
 * marks as editors write, its badges and its "Needs translation" list read
 * them. Plain code, no 'sanity' import.
 *
 * The marks are data, stored in the localized object itself
 * (`{en, zh, outdated: ['zh']}`, schemas/lib/localized-object.ts), so they
 * survive export and import and work on Sanity and the local lake alike.
 *
 * Rule: when an editor changes language A of a field while language B is
 * written, B is marked as possibly outdated; unless A is itself being brought
 * up to date (it was marked, or it was not written yet: a first translation),
 * in which case the edit clears A's mark and marks nothing. Marking B as
 * checked clears B's mark without an edit. An empty language is never
 * outdated: it is missing, which the completeness rule
 * (schemas/lib/localized-fields.ts) reports. A mark an editor's change made
 * goes again when the changed language reads as it did before that change
 * (an undo, or the editor typing the old text back): the translation matches
 * it as it did.
 *
 * What an editor's form must remember between changes for this
 * (`TranslationMemory`: which languages are being brought up to date, the text
 * a mark was made against) is kept by the input with the entry, so a reload or
 * a visit to another document does not turn an update into a change.
 */
import { WRITTEN_LANGUAGE_IDS, type WrittenLanguageId } from '../languages'
import { hasContent } from './localized-rules'

/** The field of a localized object that lists its possibly outdated languages. */
export const OUTDATED_FIELD = 'outdated'

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {}
}

function isWrittenLanguageId(value: unknown): value is WrittenLanguageId {
  return (WRITTEN_LANGUAGE_IDS as readonly unknown[]).includes(value)
}

/** The languages a localized value marks as possibly outdated, as stored, in `WRITTEN_LANGUAGES` order. */
export function markedLanguages(value: unknown): WrittenLanguageId[] {
  const marks = record(value)[OUTDATED_FIELD]
  return Array.isArray(marks) ? WRITTEN_LANGUAGE_IDS.filter((id) => marks.includes(id)) : []
}

/**
 * The languages of a localized value that may be outdated: marked and
 * written (a mark on an empty language says nothing), in `WRITTEN_LANGUAGES` order.
 */
export function outdatedLanguages(value: unknown): WrittenLanguageId[] {
  return markedLanguages(value).filter((id) => hasContent(record(value)[id]))
}

/** One change an editor makes to a localized value, as the form sees it. */
export interface TranslationEdit {
  /** The localized value before the change. */
  before: unknown
  /** The languages whose text the change touches. */
  changed: readonly WrittenLanguageId[]
  /** Those of them the change empties (removes). */
  emptied?: readonly WrittenLanguageId[]
  /**
   * The languages this editor is bringing up to date in this form: each began
   * while it was marked or not written yet, and stays an update until the
   * editor writes in another language. Kept by the input between changes.
   */
  updating?: readonly WrittenLanguageId[]
  /** The text each mark this editor made was made against (`TranslationMemory.markedFrom`). */
  markedFrom?: MarkOrigins
}

/**
 * For each language a change of this editor marked, the text (`textKey`) of
 * every other language just before that change: `{zh: {en: '"Signed in May."'}}`.
 */
export type MarkOrigins = Partial<Record<WrittenLanguageId, Partial<Record<WrittenLanguageId, string>>>>

/** What an editor's form remembers of one localized field between changes. */
export interface TranslationMemory {
  updating: WrittenLanguageId[]
  markedFrom: MarkOrigins
}

/** What the change leaves: the marks to store, and what the form remembers for the next change. */
export interface TranslationStatus extends TranslationMemory {
  outdated: WrittenLanguageId[]
}

/** A language's text as compared with the text a mark was made against: strings and Portable Text alike, exactly. */
function textKey(value: unknown): string {
  return JSON.stringify(value ?? null)
}

/** The marks and updates after `edit`, by the rule of this module. */
export function statusAfterEdit({ before, changed, emptied = [], updating = [], markedFrom = {} }: TranslationEdit): TranslationStatus {
  const value = record(before)
  const outdated = new Set(markedLanguages(before))
  const updates = new Set(updating)
  const isUpdate = (language: WrittenLanguageId) =>
    outdated.has(language) || updates.has(language) || !hasContent(value[language])
  // Decided on the state before the change, so that the order of `changed` does not matter.
  const updated = changed.filter((language) => !emptied.includes(language) && isUpdate(language))
  const edited = changed.filter((language) => !emptied.includes(language) && !isUpdate(language))
  for (const language of [...emptied, ...updated]) outdated.delete(language)
  for (const language of emptied) updates.delete(language)
  // Writing one language ends the update of the others: a later change of theirs is a change again.
  if (updated.length + edited.length > 0) for (const language of WRITTEN_LANGUAGE_IDS) if (!changed.includes(language)) updates.delete(language)
  for (const language of updated) updates.add(language)
  const origins: MarkOrigins = { ...markedFrom }
  for (const language of edited) {
    for (const other of WRITTEN_LANGUAGE_IDS) {
      if (other === language || changed.includes(other) || !hasContent(value[other])) continue
      if (!outdated.has(other)) origins[other] = textsBesides(value, other)
      outdated.add(other)
    }
  }
  const marks = WRITTEN_LANGUAGE_IDS.filter((id) => outdated.has(id) && hasContent(value[id]))
  return {
    outdated: marks,
    updating: WRITTEN_LANGUAGE_IDS.filter((id) => updates.has(id)),
    markedFrom: Object.fromEntries(marks.flatMap((id) => (origins[id] ? [[id, origins[id]]] : []))),
  }
}

/** The text of every language of `value` but `language`. */
function textsBesides(value: Record<string, unknown>, language: WrittenLanguageId): Partial<Record<WrittenLanguageId, string>> {
  return Object.fromEntries(WRITTEN_LANGUAGE_IDS.filter((id) => id !== language).map((id) => [id, textKey(value[id])]))
}

/**
 * The marks of `value` once those made against text that reads again as it
 * did are gone (an undo of the change that made them); `undefined` when none is.
 */
export function marksAfterUndo(value: unknown, markedFrom: MarkOrigins): WrittenLanguageId[] | undefined {
  const marked = markedLanguages(value)
  const undone = marked.filter((language) => {
    const origin = markedFrom[language]
    return origin !== undefined && Object.entries(origin).every(([id, text]) => textKey(record(value)[id]) === text)
  })
  return undone.length > 0 ? marked.filter((language) => !undone.includes(language)) : undefined
}

/** The marks left when an editor marks `language` as checked: the same text, no longer suspect. */
export function outdatedAfterCheck(value: unknown, language: WrittenLanguageId): WrittenLanguageId[] {
  return markedLanguages(value).filter((id) => id !== language && hasContent(record(value)[id]))
}

/** A patch to a localized value, as far as this module reads it: its kind and its path inside the value. */
export interface PatchLike {
  readonly type: string
  readonly path: readonly unknown[]
}

/**
 * What a change, given as patches relative to the localized value (`['en']`,
 * `['zh', {_key}, 'children', …]`), does to its languages: which it touches,
 * which it empties (an `unset` of the whole language). Patches of the value
 * itself (`setIfMissing` of its type) or of the marks touch no language.
 */
export function editedLanguages(patches: readonly PatchLike[]): { changed: WrittenLanguageId[]; emptied: WrittenLanguageId[] } {
  const changed = new Set<WrittenLanguageId>()
  const emptied = new Set<WrittenLanguageId>()
  for (const patch of patches) {
    const [language] = patch.path
    if (!isWrittenLanguageId(language)) continue
    changed.add(language)
    if (patch.type === 'unset' && patch.path.length === 1) emptied.add(language)
    else emptied.delete(language)
  }
  return { changed: WRITTEN_LANGUAGE_IDS.filter((id) => changed.has(id)), emptied: WRITTEN_LANGUAGE_IDS.filter((id) => emptied.has(id)) }
}

/** Whether two lists of languages are the same. */
export function sameLanguages(a: readonly WrittenLanguageId[], b: readonly WrittenLanguageId[]): boolean {
  return a.length === b.length && a.every((id, index) => b[index] === id)
}
