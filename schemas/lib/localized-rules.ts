/**
 * Custom validators for localized fields (`{en, zh}` objects). They run in
 * Sanity's validation engine (Studio, `sanity documents validate`, tests) and
 * put each marker on the field of the language that is missing.
 * Imports only types from 'sanity'.
 */
import type { CustomValidator, ValidationError } from 'sanity'
import { WRITTEN_LANGUAGE_IDS, type WrittenLanguageId } from '../languages'
import { LANGUAGE_NAMES, bilingualMessage } from './bilingual'
import { CHARACTER_UNITS, overLength } from './length-guidance'

/** A field's name in both languages, as used in messages: `{en: 'City', zh: '城市'}`. */
export interface FieldLabel {
  en: string
  zh: string
}

/** Marker codes of these validators (custom codes are namespaced, as Sanity asks). */
export const LOCALE_MISSING = 'custom.locale-missing'
export const LOCALE_ALL_MISSING = 'custom.locale-all-missing'
export const LOCALE_TOO_LONG = 'custom.locale-too-long'

/** Whether one language's value has content: non-blank text, or Portable Text with some text or a non-text block. */
export function hasContent(value: unknown): boolean {
  if (typeof value === 'string') return value.trim().length > 0
  if (Array.isArray(value)) return value.some(blockHasContent)
  return false
}

function blockHasContent(block: unknown): boolean {
  if (!block || typeof block !== 'object') return false
  const { _type, children } = block as { _type?: unknown; children?: unknown }
  if (_type !== 'block') return true
  return (
    Array.isArray(children) && children.some((child) => typeof child?.text === 'string' && child.text.trim().length > 0)
  )
}

/** The written languages of a localized value that have no content, in `WRITTEN_LANGUAGES` order. */
export function missingLanguages(value: unknown): WrittenLanguageId[] {
  const record = value && typeof value === 'object' ? (value as Record<string, unknown>) : {}
  return WRITTEN_LANGUAGE_IDS.filter((id) => !hasContent(record[id]))
}

/**
 * One marker for each language in `missing`, on that language's field, worded
 * by `message` from the language's names (`{en: 'Chinese', zh: '中文'}`).
 */
function missingIn(missing: readonly WrittenLanguageId[], message: (names: FieldLabel) => string): ValidationError[] {
  return missing.map((id) => ({ code: LOCALE_MISSING, details: { language: id }, message: message(LANGUAGE_NAMES[id]), path: [id] }))
}

/** Every language is required: one error for each missing language, on that language's field. */
export function requireEveryLanguage(label: FieldLabel): CustomValidator {
  return (value) => {
    const missing = missingLanguages(value)
    return (
      missing.length === 0 ||
      missingIn(missing, (names) => bilingualMessage(`${label.en} is required in ${names.en}`, `${label.zh}必须填写${names.zh}`))
    )
  }
}

/** At least one language is required: one error on the field when every language is empty. */
export function requireSomeLanguage(label: FieldLabel): CustomValidator {
  return (value) =>
    missingLanguages(value).length < WRITTEN_LANGUAGE_IDS.length || {
      code: LOCALE_ALL_MISSING,
      message: bilingualMessage(`${label.en} is required in at least one language`, `${label.zh}至少需要填写一种语言`),
    }
}

/**
 * Names each language that is missing while another one is filled in. Meant to
 * run as a warning (`rule.custom(...).warning()`): a missing translation falls
 * back to the other language, but editors should see it.
 */
export function reportMissingTranslation(label: FieldLabel): CustomValidator {
  return (value) => {
    const missing = missingLanguages(value)
    if (missing.length === 0 || missing.length === WRITTEN_LANGUAGE_IDS.length) return true
    return missingIn(missing, (names) => bilingualMessage(`${label.en} is missing in ${names.en}`, `${label.zh}缺少${names.zh}版本`))
  }
}

/** An image's alt text: needed in every language as soon as the image has an asset. */
export const altWhenImageIsSet: CustomValidator = (value, context) => {
  const image = context.parent as { asset?: unknown } | undefined
  if (!image?.asset) return true
  const missing = missingLanguages(value)
  return (
    missing.length === 0 ||
    missingIn(missing, (names) =>
      bilingualMessage(
        `Describe the image in ${names.en} for readers who cannot see it`,
        `请用${names.zh}描述图片，供无法看到图片的读者使用`,
      ),
    )
  )
}

/**
 * Names each language whose text is wider than `columns` (length-guidance.ts), with its length and
 * the limit in that language's characters. Meant to run as a warning: long text is kept as written.
 */
export function reportOverLength(label: FieldLabel, columns: number): CustomValidator {
  return (value) => {
    const record = value && typeof value === 'object' ? (value as Record<string, unknown>) : {}
    const markers = WRITTEN_LANGUAGE_IDS.flatMap((id): ValidationError[] => {
      const text = record[id]
      const over = typeof text === 'string' ? overLength(text, columns, id) : undefined
      if (!over) return []
      const { en, zh } = LANGUAGE_NAMES[id]
      const unit = CHARACTER_UNITS[id]
      const message = bilingualMessage(
        `${label.en} in ${en} is ${over.length.toLocaleString('en')} ${unit.en} long: feeds and the widget read best with ${over.limit} or fewer`,
        `${zh}${label.zh}共${over.length}${unit.zh}，为便于在订阅源和小部件中阅读，建议不超过${over.limit}${unit.zh}`,
      )
      return [{ code: LOCALE_TOO_LONG, details: { language: id, ...over }, message, path: [id] }]
    })
    return markers.length === 0 || markers
  }
}
