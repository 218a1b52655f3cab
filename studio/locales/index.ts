/**
 * The Studio's interface languages: Sanity's English, and Simplified Chinese
 * from the community locale `@sanity/locale-zh-hans` (pinned) completed and
 * corrected by the files beside this one, one per namespace, named as the
 * package's src/*.ts are (see ./README.md for the glossary and for sending
 * them upstream).
 *
 * Which language an editor first sees: Sanity 6 starts in the locale the
 * editor last chose (kept in localStorage per project and workspace; Sanity
 * 6.16 has no menu for it any more, ./language-switch.tsx is ours), else in
 * the last locale configured; `browserPreferredLocale`
 * puts last the one the browser prefers, so a browser asking for any Chinese
 * (zh, zh-CN, zh-Hans, zh-SG, and zh-TW or zh-HK too: Simplified is our only
 * Chinese interface) starts in Chinese, and every other browser in English.
 */
import { zhHansLocale } from '@sanity/locale-zh-hans'
import {
  defineLocaleResourceBundle,
  definePlugin,
  type LocaleDefinition,
  type LocaleResourceBundle,
  type LocaleResourceRecord,
  type PluginOptions,
} from 'sanity'
import { languageFromTag, type LanguageId } from '../../schemas/languages'
import { bilingualValidationBundle } from '../validation-messages'
import { NavbarWithLanguageSwitch } from './language-switch'

/** Sanity's English interface, and the default when nothing else applies. */
export const ENGLISH_LOCALE = 'en-US'
/** The Chinese interface, which @sanity/locale-zh-hans registers. */
export const CHINESE_LOCALE = 'zh-Hans'

/** The interface for a reader of each of our languages: Traditional Chinese readers get Simplified, the only Chinese one. */
const INTERFACE_LOCALES: Readonly<Record<LanguageId, string>> = { en: ENGLISH_LOCALE, zh: CHINESE_LOCALE, 'zh-hant': CHINESE_LOCALE }

/**
 * The interface locale for a browser's preferred languages (`navigator.languages`),
 * read in order with the site's own rule (`languageFromTag`): the first of them
 * that is one of our languages decides; English when none is.
 */
export function interfaceLocaleFor(preferred: readonly string[]): string {
  for (const tag of preferred) {
    const language = languageFromTag(tag)
    if (language) return INTERFACE_LOCALES[language]
  }
  return ENGLISH_LOCALE
}

/** `locales` with `preferred` moved last, where Sanity looks for the locale to start in. */
export function startingIn<T extends { id: string }>(preferred: string, locales: readonly T[]): T[] {
  return [...locales.filter(({ id }) => id !== preferred), ...locales.filter(({ id }) => id === preferred)]
}

/** The browser's preferred languages; none outside a browser (schema extraction, tests). */
function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return []
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : []
}

/**
 * Starts the Studio in the interface language the browser prefers, unless the
 * editor chose one with the switch in the navbar (./language-switch.tsx).
 */
const browserPreferredLocale = definePlugin({
  name: 'meeting-the-world-browser-locale',
  i18n: { locales: (locales: LocaleDefinition[]) => startingIn(interfaceLocaleFor(browserLanguages()), locales) },
  studio: { components: { navbar: NavbarWithLanguageSwitch } },
})

/** The plugins that add interface languages, choose the first one, and switch between them. */
export const LOCALE_PLUGINS: PluginOptions[] = [zhHansLocale(), browserPreferredLocale()]

type Resources = () => Promise<{ default: LocaleResourceRecord }>

const chinese = (namespace: string, resources: Resources) => defineLocaleResourceBundle({ locale: CHINESE_LOCALE, namespace, resources })

/**
 * Our Chinese for each namespace, over the package's; loaded, like the
 * package's, only when a screen needs the namespace.
 */
export const CHINESE_BUNDLES: LocaleResourceBundle[] = [
  chinese('canvas', () => import('./canvas')),
  chinese('comments', () => import('./comments')),
  chinese('copy-paste', () => import('./copy-paste')),
  chinese('feedback', () => import('./feedback')),
  chinese('releases', () => import('./releases')),
  chinese('singleDocRelease', () => import('./single-doc-release')),
  chinese('structure', () => import('./structure')),
  chinese('studio', () => import('./studio')),
  chinese('tasks', () => import('./tasks')),
  chinese('validation', () => import('./validation')),
  chinese('vision', () => import('./vision')),
]

/** Bundles that override or complete Sanity's strings. */
export const LOCALE_BUNDLES: LocaleResourceBundle[] = [bilingualValidationBundle, ...CHINESE_BUNDLES]
