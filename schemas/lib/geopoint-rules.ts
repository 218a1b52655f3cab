/**
 * The rule of a location (`geopoint`): coordinates on the globe, each error
 * on its own coordinate. Imports only types from 'sanity'.
 */
import type { CustomValidator, ValidationError } from 'sanity'
import { bilingualMessage } from './bilingual'

function isNumberWithin(value: unknown, limit: number): boolean {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit
}

/** Latitude within ±90°, longitude within ±180°. */
export const coordinatesInRange: CustomValidator<{ lat?: unknown; lng?: unknown } | undefined> = (value) => {
  if (!value) return true
  const problems: ValidationError[] = []
  if (!isNumberWithin(value.lat, 90)) {
    problems.push({
      code: 'custom.latitude-range',
      message: bilingualMessage('Latitude must be a number from -90 to 90', '纬度必须是-90到90之间的数字'),
      path: ['lat'],
    })
  }
  if (!isNumberWithin(value.lng, 180)) {
    problems.push({
      code: 'custom.longitude-range',
      message: bilingualMessage('Longitude must be a number from -180 to 180', '经度必须是-180到180之间的数字'),
      path: ['lng'],
    })
  }
  return problems.length === 0 ? true : problems
}
