/** @jsxImportSource react */
// React, not the Worker's hono/jsx that tsconfig.json sets for server pages: test programs type-check both.
/**
 * An entry as the Studio lists it: the schema's preview (select + prepare)
 * drawn by Sanity's own default list preview, for every entry of the dataset,
 * under the English interface and under the Chinese one, whose language leads;
 * and the Studio's layout telling the preview which language that is.
 */
import { render, within } from '@testing-library/react'
import { createElement } from 'react'
import { DefaultPreview, type LayoutProps, type PreviewValue, type SanityDocument } from 'sanity'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { entry } from '../../schemas/documents/entry'
import { listEntriesIn } from '../../schemas/documents/entry-preview'
import { ListingInInterfaceLanguage } from '../../studio/components/entry-preview-language'
import { en } from '../../server/i18n/strings/en'
import { zh } from '../../server/i18n/strings/zh'
import { dataset, entryWith } from '../node/fixtures'
import { LISTED_ENTRIES } from './listed-entries'
import { renderInStudio } from './render'

/** The Studio's interface locale, as `useCurrentLocale` reports it. */
const locale = vi.hoisted(() => ({ id: 'en-US' }))
vi.mock('sanity', async (importOriginal) => ({
  ...(await importOriginal<typeof import('sanity')>()),
  useCurrentLocale: () => ({ id: locale.id, title: locale.id }),
}))

afterEach(() => {
  locale.id = 'en-US'
  listEntriesIn('en')
})

/** What the Studio's preview store hands `prepare`: each selected path's value. */
function select(document: SanityDocument): Record<string, unknown> {
  const paths = entry.preview?.select ?? {}
  return Object.fromEntries(
    Object.entries(paths).map(([key, path]) => [
      key,
      path.split('.').reduce<unknown>((value, part) => (value as Record<string, unknown> | undefined)?.[part], document),
    ]),
  )
}

/** The lines of `document`'s row in a list, as Sanity's default preview draws them: title, then subtitle. */
function listedLines(document: SanityDocument): string[] {
  const prepared = (entry.preview?.prepare?.(select(document)) ?? {}) as PreviewValue
  const drawn = renderInStudio(<DefaultPreview title={prepared.title} subtitle={prepared.subtitle} media={prepared.media} />)
  const lines = Array.from(within(drawn.container).getByTestId('default-preview__header').children, (line) => line.textContent ?? '')
  drawn.unmount()
  return lines
}

const entries = dataset.filter((document) => document._type === 'entry')

describe('an entry in the list', () => {
  test.each(entries.map((stored) => [stored._id, stored] as const))(
    '%s shows its English title, then its date and Chinese title',
    (id, stored) => {
      // The date leads the second line, so a narrow list that cuts the line short still shows it.
      expect(listedLines(stored)).toEqual(LISTED_ENTRIES[id])
    },
  )

  test('without a headline, is titled by city and date in both languages, as the site titles it', () => {
    const lines = listedLines(entryWith({ headline: undefined }))
    expect(lines).toEqual(['Vicenza, December 2018', '维琴察，2018年12月'])
    // The site builds the same title from its interface strings (`entry.title`).
    const siteTitle = (language: 'en' | 'zh', city: string, date: string) =>
      ({ en, zh })[language].entry.title
        .replace('{{city}}', city)
        .replace('{{date}}', date)
    expect(lines).toEqual([siteTitle('en', 'Vicenza', 'December 2018'), siteTitle('zh', '维琴察', '2018年12月')])
  })
})

describe('an entry written in Chinese first', () => {
  const localeString = (value: Record<string, string>) => ({ _type: 'localeString', ...value })
  const chineseFirst = (changes: Record<string, unknown>) =>
    entryWith({ city: localeString({ zh: '维琴察' }), headline: undefined, date: '2019-06', ...changes })

  test('with only its Chinese city and date, is titled by them in Chinese, not by an English date', () => {
    expect(listedLines(chineseFirst({}))).toEqual(['维琴察，2019年6月'])
  })

  test('with a Chinese headline, is titled by it, the date beneath', () => {
    expect(listedLines(chineseFirst({ headline: localeString({ zh: '贵阳市与维琴察市签署协议' }) }))).toEqual([
      '贵阳市与维琴察市签署协议',
      '2019年6月',
    ])
  })

  test('with an English city written later, is titled in English, the Chinese title beneath', () => {
    expect(listedLines(chineseFirst({ city: localeString({ en: 'Vicenza', zh: '维琴察' }) }))).toEqual([
      'Vicenza, June 2019',
      '维琴察，2019年6月',
    ])
  })

  test('with no city yet, is untitled and shows its date in the interface language', () => {
    const untitled = chineseFirst({ city: localeString({ en: ' ', zh: '' }) })
    expect(listedLines(untitled)).toEqual(['Untitled entry · 未命名条目', 'June 2019'])
    listEntriesIn('zh')
    expect(listedLines(untitled)).toEqual(['未命名条目 · Untitled entry', '2019年6月'])
  })

  test.each([
    ['only a Chinese city', { city: localeString({ zh: '维琴察' }) }],
    ['a Chinese headline and no city', { city: undefined, headline: localeString({ zh: '贵阳市代表团出访' }) }],
    ['a date alone', { city: undefined }],
    ['a blank English city', { city: localeString({ en: '  ', zh: '维琴察' }) }],
  ])('with %s, is never titled by an English date without its city', (_with, changes) => {
    expect(listedLines(chineseFirst(changes))[0]).not.toContain('June 2019')
  })
})

describe('an entry under the Chinese interface', () => {
  test('leads with its Chinese headline, then the date and the English headline', () => {
    const vicenza = entries.find((document) => document._id === 'entry-vicenza-2018')
    if (!vicenza) throw new Error('no entry-vicenza-2018')
    const headline = vicenza.headline as Record<'en' | 'zh', string>
    listEntriesIn('zh')
    expect(listedLines(vicenza)).toEqual([headline.zh, `2018年12月 · ${headline.en}`])
  })

  test('without a headline, is titled by its Chinese city and date, the English title beneath', () => {
    listEntriesIn('zh')
    expect(listedLines(entryWith({ headline: undefined }))).toEqual(['维琴察，2018年12月', 'Vicenza, December 2018'])
  })

  test('written in English only, is titled in English until its Chinese exists', () => {
    listEntriesIn('zh')
    const englishOnly = entryWith({ city: { _type: 'localeString', en: 'Vicenza' }, headline: { _type: 'localeString', en: 'Guiyang and Vicenza sign an agreement' }, date: '2019-06' })
    expect(listedLines(englishOnly)).toEqual(['Guiyang and Vicenza sign an agreement', 'June 2019'])
  })
})

describe("the Studio's layout", () => {
  /** Renders the layout under `localeId`, and lists `document` as the Studio then would. */
  function listedUnder(localeId: string, document: SanityDocument): string[] {
    locale.id = localeId
    const props = { renderDefault: () => null } as unknown as LayoutProps
    render(createElement(ListingInInterfaceLanguage, props))
    return listedLines(document)
  }

  test('lists entries in the interface language first: Chinese under zh-Hans, English under en-US', () => {
    const vicenza = entryWith({ headline: undefined })
    expect(listedUnder('zh-Hans', vicenza)[0]).toBe('维琴察，2018年12月')
    expect(listedUnder('en-US', vicenza)[0]).toBe('Vicenza, December 2018')
  })
})
