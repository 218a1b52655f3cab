/**
 * Real feed readers, run the way their users run them, against the Worker on
 * loopback: newsboat (Debian's 2.21), importing an OPML list and reloading
 * without a terminal, its SQLite cache read back with `node:sqlite`; and Python
 * feedparser (Debian's python3-feedparser 6), the parser rss2email and many
 * aggregators are built on. `.ci/run` installs both; a test that needs one
 * fails, saying so, when it is missing.
 */
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { promisify } from 'node:util'

const run = promisify(execFile)

export const NEWSBOAT = '/usr/bin/newsboat'
/** Debian's Python, where python3-feedparser is installed (a pyenv or venv `python3` on PATH would not see it). */
export const PYTHON = '/usr/bin/python3'

/** Throws, naming what is missing and how CI installs it, unless newsboat and feedparser are both here. */
export async function requireReaders(): Promise<void> {
  const missing: string[] = []
  if (!existsSync(NEWSBOAT)) missing.push(`newsboat (${NEWSBOAT})`)
  try {
    await run(PYTHON, ['-c', 'import feedparser'])
  } catch {
    missing.push(`python3-feedparser (${PYTHON} cannot import feedparser)`)
  }
  if (missing.length) {
    throw new Error(
      `Real-reader tests need ${missing.join(' and ')}. .ci/run installs them from Debian: apt-get install newsboat python3-feedparser`,
    )
  }
}

/** A reader's environment: a home of its own and no proxy, so it talks only to the Worker on loopback and writes only under `home`. */
function readerEnvironment(home: string): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_CACHE_HOME: join(home, '.cache'),
    LANG: 'C.UTF-8',
    no_proxy: '*',
    NO_PROXY: '*',
  }
  for (const name of ['http_proxy', 'https_proxy', 'all_proxy', 'HTTP_PROXY', 'HTTPS_PROXY', 'ALL_PROXY']) delete environment[name]
  return environment
}

/** A feed as newsboat keeps it (table `rss_feed`): `url` is the web page it opens for the feed. */
export interface NewsboatFeed {
  rssurl: string
  url: string
  title: string
}

/** An item as newsboat keeps it (table `rss_item`): `url` is the page it opens; `pubDate` in seconds since 1970. */
export interface NewsboatItem {
  feedurl: string
  guid: string
  title: string
  author: string
  url: string
  pubDate: number
}

/** What newsboat has after a run: the feeds it subscribed to (its `urls` file), and its cache. */
export interface NewsboatState {
  urls: string[]
  feeds: NewsboatFeed[]
  items: NewsboatItem[]
}

/** One newsboat profile (urls file, cache, empty config) in a temporary folder of its own. */
export class Newsboat {
  private constructor(private readonly folder: string) {}

  /** A new profile that has imported `opml`, as `newsboat -i list.opml` does. */
  static async importing(opml: string): Promise<Newsboat> {
    const newsboat = new Newsboat(mkdtempSync(join(tmpdir(), 'newsboat-')))
    writeFileSync(newsboat.path('list.opml'), opml)
    writeFileSync(newsboat.path('config'), '')
    await newsboat.run('-i', newsboat.path('list.opml'))
    return newsboat
  }

  private path(name: string): string {
    return join(this.folder, name)
  }

  private async run(...args: string[]): Promise<string> {
    const { stdout, stderr } = await run(
      NEWSBOAT,
      ['-u', this.path('urls'), '-c', this.path('cache.db'), '-C', this.path('config'), ...args],
      { cwd: this.folder, env: readerEnvironment(this.folder), timeout: 60_000 },
    )
    return stdout + stderr
  }

  /** Fetches every subscribed feed, as `newsboat -x reload` does: a whole run, so two reloads are a restart between them. */
  async reload(): Promise<string> {
    return this.run('-x', 'reload')
  }

  /** The subscriptions and the cache as they are now, read from newsboat's SQLite file without writing to it. */
  state(): NewsboatState {
    const urls = this.urls()
    if (!existsSync(this.path('cache.db'))) return { urls, feeds: [], items: [] }
    const cache = new DatabaseSync(this.path('cache.db'), { readOnly: true })
    try {
      const feeds = cache.prepare('SELECT rssurl, url, title FROM rss_feed ORDER BY rssurl').all() as unknown as NewsboatFeed[]
      const items = cache
        .prepare('SELECT feedurl, guid, title, author, url, pubDate FROM rss_item WHERE deleted = 0 ORDER BY feedurl, pubDate DESC')
        .all() as unknown as NewsboatItem[]
      return { urls, feeds, items }
    } finally {
      cache.close()
    }
  }

  private urls(): string[] {
    if (!existsSync(this.path('urls'))) return []
    // Each line: a URL, then any tags the import gave it, quoted.
    return readFileSync(this.path('urls'), 'utf8')
      .split('\n')
      .map((line) => line.trim().split(/\s+/)[0] ?? '')
      .filter((url) => url !== '' && !url.startsWith('#'))
  }

  remove(): void {
    rmSync(this.folder, { recursive: true, force: true })
  }
}

/** An entry as feedparser gives it; dates as written, and as seconds since 1970 from its parsed UTC time. */
export interface ParsedEntry {
  id: string | null
  title: string | null
  link: string | null
  author: string | null
  /** Each category's `term`: what feedparser's users (rss2email among them) show. */
  tags: string[]
  published: string | null
  publishedAt: number | null
  updated: string | null
  updatedAt: number | null
}

/** A feed as feedparser gives it. */
export interface ParsedFeed {
  url: string
  status: number | null
  /** `atom10`, `rss20`…; empty when feedparser could not tell. */
  version: string
  /** Whether feedparser met anything malformed, and what. */
  bozo: boolean
  bozoException: string
  title: string | null
  link: string | null
  entries: ParsedEntry[]
}

/** Reads every feed in `urls` with feedparser, which fetches each itself as rss2email does, and reports what it found as JSON. */
const FEEDPARSER_SCRIPT = `
import calendar, json, sys
import feedparser

def seconds(parsed):
    return None if parsed is None else calendar.timegm(parsed)

feeds = []
for url in sys.argv[1:]:
    parsed = feedparser.parse(url)
    feeds.append({
        'url': url,
        'status': parsed.get('status'),
        'version': parsed.get('version') or '',
        'bozo': bool(parsed.get('bozo')),
        'bozoException': str(parsed.get('bozo_exception') or ''),
        'title': parsed.feed.get('title'),
        'link': parsed.feed.get('link'),
        'entries': [{
            'id': entry.get('id'),
            'title': entry.get('title'),
            'link': entry.get('link'),
            'author': entry.get('author'),
            'tags': [tag.get('term') for tag in entry.get('tags', [])],
            'published': entry.get('published'),
            'publishedAt': seconds(entry.get('published_parsed')),
            'updated': entry.get('updated'),
            'updatedAt': seconds(entry.get('updated_parsed')),
        } for entry in parsed.entries],
    })
json.dump(feeds, sys.stdout, ensure_ascii=False)
`

/** Every feed in `urls`, as feedparser reads it. */
export async function feedparser(urls: readonly string[]): Promise<ParsedFeed[]> {
  const { stdout } = await run(PYTHON, ['-c', FEEDPARSER_SCRIPT, ...urls], {
    env: readerEnvironment(tmpdir()),
    timeout: 60_000,
    maxBuffer: 32 * 1024 * 1024,
  })
  return JSON.parse(stdout) as ParsedFeed[]
}
