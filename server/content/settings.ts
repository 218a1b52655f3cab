/**
 * The site settings (the `settings` singleton) in one language: the title,
 * description, publisher and copyright that feeds and pages show. A field
 * missing in that language falls back to the other one and says so; a field
 * missing in both (or no settings document at all) takes the interface
 * default, so a feed always has a title and a description.
 */
import { fieldsFor, type LanguageId } from '../../schemas/languages'
import { translator } from '../i18n'
import { SETTINGS_FALLBACK_FIELDS, type Settings, type SettingsFallbackField } from '../model/settings'
import { cleanText } from '../model/text'
import { settingsQuery } from './queries'
import type { LocaleString, LocaleText, SettingsQueryResult } from './sanity.types'
import type { ContentSource } from './source'
import { conversionFor, fieldConversion } from './traditional'

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
  const [row, convert] = await Promise.all([
    source.fetch<SettingsRow | null>(settingsQuery, fieldsFor(language)),
    conversionFor(source, language),
  ])
  const fellBack = (row?.fellBack ?? []).filter((field): field is SettingsFallbackField => (SETTINGS_FALLBACK_FIELDS as readonly string[]).includes(field))
  const conversion = fieldConversion(convert, fellBack)
  const own = (field: SettingsFallbackField) => conversion.text(cleanText(row?.[field]), field)
  const t = translator(language)
  const title = own('title') ?? t('site.title')
  return {
    language,
    title,
    description: own('description') ?? t('site.description'),
    publisher: own('publisher') ?? title,
    copyright: own('copyright'),
    baseUrl: cleanText(row?.baseUrl),
    updatedAt: row?._updatedAt ?? null,
    fellBack,
  }
}
