/**
 * How both forms of the widget cut a summary (server/embed/truncate.ts), in the Worker that cuts
 * them for `/embed.json` and `/embed`: between words in a language that writes spaces between
 * them, by grapheme and width in Chinese.
 */
import { describe, expect, it } from 'vitest'
import { displayWidth, truncate } from '../../server/embed/truncate'

const VICENZA =
  'Vicenza, Italy, and Guiyang signed a friendship agreement in December 2018 to deepen cooperation in high technology, big data, high-end manufacturing, education and culture.'

describe('cutting a summary', () => {
  it('cuts English between words, never inside one, within the width', () => {
    const cut = truncate(VICENZA, 140, 'en')
    expect(cut).toBe('Vicenza, Italy, and Guiyang signed a friendship agreement in December 2018 to deepen cooperation in high technology, big data, high-end…')
    expect(displayWidth(cut)).toBeLessThanOrEqual(140)
    // Without a language, it is cut between graphemes, as before: mid-word.
    expect(truncate(VICENZA, 140)).toMatch(/ high-end man…$/)
  })

  it('drops the punctuation and space before the ellipsis', () => {
    expect(truncate('Guiyang and Berkeley, California, signed', 22, 'en')).toBe('Guiyang and Berkeley…')
    expect(truncate('Guiyang and Berkeley, California, signed', 22, 'en-US')).toBe('Guiyang and Berkeley…')
  })

  it('cuts a first word too wide for the room between graphemes', () => {
    expect(truncate('Supercalifragilistic expialidocious', 8, 'en')).toBe('Superca…')
  })

  it('cuts Chinese, Simplified and Traditional, by width between characters', () => {
    const simplified = '2018年5月26日，贵阳市与美国加利福尼亚州伯克利市签署友好交流谅解备忘录。'
    expect(truncate(simplified, 30, 'zh-Hans')).toBe('2018年5月26日，贵阳市与美国加…')
    expect(truncate(simplified, 30, 'zh-Hans')).toBe(truncate(simplified, 30))
    expect(truncate('貴陽市與美國加利福尼亞州伯克利市簽署友好交流諒解備忘錄。', 20, 'zh-Hant')).toBe('貴陽市與美國加利福…')
  })

  it('leaves a summary that fits as it is', () => {
    expect(truncate('Guiyang and Berkeley', 20, 'en')).toBe('Guiyang and Berkeley')
  })
})
