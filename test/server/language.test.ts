import { describe, expect, it } from 'vitest'
import { languageFromTag, negotiateLanguage } from '../../schemas/languages'

describe('choosing a language', () => {
  it.each([
    ['zh', 'zh'],
    ['zh-CN', 'zh'],
    ['zh-SG', 'zh'],
    ['zh-Hans', 'zh'],
    ['zh-Hans-HK', 'zh'],
    ['zh-CN-u-nu-latn', 'zh'],
    ['zh-x-guiyang', 'zh'],
    ['en', 'en'],
    ['en-NZ', 'en'],
  ])('reads the tag %s as %s', (tag, language) => {
    expect(languageFromTag(tag)).toBe(language)
  })

  it.each(['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-CN', 'zh-Latn', 'fr'])('reads the tag %s as no language it serves', (tag) => {
    expect(languageFromTag(tag)).toBeUndefined()
  })

  it('serves Chinese to a reader who prefers Simplified Chinese', () => {
    expect(negotiateLanguage('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh')
  })

  it('honours quality values over order', () => {
    expect(negotiateLanguage('en;q=0.5, zh-Hans;q=0.9')).toBe('zh')
  })

  it('serves English to everyone else, Traditional-script readers included, for now', () => {
    expect(negotiateLanguage('fr-FR,fr;q=0.9')).toBe('en')
    expect(negotiateLanguage('zh-TW')).toBe('en')
    expect(negotiateLanguage(undefined)).toBe('en')
    expect(negotiateLanguage('zh;q=0')).toBe('en')
  })
})
