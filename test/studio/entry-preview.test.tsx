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
import { RESOURCES } from '../../server/i18n/resources'
import { dataset, entryWith } from '../node/fixtures'
import { LISTED_ENTRIES } from './listed-entries'
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

/** The lines of `document`'s row in a list, as Sanity's default preview draws them: title, then subtitle. */
function listedLines(document: SanityDocument): string[] {
  const prepared = (entry.preview?.prepare?.(select(document)) ?? {}) as PreviewValue
  renderInStudio(<DefaultPreview title={prepared.title} subtitle={prepared.subtitle} media={prepared.media} />)
  return Array.from(screen.getByTestId('default-preview__header').children, (line) => line.textContent ?? '')
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
      (RESOURCES[language].translation as { entry: { title: string } }).entry.title
        .replace('{{city}}', city)
        .replace('{{date}}', date)
    expect(lines).toEqual([siteTitle('en', 'Vicenza', 'December 2018'), siteTitle('zh', '维琴察', '2018年12月')])
  })
})
