/**
 * "Needs translation": the GROQ filter of the entries that have a localized
 * field filled in some language but not in every one, or a written language
 * marked as possibly outdated (schemas/lib/translation-status.ts): the same
 * rule as the translation badges (schemas/lib/localized-fields.ts). GROQ
 * cannot trim, so a value of only spaces counts as written here; validation
 * flags those anyway. Plain GROQ (`coalesce`, `in`, `pt::text`), which the
 * local lake's groq-js and Sanity's Content Lake read alike.
 */
import { entry } from '../schemas/documents/entry'
import { WRITTEN_LANGUAGE_IDS, type WrittenLanguageId } from '../schemas/languages'
import { localizedFields, type LocalizedField } from '../schemas/lib/localized-fields'
import { OUTDATED_FIELD } from '../schemas/lib/translation-status'

/** GROQ: whether `field` has content in `language`; Portable Text counts by its text. */
function writtenIn(field: LocalizedField, language: WrittenLanguageId): string {
  const value = `${field.path.join('.')}.${language}`
  return field.type === 'localeBlockContent' ? `coalesce(pt::text(${value}), "") != ""` : `coalesce(${value}, "") != ""`
}

/** GROQ: whether `field` is written in `language` and marks it as possibly outdated. */
function outdatedIn(field: LocalizedField, language: WrittenLanguageId): string {
  return `(${JSON.stringify(language)} in coalesce(${field.path.join('.')}.${OUTDATED_FIELD}, []) && ${writtenIn(field, language)})`
}

/**
 * GROQ: documents of `type` with at least one of `fields` written in some
 * languages and not in others, or written in a language it marks as possibly outdated.
 */
function needsTranslationFilter(type: string, fields: readonly LocalizedField[]): string {
  const gaps = fields.map((field) => {
    const written = WRITTEN_LANGUAGE_IDS.map((language) => writtenIn(field, language))
    const outdated = WRITTEN_LANGUAGE_IDS.map((language) => outdatedIn(field, language))
    return `((${written.join(' || ')}) && !(${written.join(' && ')})) || ${outdated.join(' || ')}`
  })
  return `_type == ${JSON.stringify(type)} && (${gaps.join(' || ')})`
}

/** The localized fields of an entry: city, region, headline, summary, body, the image's alt text. */
export const ENTRY_LOCALIZED_FIELDS = localizedFields(entry.fields)

export const ENTRIES_NEEDING_TRANSLATION = needsTranslationFilter('entry', ENTRY_LOCALIZED_FIELDS)
