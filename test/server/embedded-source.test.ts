import { describe, expect, it } from 'vitest'
import { createEmbeddedSource } from '../../server/content/embedded-source'
import { cityNamesQuery, entryBySlugQuery } from '../../server/content/queries'
import { seedDocuments } from './helpers'

describe('the embedded content source', () => {
  it('answers a repeated query from memory, since the bundled dataset cannot change', async () => {
    const params = { slug: 'burnaby-2014', lang: 'zh', fallback: 'en' }
    const first = await createEmbeddedSource().fetch<{ city: string }>(entryBySlugQuery, params)
    const again = await createEmbeddedSource().fetch<{ city: string }>(entryBySlugQuery, { ...params })
    expect(first.city).toBe('本拿比')
    expect(again).toBe(first)
  })

  it('keeps answers for different parameters apart', async () => {
    const zh = await createEmbeddedSource().fetch<{ city: string }>(entryBySlugQuery, { slug: 'burnaby-2014', lang: 'zh', fallback: 'en' })
    const en = await createEmbeddedSource().fetch<{ city: string }>(entryBySlugQuery, { slug: 'burnaby-2014', lang: 'en', fallback: 'zh' })
    expect([zh.city, en.city]).toEqual(['本拿比', 'Burnaby'])
  })

  it('never caches documents a caller passes in', async () => {
    const documents = seedDocuments()
    const before = await createEmbeddedSource(documents).fetch<string[]>(cityNamesQuery, {})
    const fewer = documents.filter((document) => document._id !== 'entry-vicenza-2018')
    const after = await createEmbeddedSource(fewer).fetch<string[]>(cityNamesQuery, {})
    expect(before).toContain('Vicenza')
    expect(after).not.toContain('Vicenza')
  })
})
