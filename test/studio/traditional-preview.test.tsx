/** @jsxImportSource react */
// React, not the Worker's hono/jsx that tsconfig.json sets for server pages: test programs type-check both.
/**
 * An entry's *Traditional Chinese · 繁体预览* view: each Chinese field beside
 * the Traditional edition's text, converted with OpenCC's own dictionaries and
 * the corrections in the settings, and a link to those corrections; reached as
 * Structure hands the view an entry, with the settings read through the
 * Studio's document store.
 */
import { screen, within } from '@testing-library/react'
import characters from 'opencc-js/dict/STCharacters'
import phrases from 'opencc-js/dict/STPhrases'
import type { ReactElement } from 'react'
import type { SanityDocument } from 'sanity'
import { RouterProvider, route } from 'sanity/router'
import { beforeEach, describe, expect, test, vi } from 'vitest'
import { TraditionalPreview, TraditionalPreviewView } from '../../studio/components/traditional-preview'
import { dataset } from '../node/fixtures'
import { renderInStudio } from './render'

const editState = vi.hoisted(() => ({
  draft: null as Record<string, unknown> | null,
  published: null as Record<string, unknown> | null,
}))
vi.mock('sanity', async (importOriginal) => ({
  ...(await importOriginal<typeof import('sanity')>()),
  useEditState: () => editState,
}))

const vicenza = dataset.find((document) => document._id === 'entry-vicenza-2018')
if (!vicenza) throw new Error('data/production.ndjson has no entry-vicenza-2018')
const settings = dataset.find((document) => document._id === 'settings')
const dictionaries = { phrases, characters }

/** The Studio's root router, which turns intents into links: `/intent/edit/id=…`. */
const router = route.create('/', [route.intents('/intent')])

function renderRouted(ui: ReactElement) {
  return renderInStudio(
    <RouterProvider router={router} state={{}} onNavigate={() => {}}>
      {ui}
    </RouterProvider>,
  )
}

/** A field's Simplified and Traditional text, as an editor reads them side by side. */
function columnsOf(field: string): { simplified: string[]; traditional: string[] } {
  const section = document.querySelector(`[data-field="${field}"]`)
  if (!(section instanceof HTMLElement)) throw new Error(`No section for ${field}`)
  const texts = (language: string) =>
    Array.from(section.querySelectorAll(`[data-language="${language}"] [lang]`), (paragraph) => paragraph.textContent ?? '')
  return { simplified: texts('zh'), traditional: texts('zh-hant') }
}

/** An entry with a Chinese headline about Mayor 于洋, whose surname OpenCC writes 於. */
const withMayorYu: Partial<SanityDocument> = {
  ...vicenza,
  headline: { _type: 'localeString', en: 'Mayor Yu Yang meets a delegation from Vicenza', zh: '于洋市长会见维琴察市代表团' },
}

