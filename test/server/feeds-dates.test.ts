/**
 * Dates say what the source says. An entry is dated by its own date (`2016`,
 * `2018-12`, `1992-08-17`): where a format needs a full timestamp, the
 * period's first day at midnight in Guiyang (UTC+8), written with that offset,
 * and its text opens with the date at its precision in the feed's language.
 * `updated` moves only when the entry was edited after it was published (more
 * than a short grace after its publication time, which the first publish and a
 * quick typo fix fall within), and a feed is as recent as its latest item or settings edit.
 */
import { describe, expect, it } from 'vitest'
import type { SanityDocument } from '../../server/content/embedded-source'
import { editedAfterPublication, latestEdit, PUBLISHING_GRACE_MS, timeOf } from '../../server/feeds/dates'
import { rfc822 } from '../../server/render/rss'
import { childrenNamed, NS, only, parseStrictXml, readAtom, readRss, type XmlTree } from './feed-readers'
import { json, request, seedDocuments, seedEntry, seedWith } from './helpers'

type Lang = 'en' | 'zh' | 'zh-hant'

interface JsonFeedItem {
  id: string
  content_html: string
  date_published: string
  date_modified: string
  _meeting_the_world: { date: string }
}

async function body(path: string, documents?: SanityDocument[]): Promise<string> {
  const response = await request(path, {}, documents)
  expect(response.status).toBe(200)
  return response.text()
}

const atomEntries = async (path: string, documents?: SanityDocument[]) =>
  childrenNamed(parseStrictXml(await body(path, documents)), NS.atom, 'entry')
const textOf = (entry: XmlTree, name: string) => only(entry, NS.atom, name).text
const jsonItems = async (path: string, documents?: SanityDocument[]) =>
  (await json<{ items: JsonFeedItem[] }>(await request(path, {}, documents))).items

/** Three entries, one of each precision, as every format must date and show them. */
const DATED = [
  {
    slug: 'silicon-valley-2016',
    date: '2016',
    rfc3339: '2016-01-01T00:00:00+08:00',
    rfc822: 'Fri, 01 Jan 2016 00:00:00 +0800',
    dateline: {
      en: '<p><time datetime="2016">2016</time></p>',
      zh: '<p><time datetime="2016">2016年</time></p>',
      'zh-hant': '<p><time datetime="2016">2016年</time></p>',
    },
  },
  {
    slug: 'vicenza-2018',
    date: '2018-12',
    rfc3339: '2018-12-01T00:00:00+08:00',
    rfc822: 'Sat, 01 Dec 2018 00:00:00 +0800',
    dateline: {
      en: '<p><time datetime="2018-12">December 2018</time></p>',
      zh: '<p><time datetime="2018-12">2018年12月</time></p>',
      'zh-hant': '<p><time datetime="2018-12">2018年12月</time></p>',
    },
  },
  {
    slug: 'palmerston-north-1992',
    date: '1992-08-17',
    rfc3339: '1992-08-17T00:00:00+08:00',
    rfc822: 'Mon, 17 Aug 1992 00:00:00 +0800',
    dateline: {
      en: '<p><time datetime="1992-08-17">17 August 1992</time></p>',
      zh: '<p><time datetime="1992-08-17">1992年8月17日</time></p>',
      'zh-hant': '<p><time datetime="1992-08-17">1992年8月17日</time></p>',
    },
  },
]

/**
 * The first moment of a partial date in Guiyang, the one full timestamp a date
 * of that precision may be written as: a year is 1 January, a month its 1st.
 */
function startInGuiyang(partial: string): string {
  const [year, month = '01', day = '01'] = partial.split('-')
  return `${year}-${month}-${day}T00:00:00+08:00`
}

