/**
 * The feeds as real readers show them (issue 12), over the Worker as `npm start`
 * runs it (`wrangler dev`, embedded dataset, loopback only): newsboat imports
 * each subscription list and reloads twice, and feedparser, under rss2email and
 * many aggregators, reads every XML feed we offer, in English, Simplified and
 * Traditional Chinese. What each should show comes from the embedded dataset
 * itself: headlines, topics, partial dates, publisher; the Traditional
 * edition's, the Simplified text as OpenCC's s2t and the settings' corrections
 * convert it (what that conversion writes is test/server/traditional.test.ts's).
 */
import characters from 'opencc-js/dict/STCharacters'
import phrases from 'opencc-js/dict/STPhrases'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LANGUAGE_IDS, LANGUAGES, type LanguageId, type WrittenLanguageId } from '../../schemas/languages'
import { FEED_FILES, siteUrls, type FeedFormat, type SiteUrls } from '../../schemas/lib/site-urls'
import { correctionsFrom, simplifiedToTraditional } from '../../schemas/lib/traditional'
import { TOPICS, type TopicCode } from '../../schemas/vocabulary'
import { readDataset } from '../node/dataset-file'
import { startWorker, type WorkerProcess } from '../worker-process'
import { feedparser, Newsboat, requireReaders, type NewsboatItem, type NewsboatState, type ParsedFeed } from './readers'

type Localized = Record<LanguageId, string>

