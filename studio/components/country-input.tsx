/** @jsxImportSource react */
/** An entry's country/region input. (Being built: issue 17.) */
import type { StringInputProps } from 'sanity'

export function CountryInput(props: StringInputProps) {
  return props.renderDefault(props)
}