describe.each(['en', 'zh', 'zh-hant'] as const)('the %s feeds', (lang: Lang) => {
  it.each(DATED)('date $slug by its own date at midnight in Guiyang, and show that date at its precision', async (expected) => {
    const id = `urn:meeting-the-world:entry-${expected.slug}:${lang}`

    const entry = (await atomEntries(`/${lang}/atom.xml`)).find((candidate) => textOf(candidate, 'id') === id) as XmlTree
    expect(textOf(entry, 'published')).toBe(expected.rfc3339)
    expect(textOf(entry, 'updated')).toBe(expected.rfc3339)
    expect(textOf(entry, 'content').startsWith(expected.dateline[lang])).toBe(true)

    const { feedsmith } = await readRss(await body(`/${lang}/rss.xml`))
    const item = feedsmith.items?.find((candidate) => candidate.guid?.value === id)
    expect(item?.pubDate).toBe(expected.rfc822)
    expect(item?.description?.startsWith(expected.dateline[lang])).toBe(true)
    expect(item?.content?.encoded?.startsWith(expected.dateline[lang])).toBe(true)

    const jsonItem = (await jsonItems(`/${lang}/feed.json`)).find((candidate) => candidate.id === id)
    expect(jsonItem?.date_published).toBe(expected.rfc3339)
    expect(jsonItem?.date_modified).toBe(expected.rfc3339)
    expect(jsonItem?.content_html.startsWith(expected.dateline[lang])).toBe(true)
    expect(jsonItem?._meeting_the_world.date).toBe(expected.date)
  })

  it('never date an entry finer than its source, in any format', async () => {
    // The partial date each entry's text carries (`<time datetime>`), and the timestamp beside it.
    const datetime = (html: string) => /^<p><time datetime="([\d-]+)">/.exec(html)?.[1] ?? 'none'
    const entries = await atomEntries(`/${lang}/atom.xml`)
    expect(entries).toHaveLength(7)
    for (const entry of entries) {
      const partial = datetime(textOf(entry, 'content'))
      expect([textOf(entry, 'published'), textOf(entry, 'updated')]).toEqual([startInGuiyang(partial), startInGuiyang(partial)])
    }
    const { rssParser } = await readRss(await body(`/${lang}/rss.xml`))
    for (const item of rssParser.items) {
      const partial = datetime(item['content:encoded'] ?? '')
      expect(item.pubDate).toMatch(/ 00:00:00 \+0800$/)
      expect(new Date(item.pubDate ?? '').toISOString()).toBe(new Date(startInGuiyang(partial)).toISOString())
    }
    for (const item of await jsonItems(`/${lang}/feed.json`)) {
      const partial = item._meeting_the_world.date
      expect(datetime(item.content_html)).toBe(partial)
      expect([item.date_published, item.date_modified]).toEqual([startInGuiyang(partial), startInGuiyang(partial)])
    }
  })
})

