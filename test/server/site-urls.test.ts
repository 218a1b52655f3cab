/**
 * An entry's addresses (its page, its API resource) are written as strings
 * rather than parsed as URLs, as every feed item and API item names several;
 * they must stay exactly what the URL parser writes, whatever the origin
 * (`PUBLIC_BASE_URL`, the request's, a Studio's base URL) and the slug, since
 * readers key items by them and addresses never change once shipped.
 */
import { describe, expect, it } from 'vitest'
import { LANGUAGE_IDS, type LanguageId } from '../../schemas/languages'
import { siteUrls } from '../../schemas/lib/site-urls'

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

describe('an entry’s addresses', () => {
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
