/** @jsxImportSource react */
// React, not the Worker's hono/jsx that tsconfig.json sets for server pages: test programs type-check both.
/**
 * The Studio's parts of the document form, attached here rather than in the
 * schema types (schemas/ stays free of React and of the Studio): under an
 * entry's slug, the links to its page and feeds; a localized field's
 * translation status; the country list; a geopoint's coordinates titled in
 * both languages. Given to `form.components.input` in sanity.config.ts, so
 * every input of every form passes through it; all the others are drawn as
 * Sanity draws them.
 */
import { isObjectInputProps, isStringInputProps, type InputProps, type SlugInputProps } from 'sanity'
import { LOCALIZED_TYPE_NAMES } from '../../schemas/lib/localized-fields'
import { CountryInput } from './country-input'
import { SlugInputWithLinks } from './entry-links'
import { GeopointInput, isGeopoint } from './geopoint-input'
import { LocalizedInput } from './translation-status-input'

/**
 * Whether `props` are those of an entry's slug: the `slug` field at the top of
 * a document. Only entries have one (a test checks it), and deciding by the
 * props alone keeps every other input from reading the whole document.
 */
export function isEntrySlug(props: InputProps): props is SlugInputProps {
  return isObjectInputProps(props) && props.schemaType.name === 'slug' && props.path.length === 1 && props.path[0] === 'slug'
}

/** Every input of the form: the entry's slug with its links, a localized field with its translation status, an entry's country, a geopoint's coordinates titled in both languages, anything else as Sanity draws it. */
export function StudioInput(props: InputProps) {
  if (isEntrySlug(props)) return <SlugInputWithLinks {...props} />
  if (isObjectInputProps(props) && (LOCALIZED_TYPE_NAMES as readonly string[]).includes(props.schemaType.name)) return <LocalizedInput {...props} />
  if (isStringInputProps(props) && props.path.length === 1 && props.path[0] === 'country') return <CountryInput {...props} />
  if (isObjectInputProps(props) && isGeopoint(props.schemaType)) return <GeopointInput {...props} />
  return props.renderDefault(props)
}
