/**
 * Length guidance measures text as the widget does, and its limits follow from
 * what the widget shows: the summary's is twice the width the widget cuts to,
 * in both forms of the widget. Each language counts in its own characters.
 */
import { describe, expect, test } from 'vitest'
import { charactersIn, LENGTH_GUIDANCE, overLength, readerLength, WIDGET_SUMMARY_COLUMNS } from '../../schemas/lib/length-guidance'
import { WIDGET_SUMMARY_WIDTH } from '../../server/embed/display-options'
import { truncate } from '../../server/embed/truncate'
import { dataset } from './fixtures'

describe('length guidance', () => {
  test('allows a summary twice the width the widget shows before it cuts', () => {
    expect(WIDGET_SUMMARY_COLUMNS).toBe(WIDGET_SUMMARY_WIDTH)
    expect(LENGTH_GUIDANCE.summary).toBe(2 * WIDGET_SUMMARY_WIDTH)
    const limitInChinese = '贵'.repeat(charactersIn(LENGTH_GUIDANCE.summary, 'zh'))
    expect(truncate(limitInChinese, WIDGET_SUMMARY_WIDTH, 'zh-Hans')).toBe(`${'贵'.repeat(69)}…`)
  })

  test('counts English in characters and Chinese in Chinese characters, a Latin letter among them as half', () => {
    expect(readerLength('Guiyang', 'en')).toBe(7)
    expect(readerLength('贵阳市', 'zh')).toBe(3)
    expect(readerLength('贵阳2018年', 'zh')).toBe(5)
    expect(overLength('贵'.repeat(51), LENGTH_GUIDANCE.headline, 'zh')).toEqual({ length: 51, limit: 50 })
    expect(overLength('贵'.repeat(50), LENGTH_GUIDANCE.headline, 'zh')).toBeUndefined()
  })

  test('leaves every entry the source gave us unwarned', () => {
    for (const entry of dataset.filter((document) => document._type === 'entry')) {
      for (const field of ['headline', 'summary'] as const) {
        const value = entry[field] as Record<'en' | 'zh', string>
        expect(overLength(value.en, LENGTH_GUIDANCE[field], 'en')).toBeUndefined()
        expect(overLength(value.zh, LENGTH_GUIDANCE[field], 'zh')).toBeUndefined()
      }
    }
  })
})
