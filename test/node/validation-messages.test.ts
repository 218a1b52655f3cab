/**
 * Sanity's own validation messages, which our rules cannot word themselves
 * ("Slug is already in use"), reach editors in both languages under the
 * English interface, and in Chinese under the Chinese one.
 */
import { validationLocaleStrings } from '@sanity/validation/_internal'
import { beforeAll, describe, expect, test } from 'vitest'
import type { Workspace } from 'sanity'
import { CHINESE_LOCALE, ENGLISH_LOCALE } from '../../studio/locales'
import { BILINGUAL_VALIDATION_MESSAGES, CHINESE_VALIDATION_MESSAGES } from '../../studio/validation-messages'
import { chineseStyleProblems } from './chinese-style'
import { createStudioWorkspace } from './validation'

let workspace: Workspace
beforeAll(async () => {
  workspace = await createStudioWorkspace()
})

const sanityMessages = Object.entries(validationLocaleStrings)

/** Sanity's validation messages as the Studio gives them under the interface in `locale`. */
async function messagesUnder(locale: string) {
  const i18next = workspace.__internal.i18next
  await i18next.loadLanguages([locale])
  await i18next.loadNamespaces(['validation'])
  return i18next.getFixedT(locale, 'validation')
}
const placeholders = (text: string) => [...text.matchAll(/\{\{\w+\}\}/g)].map(([name]) => name).sort()

describe("Sanity's built-in validation messages", () => {
  test('are all given in both languages, and nothing else is', () => {
    expect(Object.keys(BILINGUAL_VALIDATION_MESSAGES).sort()).toEqual(Object.keys(validationLocaleStrings).sort())
  })

  test.each(sanityMessages)('%s keeps Sanity\'s English ("%s") and adds Chinese with the same values', (key, english) => {
    const [en, zh, ...rest] = (BILINGUAL_VALIDATION_MESSAGES[key] ?? '').split(' / ')
    expect(rest).toEqual([])
    expect(en).toBe(english)
    expect(zh).toMatch(/\p{Script=Han}/u)
    expect(placeholders(zh ?? '')).toEqual(placeholders(english))
  })

  test('are written in Chinese with full-width quotes and no spaces around numbers', () => {
    const chinese = Object.values(BILINGUAL_VALIDATION_MESSAGES).map((message) => message.split(' / ')[1] ?? '')
    expect(chinese.flatMap(chineseStyleProblems)).toEqual([])
    expect(BILINGUAL_VALIDATION_MESSAGES['string.regex-does-not-match']).toContain('不符合“{{name}}”格式')
  })

  test("replace the English ones in the Studio's own translations", async () => {
    const t = await messagesUnder(ENGLISH_LOCALE)
    expect(t('slug.not-unique')).toBe('Slug is already in use / 网址标识已被其他条目使用')
    expect(t('string.maximum-length', { maxLength: 96 })).toBe('Must be at most 96 characters long / 最多96个字符')
  })

  test('are Chinese alone under the Chinese interface, the same Chinese as the bilingual messages', async () => {
    const t = await messagesUnder(CHINESE_LOCALE)
    expect(t('slug.not-unique')).toBe('网址标识已被其他条目使用')
    expect(t('string.maximum-length', { maxLength: 96 })).toBe('最多96个字符')
    for (const [key, message] of Object.entries(CHINESE_VALIDATION_MESSAGES)) {
      expect(BILINGUAL_VALIDATION_MESSAGES[key]).toBe(`${validationLocaleStrings[key as keyof typeof validationLocaleStrings]} / ${message}`)
    }
  })
})
