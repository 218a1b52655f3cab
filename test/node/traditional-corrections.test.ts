/**
 * The settings' *Traditional Chinese corrections*, as an editor keeps them in
 * the Studio and as the Worker reads them: Sanity's own validation of the
 * list (both halves, each Simplified text once, a warning when a correction
 * writes the Simplified text again), the stored shape answering the Worker's
 * query, and the corrections winning over OpenCC's own conversion.
 */
import { evaluate, parse } from 'groq-js'
import characters from 'opencc-js/dict/STCharacters'
import phrases from 'opencc-js/dict/STPhrases'
import type { SanityDocument, Workspace } from 'sanity'
import { beforeAll, describe, expect, test } from 'vitest'
import { correctionsFrom, simplifiedToTraditional } from '../../schemas/lib/traditional'
import { traditionalCorrectionsQuery } from '../../server/content/queries'
import { dataset } from './fixtures'
import { createStudioWorkspace, validateInStudio } from './validation'

let workspace: Workspace
beforeAll(async () => {
  workspace = await createStudioWorkspace()
})

const stored = dataset.find((document) => document._id === 'settings')

/** The dataset's settings with `corrections` as the Studio stores them, keyed `a`, `b`, … */
function settingsWith(...corrections: { simplified?: string; traditional?: string }[]): SanityDocument {
  if (!stored) throw new Error('data/production.ndjson has no settings document')
  return {
    ...stored,
    traditionalCorrections: corrections.map((correction, index) => ({
      _key: String.fromCharCode(97 + index),
      _type: 'traditionalCorrection',
      ...correction,
    })),
  }
}

const validate = (document: SanityDocument) => validateInStudio(workspace, document, dataset)

describe('the Traditional Chinese corrections in the settings', () => {
  test('publish when each names a Simplified text once and how the Traditional edition writes it', async () => {
    const { errors, warnings } = await validate(
      settingsWith({ simplified: '皇后区', traditional: '皇后區' }, { simplified: '面条', traditional: '麵條' }),
    )
    expect({ errors, warnings }).toEqual({ errors: [], warnings: [] })
  })

  test('cannot be published with either half missing, each said in both languages on its own field', async () => {
    const { errors } = await validate(settingsWith({ simplified: '面条' }, { traditional: '麵條' }))
    expect(errors).toEqual([
      'traditionalCorrections[_key=="a"].traditional: Write how the Traditional edition writes it / 请填写繁体版的写法',
      'traditionalCorrections[_key=="b"].simplified: Write the Simplified text to correct / 请填写需要修正的简体原文',
    ])
  })

  test('cannot correct one Simplified text twice: the later correction is the one reported', async () => {
    const { errors } = await validate(
      settingsWith(
        { simplified: '面条', traditional: '麵條' },
        { simplified: '皇后区', traditional: '皇后區' },
        { simplified: ' 面条 ', traditional: '麪條' },
      ),
    )
    expect(errors).toEqual([
      'traditionalCorrections[_key=="c"].simplified: “面条” is corrected above already: keep one correction of it / “面条”已在上方修正，请只保留一条',
    ])
  })

  test('warn, without stopping a publish, when a correction writes the Simplified text again', async () => {
    const { errors, warnings } = await validate(settingsWith({ simplified: '于洋', traditional: '于洋' }))
    expect(errors).toEqual([])
    expect(warnings).toEqual([
      'traditionalCorrections[_key=="a"].traditional: The same as the Simplified text: the Traditional edition will leave it unconverted, right only for a name OpenCC changes (the surname 于 becomes 於) / 与简体相同：繁体版将不转换此处，仅适用于OpenCC会改错的人名（姓氏“于”会被转为“於”）',
    ])
  })

  test('are stored in the shape the Worker reads', async () => {
    const settings = settingsWith({ simplified: '面条', traditional: '麵條' })
    const rows = await (await evaluate(parse(traditionalCorrectionsQuery), { dataset: [settings] })).get()
    expect(rows).toEqual([{ simplified: '面条', traditional: '麵條' }])
    expect(correctionsFrom(rows)).toEqual([{ simplified: '面条', traditional: '麵條' }])
  })
})

describe('the conversion with corrections', () => {
  const dictionaries = { phrases, characters }

  test("is OpenCC's s2t without corrections: a mainland publisher's names kept", () => {
    const convert = simplifiedToTraditional(dictionaries, [])
    expect(convert('贵阳市与意大利维琴察市、新西兰北帕默斯顿市')).toBe('貴陽市與意大利維琴察市、新西蘭北帕默斯頓市')
    expect(convert('于洋市长')).toBe('於洋市長')
  })

  test("lets an editor's correction win over OpenCC's characters and phrases", () => {
    const convert = simplifiedToTraditional(dictionaries, correctionsFrom([
      { simplified: ' 于洋 ', traditional: '于洋' },
      { simplified: '面条', traditional: '麵條' },
    ]))
    expect(convert('于洋市长说面条很长')).toBe('于洋市長說麵條很長')
  })

  test('reads text from the left, so a correction must cover a phrase of OpenCC’s that begins before it', () => {
    const convert = (corrections: { simplified: string; traditional: string }[]) =>
      simplifiedToTraditional(dictionaries, corrections)('爱吃面条')
    // OpenCC's phrase 吃面 → 喫麪 is read first and takes the 面 of 面条.
    expect(convert([{ simplified: '面条', traditional: '麵條' }])).toBe('愛喫麪條')
    expect(convert([{ simplified: '吃面条', traditional: '吃麵條' }])).toBe('愛吃麵條')
  })

  test('leaves out corrections missing a half, as data written around the Studio may hold them', () => {
    expect(correctionsFrom([{ simplified: '面条' }, { simplified: ' ', traditional: '麵' }, null, 'x'])).toEqual([])
    expect(correctionsFrom(null)).toEqual([])
  })
})
