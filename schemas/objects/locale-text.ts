/**
 * `localeText`: one plain multi-line text per language, side by side.
 * Stored as `{_type: 'localeText', en: '…', zh: '…'}`.
 */
import { defineLocalizedObject } from '../lib/localized-object'

export const localeText = defineLocalizedObject('localeText', { en: 'Localized text', zh: '多语言文本' }, { type: 'text', rows: 3 })
