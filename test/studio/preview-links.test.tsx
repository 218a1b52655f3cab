/** @jsxImportSource react */
// React, not the Worker's hono/jsx that tsconfig.json sets for server pages: test programs type-check both.
/**
 * "Preview the draft" under an entry's slug: one link per language to the
 * Worker's drafts preview. A click opens the tab at once and sends it to the
 * preview with a secret the editor's Studio has just created in the dataset
 * (over a running local Content Lake, with a client as the Studio's), which
 * the Worker's own check then takes; the links' addresses, and the Studio's
 * build, hold no secret.
 */
import { createClient } from '@sanity/client'
import { fireEvent, screen, waitFor } from '@testing-library/react'
import type { InputProps } from 'sanity'
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest'
import { EDITOR } from '../../lake/server.ts'
import { PREVIEW_SECRET_PARAMETER } from '../../schemas/lib/site-urls'
import { createPreviewSecretCheck } from '../../server/content/sanity-source'
import { DEFAULT_PREVIEW_URL, PreviewLinks } from '../../studio/components/preview-links'
import { createPreviewSecrets, PREVIEW_SECRET_SOURCE, type PreviewSecrets } from '../../studio/components/preview-secrets'
import { StudioInput } from '../../studio/components/studio-input'
import { API_VERSION, openTestLake, type TestLake } from '../lake/helpers'
import { renderInStudio } from './render'

// The slug input reads the published settings document, and makes secrets with the Studio's client.
vi.mock('sanity', async (importOriginal) => ({
  ...(await importOriginal<typeof import('sanity')>()),
  useEditState: () => ({ published: null }),
  useClient: () => createClient({ projectId: 'local', dataset: 'production', apiVersion: '2025-02-19', useCdn: false }),
  useCurrentUser: () => null,
}))

const WORKER = 'https://preview.example.org'

/** The preview links shown, by their accessible name. */
function previewLinks(): Record<string, string | null> {
  return Object.fromEntries(
    screen
      .queryAllByRole('link')
      .filter((link) => link.textContent?.startsWith('Preview'))
      .map((link) => [link.textContent, link.getAttribute('href')]),
  )
}

/** A tab as `window.open('', '_blank')` gives it: blank, until the Studio sends it somewhere. */
function blankTab() {
  return { opener: window as Window | null, location: { replace: vi.fn<(url: string) => void>() }, close: vi.fn() }
}

/** Stubs `window.open`: each call opens a new blank tab, which it returns. */
function stubTabs() {
  const tabs: ReturnType<typeof blankTab>[] = []
  const open = vi.spyOn(window, 'open').mockImplementation(() => {
    const tab = blankTab()
    tabs.push(tab)
    return tab as unknown as Window
  })
  return { tabs, open }
}

/** Where `tab` was sent, once it was. */
async function destination(tab: ReturnType<typeof blankTab> | undefined): Promise<URL> {
  await waitFor(() => expect(tab?.location.replace).toHaveBeenCalledOnce())
  return new URL(tab!.location.replace.mock.calls[0]![0])
}

afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllEnvs()
})

