/**
 * The one list of languages. Plain data: imported by the Studio's schema types
 * and, at run time, by the Worker, so it must never import from 'sanity'.
 *
 * `id` is the key used in localized fields (`{en, zh}`) and in URLs (`/en/…`).
 * `tag` is the BCP 47 tag for HTML `lang`, `Content-Language`, Atom `xml:lang`
 * and JSON Feed `language`; `rss` is the RSS 2.0 `<language>` value
 * (RFC 1766 style, as the RSS Best Practices Profile asks).
 */
export const LANGUAGES = [
  { id: 'en', title: 'English', nativeTitle: 'English', tag: 'en', rss: 'en' },
  { id: 'zh', title: 'Chinese (Simplified)', nativeTitle: '简体中文', tag: 'zh-Hans', rss: 'zh-cn' },
] as const

export type Language = (typeof LANGUAGES)[number]
export type LanguageId = Language['id']

export const LANGUAGE_IDS: readonly LanguageId[] = LANGUAGES.map((language) => language.id)

/** The language a missing translation falls back to first. */
export const DEFAULT_LANGUAGE: LanguageId = 'en'

export function isLanguageId(value: unknown): value is LanguageId {
  return typeof value === 'string' && (LANGUAGE_IDS as readonly string[]).includes(value)
}

export function languageById(id: LanguageId): Language {
  const language = LANGUAGES.find((candidate) => candidate.id === id)
  if (!language) throw new Error(`Unknown language: ${id}`)
  return language
}

/** The other language of a two-language site: where a missing field falls back to. */
export function otherLanguage(id: LanguageId): LanguageId {
  return id === 'en' ? 'zh' : 'en'
}
