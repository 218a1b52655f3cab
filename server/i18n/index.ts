/**
 * Interface strings through i18next, and the choice of language for a request.
 * One i18next instance, initialised synchronously at module load (the
 * resources are bundled), so a request never waits for it.
 */
import i18next, { type TFunction } from 'i18next'
import { DEFAULT_LANGUAGE, LANGUAGE_IDS, type LanguageId } from '../../schemas/languages'
import { RESOURCES } from './resources'

const i18n = i18next.createInstance()
void i18n.init({
  resources: RESOURCES,
  lng: DEFAULT_LANGUAGE,
  fallbackLng: false,
  supportedLngs: [...LANGUAGE_IDS],
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
})

const translators = new Map<LanguageId, TFunction>(LANGUAGE_IDS.map((id) => [id, i18n.getFixedT(id)]))

/** The interface strings of one language. */
export function translator(language: LanguageId): TFunction {
  return translators.get(language) ?? i18n.getFixedT(DEFAULT_LANGUAGE)
}

/**
 * Maps a BCP 47 tag to one of our languages: `zh`, `zh-CN`, `zh-SG`, `zh-Hans`
 * (and `zh-Hans-CN`…) to `zh`; `en` and `en-*` to `en`. Traditional-script tags
 * (`zh-TW`, `zh-HK`, `zh-MO`, `zh-Hant`) are not Simplified Chinese and give
 * `undefined`, as does anything else.
 */
export function languageFromTag(tag: string): LanguageId | undefined {
  const subtags = tag.trim().toLowerCase().split(/[-_]/)
  const [primary, ...rest] = subtags
  if (primary === 'en') return 'en'
  if (primary !== 'zh') return undefined
  if (rest.includes('hant') || rest.some((subtag) => ['tw', 'hk', 'mo'].includes(subtag)) && !rest.includes('hans')) {
    return undefined
  }
  return 'zh'
}

/**
 * The best of our languages for an `Accept-Language` header (RFC 9110 §12.5.4),
 * by quality value, then order; English when nothing matches.
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