describe('the preview links, over the local Content Lake', () => {
  let lake: TestLake
  /** The Studio's client: the editor's session (the lake takes anyone as its one editor). */
  let studioClient: ReturnType<typeof createClient>
  /** The Worker's check of a preview secret, reading the lake with its token. */
  let workerTakes: (secret: string) => Promise<boolean>

  beforeAll(async () => {
    lake = await openTestLake()
    studioClient = createClient({ projectId: 'local', dataset: 'production', apiVersion: API_VERSION, apiHost: lake.lake.url, useProjectHostname: false, useCdn: false })
    workerTakes = createPreviewSecretCheck({ projectId: 'local', dataset: 'production', apiVersion: API_VERSION, apiHost: lake.lake.url, timeoutMs: 5_000, draftsToken: 'local' })
  })

  afterAll(async () => {
    await lake?.close()
  })

  const secretDocuments = () => lake.lake.dataset.documents().filter((document) => document._type === 'sanity.previewUrlSecret')

  test("open each language's preview of the entry's draft with a secret the Studio has just created, which the Worker takes", async () => {
    const secrets = createPreviewSecrets(studioClient, { userId: EDITOR.id, studioUrl: () => 'http://localhost:3333/structure/entry' })
    renderInStudio(<PreviewLinks slug="vicenza-2018" origin={WORKER} secrets={secrets} />)
    const { tabs, open } = stubTabs()
    const before = secretDocuments().length

    fireEvent.click(screen.getByRole('link', { name: 'Preview in English · 预览英文版' }))
    // The tab opens at once, within the click, before the secret is made.
    expect(open).toHaveBeenCalledExactlyOnceWith('', '_blank')
    const english = await destination(tabs[0])
    expect(`${english.origin}${english.pathname}`).toBe(`${WORKER}/preview/en/entries/vicenza-2018`)
    const secret = english.searchParams.get(PREVIEW_SECRET_PARAMETER)
    expect(secret).toMatch(/^[\w-]{20,}$/)
    expect(tabs[0]?.opener).toBeNull()

    // Made in the dataset, as the editor, and taken by the Worker.
    const made = secretDocuments().find((document) => document.secret === secret)
    expect(made).toMatchObject({ _id: expect.stringMatching(/^drafts\./), source: PREVIEW_SECRET_SOURCE, userId: EDITOR.id })
    expect(await workerTakes(secret!)).toBe(true)

    // The Chinese editions' links reuse it: one secret for all three.
    fireEvent.click(screen.getByRole('link', { name: 'Preview in Simplified Chinese · 预览简体中文版' }))
    const simplified = await destination(tabs[1])
    expect(`${simplified.origin}${simplified.pathname}`).toBe(`${WORKER}/preview/zh/entries/vicenza-2018`)
    expect(simplified.searchParams.get(PREVIEW_SECRET_PARAMETER)).toBe(secret)
    fireEvent.click(screen.getByRole('link', { name: 'Preview in Traditional Chinese · 预览繁体中文版' }))
    const traditional = await destination(tabs[2])
    expect(`${traditional.origin}${traditional.pathname}`).toBe(`${WORKER}/preview/zh-hant/entries/vicenza-2018`)
    expect(traditional.searchParams.get(PREVIEW_SECRET_PARAMETER)).toBe(secret)
    expect(secretDocuments()).toHaveLength(before + 1)
  })

  test('open a preview with a new secret once the last one has less than a quarter of an hour left', async () => {
    const secrets = createPreviewSecrets(studioClient, { userId: EDITOR.id })
    renderInStudio(<PreviewLinks slug="vicenza-2018" origin={WORKER} secrets={secrets} />)
    const { tabs } = stubTabs()
    const link = screen.getByRole('link', { name: 'Preview in English · 预览英文版' })

    fireEvent.click(link)
    const first = (await destination(tabs[0])).searchParams.get(PREVIEW_SECRET_PARAMETER)
    vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 46 * 60_000)
    fireEvent.click(link)
    const second = (await destination(tabs[1])).searchParams.get(PREVIEW_SECRET_PARAMETER)
    vi.mocked(Date.now).mockRestore()

    expect(second).not.toBe(first)
    expect(await workerTakes(second!)).toBe(true)
  })

  test('hold no secret in their addresses: it is made when the editor opens one', () => {
    renderInStudio(<PreviewLinks slug="vicenza-2018" origin={WORKER} secrets={createPreviewSecrets(studioClient)} />)
    expect(previewLinks()).toEqual({
      'Preview in English · 预览英文版': `${WORKER}/preview/en/entries/vicenza-2018`,
      'Preview in Simplified Chinese · 预览简体中文版': `${WORKER}/preview/zh/entries/vicenza-2018`,
      'Preview in Traditional Chinese · 预览繁体中文版': `${WORKER}/preview/zh-hant/entries/vicenza-2018`,
    })
    for (const link of screen.getAllByRole('link')) {
      expect(link.getAttribute('target')).toBe('_blank')
      expect(link.getAttribute('rel')).toBe('noopener noreferrer')
    }
  })
})

describe('the preview links, when something is missing', () => {
  const cannotWrite: PreviewSecrets = {
    held: () => undefined,
    fresh: () => Promise.reject(new Error('Insufficient permissions; permission "create" required')),
  }

  test('close the tab and say why, in both languages, when the Studio cannot create a secret', async () => {
    renderInStudio(<PreviewLinks slug="vicenza-2018" origin={WORKER} secrets={cannotWrite} />)
    const { tabs } = stubTabs()
    fireEvent.click(screen.getByRole('link', { name: 'Preview in Traditional Chinese · 预览繁体中文版' }))
    await waitFor(() => expect(tabs[0]?.close).toHaveBeenCalledOnce())
    expect(tabs[0]?.location.replace).not.toHaveBeenCalled()
    expect(
      screen.getByText(
        'The preview could not be opened: the Studio could not create its secret (Insufficient permissions; permission "create" required) / 无法打开预览：Studio未能创建预览密钥（Insufficient permissions; permission "create" required）',
      ),
    ).toBeTruthy()
  })

  test('ask for a slug first', () => {
    renderInStudio(<PreviewLinks slug={undefined} origin={DEFAULT_PREVIEW_URL} secrets={cannotWrite} />)
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

  test('go to the local Worker, npm start’s, unless SANITY_STUDIO_PREVIEW_URL says otherwise', () => {
    renderInStudio(<StudioInput {...slug} />)
    expect(previewLinks()['Preview in Simplified Chinese · 预览简体中文版']).toBe(`${DEFAULT_PREVIEW_URL}/preview/zh/entries/burnaby-2014`)
  })

  test('go to SANITY_STUDIO_PREVIEW_URL, and never carry a secret the Studio was built with', () => {
    vi.stubEnv('SANITY_STUDIO_PREVIEW_URL', 'https://feeds.example.org/some/path')
    vi.stubEnv('SANITY_STUDIO_PREVIEW_SECRET', 'an-old-build-time-secret')
    const { container } = renderInStudio(<StudioInput {...slug} />)
    expect(previewLinks()['Preview in English · 预览英文版']).toBe('https://feeds.example.org/preview/en/entries/burnaby-2014')
    expect(container.innerHTML).not.toContain('an-old-build-time-secret')
  })
})
