/**
 * The interface strings reach the Worker as data (server/i18n/build.ts writes
 * each language's as a JSON Text module; resources.ts parses it): what a reader
 * is shown in each language is exactly what strings/*.ts says, nothing lost
 * or stale on the way.
 */
import { describe, expect, it } from 'vitest'
import { LANGUAGE_IDS, type LanguageId } from '../../schemas/languages'
import { translator } from '../../server/i18n'
import { resources } from '../../server/i18n/resources'
import { en } from '../../server/i18n/strings/en'
import { zh } from '../../server/i18n/strings/zh'
import { zhHant } from '../../server/i18n/strings/zh-hant'

const TYPED: Record<LanguageId, unknown> = { en, zh, 'zh-hant': zhHant }

/** Every key of a nested strings object, dotted as i18next takes it, with its string. */
function leaves(strings: unknown, prefix = ''): [string, string][] {
  return Object.entries(strings as Record<string, unknown>).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  )
}

describe('interface strings as Text modules', () => {
  it.each(LANGUAGE_IDS)('the Worker reads %s as its typed source writes it', (language) => {
    expect(resources()[language].translation).toEqual(TYPED[language])
  })

  it.each(LANGUAGE_IDS)('every %s string without a value or plural is served as written', (language) => {
    const t = translator(language)
    const plain = leaves(TYPED[language]).filter(([key, value]) => !value.includes('{{') && !/_(zero|one|two|few|many|other)$/.test(key))
    expect(plain.length).toBeGreaterThan(50)
    for (const [key, value] of plain) expect(t(key), key).toBe(value)
  })
})
