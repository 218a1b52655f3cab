/**
 * Every interface string of the Worker, in each language: English, Simplified
 * Chinese, and the Traditional Chinese edition's own reviewed strings (not
 * converted at run time). They are written in strings/*.ts (typed: every
 * language has English's keys) with the relationship and topic labels of the
 * shared vocabulary (`schemas/vocabulary.ts`), and reach the Worker as data:
 * server/build.ts writes each language's as JSON into `strings/<language>.json.txt`
 * (i18n/build.ts), a Text module uploaded beside the main module, parsed only
 * when the first string is asked for, so that no isolate compiles ≈ 35 KB of
 * object literals at start-up.
 */
import type { LanguageId } from '../../schemas/languages'
import type { Translation } from './strings/en'
import EN from './strings/en.json.txt'
import ZH from './strings/zh.json.txt'
import ZH_HANT from './strings/zh-hant.json.txt'

const JSON_TEXTS: Record<LanguageId, string> = { en: EN, zh: ZH, 'zh-hant': ZH_HANT }

/** Each language's strings, as i18next takes its resources: parsed on each call (i18n/index.ts calls it once). */
export function resources(): Record<LanguageId, { translation: Translation }> {
  return Object.fromEntries(
    Object.entries(JSON_TEXTS).map(([language, text]) => [language, { translation: JSON.parse(text) as Translation }]),
  ) as Record<LanguageId, { translation: Translation }>
}
