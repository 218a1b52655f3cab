/**
 * The site's addresses (an entry's page and API resource, a feed's, a page's
 * with its filters) are written as strings rather than parsed as URLs, as every
 * feed and API list names dozens; they must stay exactly what the URL parser
 * writes, whatever the origin (`PUBLIC_BASE_URL`, the request's, a Studio's
 * base URL), the slug and the filters, since readers key items by them and
 * addresses never change once shipped. The widget's element takes the same URLs
 * through the parser alone (`parsedSiteUrls`, fewer bytes): they must agree.
 */
import { describe, expect, it } from 'vitest'
import { LANGUAGE_IDS, type LanguageId } from '../../schemas/languages'
import { FEED_FORMATS, ICON_SIZES, parsedSiteUrls, siteUrls, type EmbedQuery, type LinkFilters } from '../../schemas/lib/site-urls'

/** The addresses as the URL parser writes them: the reference the strings must equal. */
const parsed = {
  entryPage: (base: string, slug: string, lang: string) => new URL(`/${lang}/entries/${encodeURIComponent(slug)}`, base).toString(),
  entry: (base: string, slug: string, lang: string) => {
    const url = new URL(`/api/v1/entries/${encodeURIComponent(slug)}`, base)
    if (lang !== '') url.searchParams.set('lang', lang)
    return url.toString()
  },
}

const ORIGINS = [
  'https://meeting-the-world.example.org',
  'https://meeting-the-world.example.org/',
  'https://Meeting-The-World.EXAMPLE.org',
  'HTTPS://example.org:443',
  'http://localhost:8787/',
  'http://[::1]:8787',
  'https://example.org/a/base/path/',
  'https://example.org/a?query#fragment',
  'https://user:secret@example.org',
  'https://bücher.example',
  '  https://example.org\t',
  'file:///C:/site/',
  'custom://host/path',
]

const SLUGS = [
  'vicenza-2016', '', '.', '..', '...', '.hidden', 'UPPER-case', 'a b', 'a/b', 'a\\b', 'a?b#c', '100%', '%2e%2E', "!'()*~._-",
  '<>"`{}|^', 'tab\there', 'C:', 'c|', '//x', ';=&+,$@:', 'größe', '贵阳', '😀', '\u0000\u007F',
]

describe.each([
  ['written as strings', siteUrls],
  ['parsed', parsedSiteUrls],
])('an entry’s addresses, %s,', (_how, siteUrls) => {
  it('are what the URL parser writes, for every origin, slug and language', () => {
    for (const base of ORIGINS) {
      const urls = siteUrls(base)
      for (const slug of SLUGS) {
        for (const lang of LANGUAGE_IDS) {
          expect(urls.entryPage(slug, lang), `${base} ${slug} ${lang}`).toBe(parsed.entryPage(base, slug, lang))
          expect(urls.entry(slug, lang), `${base} ${slug} ${lang}`).toBe(parsed.entry(base, slug, lang))
        }
      }
    }
  })

  it('sit at the origin’s root, its host in lower case, whatever path or query the configured origin has', () => {
    for (const base of ['https://Example.ORG', 'https://example.org/', 'https://example.org/site/?x=1#top', 'https://example.org:443/site']) {
      expect(siteUrls(base).entryPage('vicenza-2016', 'zh')).toBe('https://example.org/zh/entries/vicenza-2016')
      expect(siteUrls(base).entry('vicenza-2016', 'zh-hant')).toBe('https://example.org/api/v1/entries/vicenza-2016?lang=zh-hant')
    }
    expect(siteUrls('http://localhost:8787').entryPage('vicenza-2016', 'en')).toBe('http://localhost:8787/en/entries/vicenza-2016')
  })

  it('escape a slug as one path segment, reserved and non-ASCII characters alike', () => {
    const urls = siteUrls('https://example.org')
    expect(urls.entryPage('a/b?c#d', 'en')).toBe('https://example.org/en/entries/a%2Fb%3Fc%23d')
    expect(urls.entryPage('贵阳 2016', 'zh')).toBe('https://example.org/zh/entries/%E8%B4%B5%E9%98%B3%202016')
    expect(urls.entry('100%', 'en')).toBe('https://example.org/api/v1/entries/100%25?lang=en')
  })

  it('resolve a slug of dots as the parser does, as before', () => {
    const urls = siteUrls('https://example.org')
    expect(urls.entryPage('..', 'en')).toBe('https://example.org/en/')
    expect(urls.entryPage('.', 'zh')).toBe('https://example.org/zh/entries/')
    expect(urls.entry('..', 'en')).toBe('https://example.org/api/v1/?lang=en')
  })

  it('are refused, as any other address, when the origin is not a URL', () => {
    const urls = siteUrls('example.org')
    expect(() => urls.entryPage('vicenza-2016', 'en')).toThrow(TypeError)
    expect(() => urls.entry('vicenza-2016', 'en')).toThrow(TypeError)
    expect(() => urls.home('en')).toThrow(TypeError)
  })

  it('take a language that is not ours through the parser, as before', () => {
    const urls = siteUrls('https://example.org')
    for (const lang of ['..', 'a b', 'EN', '']) {
      expect(urls.entryPage('vicenza-2016', lang as LanguageId)).toBe(parsed.entryPage('https://example.org', 'vicenza-2016', lang))
      expect(urls.entry('vicenza-2016', lang as LanguageId)).toBe(parsed.entry('https://example.org', 'vicenza-2016', lang))
    }
  })
})

