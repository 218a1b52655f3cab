/**
 * The Worker's own `t()` (server/i18n/index.ts) against i18next set up as the Worker had it before
 * (no fallback language, values not escaped): the same text for every string of every language,
 * with and without its values, every plural form, and keys and default values from content.
 */
import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { LANGUAGE_IDS, type LanguageId } from '../../schemas/languages'
import { translator } from '../../server/i18n'
import { RESOURCES } from '../../server/i18n/resources'

const i18n = i18next.createInstance()
void i18n.init({
  resources: RESOURCES,
  lng: 'en',
  fallbackLng: false,
  supportedLngs: [...LANGUAGE_IDS],
  load: 'currentOnly',
  lowerCaseLng: true,
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
})

/** Every key of a language's strings with its text, plural forms as written (`page.count_one`). */
function entries(strings: object, prefix = ''): [string, string][] {
  return Object.entries(strings).flatMap(([name, value]) =>
    typeof value === 'string' ? [[`${prefix}${name}`, value] as [string, string]] : entries(value as object, `${prefix}${name}.`),
  )
}

/** Every key as a caller asks for it: plural forms without their suffix. */
function keysOf(language: LanguageId): string[] {
  return [...new Set(entries(RESOURCES[language].translation).map(([key]) => key.replace(/_(zero|one|two|few|many|other)$/, '')))]
}

/** Each placeholder's name given a value of its own, and a count. */
function valuesFor(key: string, language: LanguageId): Record<string, unknown> {
  const names = entries(RESOURCES[language].translation)
    .filter(([written]) => written === key || written.startsWith(`${key}_`))
    .flatMap(([, text]) => [...text.matchAll(/{{(.+?)}}/g)].map((match) => match[1]!.trim()))
  return Object.fromEntries(names.map((name) => [name, `«${name} 值»`]))
}

describe('interface strings', () => {
  it('use only what the Worker reads of them: no nesting, formats, unescaped or dotted values, nor dots in a name', () => {
    for (const language of LANGUAGE_IDS) {
      for (const [key, text] of entries(RESOURCES[language].translation)) {
        expect(text, key).not.toContain('$t(')
        expect(text, key).not.toMatch(/{{-|{{[^}]*[,.][^}]*}}/)
        expect(text, key).not.toBe('')
      }
    }
  })

  it.each(LANGUAGE_IDS)('in %s are the text i18next gives, for every key, with values and counts and without', (language) => {
    const t = translator(language)
    const expected = i18n.getFixedT(language)
    const keys = keysOf(language)
    expect(keys.length).toBeGreaterThan(100)
    for (const key of keys) {
      const values = valuesFor(key, language)
      expect(t(key), key).toBe(expected(key))
      expect(t(key, values), key).toBe(expected(key, values))
      for (const count of [0, 1, 2, 5, 21, 1.5]) expect(t(key, { ...values, count }), `${key} ${count}`).toBe(expected(key, { ...values, count }))
    }
  })

  it.each(LANGUAGE_IDS)('in %s give a label from content as i18next does: its own, else the code, whatever the code', (language) => {
    const t = translator(language)
    const expected = i18n.getFixedT(language)
    const codes = ['big-data', 'sister-city', 'friendly-city', 'unknown', '', 'a.b', 'a:b', 'a b', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'big-data_one', '{{value}}', '{{count}}', '城市', ' big-data ']
    for (const namespace of ['topic', 'relationship']) {
      for (const code of codes) {
        const key = `${namespace}.${code}`
        expect(t(key, { defaultValue: code }), key).toBe(expected(key, { defaultValue: code }))
      }
    }
  })

  it('leave a value not given as written, and write a given empty one as nothing', () => {
    const t = translator('en')
    expect(t('feed.filter.city')).toBe('city: {{value}}')
    expect(t('feed.filter.city', { value: undefined })).toBe('city: ')
    expect(t('feed.filter.city', { value: null })).toBe('city: ')
    expect(t('feed.filter.city', { value: 7 })).toBe('city: 7')
    expect(t('page.count', { count: 1 })).toBe('1 entry')
    expect(t('page.count', { count: 2 })).toBe('2 entries')
    expect(translator('zh')('page.count', { count: 1 })).toBe('共1条')
    expect(t('no.such.key')).toBe('no.such.key')
    expect(t('no.such.key', { defaultValue: '' })).toBe('')
  })
})
