/** @jsxImportSource react */
// React, not the Worker's hono/jsx that tsconfig.json sets for server pages: test programs type-check both.
/**
 * A geopoint (an entry's location) as Sanity draws it, its coordinates titled
 * in both languages like every label of ours ("Latitude · 纬度"): Sanity's
 * built-in geopoint type titles them in English only, in its schema rather
 * than in a locale, so no translation reaches them.
 */
import type { FieldProps, ObjectInputProps, SchemaType } from 'sanity'
import { bilingualTitle } from '../../schemas/lib/bilingual'

/** The titles of a geopoint's fields, by field name. */
export const GEOPOINT_FIELD_TITLES: Readonly<Record<string, string>> = {
  lat: bilingualTitle('Latitude', '纬度'),
  lng: bilingualTitle('Longitude', '经度'),
  alt: bilingualTitle('Altitude', '海拔'),
}

/** Whether `type` is Sanity's geopoint, or a type made from it. */
export function isGeopoint(type: SchemaType | undefined): boolean {
  for (let at = type; at; at = at.type) if (at.name === 'geopoint') return true
  return false
}

/** The geopoint's input, each of its fields drawn with its bilingual title. */
export function GeopointInput(props: ObjectInputProps) {
  const renderField = (field: Omit<FieldProps, 'renderDefault'>) =>
    props.renderField({ ...field, title: GEOPOINT_FIELD_TITLES[field.name] ?? field.title })
  return props.renderDefault({ ...props, renderField })
}
