/** @jsxImportSource react */
// React, not the Worker's hono/jsx that tsconfig.json sets for server pages: test programs type-check both.
/**
 * "Open on the site / in the feed" under an entry's slug: the right URLs per
 * language, from the settings document's base URL or SANITY_STUDIO_SITE_URL.
 */
import { screen, within } from '@testing-library/react'
import type { SlugInputProps } from 'sanity'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { EntryLinks, SlugInputWithLinks, resolveSiteBaseUrl } from '../../studio/components/entry-links'
import { dataset } from '../node/fixtures'
import { renderInStudio } from './render'

// The slug input reads the published settings document through the Studio's document store.
const editState = vi.hoisted(() => ({ published: null as Record<string, unknown> | null }))
vi.mock('sanity', async (importOriginal) => ({
  ...(await importOriginal<typeof import('sanity')>()),
  useEditState: () => editState,
}))

const settings = dataset.find((document) => document._id === 'settings') as { baseUrl: string } | undefined
const BASE_URL = settings?.baseUrl ?? ''

/** The links shown in one language's column, by their accessible name. */
function linksIn(language: 'en' | 'zh'): Record<string, string | null> {
  const column = document.querySelector(`[data-language="${language}"]`)
  if (!(column instanceof HTMLElement)) throw new Error(`No column for ${language}`)
  return Object.fromEntries(
    within(column)
      .queryAllByRole('link')
      .map((link) => [link.textContent, link.getAttribute('href')]),
  )
}

describe('the entry links', () => {
  test("link each language's page and feeds on the production site", () => {
    renderInStudio(<EntryLinks slug="vicenza-2018" baseUrl={BASE_URL} />)
    expect(screen.getByText('English · 英文')).toBeTruthy()
    expect(screen.getByText('Chinese (Simplified) · 简体中文')).toBeTruthy()
    expect(linksIn('en')).toEqual({
      'Open on the site · 在网站上打开': `${BASE_URL}/en/entries/vicenza-2018`,
      'Atom feed · Atom 订阅源': `${BASE_URL}/en/atom.xml`,
      'RSS feed · RSS 订阅源': `${BASE_URL}/en/rss.xml`,
    })
    expect(linksIn('zh')).toEqual({
      'Open on the site · 在网站上打开': `${BASE_URL}/zh/entries/vicenza-2018`,
      'Atom feed · Atom 订阅源': `${BASE_URL}/zh/atom.xml`,
      'RSS feed · RSS 订阅源': `${BASE_URL}/zh/rss.xml`,
    })
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
    expect(screen.getAllByText('Generate the slug first / 请先生成网址标识')).toHaveLength(2)
    expect(Object.keys(linksIn('zh'))).toEqual(['Atom feed · Atom 订阅源', 'RSS feed · RSS 订阅源'])
  })

  test('ask for the base URL in Settings when none is known', () => {
    renderInStudio(<EntryLinks slug="vicenza-2018" baseUrl={undefined} />)
    expect(screen.queryAllByRole('link')).toEqual([])
    expect(
      screen.getByText(
        'Set the base URL in Settings to get links to the site and the feeds / 在“设置”中填写网站地址后，这里会显示网站和订阅源的链接',
      ),
    ).toBeTruthy()
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

describe('the slug input', () => {
  const renderDefault = vi.fn(() => <input aria-label="Slug" defaultValue="vicenza-2018" />)
  const props = { value: { _type: 'slug', current: 'vicenza-2018' }, renderDefault } as unknown as SlugInputProps

  beforeEach(() => {
    editState.published = settings ?? null
  })
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  test("is Sanity's own, with the links under it, on the published settings' base URL", () => {
    renderInStudio(<SlugInputWithLinks {...props} />)
    expect(renderDefault).toHaveBeenCalledWith(props)
    expect(screen.getByLabelText('Slug')).toBeTruthy()
    expect(linksIn('zh')['Open on the site · 在网站上打开']).toBe(`${BASE_URL}/zh/entries/vicenza-2018`)
  })

  test('links to SANITY_STUDIO_SITE_URL when the Studio was built with one', () => {
    vi.stubEnv('SANITY_STUDIO_SITE_URL', 'https://staging.example.org')
    renderInStudio(<SlugInputWithLinks {...props} />)
    expect(linksIn('en')['Open on the site · 在网站上打开']).toBe('https://staging.example.org/en/entries/vicenza-2018')
  })

  test('asks for the base URL while the settings document is not published', () => {
    editState.published = null
    renderInStudio(<SlugInputWithLinks {...props} />)
    expect(screen.queryAllByRole('link')).toEqual([])
  })
})
