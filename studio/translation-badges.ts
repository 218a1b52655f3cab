/**
 * A badge per language in the document's footer: "English 6/6", "简体中文 4/6",
 * counting the localized fields written in some language (the rule of
 * schemas/lib/localized-fields.ts, shared with the "Needs translation" list),
 * and those the language may no longer match ("简体中文 6/6 · 1项可能需要更新",
 * schemas/lib/translation-status.ts). Green when the language has them all and
 * none is outdated, amber otherwise; the tooltip names the fields. Each
 * badge names its language as that language writes it, and says the rest in
 * the interface's language (`1 may be outdated` or `1项可能需要更新`), which the
 * badge, a hook, reads as it runs.
 */
import type { DocumentBadgeComponent, DocumentBadgeDescription, DocumentBadgeProps } from 'sanity'
import { WRITTEN_LANGUAGES, type WrittenLanguage, type WrittenLanguageId } from '../schemas/languages'
import { LANGUAGE_NAMES, titleIn } from '../schemas/lib/bilingual'
import { translationCompleteness, type LocalizedField } from '../schemas/lib/localized-fields'
import { useInterfaceLanguage } from './locales/interface-language'

/** What a badge says, in each interface language, of the language named `name` (`Chinese`, `中文`). */
const WORDING = {
  en: {
    nothingWritten: () => 'Nothing written yet',
    complete: (name: string) => `${name}: complete`,
    missing: (name: string, fields: readonly string[]) => `Missing in ${name}: ${fields.join(', ')}`,
    outdated: (name: string, fields: readonly string[]) => `May be outdated in ${name}: ${fields.join(', ')}`,
    outdatedCount: (count: number) => `${count} may be outdated`,
  },
  zh: {
    nothingWritten: () => '尚未填写内容',
    complete: (name: string) => `${name}：内容完整`,
    missing: (name: string, fields: readonly string[]) => `${name}缺少：${fields.join('、')}`,
    outdated: (name: string, fields: readonly string[]) => `${name}可能需要更新：${fields.join('、')}`,
    outdatedCount: (count: number) => `${count}项可能需要更新`,
  },
} satisfies Record<WrittenLanguageId, unknown>

/** What the badge of `language` says about `document`, to an editor reading `interfaceLanguage`. */
export function describeTranslation(
  language: WrittenLanguage,
  document: unknown,
  fields: readonly LocalizedField[],
  interfaceLanguage: WrittenLanguageId,
): DocumentBadgeDescription {
  const completeness = translationCompleteness(document, fields).find((entry) => entry.language === language.id)
  const written = completeness?.written.length ?? 0
  const missing = completeness?.missing ?? []
  const outdated = completeness?.outdated ?? []
  const wording = WORDING[interfaceLanguage]
  const name = LANGUAGE_NAMES[language.id][interfaceLanguage]
  if (written === 0) return { label: `${language.nativeTitle} –`, title: wording.nothingWritten() }
  const count = `${language.nativeTitle} ${written - missing.length}/${written}`
  if (missing.length === 0 && outdated.length === 0) return { label: count, title: wording.complete(name), color: 'success' }
  const titles = (list: readonly LocalizedField[]) => list.map((field) => titleIn(field.title, interfaceLanguage))
  const tooltip = [
    missing.length > 0 && wording.missing(name, titles(missing)),
    outdated.length > 0 && wording.outdated(name, titles(outdated)),
  ].filter((line) => typeof line === 'string')
  return {
    label: outdated.length > 0 ? `${count} · ${wording.outdatedCount(outdated.length)}` : count,
    title: tooltip.join('\n'),
    color: 'warning',
  }
}

/** The badge of one language for documents with `fields`, reading the version being edited. */
function translationBadge(language: WrittenLanguage, fields: readonly LocalizedField[]): DocumentBadgeComponent {
  const badge: DocumentBadgeComponent = (props: DocumentBadgeProps) => {
    const interfaceLanguage = useInterfaceLanguage()
    const document = props.version ?? props.draft ?? props.published
    return document ? describeTranslation(language, document, fields, interfaceLanguage) : null
  }
  Object.defineProperty(badge, 'name', { value: `TranslationBadge_${language.id}` })
  return badge
}

/** One badge per written language, in `WRITTEN_LANGUAGES` order. */
export function translationBadges(fields: readonly LocalizedField[]): DocumentBadgeComponent[] {
  return WRITTEN_LANGUAGES.map((language) => translationBadge(language, fields))
}
