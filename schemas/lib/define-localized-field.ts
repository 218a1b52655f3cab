/**
 * A field of a localized type (`localeString`, `localeText`,
 * `localeBlockContent`), titled in both languages by its label, with the rule
 * of how much of it must be written before a document can be published. The
 * label titles the field and names it in every message, so the two always agree.
 */
import { defineField } from 'sanity'
import { bilingualTitle } from './bilingual'
import type { LocalizedTypeName } from './localized-fields'
import { reportMissingTranslation, reportOverLength, requireEveryLanguage, requireSomeLanguage, type FieldLabel } from './localized-rules'

/**
 * How much of a localized field must be written:
 * - `every-language`: an error for each language left empty;
 * - `some-language`: an error when every language is empty, a warning for each one left empty;
 * - `optional`: a warning for each language left empty while another is written.
 */
export type LocalizedRequirement = 'every-language' | 'some-language' | 'optional'

export interface LocalizedFieldDefinition {
  name: string
  type: LocalizedTypeName
  /** The field's name in both languages: `{en: 'City', zh: '城市'}`. */
  label: FieldLabel
  /** A `bilingualTitle` description, if the field needs one. */
  description?: string
  requirement: LocalizedRequirement
  /** The width in columns (length-guidance.ts) above which each language's text is warned about, if any. */
  lengthGuidance?: number
}

export function defineLocalizedField({ name, type, label, description, requirement, lengthGuidance }: LocalizedFieldDefinition) {
  return defineField({
    name,
    title: bilingualTitle(label.en, label.zh),
    ...(description !== undefined && { description }),
    type,
    validation: (rule) => {
      const lengthRules = lengthGuidance === undefined ? [] : [rule.custom(reportOverLength(label, lengthGuidance)).warning()]
      switch (requirement) {
        case 'every-language':
          return [rule.custom(requireEveryLanguage(label)), ...lengthRules]
        case 'some-language':
          return [rule.custom(requireSomeLanguage(label)), rule.custom(reportMissingTranslation(label)).warning(), ...lengthRules]
        case 'optional':
          return [rule.custom(reportMissingTranslation(label)).warning(), ...lengthRules]
      }
    },
  })
}
