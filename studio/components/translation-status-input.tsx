/** @jsxImportSource react */
/** A localized field's input (`localeString`, `localeText`, `localeBlockContent`). (Being built: issue 17.) */
import type { ObjectInputProps } from 'sanity'

export function LocalizedInput(props: ObjectInputProps) {
  return props.renderDefault(props)
}
