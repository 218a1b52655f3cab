/**
 * The one list of languages, and the one rule that maps a requested language
 * tag onto it. Plain data and code: imported by the Studio's schema types, the
 * Worker and the widget, so it must never import from 'sanity'.
 *
 * `id` names a language in URLs (`/en/…`, `/zh-hant/…`) and in the interface
 * strings. `writtenIn` is the key of the localized field (`{en, zh}`) its text
 * is read from: editors write English and Simplified Chinese
 * (`WRITTEN_LANGUAGES`), and the Traditional Chinese edition is the Simplified
 * text converted character by character (OpenCC `s2t`, server/content/traditional.ts),
 * as a mainland publisher's Traditional edition is.
 * `tag` is the BCP 47 tag for HTML `lang`, `Content-Language`, Atom `xml:lang`
 * and JSON Feed `language`; `rss` is the RSS 2.0 `<language>` value, from the
 * list the RSS 2.0 specification points to (RFC 1766 style, as the RSS Best
 * Practices Profile asks), which has `zh-cn` and `zh-tw` and no script subtag;
 * `locale` is the `Intl` locale dates are written in ("17 August 1992",
 * "1992年8月17日"). `matches` says which requested tags it answers: the
 * primary language subtag and, for Chinese, the script (see
 * `languageFromTag`). `fallback` is the language a field missing in this one
 * is read from (and the output says so).
 */
export const LANGUAGES = [
  {
    id: 'en',
    title: 'English',
    nativeTitle: 'English',
    tag: 'en',
    rss: 'en',
    locale: 'en-GB',
    matches: { language: 'en' },
    writtenIn: 'en',
    fallback: 'zh',
  },
  {
    id: 'zh',
    title: 'Chinese (Simplified)',
    nativeTitle: '简体中文',
    tag: 'zh-Hans',
    rss: 'zh-cn',
    locale: 'zh-Hans-CN',
    matches: { language: 'zh', script: 'hans' },
    writtenIn: 'zh',
    fallback: 'en',
  },
  {
    id: 'zh-hant',
    title: 'Chinese (Traditional)',
    nativeTitle: '繁體中文',
    tag: 'zh-Hant',
    rss: 'zh-tw',
    locale: 'zh-Hant',
    matches: { language: 'zh', script: 'hant' },
    writtenIn: 'zh',
    fallback: 'en',
  },
] as const satisfies readonly {
  id: string
  title: string
  nativeTitle: string
  tag: string
  rss: string
  locale: string
  matches: { language: string; script?: string }
  writtenIn: string
  fallback: string
}[]

export type Language = (typeof LANGUAGES)[number]
export type LanguageId = Language['id']

export const LANGUAGE_IDS: readonly LanguageId[] = LANGUAGES.map((language) => language.id)

/** The languages editors write, each a key of every localized field (`{en, zh}`). */
export type WrittenLanguage = Extract<Language, { id: Language['writtenIn'] }>
export type WrittenLanguageId = WrittenLanguage['id']
export const WRITTEN_LANGUAGES: readonly WrittenLanguage[] = LANGUAGES.filter(
  (language): language is WrittenLanguage => language.writtenIn === language.id,
)
export const WRITTEN_LANGUAGE_IDS: readonly WrittenLanguageId[] = WRITTEN_LANGUAGES.map((language) => language.id)

/** The language of a request that names none of ours. */
export const DEFAULT_LANGUAGE: LanguageId = 'en'

export function isLanguageId(value: unknown): value is LanguageId {
  return typeof value === 'string' && (LANGUAGE_IDS as readonly string[]).includes(value)
}

export function languageById(id: LanguageId): Language {
  const language = LANGUAGES.find((candidate) => candidate.id === id)
  if (!language) throw new Error(`Unknown language: ${id}`)
  return language
}

/** The language a field missing in `id` falls back to; the text it shows then is tagged with that language. */
export function fallbackLanguage(id: LanguageId): LanguageId {
  return languageById(id).fallback
}