describe("an entry's Traditional Chinese view", () => {
  test("shows each Chinese field beside its Traditional text, a mainland publisher's names kept", () => {
    renderRouted(<TraditionalPreview entryDocument={vicenza} corrections={[]} correctionsUnpublished={false} dictionaries={dictionaries} />)
    expect(columnsOf('headline')).toEqual({
      simplified: ['贵阳市与意大利维琴察市签署友好交流关系协议'],
      traditional: ['貴陽市與意大利維琴察市簽署友好交流關係協議'],
    })
    expect(columnsOf('city')).toEqual({ simplified: ['维琴察'], traditional: ['維琴察'] })
    expect(columnsOf('summary').traditional).toEqual([
      '2018年12月，意大利維琴察市與貴陽市簽署友好交流關係協議，推動兩市在高新技術、大數據、高端製造、教育、文化、旅遊等領域深化合作。',
    ])
    expect(columnsOf('body').traditional).toEqual([
      '2018年12月，第九屆中意創新合作週期間，意大利維琴察市與貴陽市簽署友好交流關係協議。該協議將推動兩市在高新技術、大數據、高端製造、教育、文化、旅遊等領域深化合作。',
    ])
  })

  test('titles each field as the form does and tags each text with its language', () => {
    renderRouted(<TraditionalPreview entryDocument={vicenza} corrections={[]} correctionsUnpublished={false} dictionaries={dictionaries} />)
    expect(screen.getAllByRole('heading').map((heading) => heading.textContent)).toEqual([
      'Headline · 标题',
      'City · 城市',
      'Region · 地区',
      'Summary · 摘要',
      'Body · 正文',
    ])
    const city = document.querySelector('[data-field="city"]') as HTMLElement
    expect(within(city).getByText('維琴察').closest('[lang]')?.getAttribute('lang')).toBe('zh-Hant')
    expect(within(city).getByText('维琴察').closest('[lang]')?.getAttribute('lang')).toBe('zh-Hans')
  })

  test('says what readers see for a field not written in Chinese', () => {
    const untitled = { ...vicenza, headline: { _type: 'localeString', en: 'Vicenza' }, summary: { _type: 'localeText', en: 'Vicenza and Guiyang sign an agreement.', zh: '  ' } }
    renderRouted(<TraditionalPreview entryDocument={untitled} corrections={[]} correctionsUnpublished={false} dictionaries={dictionaries} />)
    expect(document.querySelector('[data-field="headline"]')?.textContent).toBe(
      'Headline · 标题Empty: the site titles the entry from its city and date / 未填写：网站以城市和日期作为标题',
    )
    expect(document.querySelector('[data-field="summary"]')?.textContent).toBe(
      'Summary · 摘要Not written in Chinese: the Traditional edition shows the English / 未填写中文：繁体版将显示英文',
    )
    // Vicenza has no region in either language.
    expect(document.querySelector('[data-field="region"]')?.textContent).toBe(
      'Region · 地区Not written in either language: the site shows nothing here / 中英文均未填写：网站此处不显示内容',
    )
  })

  test("applies the settings' corrections ahead of OpenCC's", () => {
    const props = { entryDocument: withMayorYu, correctionsUnpublished: false, dictionaries }
    const { unmount } = renderRouted(<TraditionalPreview {...props} corrections={[]} />)
    expect(columnsOf('headline').traditional).toEqual(['於洋市長會見維琴察市代表團'])
    unmount()
    renderRouted(<TraditionalPreview {...props} corrections={[{ _key: 'a', simplified: '于洋', traditional: '于洋' }]} />)
    expect(columnsOf('headline').traditional).toEqual(['于洋市長會見維琴察市代表團'])
  })

  test("links to the settings' corrections", () => {
    renderRouted(<TraditionalPreview entryDocument={vicenza} corrections={[]} correctionsUnpublished={false} dictionaries={dictionaries} />)
    const link = screen.getByRole('link', { name: 'Correct the conversion in Settings · 在设置中修正繁体转换' })
    expect(link.getAttribute('href')).toBe('/intent/edit/id=settings;type=settings;path=traditionalCorrections/')
  })

  test('says it is loading while the dictionaries are, and shows no text yet', () => {
    renderRouted(<TraditionalPreview entryDocument={vicenza} corrections={[]} correctionsUnpublished={false} dictionaries={undefined} />)
    expect(screen.getByText('Loading OpenCC’s dictionaries / 正在加载OpenCC词典')).toBeTruthy()
    expect(document.querySelectorAll('[data-field]')).toHaveLength(0)
  })
})

describe('the view as Structure opens it', () => {
  const view = (document: Partial<SanityDocument>) => (
    <TraditionalPreviewView
      document={{ displayed: document, draft: null, published: null, historical: null }}
      documentId={String(document._id)}
      options={{}}
      schemaType={{ name: 'entry', jsonType: 'object' } as never}
    />
  )

  beforeEach(() => {
    editState.draft = null
    editState.published = settings ? { ...settings } : null
  })

  test("loads OpenCC's dictionaries and converts with the published settings' corrections", async () => {
    editState.published = { ...editState.published, traditionalCorrections: [{ _key: 'a', simplified: '于洋', traditional: '于洋' }] }
    renderRouted(view(withMayorYu))
    expect(await screen.findByText('于洋市長會見維琴察市代表團')).toBeTruthy()
    expect(screen.queryByText(/not yet published/)).toBeNull()
  })

  test('shows the corrections being edited in Settings, and says they are not published yet', async () => {
    editState.draft = { ...editState.published, traditionalCorrections: [{ _key: 'a', simplified: '于洋', traditional: '于洋' }] }
    renderRouted(view(withMayorYu))
    expect(await screen.findByText('于洋市長會見維琴察市代表團')).toBeTruthy()
    expect(screen.getByText('Includes corrections not yet published in Settings / 含设置中尚未发布的修正')).toBeTruthy()
  })

  test('converts without corrections when the settings hold none', async () => {
    editState.published = null
    renderRouted(view(withMayorYu))
    expect(await screen.findByText('於洋市長會見維琴察市代表團')).toBeTruthy()
  })
})
