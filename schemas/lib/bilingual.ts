/**
 * Bilingual labels for the Studio. Plain code, no 'sanity' import.
 *
 * Titles join the two languages with a middle dot ("City · 城市"); validation
 * messages with a slash ("City is required / 城市为必填项"), so an editor reads
 * whichever language they work in without the Studio knowing which that is.
 */
import type { Language, LanguageId, WrittenLanguageId } from '../languages'

type Labels = Readonly<Record<WrittenLanguageId, string>>

/** A field or type title in both languages: `City · 城市`. */
export function bilingualTitle(en: string, zh: string): string {
  return `${en} · ${zh}`
}

/** One language's half of a `bilingualTitle`: `City` or `城市` from `City · 城市`; the whole title when it is not bilingual. */
export function titleIn(title: string, language: WrittenLanguageId): string {
  const [en, zh] = title.split(' · ')
  return (language === 'zh' ? zh : en) ?? title
}

/** A validation message in both languages: `Required / 必填`. */
export function bilingualMessage(en: string, zh: string): string {
  return `${en} / ${zh}`
}

/** The title of a code from a vocabulary (`RELATIONSHIPS`, `TOPICS`): `Trade · 贸易`. */
export function vocabularyTitle(labels: Labels): string {
  return bilingualTitle(labels.en, labels.zh)
}

/**
 * The names of each edition we serve, in both Studio languages, for whatever
 * names an edition rather than a written language: the links to a language's
 * preview, page or feeds. With two Chinese editions, "Chinese" alone would not
 * say which. The Studio is labelled in English and Simplified Chinese, so the
 * Traditional edition's Chinese name is written in Simplified characters too.
 */
export const EDITION_NAMES: Readonly<Record<LanguageId, Labels>> = {
  en: { en: 'English', zh: '英文' },
  zh: { en: 'Simplified Chinese', zh: '简体中文' },
  'zh-hant': { en: 'Traditional Chinese', zh: '繁体中文' },
}

/** A language's title in both Studio languages, as a localized object's field and a link to the site name it: `English · 英文`, `Chinese (Simplified) · 简体中文`, `Chinese (Traditional) · 繁体中文`. */
export function languageFieldTitle(language: Language): string {
  return bilingualTitle(language.title, EDITION_NAMES[language.id].zh)
}

/**
 * The names of a written language (the key of a localized field) in both Studio
 * languages, for messages such as "missing in Chinese / 缺少中文": editors write
 * one Chinese, from which the Traditional edition is converted.
 */
export const LANGUAGE_NAMES: Readonly<Record<WrittenLanguageId, Labels>> = {
  en: { en: 'English', zh: '英文' },
  zh: { en: 'Chinese', zh: '中文' },
}