/** The other languages an entry, a page or a feed links to as its translations, in `LANGUAGES` order. */
export function translationsOf(id: LanguageId): Language[] {
  return LANGUAGES.filter((language) => language.id !== id)
}

/**
 * Which localized field keys a query reads for `id`: its own written
 * language, and the fallback's when that is empty.
 */
export function fieldsFor(id: LanguageId): { lang: WrittenLanguageId; fallback: WrittenLanguageId } {
  return { lang: languageById(id).writtenIn, fallback: languageById(fallbackLanguage(id)).writtenIn }
}

/** Whether `id`'s text is converted from another written language (the Traditional edition from the Simplified). */
export function isConverted(id: LanguageId): boolean {
  return languageById(id).writtenIn !== id
}

/**
 * The script a Chinese tag without one implies, by region (CLDR likely
 * subtags): Traditional in Taiwan, Hong Kong and Macao (`hant`), Simplified
 * elsewhere; `hans` names the regions readers most often send.
 */
const CHINESE_REGIONS_BY_SCRIPT = { hans: ['CN', 'SG'], hant: ['TW', 'HK', 'MO'] } as const
const TRADITIONAL_REGIONS: readonly string[] = CHINESE_REGIONS_BY_SCRIPT.hant.map((region) => region.toLowerCase())

/**
 * The values a `lang` parameter is told it may take: our ids, then each
 * language's own tag where it differs and the regional tags `languageFromTag`
 * reads as it (`zh-Hans`, `zh-CN`, `zh-SG`, `zh-Hant`, `zh-TW` …).
 */
export const ACCEPTED_LANGUAGE_TAGS: readonly string[] = [
  ...LANGUAGE_IDS,
  ...LANGUAGES.flatMap((language) => {
    const script = 'script' in language.matches ? language.matches.script : undefined
    if (!script) return language.tag === language.id ? [] : [language.tag]
    return [language.tag, ...CHINESE_REGIONS_BY_SCRIPT[script].map((region) => `${language.matches.language}-${region}`)]
  }),
]

/**
 * Maps a BCP 47 tag to one of our languages, the one rule the API, feeds,
 * pages and widget all follow: `zh`, `zh-CN`, `zh-SG`, `zh-Hans…` are
 * Simplified Chinese; `zh-TW`, `zh-HK`, `zh-MO`, `zh-Hant…` Traditional;
 * `en-*` English; anything else `undefined`.
 */
export function languageFromTag(tag: string): LanguageId | undefined {
  const [primary = '', ...subtags] = tag.trim().toLowerCase().split(/[-_]/)
  // Extensions and private use (`-u-…`, `-x-…`) follow a single-letter subtag and say nothing of the script.
  const singleton = subtags.findIndex((subtag) => subtag.length === 1)
  const rest = singleton === -1 ? subtags : subtags.slice(0, singleton)
  const script =
    rest.find((subtag) => /^[a-z]{4}$/.test(subtag)) ??
    (primary === 'zh' ? (rest.some((subtag) => TRADITIONAL_REGIONS.includes(subtag)) ? 'hant' : 'hans') : undefined)
  const found = LANGUAGES.find(
    ({ matches }) => matches.language === primary && (!('script' in matches) || matches.script === script),
  )
  return found?.id
}

/**
 * The best of our languages for an `Accept-Language` header (RFC 9110 §12.5.4),
 * by quality value, then order; the default language when nothing matches.
 */
export function negotiateLanguage(acceptLanguage: string | undefined | null): LanguageId {
  if (!acceptLanguage) return DEFAULT_LANGUAGE
  const ranges = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='))
      const quality = q === undefined ? 1 : Number(q.slice(2))
      return { tag, quality: Number.isFinite(quality) ? quality : 0, index }
    })
    .filter((range) => range.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
  for (const range of ranges) {
    const language = languageFromTag(range.tag)
    if (language) return language
  }
  return DEFAULT_LANGUAGE
}
