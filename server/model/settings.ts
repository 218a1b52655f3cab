/**
 * The neutral site settings in one language: what feeds and pages say about
 * the site (title, description, publisher, copyright).
 */
import type { LanguageId } from '../../schemas/languages'

/** A settings field that, missing in the language asked for, was taken from the other one. */
export type SettingsFallbackField = 'title' | 'description' | 'publisher' | 'copyright'

export const SETTINGS_FALLBACK_FIELDS: readonly SettingsFallbackField[] = ['title', 'description', 'publisher', 'copyright']

export interface Settings {
  language: LanguageId
  title: string
  description: string
  publisher: string
  copyright: string | null
  /** The canonical public address editors entered, if any. */
  baseUrl: string | null
  /** When the settings were last edited, or `null` without a settings document. */
  updatedAt: string | null
  fellBack: SettingsFallbackField[]
}