/** `path` with the given values of `query`, as the URL parser and `URLSearchParams` write it. */
function parsedWithQuery(base: string, path: string, query: Record<string, string | number | undefined> = {}): string {
  const url = new URL(path, base)
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') url.searchParams.set(name, String(value))
  }
  return url.toString()
}

/** Filter values as links may carry them: canonical ones, and any a caller might pass. */
const FILTERS: LinkFilters[] = [
  {},
  { limit: 100 },
  { city: 'fort-worth', country: 'US', topic: 'trade', year: '2016', limit: 7 },
  { city: 'Fort Worth', topic: '', year: undefined },
  { city: 'a+b&c=d', country: '贵阳', topic: '~x', year: '20 16' },
  { city: 'st.-john_s*', limit: 0 },
  { country: '%2e', topic: 'a/b?c#d' },
]

const LANGUAGES = [...LANGUAGE_IDS, 'EN', '..', '.', 'a b', '', 'x?y', 'x#y', 'c:', '-'] as LanguageId[]

/** What a call gives: its address, or the kind of error it throws (an origin or language the parser refuses). */
function outcome(address: () => string): string {
  try {
    return address()
  } catch (error) {
    return `throws ${(error as Error).name}`
  }
}

describe.each([
  ['written as strings', siteUrls],
  ['parsed', parsedSiteUrls],
])('every other address of the site, %s,', (_how, siteUrls) => {
  it('is what the URL parser writes, for every origin, language and filter', () => {
    for (const base of ORIGINS) {
      const urls = siteUrls(base)
      const same = (ours: () => string, parsed: () => string, where: string) => expect(outcome(ours), where).toBe(outcome(parsed))
      for (const lang of LANGUAGES) {
        for (const filters of FILTERS) {
          const where = `${base} ${lang} ${JSON.stringify(filters)}`
          same(() => urls.home(lang, filters), () => parsedWithQuery(base, `/${lang}/`, filters), where)
          same(() => urls.subscribe(lang, filters), () => `${parsedWithQuery(base, `/${lang}/`, filters)}#subscribe`, where)
          const listQuery = { lang, ...filters, cursor: 'MjAxNi0wMQ==' }
          same(() => urls.entries(listQuery), () => parsedWithQuery(base, '/api/v1/entries', listQuery), where)
          for (const format of FEED_FORMATS) {
            const path = `/${lang}/${{ rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json' }[format]}`
            same(() => urls.feed(lang, format, filters), () => parsedWithQuery(base, path, filters), where)
            same(() => urls.feeds(lang, filters)[format], () => parsedWithQuery(base, path, filters), where)
          }
          const query: EmbedQuery = { ...filters, lang, theme: 'dark', layout: 'compact', 'date-locale': 'en-US' }
          // The widget's parameters in the order its URLs carry them.
          const { city, country, topic, year, limit } = filters
          const embedQuery = { lang, city, country, topic, year, limit, theme: 'dark', layout: 'compact', 'date-locale': 'en-US' }
          same(() => urls.embedPage(query), () => parsedWithQuery(base, '/embed', embedQuery), where)
          same(() => urls.embedData(query), () => parsedWithQuery(base, '/embed.json', embedQuery), where)
          same(() => urls.embedConfigurator(lang, query), () => parsedWithQuery(base, `/${lang}/embed/`, embedQuery), where)
        }
        const where = `${base} ${lang}`
        const secret = { 'sanity-preview-secret': 's3cr+t' }
        same(() => urls.entryPreview('vicenza-2016', lang, 's3cr+t'), () => parsedWithQuery(base, `/preview/${lang}/entries/vicenza-2016`, secret), where)
        same(() => urls.feedList({ lang }), () => parsedWithQuery(base, `${lang ? `/${lang}` : ''}/feeds.opml`), where)
        same(() => urls.jsonFeedExtension(lang), () => parsedWithQuery(base, `/${lang}/json-feed-extension`), where)
      }
      for (const size of ICON_SIZES) same(() => urls.icon(size), () => parsedWithQuery(base, `/icons/icon-${size}.png`), base)
      same(() => urls.logo(), () => parsedWithQuery(base, '/icons/logo.png'), base)
      same(() => urls.favicon(), () => parsedWithQuery(base, '/favicon.ico'), base)
      same(() => urls.embedFrameScript(), () => parsedWithQuery(base, '/embed-frame.js'), base)
      same(() => urls.embedScript(), () => parsedWithQuery(base, '/embed.js'), base)
      same(() => urls.embedScript('a/b c'), () => parsedWithQuery(base, '/embed/a%2Fb%20c.js'), base)
      same(() => urls.feedList(), () => parsedWithQuery(base, '/feeds.opml'), base)
      same(() => urls.feedList({ kind: 'json' }), () => parsedWithQuery(base, '/json-feeds.opml'), base)
    }
  })
})
