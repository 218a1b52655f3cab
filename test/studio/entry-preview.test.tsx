/** @jsxImportSource react */
// React, not the Worker's hono/jsx that tsconfig.json sets for server pages: test programs type-check both.
/**
 * An entry as the Studio lists it: the schema's preview (select + prepare)
 * drawn by Sanity's own default list preview, for every entry of the dataset.
 */
import { screen } from '@testing-library/react'
import { DefaultPreview, type PreviewValue, type SanityDocument } from 'sanity'
import { describe, expect, test } from 'vitest'
import { entry } from '../../schemas/documents/entry'
import { formatPartialDate } from '../../schemas/lib/partial-date'
import { dataset, entryWith } from '../node/fixtures'
import { renderInStudio } from './render'

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

function renderListItem(document: SanityDocument) {
  const prepared = (entry.preview?.prepare?.(select(document)) ?? {}) as PreviewValue
  renderInStudio(<DefaultPreview title={prepared.title} subtitle={prepared.subtitle} media={prepared.media} />)
}

const entries = dataset.filter((document) => document._type === 'entry')

describe('an entry in the list', () => {
  test.each(entries.map((stored) => [stored._id, stored] as const))(
    '%s shows its English and Chinese titles and its date',
    (_id, stored) => {
      const { headline, date } = stored as unknown as { headline: { en: string; zh: string }; date: string }
      renderListItem(stored)
      expect(screen.getByText(headline.en)).toBeTruthy()
      // The date leads the second line, so a narrow list that cuts the line short still shows it.
      expect(screen.getByText(`${formatPartialDate(date, 'en')} · ${headline.zh}`)).toBeTruthy()
    },
  )

  test('without a headline, is titled by city and date in both languages', () => {
    renderListItem(entryWith({ headline: undefined }))
    expect(screen.getByText('Vicenza, December 2018')).toBeTruthy()
    expect(screen.getByText('2018年12月 维琴察')).toBeTruthy()
  })
})
