/**
 * Interface strings: one language's `t(key, values)`, as i18next's `t()` with
 * the options the Worker had it set up with (no fallback language, values not
 * escaped), written here for the part of it the strings use, so the Worker
 * uploads no i18next (16 KiB gzipped, issue 14's size target):
 *
 * - `key` is a path of dots into the language's strings (`feed.filter.city`);
 *   a key not found (or an empty string) gives `defaultValue` when given,
 *   else the key itself.
 * - `count` (a number) chooses the plural form as i18next does, by the
 *   language's `Intl.PluralRules`: `key_zero` when it is 0, then `key_one` or
 *   whatever the language's rule names, then `key`, then `key_other`.
 * - `{{name}}` is replaced by the value of `name` (`{{count}}` too), written
 *   as it is; a name not given stays as written, one given as `undefined` or
 *   `null` becomes empty.
 *
 * What the strings never use is left out: i18next's nesting (`$t(key)`),
 * formats (`{{value, number}}`), `{{- name}}`, values by path (`{{a.b}}`),
 * keys with a dot inside one name, contexts and namespaces
 * (test/server/i18n.test.ts checks every string against i18next).
 */
import { LANGUAGE_IDS, type LanguageId } from '../../schemas/languages'
import { RESOURCES } from './resources'

/** A string's values by name, `count` among them, and what to answer when the key has no string. */
export interface TranslateOptions {
  readonly count?: number
  readonly defaultValue?: string
  readonly [name: string]: unknown
}

/** One language's interface strings: the string at `key`, its `{{names}}` replaced by `options`. */
export type Translate = (key: string, options?: TranslateOptions) => string

interface Strings {
  readonly [name: string]: string | Strings
}

const PLACEHOLDER = /{{(.+?)}}/g

/** The non-empty string at `key` (a path of dots) in `strings`, if any. */
function lookUp(strings: Strings, key: string): string | undefined {
  let found: string | Strings | undefined = strings
  for (const name of key.split('.')) {
    if (typeof found !== 'object' || !Object.hasOwn(found, name)) return undefined
    found = found[name]
  }
  return typeof found === 'string' && found !== '' ? found : undefined
}

/** `text` with each `{{name}}` given in `values` replaced by its value. */
function interpolate(text: string, values: TranslateOptions): string {
  if (!text.includes('{{')) return text
  return text.replace(PLACEHOLDER, (written, name: string) => {
    const trimmed = name.trim()
    if (!Object.hasOwn(values, trimmed)) return written
    const value = values[trimmed]
    return value == null ? '' : String(value)
  })
}

function translatorFor(language: LanguageId): Translate {
  const strings = RESOURCES[language].translation as unknown as Strings
  const plurals = new Intl.PluralRules(language)
  return (key, options = {}) => {
    const { count, defaultValue } = options
    let text: string | undefined
    if (count === undefined || typeof count === 'string') text = lookUp(strings, key)
    else {
      const form = plurals.select(count)
      text =
        (count === 0 ? lookUp(strings, `${key}_zero`) : undefined) ??
        lookUp(strings, `${key}_${form}`) ??
        lookUp(strings, key) ??
        (form === 'other' ? undefined : lookUp(strings, `${key}_other`))
    }
    return interpolate(text ?? defaultValue ?? key, options)
  }
}

let translators: Record<LanguageId, Translate> | undefined

/** The interface strings of one language (each language's set up on the first string asked for). */
export function translator(language: LanguageId): Translate {
  return (translators ??= Object.fromEntries(LANGUAGE_IDS.map((id) => [id, translatorFor(id)])) as Record<LanguageId, Translate>)[language]
}
