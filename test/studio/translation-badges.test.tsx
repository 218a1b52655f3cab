/** @jsxImportSource react */
// React, not the Worker's hono/jsx that tsconfig.json sets for server pages: test programs type-check both.
/**
 * The translation badges in a document's footer, run by Sanity's own hook
 * collection (as the document pane runs badges) and drawn as @sanity/ui
 * Badges with the colour and tooltip each badge asks for, under the English
 * and the Chinese interface: each badge names its language as it writes
 * itself and says the rest in the interface's language.
 */
import { Badge } from '@sanity/ui'
import { screen, waitFor } from '@testing-library/react'
import { GetHookCollectionState, type DocumentBadgeDescription, type DocumentBadgeProps, type SanityDocument } from 'sanity'
import { beforeEach, describe, expect, test, vi } from 'vitest'
import { ENTRY_LOCALIZED_FIELDS } from '../../studio/needs-translation'
import { translationBadges } from '../../studio/translation-badges'
import { entryFixture, entryWith } from '../node/fixtures'
import { renderInStudio } from './render'

const locale = vi.hoisted(() => ({ id: 'en-US' }))
vi.mock('sanity', async (importOriginal) => ({
  ...(await importOriginal<typeof import('sanity')>()),
  useCurrentLocale: () => ({ id: locale.id, title: locale.id }),
}))

beforeEach(() => {
  locale.id = 'en-US'
})

function renderBadges(documents: { draft?: SanityDocument; published?: SanityDocument }) {
  const props = {
    id: entryFixture._id,
    type: 'entry',
    draft: documents.draft ?? null,
    published: documents.published ?? null,
    version: null,
    liveEdit: false,
    liveEditSchemaType: false,
    ready: true,
    transactionSyncLock: null,
    release: undefined,
  } as DocumentBadgeProps
  renderInStudio(
    <GetHookCollectionState<DocumentBadgeProps, DocumentBadgeDescription>
      hooks={translationBadges(ENTRY_LOCALIZED_FIELDS)}
      args={props}
    >
      {({ states }) =>
        states.map((badge) => (
          <Badge key={badge.label} title={badge.title} data-color={badge.color ?? 'none'}>
            {badge.label}
          </Badge>
        ))
      }
    </GetHookCollectionState>,
  )
}

/** Each badge drawn: its label, colour and tooltip, once Sanity has collected every badge's state (it batches them). */
async function badges() {
  await waitFor(() => expect(document.querySelectorAll('[data-ui="Badge"]')).toHaveLength(2))
  return Array.from(document.querySelectorAll('[data-ui="Badge"]')).map((badge) => ({
    label: badge.textContent,
    color: badge.getAttribute('data-color'),
    title: badge.getAttribute('title'),
  }))
}

describe('the translation badges', () => {
  test('show both languages complete on a published entry of the dataset', async () => {
    renderBadges({ published: entryFixture })
    expect(await badges()).toEqual([
      { label: 'English 4/4', color: 'success', title: 'English: complete' },
      { label: '简体中文 4/4', color: 'success', title: 'Chinese: complete' },
    ])
  })

  test('count the draft being edited, and name what is missing in Chinese', async () => {
    const summary = entryFixture.summary as { en: string }
    const draft = entryWith({ _id: `drafts.${entryFixture._id}`, summary: { _type: 'localeText', en: summary.en }, headline: { _type: 'localeString', en: 'A headline' } })
    renderBadges({ draft, published: entryFixture })
    expect(await badges()).toEqual([
      { label: 'English 4/4', color: 'success', title: 'English: complete' },
      {
        label: '简体中文 2/4',
        color: 'warning',
        title: 'Missing in Chinese: Headline, Summary',
      },
    ])
  })

  test('warn of a Chinese field that may be outdated, naming it, while English stays complete', async () => {
    const summary = entryFixture.summary as object
    const draft = entryWith({ _id: `drafts.${entryFixture._id}`, summary: { ...summary, outdated: ['zh'] } })
    renderBadges({ draft, published: entryFixture })
    expect(await badges()).toEqual([
      { label: 'English 4/4', color: 'success', title: 'English: complete' },
      {
        label: '简体中文 4/4 · 1 may be outdated',
        color: 'warning',
        title: 'May be outdated in Chinese: Summary',
      },
    ])
  })

  test('name both what is missing and what may be outdated, and ignore a mark on a language left empty', async () => {
    const draft = entryWith({
      _id: `drafts.${entryFixture._id}`,
      summary: { ...(entryFixture.summary as object), outdated: ['en'] },
      body: { ...(entryFixture.body as object), outdated: ['en'] },
      headline: { _type: 'localeString', zh: '新标题', outdated: ['en'] },
    })
    renderBadges({ draft })
    expect(await badges()).toEqual([
      {
        label: 'English 3/4 · 2 may be outdated',
        color: 'warning',
        title: 'Missing in English: Headline\nMay be outdated in English: Summary, Body',
      },
      { label: '简体中文 4/4', color: 'success', title: 'Chinese: complete' },
    ])
  })

  test('speak Chinese under the Chinese interface, the English badge too', async () => {
    locale.id = 'zh-Hans'
    const draft = entryWith({
      _id: `drafts.${entryFixture._id}`,
      summary: { ...(entryFixture.summary as object), outdated: ['en'] },
      headline: { _type: 'localeString', zh: '新标题' },
    })
    renderBadges({ draft })
    expect(await badges()).toEqual([
      { label: 'English 3/4 · 1项可能需要更新', color: 'warning', title: '英文缺少：标题\n英文可能需要更新：摘要' },
      { label: '简体中文 4/4', color: 'success', title: '中文：内容完整' },
    ])
  })

  test('say nothing is written yet on a new, empty entry', async () => {
    renderBadges({ draft: { _id: 'drafts.new', _type: 'entry' } as SanityDocument })
    expect(await badges()).toEqual([
      { label: 'English –', color: 'none', title: 'Nothing written yet' },
      { label: '简体中文 –', color: 'none', title: 'Nothing written yet' },
    ])
    expect(screen.getAllByText(/–$/)).toHaveLength(2)
  })
})
