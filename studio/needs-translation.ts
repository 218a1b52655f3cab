/**
 * "Needs translation": the GROQ filter of the entries that have a localized
 * field filled in some language but not in every one, the same rule as the
 * translation badges (schemas/lib/localized-fields.ts). GROQ cannot trim, so a
 * value of only spaces counts as written here; validation flags those anyway.
 */
import { entry } from '../schemas/documents/entry'
import { WRITTEN_LANGUAGE_IDS, type WrittenLanguageId } from '../schemas/languages'
import { localizedFields, type LocalizedField } from '../schemas/lib/localized-fields'

/** GROQ: whether `field` has content in `language`; Portable Text counts by its text. */
function writtenIn(field: LocalizedField, language: WrittenLanguageId): string {
  const value = `${field.path.join('.')}.${language}`
  return field.type === 'localeBlockContent' ? `coalesce(pt::text(${value}), "") != ""` : `coalesce(${value}, "") != ""`
}

/** GROQ: documents of `type` with at least one of `fields` written in some languages and not in others. */
function needsTranslationFilter(type: string, fields: readonly LocalizedField[]): string {
  const gaps = fields.map((field) => {
    const written = WRITTEN_LANGUAGE_IDS.map((language) => writtenIn(field, language))
    return `((${written.join(' || ')}) && !(${written.join(' && ')}))`
  })
  return `_type == ${JSON.stringify(type)} && (${gaps.join(' || ')})`
}

/** The localized fields of an entry: city, region, headline, summary, body, the image's alt text. */
export const ENTRY_LOCALIZED_FIELDS = localizedFields(entry.fields)

export const ENTRIES_NEEDING_TRANSLATION = needsTranslationFilter('entry', ENTRY_LOCALIZED_FIELDS)
