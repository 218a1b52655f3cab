/**
 * An entry's topics and relationship are shown by their labels in the entry's
 * language (looked up once per language and kept), and by their code where no
 * label is written: the kept labels of one language never show in another.
 */
import { describe, expect, it } from 'vitest'
import type { LanguageId } from '../../schemas/languages'
import { RELATIONSHIPS, TOPICS } from '../../schemas/vocabulary'
import { toEntry, type EntryRow } from '../../server/content/entry-row'

function row(changes: Partial<EntryRow> = {}): EntryRow & { slug: string; date: string } {
  return {
    _id: 'entry-vicenza-2016',
    _createdAt: '2026-11-01T00:00:00Z',
    _updatedAt: '2026-11-01T00:00:00Z',
    publishedAt: null,
    slug: 'vicenza-2016',
    country: 'IT',
    location: null,
    relationship: 'friendship-agreement',
    date: '2016-05',
    topics: ['big-data', 'education'],
    headline: null,
    englishCity: 'Vicenza',
    city: 'Vicenza',
    region: null,
    summary: null,
    body: null,
    fellBack: [],
    ...changes,
  } as EntryRow & { slug: string; date: string }
}

const LANGS: LanguageId[] = ['en', 'zh', 'zh-hant', 'zh', 'en', 'zh-hant']

describe('an entry’s topic and relationship labels', () => {
  it('are in the entry’s language, however often and in whatever order the languages come', () => {
    for (const language of LANGS) {
      const entry = toEntry(row(), language)
      expect(entry.relationship).toEqual({ code: 'friendship-agreement', label: RELATIONSHIPS['friendship-agreement'][language] })
      expect(entry.topics).toEqual([
        { code: 'big-data', label: TOPICS['big-data'][language] },
        { code: 'education', label: TOPICS.education[language] },
      ])
    }
    expect(toEntry(row(), 'zh-hant').topics[0]?.label).toBe('大數據')
  })

  it('are the code itself where the vocabulary has no label, every time', () => {
    for (const language of LANGS) {
      const entry = toEntry(row({ relationship: 'twinning' as EntryRow['relationship'], topics: ['space', 'big-data', 'space', 'a:b', 'x.y'] }), language)
      expect(entry.relationship).toEqual({ code: 'twinning', label: 'twinning' })
      expect(entry.topics.map((topic) => topic.label)).toEqual(['space', TOPICS['big-data'][language], 'space', 'a:b', 'x.y'])
    }
  })

  it('tell a topic from a relationship of the same code', () => {
    const entry = toEntry(row({ relationship: 'big-data' as EntryRow['relationship'], topics: ['other'] }), 'zh')
    expect(entry.relationship).toEqual({ code: 'big-data', label: 'big-data' })
    expect(entry.topics).toEqual([{ code: 'other', label: 'other' }])
    expect(toEntry(row({ relationship: 'other', topics: ['big-data'] }), 'zh')).toMatchObject({
      relationship: { code: 'other', label: '其他' },
      topics: [{ code: 'big-data', label: '大数据' }],
    })
  })

  it('stay right past the number of codes kept per language', () => {
    const codes = Array.from({ length: 1500 }, (_, i) => `code-${i}`)
    for (const language of ['en', 'zh'] as const) {
      const entry = toEntry(row({ topics: [...codes, 'big-data'] }), language)
      expect(entry.topics.slice(0, 1500).every((topic, i) => topic.label === codes[i])).toBe(true)
      expect(entry.topics.at(-1)?.label).toBe(TOPICS['big-data'][language])
    }
    expect(toEntry(row(), 'zh').topics[1]?.label).toBe('教育')
  })
})
