/**
 * Which fields of a document type are localized (`{en, zh}` objects), and how
 * complete each language of a document is. Plain code, no 'sanity' import:
 * works on the schema definitions as written, so the Studio's translation
 * badges and its "Needs translation" list agree on what counts as a
 * translation gap. Rule: a localized field filled in one language must be
 * filled in every language; a field empty in all of them is no gap. A field
 * whose written language is marked as possibly outdated
 * (schemas/lib/translation-status.ts) needs that language looked at too.
 */
import { WRITTEN_LANGUAGE_IDS, type WrittenLanguageId } from '../languages'
import { hasContent } from './localized-rules'
import { outdatedLanguages } from './translation-status'

/** The localized object types (schemas/objects/locale-*.ts). */
export const LOCALIZED_TYPE_NAMES = ['localeString', 'localeText', 'localeBlockContent'] as const
export type LocalizedTypeName = (typeof LOCALIZED_TYPE_NAMES)[number]

/** A field definition, as far as this module reads it. */
interface FieldDefinitionLike {
  readonly name: string
  readonly type: string
  readonly title?: string
  readonly fields?: readonly FieldDefinitionLike[]
}

/** One localized field of a document type: `['image', 'alt']` for an image's alt text. */
export interface LocalizedField {
  readonly path: readonly string[]
  readonly type: LocalizedTypeName
  /** The field's title, as the Studio shows it: `Alternative text · 替代文本`. */
  readonly title: string
}

function isLocalizedTypeName(type: string): type is LocalizedTypeName {
  return (LOCALIZED_TYPE_NAMES as readonly string[]).includes(type)
}

/** The localized fields of a document type, nested ones (an image's alt text) included, in field order. */
export function localizedFields(fields: readonly FieldDefinitionLike[], parent: readonly string[] = []): LocalizedField[] {
  return fields.flatMap((field) => {
    const path = [...parent, field.name]
    if (isLocalizedTypeName(field.type)) return [{ path, type: field.type, title: field.title ?? field.name }]
    return field.fields ? localizedFields(field.fields, path) : []
  })
}

function valueAt(document: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
    document,
  )
}

/** How complete one language of a document is, over the fields written in some language. */
export interface LanguageCompleteness {
  language: WrittenLanguageId
  /** Localized fields that have content in at least one language. */
  written: LocalizedField[]
  /** Those of them that have no content in this language. */
  missing: LocalizedField[]
  /** Those of them written in this language, where it may no longer say what the other language says. */
  outdated: LocalizedField[]
}

/** Each written language's completeness, in `WRITTEN_LANGUAGES` order. */
export function translationCompleteness(
  document: unknown,
  fields: readonly LocalizedField[],
): LanguageCompleteness[] {
  const filled = fields.map((field) => {
    const value = valueAt(document, field.path) as Record<string, unknown> | undefined
    return { field, languages: WRITTEN_LANGUAGE_IDS.filter((id) => hasContent(value?.[id])), outdated: outdatedLanguages(value) }
  })
  const written = filled.filter(({ languages }) => languages.length > 0)
  return WRITTEN_LANGUAGE_IDS.map((language) => ({
    language,
    written: written.map(({ field }) => field),
    missing: written.filter(({ languages }) => !languages.includes(language)).map(({ field }) => field),
    outdated: written.filter(({ outdated }) => outdated.includes(language)).map(({ field }) => field),
  }))
}
