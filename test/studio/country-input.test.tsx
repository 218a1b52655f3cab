/** @jsxImportSource react */
// React, not the Worker's hono/jsx that tsconfig.json sets for server pages: test programs type-check both.
/**
 * An entry's country/region list as an editor meets it: searchable by the
 * Chinese name, the English name and the ISO code; sorted by pinyin under the
 * Chinese interface and by English name under the English one; what is stored
 * stays the ISO code. Rendered as the Studio's form reaches it (`StudioInput`).
 */
import { fireEvent, screen, waitFor } from '@testing-library/react'
import type { InputProps, PatchEvent, StringInputProps } from 'sanity'
import { beforeEach, describe, expect, test, vi } from 'vitest'
import { countryChoices, countryMatches, COUNTRY_OPTIONS } from '../../schemas/lib/countries'
import { writtenLanguageOf } from '../../studio/locales/interface-language'
import { StudioInput } from '../../studio/components/studio-input'
import { renderInStudio } from './render'

const locale = vi.hoisted(() => ({ id: 'en-US' }))
vi.mock('sanity', async (importOriginal) => ({
  ...(await importOriginal<typeof import('sanity')>()),
  useCurrentLocale: () => ({ id: locale.id, title: locale.id }),
}))

// The list's popover asks for media queries (reduced motion), which jsdom does not answer: none matches.
window.matchMedia ??= (media: string) =>
  ({ matches: false, media, onchange: null, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {}, dispatchEvent: () => false }) as MediaQueryList

beforeEach(() => {
  locale.id = 'en-US'
})

/** The entry's country input as the form hands it to `StudioInput`, recording what it sets. */
function renderCountryInput(value?: string) {
  const changes: unknown[] = []
  const props = {
    value,
    path: ['country'],
    schemaType: { name: 'string', jsonType: 'string' },
    readOnly: false,
    elementProps: { id: 'country', ref: { current: null }, onBlur: () => {}, onFocus: () => {}, onChange: () => {}, value: value ?? '' },
    onChange: (patch: PatchEvent | unknown) => changes.push(patch),
    renderDefault: () => <p>Sanity's select</p>,
  } as unknown as StringInputProps
  renderInStudio(<StudioInput {...(props as InputProps)} />)
  return { changes, input: screen.getByRole('combobox') as HTMLInputElement }
}

/** The titles of the options the list shows now. */
const shownOptions = () => screen.queryAllByRole('option').map((option) => option.textContent)

/** What `StudioInput`'s country input stored, as Sanity's patches: `set('IT')`. */
const storedValues = (changes: unknown[]) => changes.map((change) => (change as { type: string; value?: unknown }).value ?? (change as { type: string }).type)

// The first render loads Sanity's UI and names some 250 countries in two languages: seconds on a busy machine.
describe("the entry's country/region list", { timeout: 30_000 }, () => {
  test('finds Italy by its Chinese name and stores its ISO code', async () => {
    const { changes, input } = renderCountryInput()
    expect(screen.queryByText("Sanity's select")).toBeNull()
    fireEvent.change(input, { target: { value: '意大利' } })
    expect(shownOptions()).toEqual(['Italy · 意大利 (IT)'])
    fireEvent.click(screen.getByRole('option'))
    await waitFor(() => expect(storedValues(changes)).toEqual(['IT']))
  })

  test('finds New Zealand by 新西兰, by its English name and by NZ', () => {
    const { input } = renderCountryInput()
    for (const query of ['新西兰', 'new zealand', 'NZ', 'nz']) {
      fireEvent.change(input, { target: { value: query } })
      expect(shownOptions()).toContain('New Zealand · 新西兰 (NZ)')
    }
    // The country whose code was typed comes first, before names that merely hold it (Tanzania).
    fireEvent.change(input, { target: { value: 'nz' } })
    expect(shownOptions()).toEqual(['New Zealand · 新西兰 (NZ)', 'Tanzania · 坦桑尼亚 (TZ)'])
  })

  test("shows the stored code by the country's names, the interface's language first", () => {
    renderCountryInput('NZ')
    expect(screen.getByRole<HTMLInputElement>('combobox').value).toBe('New Zealand · 新西兰 (NZ)')
  })

  test('under the Chinese interface, names Chinese first and sorts by pinyin', async () => {
    locale.id = 'zh-Hans'
    const { changes, input } = renderCountryInput('IT')
    expect(input.value).toBe('意大利 · Italy (IT)')
    fireEvent.change(input, { target: { value: '新西兰' } })
    fireEvent.click(screen.getByRole('option', { name: '新西兰 · New Zealand (NZ)' }))
    await waitFor(() => expect(storedValues(changes)).toEqual(['NZ']))
    // 中国 (zhōng) after 意大利 (yì) after 新西兰 (xīn) after 阿尔巴尼亚 (ā): a dictionary's order, not Unicode's.
    const chinese = countryChoices('zh').map((choice) => choice.names.zh)
    expect(chinese[0]).toBe('阿尔巴尼亚')
    const at = (name: string) => chinese.indexOf(name)
    expect(at('阿尔巴尼亚')).toBeLessThan(at('新西兰'))
    expect(at('新西兰')).toBeLessThan(at('意大利'))
    expect(at('意大利')).toBeLessThan(at('中国'))
  })

  test('under the English interface, sorts by English name', () => {
    const english = countryChoices('en').map((choice) => choice.names.en)
    expect(english[0]).toBe('Afghanistan')
    expect(english).toEqual([...english].sort((a, b) => a.localeCompare(b, 'en')))
  })
})

describe('the country list, as plain data', () => {
  test('reads the interface language by our one language rule: Chinese interfaces list in Chinese, others in English', () => {
    expect(['zh-Hans', 'zh-CN', 'zh', 'en-US', 'fr-FR', 'zh-Hant'].map(writtenLanguageOf)).toEqual(['zh', 'zh', 'zh', 'en', 'en', 'zh'])
  })

  test('matches a query found in either name, or the whole code, whatever its case and spaces', () => {
    const italy = countryChoices('en').find((choice) => choice.value === 'IT')
    if (!italy) throw new Error('no Italy')
    expect(['IT', ' it ', '意大', 'ital'].map((query) => countryMatches(query, italy))).toEqual([true, true, true, true])
    expect(countryMatches('法国', italy)).toBe(false)
    // A code matches whole: Germany is found by DE, not by D, which is in neither Germany nor 德国.
    const germany = countryChoices('en').find((choice) => choice.value === 'DE')
    if (!germany) throw new Error('no Germany')
    expect(countryMatches('DE', germany)).toBe(true)
    expect(countryMatches('D', germany)).toBe(false)
  })

  test("the schema's list, which Sanity validates against, still holds every code once, titled in both languages", () => {
    expect(new Set(COUNTRY_OPTIONS.map((option) => option.value)).size).toBe(countryChoices('zh').length)
    expect(COUNTRY_OPTIONS.find((option) => option.value === 'TW')?.title).toBe('Taiwan, China · 中国台湾 (TW)')
  })
})
