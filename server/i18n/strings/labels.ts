/**
 * Relationship and topic labels in one language, from the shared vocabulary
 * (`schemas/vocabulary.ts`), so a label is written once for the Studio and the
 * Worker alike.
 */
import type { LanguageId } from '../../../schemas/languages'
import { RELATIONSHIPS, TOPICS } from '../../../schemas/vocabulary'

function labelsIn<K extends string>(vocabulary: Record<K, Record<LanguageId, string>>, language: LanguageId) {
  return Object.fromEntries(Object.entries<Record<LanguageId, string>>(vocabulary).map(([code, labels]) => [code, labels[language]]))
}

/** The `relationship` and `topic` namespaces of one language's strings. */
export function vocabularyLabels(language: LanguageId) {
  return { relationship: labelsIn(RELATIONSHIPS, language), topic: labelsIn(TOPICS, language) }
}
