/**
 * The site settings (the `settings` singleton) in one language: the title,
 * description, publisher and copyright that feeds and pages show. A field
 * missing in that language falls back to the other one and says so; a field
 * missing in both (or no settings document at all) takes the interface
 * default, so a feed always has a title and a description.
 */
import { otherLanguage, type LanguageId } from '../../schemas/languages'
import { translator } from '../i18n'
import { SETTINGS_FALLBACK_FIELDS, type Settings, type SettingsFallbackField } from '../model/settings'
import { cleanText } from '../model/text'
import { settingsQuery } from './queries'
import type { LocaleString, LocaleText, SettingsQueryResult } from './sanity.types'
import type { ContentSource } from './source'

/**
 * The settings query's result, from the types `sanity typegen` generates; as
 * for entries, the localized fields are typed as one language's value, since
 * typegen cannot know that `$lang` names a field.
 */
type SettingsRow = Omit<NonNullable<SettingsQueryResult>, SettingsFallbackField> & {
  title: LocaleString['en'] | null
  description: LocaleText['en'] | null
  publisher: LocaleString['en'] | null
  copyright: LocaleString['en'] | null
}

/** The settings in `language`. */
export async function getSettings(source: ContentSource, language: LanguageId): Promise<Settings> {
  const row = await source.fetch<SettingsRow | null>(settingsQuery, { lang: language, fallback: otherLanguage(language) })
  const t = translator(language)
  const title = cleanText(row?.title) ?? t('site.title')
  return {
    language,
    title,
    description: cleanText(row?.description) ?? t('site.description'),
    publisher: cleanText(row?.publisher) ?? title,
    copyright: cleanText(row?.copyright),
    baseUrl: cleanText(row?.baseUrl),
    updatedAt: row?._updatedAt ?? null,
    fellBack: (row?.fellBack ?? []).filter((field): field is SettingsFallbackField => (SETTINGS_FALLBACK_FIELDS as readonly string[]).includes(field)),
  }
}
