/**
 * Builds a localized field type from the languages editors write: an object
 * with a field per language, each titled with its language, side by side in
 * columns (short text) or stacked (rich text, which needs the form's width
 * for its toolbar). Stored as `{_type: name, en: …, zh: …, outdated?: […]}`,
 * where `outdated` lists the languages whose text may no longer say what the
 * other language says (schemas/lib/translation-status.ts): data, so it
 * survives export and import, and kept by the Studio as editors write.
 */
import { defineField, defineType, type FieldDefinition } from 'sanity'
import { WRITTEN_LANGUAGES } from '../languages'
import { bilingualTitle, languageFieldTitle } from './bilingual'
import { OUTDATED_FIELD } from './translation-status'

/** A field definition without name and title, kept per field type (`rows` for text, `of` for arrays…). */
type LanguageField = FieldDefinition extends infer Field ? (Field extends unknown ? Omit<Field, 'name' | 'title'> : never) : never

/** The field of a localized object that lists its possibly outdated languages (defined with the rule that keeps it). */
export { OUTDATED_FIELD }

export interface LocalizedObjectLayout {
  /** `columns`: the languages side by side; `stacked`: one above the other, each as wide as the form. */
  layout: 'columns' | 'stacked'
}

export function defineLocalizedObject(
  name: string,
  titles: { en: string; zh: string },
  field: LanguageField,
  { layout }: LocalizedObjectLayout = { layout: 'columns' },
) {
  return defineType({
    name,
    title: bilingualTitle(titles.en, titles.zh),
    type: 'object',
    options: { columns: layout === 'columns' ? WRITTEN_LANGUAGES.length : 1 },
    fields: [
      ...WRITTEN_LANGUAGES.map((language) =>
        defineField({ ...field, name: language.id, title: languageFieldTitle(language) } as FieldDefinition),
      ),
      defineField({
        name: OUTDATED_FIELD,
        title: bilingualTitle('Possibly outdated', '可能需要更新'),
        type: 'array',
        of: [{ type: 'string' }],
        options: { list: WRITTEN_LANGUAGES.map((language) => ({ value: language.id, title: languageFieldTitle(language) })) },
        hidden: true,
      }),
    ],
  })
}
