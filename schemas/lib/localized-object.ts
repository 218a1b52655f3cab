/**
 * Builds a localized field type from the languages editors write: an object
 * with a field per language, shown side by side in columns, each titled with its
 * language. Stored as `{_type: name, en: …, zh: …}`.
 */
import { defineField, defineType, type FieldDefinition } from 'sanity'
import { WRITTEN_LANGUAGES } from '../languages'
import { bilingualTitle, languageFieldTitle } from './bilingual'

/** A field definition without name and title, kept per field type (`rows` for text, `of` for arrays…). */
type LanguageField = FieldDefinition extends infer Field ? (Field extends unknown ? Omit<Field, 'name' | 'title'> : never) : never

export function defineLocalizedObject(name: string, titles: { en: string; zh: string }, field: LanguageField) {
  return defineType({
    name,
    title: bilingualTitle(titles.en, titles.zh),
    type: 'object',
    options: { columns: WRITTEN_LANGUAGES.length },
    fields: WRITTEN_LANGUAGES.map((language) =>
      defineField({ ...field, name: language.id, title: languageFieldTitle(language) } as FieldDefinition),
    ),
  })
}