describe('updated', () => {
  /** Vicenza as published on 1 December 2026 (`publishedAt`), created a month before it. */
  const vicenza = (changes: { _createdAt?: string; _updatedAt: string; publishedAt?: string }) => ({
    ...seedEntry('vicenza-2018'),
    _createdAt: '2026-11-01T00:00:00Z',
    publishedAt: '2026-12-01T00:00:00Z',
    ...changes,
  })
  const VICENZA_ID = 'urn:meeting-the-world:entry-vicenza-2018:en'

  async function datesOf(documents: SanityDocument[]) {
    const atomText = await body('/en/atom.xml', documents)
    const entry = childrenNamed(parseStrictXml(atomText), NS.atom, 'entry').find((candidate) => textOf(candidate, 'id') === VICENZA_ID)
    const jsonItem = (await jsonItems('/en/feed.json', documents)).find((item) => item.id === VICENZA_ID)
    return {
      published: entry && textOf(entry, 'published'),
      updated: entry && textOf(entry, 'updated'),
      dateModified: jsonItem?.date_modified,
      feedUpdated: (await readAtom(atomText)).feedsmith.updated,
    }
  }

  it('equals published for every seed entry, which was imported and never edited', async () => {
    const seed = seedDocuments().filter((document) => document._type === 'entry')
    expect(seed.every((document) => document._updatedAt === document._createdAt)).toBe(true)
    for (const lang of ['en', 'zh', 'zh-hant']) {
      const entries = await atomEntries(`/${lang}/atom.xml`)
      expect(entries.map((entry) => textOf(entry, 'updated'))).toEqual(entries.map((entry) => textOf(entry, 'published')))
      expect(entries.map((entry) => textOf(entry, 'updated')).filter((date) => date.startsWith('2026'))).toEqual([])
      for (const item of await jsonItems(`/${lang}/feed.json`)) expect(item.date_modified).toBe(item.date_published)
    }
  })

  it('moves when an entry is edited after it was published, to the time of the edit', async () => {
    expect(await datesOf(seedWith(vicenza({ _updatedAt: '2027-03-04T05:06:07Z' })))).toEqual({
      published: '2018-12-01T00:00:00+08:00',
      updated: '2027-03-04T05:06:07Z',
      dateModified: '2027-03-04T05:06:07Z',
      feedUpdated: '2027-03-04T05:06:07Z',
    })
  })

  it.each([
    ['the last change was saved before the entry was published', '2026-11-20T10:00:00Z'],
    ['the only revision is the first publish, a moment after the Studio set the publication time', '2026-12-01T00:00:01.250Z'],
  ])('stays when %s', async (_when, _updatedAt) => {
    expect(await datesOf(seedWith(vicenza({ _updatedAt })))).toEqual({
      published: '2018-12-01T00:00:00+08:00',
      updated: '2018-12-01T00:00:00+08:00',
      dateModified: '2018-12-01T00:00:00+08:00',
      feedUpdated: '2026-11-01T00:00:00Z',
    })
  })

  it('stays for a typo fixed within the grace after publishing, and moves for an edit after it', async () => {
    const published = Date.parse('2026-12-01T00:00:00Z')
    const at = (ms: number) => new Date(published + ms).toISOString()
    expect(PUBLISHING_GRACE_MS).toBe(10 * 60_000)
    expect((await datesOf(seedWith(vicenza({ _updatedAt: at(PUBLISHING_GRACE_MS) })))).updated).toBe('2018-12-01T00:00:00+08:00')
    expect((await datesOf(seedWith(vicenza({ _updatedAt: at(PUBLISHING_GRACE_MS + 1000) })))).updated).toBe('2026-12-01T00:10:01Z')
  })

  it('moves for any revision after creation when nobody set a publication time', async () => {
    const unset = { ...vicenza({ _updatedAt: '2026-11-01T00:01:00Z' }), publishedAt: undefined }
    expect((await datesOf(seedWith(unset))).updated).toBe('2026-11-01T00:01:00Z')
  })

  it('stays when the document was never revised after it was created, however late it was published', async () => {
    const imported = vicenza({ _createdAt: '2027-01-01T00:00:00Z', _updatedAt: '2027-01-01T00:00:00Z', publishedAt: '2018-12-01T00:00:00Z' })
    expect((await datesOf(seedWith(imported))).updated).toBe('2018-12-01T00:00:00+08:00')
  })

  it('dates a feed by the latest of its items’ updates and the settings’ edit, in every format', async () => {
    const settings = seedDocuments().find((document) => document._type === 'settings') as SanityDocument
    const documents = seedWith({ ...settings, _updatedAt: '2027-06-01T08:00:00Z' })
    expect((await readAtom(await body('/zh/atom.xml', documents))).feedsmith.updated).toBe('2027-06-01T08:00:00Z')
    const rss = only(parseStrictXml(await body('/zh/rss.xml', documents)), '', 'channel')
    expect(only(rss, '', 'lastBuildDate').text).toBe('Tue, 01 Jun 2027 08:00:00 GMT')
    const response = await request('/zh/feed.json', {}, documents)
    expect(response.headers.get('Last-Modified')).toBe('Tue, 01 Jun 2027 08:00:00 GMT')
  })

  it('dates a feed without settings by its newest entry, in Guiyang time as the entry is', async () => {
    const entriesOnly = seedDocuments().filter((document) => document._type !== 'settings')
    expect((await readAtom(await body('/en/atom.xml', entriesOnly))).feedsmith.updated).toBe('2018-12-01T00:00:00+08:00')
    const rss = only(parseStrictXml(await body('/en/rss.xml', entriesOnly)), '', 'channel')
    expect(only(rss, '', 'lastBuildDate').text).toBe('Sat, 01 Dec 2018 00:00:00 +0800')
  })
})

