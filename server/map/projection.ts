/**
 * Natural Earth 1 (Šavrič, Jenny, Patterson and Hurni 2011), the projection of
 * the maps, as d3-geo's `geoNaturalEarth1()` computes it, with the parameters
 * the build step fitted (server/map/build.ts): the Worker projects the city
 * points itself, without bundling d3-geo. The polynomial is Šavrič et al.'s,
 * as in d3-geo's naturalEarth1Raw; rotation about the poles only, then
 * d3's scale and translate (y grows downwards).
 */

/** One size of the map as the build step fitted it: its projection's parameters and its land and sphere outlines as SVG paths. */
export interface FittedMap {
  width: number
  height: number
  scale: number
  translate: [number, number]
  /** d3's `rotate()`: degrees of longitude, then latitude (always 0 here: the map is rotated about the poles only). */
  rotate: [number, number]
  /** Land (SVG path data), no national borders. */
  land: string
  /** The edge of the world (the sphere's outline, SVG path data). */
  outline: string
}

/**
 * The maps' sizes in px as built: the home page's world map and an entry page's locator. Plain
 * numbers, so that the widget's element reads them without the projection; the build step
 * (server/map/build.ts) refuses a height that is not `worldHeight(width)`.
 */
export const MAP_SIZES = { world: { width: 960, height: 500 }, locator: { width: 320, height: 167 } } as const

/** The whole world's height in px on Natural Earth 1 drawn `width` px wide, the pole's y against the antimeridian's x, rounded up. */
export function worldHeight(width: number): number {
  const [east] = project({ scale: 1, translate: [0, 0], rotate: [0, 0] }, 180, 0)
  const [, north] = project({ scale: 1, translate: [0, 0], rotate: [0, 0] }, 0, 90)
  return Math.ceil((width * -north) / east)
}

/** The generated module's content (server/map/world-map.txt). */
export interface WorldMapData {
  world: FittedMap
  locator: FittedMap
}

/** Guiyang (city centre): where every line starts, and its meridian the maps' centre (a convention of Chinese world maps). */
export const GUIYANG = { lat: 26.647, lng: 106.63 } as const

const RADIANS = Math.PI / 180

/** The point [x, y] in px of longitude and latitude (degrees) on a fitted map, as d3-geo's projection puts it. */
export function project(map: Pick<FittedMap, 'scale' | 'translate' | 'rotate'>, lng: number, lat: number): [number, number] {
  let lambda = (lng + map.rotate[0]) * RADIANS
  if (Math.abs(lambda) > Math.PI) lambda -= Math.round(lambda / (2 * Math.PI)) * 2 * Math.PI
  const phi = lat * RADIANS
  const phi2 = phi * phi
  const phi4 = phi2 * phi2
  const x = lambda * (0.8707 - 0.131979 * phi2 + phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4)))
  const y = phi * (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4)))
  return [map.translate[0] + map.scale * x, map.translate[1] - map.scale * y]
}

/** Longitude relative to the map's centre, in (-180, 180]: where a line crosses the map's edge. */
export function centredLongitude(map: Pick<FittedMap, 'rotate'>, lng: number): number {
  const l = (((lng + map.rotate[0]) % 360) + 540) % 360 - 180
  return l === -180 ? 180 : l
}

/**
 * The great circle from one point to another (degrees), as `steps` + 1
 * points interpolated along it (spherical linear interpolation).
 */
export function greatCircle(from: { lat: number; lng: number }, to: { lat: number; lng: number }, steps: number): { lat: number; lng: number }[] {
  const vector = ({ lat, lng }: { lat: number; lng: number }): [number, number, number] => [
    Math.cos(lat * RADIANS) * Math.cos(lng * RADIANS),
    Math.cos(lat * RADIANS) * Math.sin(lng * RADIANS),
    Math.sin(lat * RADIANS),
  ]
  const a = vector(from)
  const b = vector(to)
  const omega = Math.acos(Math.min(1, Math.max(-1, a[0] * b[0] + a[1] * b[1] + a[2] * b[2])))
  if (omega < 1e-9) return [from, to]
  const points: { lat: number; lng: number }[] = []
  for (let i = 0; i <= steps; i++) {
    const t = i / steps
    const ka = Math.sin((1 - t) * omega) / Math.sin(omega)
    const kb = Math.sin(t * omega) / Math.sin(omega)
    const [x, y, z] = [ka * a[0] + kb * b[0], ka * a[1] + kb * b[1], ka * a[2] + kb * b[2]]
    points.push({ lat: Math.atan2(z, Math.hypot(x, y)) / RADIANS, lng: Math.atan2(y, x) / RADIANS })
  }
  return points
}

/** The angle between two points on the sphere, in degrees. */
export function angularDistance(from: { lat: number; lng: number }, to: { lat: number; lng: number }): number {
  const dLat = (to.lat - from.lat) * RADIANS
  const dLng = (to.lng - from.lng) * RADIANS
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(from.lat * RADIANS) * Math.cos(to.lat * RADIANS) * Math.sin(dLng / 2) ** 2
  return (2 * Math.asin(Math.min(1, Math.sqrt(h)))) / RADIANS
}
