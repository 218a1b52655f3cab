/** @jsxImportSource react */
// React, not the Worker's hono/jsx that tsconfig.json sets for server pages: test programs type-check both.
/**
 * An entry's location as the form reaches it (`StudioInput`): Sanity's
 * geopoint, its Latitude, Longitude and Altitude titled in both languages
 * ("Latitude · 纬度"), as Sanity's own schema titles them in English alone.
 */
import { render, screen } from '@testing-library/react'
import type { FieldProps, InputProps, ObjectInputProps } from 'sanity'
import { expect, test } from 'vitest'
import { StudioInput } from '../../studio/components/studio-input'

/** The geopoint's input as the form hands it over: drawing it draws each field by `renderField`, as Sanity's object input does. */
function renderGeopoint(schemaType: { name: string; jsonType: 'object'; type?: unknown }) {
  const fields = [
    { name: 'lat', title: 'Latitude' },
    { name: 'lng', title: 'Longitude' },
    { name: 'alt', title: 'Altitude' },
  ]
  const props = {
    path: ['location'],
    schemaType,
    renderField: (field: FieldProps) => <label key={field.name}>{field.title}</label>,
    renderDefault: (drawn: ObjectInputProps) => <>{fields.map((field) => drawn.renderField(field as unknown as FieldProps))}</>,
  } as unknown as InputProps
  render(<StudioInput {...props} />)
}

test('titles the coordinates of a geopoint in both languages', () => {
  renderGeopoint({ name: 'geopoint', jsonType: 'object' })
  expect(screen.getAllByText(/ · /).map((label) => label.textContent)).toEqual(['Latitude · 纬度', 'Longitude · 经度', 'Altitude · 海拔'])
})

test('leaves the fields of any other object as they are titled', () => {
  renderGeopoint({ name: 'place', jsonType: 'object' })
  expect(screen.getByText('Latitude')).toBeTruthy()
  expect(screen.queryByText(/纬度/)).toBeNull()
})
