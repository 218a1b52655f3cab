/**
 * Interface strings through i18next. One i18next instance, initialised
 * synchronously on the first string asked for (the resources are Text modules
 * beside the main module, parsed then: resources.ts), so a request never waits
 * for it and start-up (/healthz, an isolate's first request) does not pay for it.
 */
import i18next, { type TFunction } from 'i18next'
import { DEFAULT_LANGUAGE, LANGUAGE_IDS, type LanguageId } from '../../schemas/languages'
import { resources } from './resources'

let translators: Record<LanguageId, TFunction> | undefined

function createTranslators(): Record<LanguageId, TFunction> {
  const i18n = i18next.createInstance()
  void i18n.init({
    resources: resources(),
    lng: DEFAULT_LANGUAGE,
    fallbackLng: false,
    supportedLngs: [...LANGUAGE_IDS],
    // Each language exactly as listed: no falling from a regional or script variant to its base.
    load: 'currentOnly',
    // Our ids are lower case (`zh-hant`, as in URLs); without this i18next would look for `zh-Hant`.
    lowerCaseLng: true,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  return Object.fromEntries(LANGUAGE_IDS.map((id) => [id, i18n.getFixedT(id)])) as Record<LanguageId, TFunction>
}

/** The interface strings of one language. */
export function translator(language: LanguageId): TFunction {
  return (translators ??= createTranslators())[language]
}
