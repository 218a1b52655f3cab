/**
 * A badge per language in the document's footer: "English 6/6", "简体中文 4/6",
 * counting the localized fields written in some language (the rule of
 * schemas/lib/localized-fields.ts, shared with the "Needs translation" list).
 * Green when the language has them all, amber when some are missing; the
 * tooltip names the missing fields.
 */
import type { DocumentBadgeComponent, DocumentBadgeDescription, DocumentBadgeProps } from 'sanity'
import { WRITTEN_LANGUAGES, type WrittenLanguage, type WrittenLanguageId } from '../schemas/languages'
import { LANGUAGE_NAMES, bilingualMessage, titleIn } from '../schemas/lib/bilingual'
import { translationCompleteness, type LocalizedField } from '../schemas/lib/localized-fields'

/** What the badge of `language` says about `document`. */
function describeTranslation(
  language: WrittenLanguage,
  document: unknown,
  fields: readonly LocalizedField[],
): DocumentBadgeDescription {
  const completeness = translationCompleteness(document, fields).find((entry) => entry.language === language.id)
  const written = completeness?.written.length ?? 0
  const missing = completeness?.missing ?? []
  const names = LANGUAGE_NAMES[language.id]
  if (written === 0) {
    return {
      label: `${language.nativeTitle} –`,
      title: bilingualMessage('Nothing written yet', '尚未填写内容'),
    }
  }
  if (missing.length === 0) {
    return {
      label: `${language.nativeTitle} ${written}/${written}`,
      title: bilingualMessage(`${names.en}: complete`, `${names.zh}：内容完整`),
      color: 'success',
    }
  }
  const titles = (id: WrittenLanguageId) => missing.map((field) => titleIn(field.title, id))
  return {
    label: `${language.nativeTitle} ${written - missing.length}/${written}`,
    title: bilingualMessage(`Missing in ${names.en}: ${titles('en').join(', ')}`, `${names.zh}缺少：${titles('zh').join('、')}`),
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
