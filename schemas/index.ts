/**
 * The one barrel of the content model: every schema type, in the order the
 * Studio lists them. Imports 'sanity': the Worker must never import this file
 * (it reads `languages.ts`, `vocabulary.ts` and the generated types instead).
 */
import { entry } from './documents/entry'
import { settings } from './documents/settings'
import { localeBlockContent } from './objects/locale-block-content'
import { localeString } from './objects/locale-string'
import { localeText } from './objects/locale-text'
import { partialDate } from './objects/partial-date'

export const schemaTypes = [entry, settings, localeString, localeText, localeBlockContent, partialDate]