interface SeedEntry {
  slug: string
  /** A partial date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: string
  headline: Localized
  topics: TopicCode[]
}

const documents = readDataset()
const settingsDocument = documents.find((document) => document._type === 'settings') as unknown as {
  title: Record<WrittenLanguageId, string>
  publisher: Record<WrittenLanguageId, string>
  traditionalCorrections?: unknown
}
const toTraditional = simplifiedToTraditional({ phrases, characters }, correctionsFrom(settingsDocument.traditionalCorrections))

/** A text editors wrote in each written language, as each language we serve shows it: the Traditional edition converted. */
function served(written: Record<WrittenLanguageId, string>): Localized {
  return Object.fromEntries(
    LANGUAGES.map(({ id, writtenIn }) => [id, id === writtenIn ? written[writtenIn] : toTraditional(written[writtenIn])]),
  ) as Localized
}

const ENTRIES: SeedEntry[] = documents
  .filter((document) => document._type === 'entry')
  .map((document) => ({
    slug: (document.slug as { current: string }).current,
    date: document.date as string,
    headline: served(document.headline as Record<WrittenLanguageId, string>),
    topics: document.topics as TopicCode[],
  }))
const SETTINGS = { title: served(settingsDocument.title), publisher: served(settingsDocument.publisher) }

function seedEntry(slug: string | undefined): SeedEntry {
  const entry = ENTRIES.find((candidate) => candidate.slug === slug)
  if (!entry) throw new Error(`No seed entry for ${slug}`)
  return entry
}

/** The slug of the entry an item opens, whichever language's page it opens. */
function slugOf(url: string | null): string | undefined {
  return url ? new URL(url).pathname.split('/').at(-1) : undefined
}

/**
 * The date rule for a partial date (README, *Feeds*), written out here on its own: the first
 * day of its period at midnight in Guiyang (UTC+8), as seconds since 1970. `2016` is
 * 2016-01-01T00:00:00+08:00; a reader must never see an hour or a day the source lacks.
 */
function periodStart(date: string): number {
  const [year, month = '01', day = '01'] = date.split('-')
  return Date.parse(`${year}-${month}-${day}T00:00:00+08:00`) / 1000
}

/** The language whose headlines are exactly these titles, if there is one. */
function languageOfTitles(titles: readonly string[]): LanguageId | undefined {
  return LANGUAGE_IDS.find((language) => titles.length > 0 && titles.every((title) => ENTRIES.some((entry) => entry.headline[language] === title)))
}

let worker: WorkerProcess
let urls: SiteUrls

beforeAll(async () => {
  // No reader, no test: fail here, saying what to install, rather than skip.
  await requireReaders()
  worker = await startWorker()
  urls = siteUrls(worker.origin)
})

afterAll(() => {
  worker?.stop()
})

/** The subscription lists a reader of RSS and Atom imports, with the languages each must subscribe to. */
const LISTS: [path: string, languages: readonly LanguageId[], address: (urls: SiteUrls) => string][] = [
  ['/feeds.opml', LANGUAGE_IDS, (site) => site.feedList()],
  ...LANGUAGE_IDS.map((language): [string, readonly LanguageId[], (urls: SiteUrls) => string] => [
    `/${language}/feeds.opml`,
    [language],
    (site) => site.feedList({ lang: language }),
  ]),
]

describe.each(LISTS)('newsboat, importing %s', (_path, languages, address) => {
  let first: NewsboatState
  let second: NewsboatState
  let log = ''

  beforeAll(async () => {
    const opml = await (await fetch(address(urls))).text()
    const newsboat = await Newsboat.importing(opml)
    try {
      log += await newsboat.reload()
      first = newsboat.state()
      // A second run of newsboat: a restart, then a reload.
      log += await newsboat.reload()
      second = newsboat.state()
    } finally {
      newsboat.remove()
    }
  })

  /** Each subscribed feed with its items and the language its titles are in. */
  function feedsOf(state: NewsboatState) {
    return state.feeds.map((feed) => {
      const items = state.items.filter((item) => item.feedurl === feed.rssurl)
      return { feed, items, language: languageOfTitles(items.map((item) => item.title)) }
    })
  }

  /** The language of a feed, which must be one of ours. */
  function languageOf(feed: { language: LanguageId | undefined; feed: { rssurl: string } }): LanguageId {
    if (!feed.language) throw new Error(`${feed.feed.rssurl}: its titles are in none of our languages`)
    return feed.language
  }

  it('subscribes to each language once, and to nothing it cannot read', () => {
    expect(first.urls, log).toHaveLength(languages.length)
    // A feed newsboat could not read has no row in its cache.
    expect(first.feeds.map((feed) => feed.rssurl).sort(), log).toEqual([...first.urls].sort())
    const feeds = feedsOf(first)
    expect(feeds.map((feed) => feed.language).sort()).toEqual([...languages].sort())
    for (const { feed, items } of feeds) expect(items, feed.rssurl).toHaveLength(ENTRIES.length)
  })

  it('shows every feed and item title in the feed’s language', () => {
    for (const feed of feedsOf(first)) {
      const language = languageOf(feed)
      expect(feed.feed.title).toBe(SETTINGS.title[language])
      expect(feed.items.map((item) => item.title)).toEqual(feed.items.map((item) => seedEntry(slugOf(item.url)).headline[language]))
    }
  })

  it('opens every item on its page in the feed’s language', () => {
    for (const feed of feedsOf(first)) {
      const language = languageOf(feed)
      const opened = feed.items.map((item) => item.url)
      expect(opened, feed.feed.rssurl).toEqual(feed.items.map((item) => urls.entryPage(slugOf(item.url) ?? '', language)))
    }
  })

  it('opens each feed’s home page in its language', () => {
    for (const feed of feedsOf(first)) expect(feed.feed.url, feed.feed.rssurl).toBe(urls.home(languageOf(feed)))
  })

  it('dates every item by the first day of its period in Guiyang time, nothing finer', () => {
    const dates = (items: NewsboatItem[]) => items.map((item) => [slugOf(item.url), item.pubDate])
    for (const feed of feedsOf(first)) {
      expect(dates(feed.items), feed.feed.rssurl).toEqual(feed.items.map((item) => [slugOf(item.url), periodStart(seedEntry(slugOf(item.url)).date)]))
    }
  })

  it('keeps every item after a restart and a second reload (newsboat#898)', () => {
    const kept = (state: NewsboatState) => state.items.map((item) => `${item.feedurl} ${item.guid}`).sort()
    expect(kept(second), log).toEqual(kept(first))
    for (const feed of feedsOf(second)) expect(feed.items, feed.feed.rssurl).toHaveLength(ENTRIES.length)
  })
})

/** Every XML feed we offer: the ones the lists name (Atom) and the RSS feeds the pages offer beside them. */
const XML_FEEDS: [path: string, language: LanguageId, format: FeedFormat][] = LANGUAGE_IDS.flatMap((language) =>
  (['atom', 'rss'] as const).map((format): [string, LanguageId, FeedFormat] => [`/${language}/${FEED_FILES[format]}`, language, format]),
)

describe('feedparser (rss2email and the aggregators built on it)', () => {
  const parsed = new Map<string, ParsedFeed>()

  beforeAll(async () => {
    const addresses = XML_FEEDS.map(([, language, format]) => urls.feed(language, format))
    for (const feed of await feedparser(addresses)) parsed.set(feed.url, feed)
  })

  it('reads every feed the subscription lists name', async () => {
    for (const [, , address] of LISTS) {
      const opml = await (await fetch(address(urls))).text()
      for (const [, xmlUrl = ''] of opml.matchAll(/xmlUrl="([^"]*)"/g)) expect([...parsed.keys()]).toContain(xmlUrl)
    }
  })

  describe.each(XML_FEEDS)('%s', (_path, language, format) => {
    const feed = () => {
      const found = parsed.get(urls.feed(language, format))
      if (!found) throw new Error(`feedparser did not read ${urls.feed(language, format)}`)
      return found
    }

    it('parses cleanly, every entry there', () => {
      expect(feed()).toMatchObject({ status: 200, bozo: false, bozoException: '', version: format === 'atom' ? 'atom10' : 'rss20' })
      expect(feed().entries).toHaveLength(ENTRIES.length)
    })

    it('names the feed and its entries in its language', () => {
      expect(feed().title).toBe(SETTINGS.title[language])
      expect(feed().entries.map((entry) => entry.title)).toEqual(feed().entries.map((entry) => seedEntry(slugOf(entry.link)).headline[language]))
    })

    it('links the feed to its home page in its language', () => {
      expect(feed().link).toBe(urls.home(language))
    })

    it('links every entry to its page in the feed’s language', () => {
      const links = feed().entries.map((entry) => entry.link)
      expect(links).toEqual(feed().entries.map((entry) => urls.entryPage(slugOf(entry.link) ?? '', language)))
    })

    it('names the publisher as every entry’s author', () => {
      for (const entry of feed().entries) expect(entry.author ?? '', entry.id ?? '').toContain(SETTINGS.publisher[language])
    })

    it('gives every entry its topics as categories in the feed’s language', () => {
      for (const entry of feed().entries) {
        const topics = seedEntry(slugOf(entry.link)).topics
        expect([...entry.tags].sort(), entry.id ?? '').toEqual(topics.map((topic) => TOPICS[topic][language]).sort())
      }
    })

    it('dates every entry by the first day of its period in Guiyang time, and not again without an edit', () => {
      for (const entry of feed().entries) {
        const start = periodStart(seedEntry(slugOf(entry.link)).date)
        expect([entry.published, entry.publishedAt], entry.id ?? '').toEqual([expect.any(String), start])
        // Nothing in the embedded dataset was edited after it was published.
        if (entry.updated !== null) expect([entry.updated, entry.updatedAt], entry.id ?? '').toEqual([expect.any(String), start])
      }
    })
  })
})