describe('a year before 100, stored before the Studio refused it', () => {
  // `0019-06` is a typo for 2019; read as written, it shows the typo for an editor to fix, where
  // `Date.UTC` would have made it June 1919, a plausible date nobody would notice.
  const typo = { ...seedEntry('vicenza-2018'), date: '0019-06' }
  const ID = 'urn:meeting-the-world:entry-vicenza-2018:zh'

  it('is dated and shown as written, in every format, never as 19xx', async () => {
    const documents = seedWith(typo)
    const entry = (await atomEntries('/zh/atom.xml', documents)).find((candidate) => textOf(candidate, 'id') === ID) as XmlTree
    expect(textOf(entry, 'published')).toBe('0019-06-01T00:00:00+08:00')
    expect(textOf(entry, 'content').startsWith('<p><time datetime="0019-06">19年6月</time></p>')).toBe(true)

    const rss = await body('/zh/rss.xml', documents)
    // 1 June 19 was a Saturday in the proleptic Gregorian calendar; 1 June 1919 a Sunday.
    expect(rss).toContain('<pubDate>Sat, 01 Jun 0019 00:00:00 +0800</pubDate>')
    expect(rss).not.toContain('1919')

    const jsonItem = (await jsonItems('/zh/feed.json', documents)).find((candidate) => candidate.id === ID)
    expect(jsonItem?.date_published).toBe('0019-06-01T00:00:00+08:00')
    expect(jsonItem?.content_html).not.toContain('1919')
  })
})

describe('timestamps', () => {
  /** Every shape the content's timestamps come in, and the odd ones an import or an API client may write. */
  const WRITTEN = [
    '2026-11-01T00:00:00Z', '2026-12-01T00:00:01.250Z', '2026-12-01T00:00:01.000Z', '2018-12-01T00:00:00+08:00',
    '1992-08-17T00:00:00-05:30', '2026-01-01T00:00:00.123+14:00', '2026-01-01T00:00:00-00:00', '0019-06-01T00:00:00+08:00',
    '0000-01-01T00:00:00Z', '0000-02-29T12:00:00Z', '1900-02-28T23:59:59Z', '2000-02-29T00:00:00Z', '2100-02-28T00:00:00Z',
    '9999-12-31T23:59:59.999Z', '1970-01-01T00:00:00Z', '1969-12-31T23:59:59.999Z',
    // Read by Date.parse, not by hand: other fractions, roll-overs, lower case, no seconds, expanded years, spaces.
    '2026-02-30T00:00:00Z', '2026-04-31T00:00:00Z', '2026-01-01T24:00:00Z', '1900-02-29T00:00:00Z', '2026-01-01T00:00:00.5Z',
    '2026-01-01T00:00:00.12345Z', '2026-01-01t00:00:00z', '2026-01-01T00:00Z', '+002026-01-01T00:00:00Z', ' 2026-01-01T00:00:00Z',
    '2026-01-01 00:00:00Z', '2026-01-01', '2026', 'Tue, 01 Jun 2027 08:00:00 GMT', '2026-01-01T00:00:00+0800',
    // Not dates at all.
    '2026-13-01T00:00:00Z', '2026-01-01T23:60:00Z', '2026-01-01T23:59:60Z', '2026-01-01T00:00:00+24:00', '2026-01-01T00:00:00+08:60',
    '2026-01-01T00:00:00.Z', '2026-01-01T00:00:00.12Z', '2026-0a-01T00:00:00Z', '２０２６-01-01T00:00:00Z', 'soon', '',
  ]

  it('are read as Date.parse reads them, odd ones and malformed ones alike', () => {
    for (const text of WRITTEN) {
      const parsed = Date.parse(text)
      expect(timeOf(text), text).toBe(Number.isNaN(parsed) ? undefined : parsed)
    }
  })

  it('are read as Date.parse reads them at every moment of a day, in every month of four centuries', () => {
    const two = (value: number) => String(value).padStart(2, '0')
    for (let year = 1600; year < 2400; year += 7) {
      for (let month = 1; month <= 12; month++) {
        for (const day of [1, 15, 28, 29, 30, 31]) {
          for (const zone of ['Z', '+08:00', '-09:30', '.007Z', '.990-01:00']) {
            const text = `${year}-${two(month)}-${two(day)}T${two((year * month) % 24)}:${two((year + day) % 60)}:${two((month * day) % 60)}${zone}`
            const parsed = Date.parse(text)
            expect(timeOf(text), text).toBe(Number.isNaN(parsed) ? undefined : parsed)
          }
        }
      }
    }
  })

  it('keep how the latest is written when it is RFC 3339, and are written in UTC otherwise', () => {
    expect(latestEdit(['2018-12-01T00:00:00+08:00', '2018-12-01T00:00:00+08:00', null, '2018-11-30T16:00:00Z'])).toBe('2018-12-01T00:00:00+08:00')
    expect(latestEdit(['2018-11-30T16:00:00Z', '2018-12-01T00:00:00+08:00'])).toBe('2018-11-30T16:00:00Z')
    expect(latestEdit(['2026-12-01T00:00:01.250Z', '2026-02-30T00:00:00Z', '2026-12-01T00:00:01.250Z'])).toBe('2026-12-01T00:00:01.250Z')
    expect(latestEdit(['2027-01-01T00:00:00.000Z', 'soon'])).toBe('2027-01-01T00:00:00Z')
    expect(latestEdit(['2026-12-01T00:00:01.123456+08:00'])).toBe('2026-11-30T16:00:01.123Z')
    expect(latestEdit(['soon', undefined, ''])).toBe('1970-01-01T00:00:00Z')
  })

  it('of an edit are written in UTC as RFC 3339 writes them, whole seconds without a fraction', () => {
    const edited = (updatedAt: string) => editedAfterPublication({ createdAt: '2026-11-01T00:00:00Z', updatedAt, publishedAt: null })
    expect(edited('2027-03-04T05:06:07Z')).toBe('2027-03-04T05:06:07Z')
    expect(edited('2027-03-04T05:06:07.250Z')).toBe('2027-03-04T05:06:07.250Z')
    expect(edited('2027-03-04T05:06:07.000Z')).toBe('2027-03-04T05:06:07Z')
    expect(edited('2027-03-04T13:06:07+08:00')).toBe('2027-03-04T05:06:07Z')
    expect(edited('2027-02-30T00:00:00Z')).toBe('2027-03-02T00:00:00Z')
    expect(edited('2026-11-01T00:00:00Z')).toBeUndefined()
    expect(edited('2026-11-01T08:00:00+08:00')).toBeUndefined()
  })
})

