/**
 * The written language of the Studio's interface (`zh-Hans` → `zh`, English
 * otherwise), for what follows it: the order entries are listed in, the country
 * list's names and order, the translation badges' words. One rule, the site's
 * own (`languageFromTag`), read through Sanity's current locale.
 */
import { useCurrentLocale } from 'sanity'
import { DEFAULT_LANGUAGE, languageById, languageFromTag, type WrittenLanguageId } from '../../schemas/languages'

/** The written language of an interface locale: `zh-Hans`, `zh-CN` → `zh`; `en-US`, `fr-FR` → `en`. */
export function writtenLanguageOf(interfaceLocale: string): WrittenLanguageId {
  return languageById(languageFromTag(interfaceLocale) ?? DEFAULT_LANGUAGE).writtenIn
}

/** The written language of the editor's interface now (a hook: it follows a switch). */
export function useInterfaceLanguage(): WrittenLanguageId {
  return writtenLanguageOf(useCurrentLocale().id)
}
