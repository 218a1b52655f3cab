/** @jsxImportSource react */
// React, not the Worker's hono/jsx that tsconfig.json sets for server pages: test programs type-check both.
/**
 * "Preview the draft" under an entry's slug: one link per language to the
 * Worker's drafts preview, carrying the preview secret the Studio was built
 * with, reached as the Studio's form reaches it (`StudioInput`).
 */
import { screen } from '@testing-library/react'
import type { InputProps } from 'sanity'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { DEFAULT_PREVIEW_URL, PreviewLinks } from '../../studio/components/preview-links'
import { StudioInput } from '../../studio/components/studio-input'
import { renderInStudio } from './render'

// The slug input reads the published settings document through the Studio's document store.
vi.mock('sanity', async (importOriginal) => ({
  ...(await importOriginal<typeof import('sanity')>()),
  useEditState: () => ({ published: null }),
}))

/** The preview links shown, by their accessible name. */
function previewLinks(): Record<string, string | null> {
  return Object.fromEntries(
    screen
      .queryAllByRole('link')
      .filter((link) => link.textContent?.startsWith('Preview'))
      .map((link) => [link.textContent, link.getAttribute('href')]),
  )
}

describe('the preview links', () => {
  test("open each language's preview of the entry's draft, with the secret", () => {
    renderInStudio(<PreviewLinks slug="vicenza-2018" site={{ origin: 'https://preview.example.org', secret: 's3cret' }} />)
    expect(previewLinks()).toEqual({
      'Preview in English · 预览英文版': 'https://preview.example.org/preview/en/entries/vicenza-2018?secret=s3cret',
      'Preview in Chinese · 预览中文版': 'https://preview.example.org/preview/zh/entries/vicenza-2018?secret=s3cret',
    })
    for (const link of screen.getAllByRole('link')) {
      expect(link.getAttribute('target')).toBe('_blank')
      expect(link.getAttribute('rel')).toBe('noopener noreferrer')
    }
  })

  test('ask for the secret, and link nothing, when the Studio was built without one', () => {
    const { container } = renderInStudio(<PreviewLinks slug="vicenza-2018" site={{ origin: DEFAULT_PREVIEW_URL, secret: undefined }} />)
    expect(screen.queryAllByRole('link')).toEqual([])
    expect(container.textContent).toBe(
      'Preview the draft · 预览草稿Build the Studio with SANITY_STUDIO_PREVIEW_SECRET to preview drafts / 构建 Studio 时设置 SANITY_STUDIO_PREVIEW_SECRET 后即可预览草稿',
    )
  })

  test('ask for a slug first', () => {
    renderInStudio(<PreviewLinks slug={undefined} site={{ origin: DEFAULT_PREVIEW_URL, secret: 's3cret' }} />)
    expect(screen.queryAllByRole('link')).toEqual([])
    expect(screen.getByText('Generate the slug first / 请先生成网址标识')).toBeTruthy()
  })
})

describe("the preview links under an entry's slug in the Studio's form", () => {
  const slug = {
    value: { _type: 'slug', current: 'burnaby-2014' },
    path: ['slug'],
    schemaType: { name: 'slug', jsonType: 'object', title: 'slug' },
    renderDefault: () => <input aria-label="slug" />,
  } as unknown as InputProps

  afterEach(() => {
    vi.unstubAllEnvs()
  })

  test('go to the local Worker, npm start’s, unless SANITY_STUDIO_PREVIEW_URL says otherwise', () => {
    vi.stubEnv('SANITY_STUDIO_PREVIEW_SECRET', 'local-secret')
    renderInStudio(<StudioInput {...slug} />)
    expect(previewLinks()['Preview in Chinese · 预览中文版']).toBe('http://127.0.0.1:8787/preview/zh/entries/burnaby-2014?secret=local-secret')
  })

  test('go to SANITY_STUDIO_PREVIEW_URL with SANITY_STUDIO_PREVIEW_SECRET', () => {
    vi.stubEnv('SANITY_STUDIO_PREVIEW_URL', 'https://feeds.example.org/some/path')
    vi.stubEnv('SANITY_STUDIO_PREVIEW_SECRET', ' rotated-2026 ')
    renderInStudio(<StudioInput {...slug} />)
    expect(previewLinks()['Preview in English · 预览英文版']).toBe('https://feeds.example.org/preview/en/entries/burnaby-2014?secret=rotated-2026')
  })

  test('are not links without the secret', () => {
    vi.stubEnv('SANITY_STUDIO_PREVIEW_SECRET', '')
    renderInStudio(<StudioInput {...slug} />)
    expect(previewLinks()).toEqual({})
    expect(screen.getByText(/^Build the Studio with SANITY_STUDIO_PREVIEW_SECRET/)).toBeTruthy()
  })
})