describe('RSS dates', () => {
  it('keep the offset of any RFC 3339 timestamp, with a fraction or none, and are in GMT for any other date', () => {
    expect(rfc822('2026-01-01T00:00:00.5+08:00')).toBe('Thu, 01 Jan 2026 00:00:00 +0800')
    expect(rfc822('2026-01-01T00:00:00.123456-05:30')).toBe('Thu, 01 Jan 2026 00:00:00 -0530')
    expect(rfc822('2026-01-01T08:00:00+0800')).toBe('Thu, 01 Jan 2026 00:00:00 GMT')
    expect(rfc822('2026-01-01t08:00:00z')).toBe('Thu, 01 Jan 2026 08:00:00 GMT')
    expect(rfc822('2026-01-01 08:00:00Z')).toBe('Thu, 01 Jan 2026 08:00:00 GMT')
  })

  it('name the weekday the calendar gives, in any year from 0000 to 9999, leap days and rolled-over days included', () => {
    const days: [string, string][] = [
      ['0000-01-01T00:00:00Z', 'Sat, 01 Jan 0000 00:00:00 GMT'],
      ['0019-06-01T00:00:00+08:00', 'Sat, 01 Jun 0019 00:00:00 +0800'],
      ['1900-02-28T23:59:59-05:00', 'Wed, 28 Feb 1900 23:59:59 -0500'],
      ['1900-03-01T00:00:00Z', 'Thu, 01 Mar 1900 00:00:00 GMT'],
      ['2000-02-29T00:00:00+08:00', 'Tue, 29 Feb 2000 00:00:00 +0800'],
      ['2024-02-29T12:00:00.123Z', 'Thu, 29 Feb 2024 12:00:00 GMT'],
      ['2026-12-31T00:00:00+08:00', 'Thu, 31 Dec 2026 00:00:00 +0800'],
      ['9999-12-31T00:00:00Z', 'Fri, 31 Dec 9999 00:00:00 GMT'],
      // Day 31 of February is the 3rd of March's weekday, as `Date` rolls it over.
      ['2026-02-31T00:00:00Z', 'Tue, 31 Feb 2026 00:00:00 GMT'],
    ]
    for (const [rfc3339, expected] of days) expect(rfc822(rfc3339)).toBe(expected)
    for (let year = 0; year <= 9999; year += 37) {
      for (let month = 1; month <= 12; month++) {
        const date = new Date(0)
        date.setUTCFullYear(year, month - 1, 28)
        const rfc3339 = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-28T00:00:00Z`
        expect(rfc822(rfc3339).slice(0, 3)).toBe(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][date.getUTCDay()])
      }
    }
  })
})
