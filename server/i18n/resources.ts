/**
 * Every interface string of the Worker, in each language (strings/): English,
 * Simplified Chinese, and the Traditional Chinese edition's own reviewed
 * strings (not converted at run time). Relationship and topic labels come from
 * the shared vocabulary (`schemas/vocabulary.ts`).
 */
import type { LanguageId } from '../../schemas/languages'
import { en, type Strings, type Translation } from './strings/en'
import { zh } from './strings/zh'
import { zhHant } from './strings/zh-hant'

export const RESOURCES: Record<LanguageId, { translation: Strings | Translation }> = {
  en: { translation: en },
  zh: { translation: zh },
  'zh-hant': { translation: zhHant },
}
