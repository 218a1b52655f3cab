/**
 * Sanity's own validation messages, which our rules cannot word themselves
 * ("Slug is already in use"), reach editors in both languages too.
 */
import { validationLocaleStrings } from '@sanity/validation/_internal'
import { beforeAll, describe, expect, test } from 'vitest'
import type { Workspace } from 'sanity'
import { BILINGUAL_VALIDATION_MESSAGES } from '../../studio/validation-messages'
import { chineseStyleProblems } from './chinese-style'
import { createStudioWorkspace } from './validation'

let workspace: Workspace
beforeAll(async () => {
  workspace = await createStudioWorkspace()
})

const sanityMessages = Object.entries(validationLocaleStrings)
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
    await workspace.i18n.loadNamespaces(['validation'])
    expect(workspace.i18n.t('validation:slug.not-unique')).toBe('Slug is already in use / 网址标识已被其他条目使用')
    expect(workspace.i18n.t('validation:string.maximum-length', { maxLength: 96 })).toBe(
      'Must be at most 96 characters long / 最多96个字符',
    )
  })
})
