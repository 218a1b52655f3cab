import { describe, expect, it } from 'vitest'
import { languageFromTag, negotiateLanguage } from '../../schemas/languages'

describe('choosing a language', () => {
  it.each([
    ['zh', 'zh'],
    ['zh-CN', 'zh'],
    ['zh-SG', 'zh'],
    ['zh-Hans', 'zh'],
    ['zh-hans', 'zh'],
    ['zh-Hans-HK', 'zh'],
    // The script a tag names wins over the one its region implies.
    ['zh-Hans-TW', 'zh'],
    ['zh-CN-u-nu-latn', 'zh'],
    ['zh-x-guiyang', 'zh'],
    ['zh_CN', 'zh'],
    ['zh-TW', 'zh-hant'],
    ['zh-HK', 'zh-hant'],
    ['zh-MO', 'zh-hant'],
    ['zh-Hant', 'zh-hant'],
    ['zh-hant', 'zh-hant'],
    ['ZH-HANT', 'zh-hant'],
    ['zh-Hant-TW', 'zh-hant'],
    ['zh-Hant-CN', 'zh-hant'],
    ['zh-TW-u-ca-roc', 'zh-hant'],
    ['en', 'en'],
    ['en-NZ', 'en'],
  ])('reads the tag %s as %s', (tag, language) => {
    expect(languageFromTag(tag)).toBe(language)
  })

  it.each(['zh-Latn', 'zh-Latn-TW', 'fr', 'fr-CA', 'klingon', ''])('reads the tag "%s" as no language it serves', (tag) => {
    expect(languageFromTag(tag)).toBeUndefined()
  })

  it.each([
    // Safari on a Traditional Chinese Mac or iPhone sends the region alone.
    ['zh-TW', 'zh-hant'],
    // Chrome in Taiwan, and in Hong Kong.
    ['zh-TW,zh;q=0.9,en;q=0.8', 'zh-hant'],
    ['zh-HK,zh;q=0.9,en;q=0.8', 'zh-hant'],
    ['zh-Hant-TW,zh-Hant;q=0.9', 'zh-hant'],
    // Chrome on the mainland.
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
    ['zh', 'zh'],
    ['zh-Hans-TW', 'zh'],
    // A Taiwanese reader who prefers English gets English.
    ['en-US,en;q=0.9,zh-TW;q=0.8', 'en'],
  ])('serves %s the %s edition', (header, language) => {
    expect(negotiateLanguage(header)).toBe(language)
  })

  it('honours quality values over order', () => {
    expect(negotiateLanguage('en;q=0.5, zh-Hans;q=0.9')).toBe('zh')
    expect(negotiateLanguage('zh-CN;q=0.5, zh-TW;q=0.9')).toBe('zh-hant')
  })

  it('passes over what it cannot serve to the next language the reader reads', () => {
    expect(negotiateLanguage('fr-FR,fr;q=0.9,zh-TW;q=0.5')).toBe('zh-hant')
    expect(negotiateLanguage('zh-Latn,zh-HK;q=0.5')).toBe('zh-hant')
  })

  it('serves English to everyone else', () => {
    expect(negotiateLanguage('fr-FR,fr;q=0.9')).toBe('en')
    expect(negotiateLanguage(undefined)).toBe('en')
    expect(negotiateLanguage('')).toBe('en')
    expect(negotiateLanguage('zh;q=0')).toBe('en')
    expect(negotiateLanguage('zh-TW;q=0')).toBe('en')
  })
})
