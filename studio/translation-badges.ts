/**
 * A badge per language in the document's footer: "English 6/6", "简体中文 4/6",
 * counting the localized fields written in some language (the rule of
 * schemas/lib/localized-fields.ts, shared with the "Needs translation" list),
 * and those the language may no longer match ("简体中文 6/6 · 1项可能需要更新",
 * schemas/lib/translation-status.ts). Green when the language has them all and
 * none is outdated, amber otherwise; the tooltip names the fields.
 */
import type { DocumentBadgeComponent, DocumentBadgeDescription, DocumentBadgeProps } from 'sanity'
import { WRITTEN_LANGUAGES, type WrittenLanguage, type WrittenLanguageId } from '../schemas/languages'
import { LANGUAGE_NAMES, bilingualMessage, titleIn } from '../schemas/lib/bilingual'
import { translationCompleteness, type LocalizedField } from '../schemas/lib/localized-fields'

/** The label's note of `count` possibly outdated fields, in the badge's own language: `1 may be outdated`, `1项可能需要更新`. */
function outdatedNote(language: WrittenLanguageId, count: number): string {
  return language === 'zh' ? `${count}项可能需要更新` : `${count} may be outdated`
}

/** What the badge of `language` says about `document`. */
function describeTranslation(
  language: WrittenLanguage,
  document: unknown,
  fields: readonly LocalizedField[],
): DocumentBadgeDescription {
  const completeness = translationCompleteness(document, fields).find((entry) => entry.language === language.id)
  const written = completeness?.written.length ?? 0
  const missing = completeness?.missing ?? []
  const outdated = completeness?.outdated ?? []
  const names = LANGUAGE_NAMES[language.id]
  if (written === 0) {
    return {
      label: `${language.nativeTitle} –`,
      title: bilingualMessage('Nothing written yet', '尚未填写内容'),
    }
  }
  const count = `${language.nativeTitle} ${written - missing.length}/${written}`
  if (missing.length === 0 && outdated.length === 0) {
    return {
      label: count,
      title: bilingualMessage(`${names.en}: complete`, `${names.zh}：内容完整`),
      color: 'success',
    }
  }
  const titles = (list: readonly LocalizedField[], id: WrittenLanguageId) => list.map((field) => titleIn(field.title, id))
  const tooltip = [
    missing.length > 0 &&
      bilingualMessage(`Missing in ${names.en}: ${titles(missing, 'en').join(', ')}`, `${names.zh}缺少：${titles(missing, 'zh').join('、')}`),
    outdated.length > 0 &&
      bilingualMessage(
        `May be outdated in ${names.en}: ${titles(outdated, 'en').join(', ')}`,
        `${names.zh}可能需要更新：${titles(outdated, 'zh').join('、')}`,
      ),
  ].filter((line) => typeof line === 'string')
  return {
    label: outdated.length > 0 ? `${count} · ${outdatedNote(language.id, outdated.length)}` : count,
    title: tooltip.join('\n'),
    color: 'warning',
  }
}

/** The badge of one language for documents with `fields`, reading the version being edited. */
function translationBadge(language: WrittenLanguage, fields: readonly LocalizedField[]): DocumentBadgeComponent {
  const badge: DocumentBadgeComponent = (props: DocumentBadgeProps) => {
    const document = props.version ?? props.draft ?? props.published
    return document ? describeTranslation(language, document, fields) : null
  }
  Object.defineProperty(badge, 'name', { value: `TranslationBadge_${language.id}` })
  return badge
}

/** One badge per written language, in `WRITTEN_LANGUAGES` order. */
export function translationBadges(fields: readonly LocalizedField[]): DocumentBadgeComponent[] {
  return WRITTEN_LANGUAGES.map((language) => translationBadge(language, fields))
}
