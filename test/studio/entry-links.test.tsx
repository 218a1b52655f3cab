/** @jsxImportSource react */
// React, not the Worker's hono/jsx that tsconfig.json sets for server pages: test programs type-check both.
/**
 * "Open on the site / in the feed" under an entry's slug: the right URLs per
 * language, from the settings document's base URL or SANITY_STUDIO_SITE_URL,
 * reached as the Studio's form reaches them (`StudioInput`).
 */
import { screen, within } from '@testing-library/react'
import type { InputProps } from 'sanity'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import type { LanguageId } from '../../schemas/languages'
import { EntryLinks, resolveSiteBaseUrl } from '../../studio/components/entry-links'
import { StudioInput } from '../../studio/components/studio-input'
import { dataset } from '../node/fixtures'
import { renderInStudio } from './render'

// The slug input reads the published settings document through the Studio's document store, and
// gives the preview links the Studio's client (preview-links.test.tsx tests them).
const editState = vi.hoisted(() => ({ published: null as Record<string, unknown> | null }))
vi.mock('sanity', async (importOriginal) => ({
  ...(await importOriginal<typeof import('sanity')>()),
  useEditState: () => editState,
  useClient: () => ({}),
  useCurrentUser: () => null,
}))

const settings = dataset.find((document) => document._id === 'settings') as { baseUrl: string } | undefined
const BASE_URL = settings?.baseUrl ?? ''

/** Each language's column: its language and its title. */
function columns(): [string | null, string | null | undefined][] {
  return Array.from(document.querySelectorAll('[data-language]'), (column) => [
    column.getAttribute('data-language'),
    column.firstElementChild?.textContent,
  ])
}

/** The links shown in one language's column, by their accessible name. */
function linksIn(language: LanguageId): Record<string, string | null> {
  const column = document.querySelector(`[data-language="${language}"]`)
  if (!(column instanceof HTMLElement)) throw new Error(`No column for ${language}`)
  return Object.fromEntries(
    within(column)
      .queryAllByRole('link')
      .map((link) => [link.textContent, link.getAttribute('href')]),
  )
}

describe('the entry links', () => {
  test("link each served language's page and feeds on the production site, the two Chinese editions told apart", () => {
    renderInStudio(<EntryLinks slug="vicenza-2018" baseUrl={BASE_URL} />)
    expect(columns()).toEqual([
      ['en', 'English · 英文'],
      ['zh', 'Chinese (Simplified) · 简体中文'],
      ['zh-hant', 'Chinese (Traditional) · 繁体中文'],
    ])
    for (const path of ['en', 'zh', 'zh-hant'] as const) {
      expect(linksIn(path)).toEqual({
        'Open on the site · 在网站上打开': `${BASE_URL}/${path}/entries/vicenza-2018`,
        'Atom feed · Atom订阅源': `${BASE_URL}/${path}/atom.xml`,
        'RSS feed · RSS订阅源': `${BASE_URL}/${path}/rss.xml`,
      })
    }
  })

  test('open in a new tab without giving the site a handle on the Studio', () => {
    renderInStudio(<EntryLinks slug="vicenza-2018" baseUrl={BASE_URL} />)
    for (const link of screen.getAllByRole('link')) {
      expect(link.getAttribute('target')).toBe('_blank')
      expect(link.getAttribute('rel')).toBe('noopener noreferrer')
    }
  })

  test('ask for a slug before linking the page, and still link the feeds', () => {
    renderInStudio(<EntryLinks slug={undefined} baseUrl={BASE_URL} />)
    expect(screen.getAllByText('Generate the slug first / 请先生成网址标识')).toHaveLength(3)
    expect(Object.keys(linksIn('zh-hant'))).toEqual(['Atom feed · Atom订阅源', 'RSS feed · RSS订阅源'])
  })

  test('ask for the base URL in Settings, and only that, when none is known', () => {
    const { container } = renderInStudio(<EntryLinks slug="vicenza-2018" baseUrl={undefined} />)
    expect(container.textContent).toBe(
      'Set the base URL in Settings to get links to the site and the feeds / 在“设置”中填写网站地址后，这里会显示网站和订阅源的链接',
    )
    expect(screen.queryAllByRole('link')).toEqual([])
  })
})

