/**
 * The Studio's interface languages: Sanity's English, and Simplified Chinese
 * from the community locale `@sanity/locale-zh-hans`, with our overrides.
 * (Being built: issue 17.)
 */
import { zhHansLocale } from '@sanity/locale-zh-hans'
import type { LocaleResourceBundle, PluginOptions } from 'sanity'
import { bilingualValidationBundle } from '../validation-messages'

/** The plugins that add interface languages. */
export const LOCALE_PLUGINS: PluginOptions[] = [zhHansLocale()]

/** Bundles that override or complete Sanity's strings. */
export const LOCALE_BUNDLES: LocaleResourceBundle[] = [bilingualValidationBundle]
