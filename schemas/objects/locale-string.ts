/**
 * `localeString`: one short string per language, side by side.
 * Stored as `{_type: 'localeString', en: '…', zh: '…'}`.
 */
import { defineLocalizedObject } from '../lib/localized-object'

export const localeString = defineLocalizedObject('localeString', { en: 'Localized string', zh: '多语言字符串' }, { type: 'string' })