describe("the site's base URL", () => {
  test('is SANITY_STUDIO_SITE_URL when set, else the settings document’s', () => {
    expect(resolveSiteBaseUrl('https://staging.example.org', BASE_URL)).toBe('https://staging.example.org')
    expect(resolveSiteBaseUrl(undefined, BASE_URL)).toBe(BASE_URL)
    expect(resolveSiteBaseUrl('  ', BASE_URL)).toBe(BASE_URL)
  })

  test('is only ever an http(s) origin', () => {
    expect(resolveSiteBaseUrl('javascript:alert(1)', undefined)).toBeUndefined()
    expect(resolveSiteBaseUrl('not a url', 'ftp://example.org')).toBeUndefined()
    expect(resolveSiteBaseUrl(undefined, 'https://example.org/some/page?x=1')).toBe('https://example.org')
  })
})

describe("an entry's slug in the Studio's form", () => {
  const renderDefault = vi.fn((props: InputProps) => <input aria-label={props.schemaType.title} defaultValue="vicenza-2018" />)
  /** What the form hands the input of a field named `name` of type `type` at the top of a document. */
  const propsOf = (name: string, type: string) =>
    ({
      value: { _type: type, current: 'vicenza-2018' },
      path: [name],
      schemaType: { name: type, jsonType: 'object', title: name },
      renderDefault,
    }) as unknown as InputProps
  const slug = propsOf('slug', 'slug')

  beforeEach(() => {
    editState.published = settings ?? null
    renderDefault.mockClear()
  })
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  test("is Sanity's own input, with the links under it, on the published settings' base URL", () => {
    renderInStudio(<StudioInput {...slug} />)
    expect(renderDefault).toHaveBeenCalledWith(slug)
    const [firstLink] = screen.getAllByRole('link')
    if (!firstLink) throw new Error('No link under the slug')
    expect(screen.getByLabelText('slug').compareDocumentPosition(firstLink) & Node.DOCUMENT_POSITION_FOLLOWING).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    )
    expect(linksIn('zh')['Open on the site · 在网站上打开']).toBe(`${BASE_URL}/zh/entries/vicenza-2018`)
  })

  test('links to SANITY_STUDIO_SITE_URL when the Studio was built with one', () => {
    vi.stubEnv('SANITY_STUDIO_SITE_URL', 'https://staging.example.org')
    renderInStudio(<StudioInput {...slug} />)
    expect(linksIn('en')['Open on the site · 在网站上打开']).toBe('https://staging.example.org/en/entries/vicenza-2018')
  })

  test('asks for the base URL while the settings document is not published', () => {
    editState.published = null
    renderInStudio(<StudioInput {...slug} />)
    // Only the drafts' previews, which go to the Worker whatever the settings say.
    expect(screen.queryAllByRole('link').map((link) => link.textContent)).toEqual([
      'Preview in English · 预览英文版',
      'Preview in Simplified Chinese · 预览简体中文版',
      'Preview in Traditional Chinese · 预览繁体中文版',
    ])
    expect(screen.getByText(/^Set the base URL in Settings/).textContent).toContain('在“设置”中填写网站地址')
  })

  test.each([
    ['a field of another type', propsOf('image', 'image')],
    ['a slug nested in an object', { ...slug, path: ['image', 'slug'] } as InputProps],
  ])('leaves %s as Sanity draws it, with no links', (_what, props) => {
    const { container } = renderInStudio(<StudioInput {...props} />)
    expect(renderDefault).toHaveBeenCalledWith(props)
    expect(container.querySelectorAll('input')).toHaveLength(1)
    expect(screen.queryAllByRole('link')).toEqual([])
  })
})
