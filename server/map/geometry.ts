/**
 * The maps' geometry, in SVG coordinates (px, y downwards): the land, Guiyang
 * and partner cities as points with lines from Guiyang along great circles,
 * on Natural Earth 1 centred on Guiyang's meridian. The land and the
 * projection's fitted parameters come from the build step (server/map/build.ts)
 * as a Text module imported on the first map and kept for the isolate's life;
 * each map is projected once and kept (the last `MAX_KEPT_MAPS`, by their
 * cities and labels), so a content revision's maps cost nothing per request.
 *
 * Shared by the pages (server/render/pages/map.tsx) and the widget's map
 * layout: neither knows the projection.
 */
import { angularDistance, centredLongitude, GUIYANG, greatCircle, project, type FittedMap, type WorldMapData } from './projection'

/** A labelled point on the map, in px. */
export interface MapPoint {
  x: number
  y: number
  label: string
}

/** A partner city: its point, its entry and the line from Guiyang. */
export interface MapCity extends MapPoint {
  href: string
  /** SVG path data of the great circle from Guiyang (split where it crosses the map's edge). */
  arc: string
  year?: number
}

/** A map ready to draw: its size, the land, Guiyang and the cities, in the order given. */
export interface MapGeometry {
  width: number
  height: number
  /** Land outlines (SVG path data), no national borders. */
  land: string
  /** The edge of the world (SVG path data), to fill as the sea. */
  outline: string
  home: MapPoint
  cities: MapCity[]
}

/** What a map shows of a city: where it is, its name in the page's language, its link and (optionally) its year. */
export interface CityOnMap {
  lat: number
  lng: number
  label: string
  href: string
  year?: number
}

/** The two sizes built: the home page's world map (960 px wide) and an entry page's locator (320 px). */
export type MapSize = keyof WorldMapData

export { GUIYANG } from './projection'

let loaded: Promise<WorldMapData> | undefined

/** How many maps (distinct cities, labels and size) are kept: every language's home page, its filtered views, its entries' locators. */
const MAX_KEPT_MAPS = 256

/** The maps projected, by their arguments (as JSON), least recently used first. */
const kept = new Map<string, MapGeometry>()

/** The generated land and parameters, imported and parsed once per isolate, on the first map. */
function worldMapData(): Promise<WorldMapData> {
  loaded ??= import('./world-map.txt').then((module) => JSON.parse(module.default) as WorldMapData)
  return loaded
}

const round = (n: number): number => Math.round(n * 10) / 10

/** The great circle from Guiyang to a city as SVG path data: about one point per 3° of arc, a new subpath where it crosses the map's edge. */
export function arcPath(map: FittedMap, to: { lat: number; lng: number }): string {
  const steps = Math.max(2, Math.ceil(angularDistance(GUIYANG, to) / 3))
  let d = ''
  let previous: number | undefined
  for (const point of greatCircle(GUIYANG, to, steps)) {
    const lng = centredLongitude(map, point.lng)
    const [x, y] = project(map, point.lng, point.lat)
    d += `${previous === undefined || Math.abs(lng - previous) > 180 ? 'M' : 'L'}${round(x)} ${round(y)}`
    previous = lng
  }
  return d
}

/**
 * The map of the given size with Guiyang (labelled `homeLabel`) and the
 * cities, each projected by our Natural Earth 1 formula with the build's
 * fitted parameters (the same positions d3-geo gives, within 0.01 px).
 */
export async function worldMap(cities: readonly CityOnMap[], homeLabel: string, size: MapSize = 'world'): Promise<MapGeometry> {
  const key = JSON.stringify([size, homeLabel, cities.map(({ lat, lng, label, href, year }) => [lat, lng, label, href, year])])
  const known = kept.get(key)
  if (known) {
    kept.delete(key)
    kept.set(key, known)
    return known
  }
  const geometry = mapOf(await worldMapData(), cities, homeLabel, size)
  kept.set(key, geometry)
  if (kept.size > MAX_KEPT_MAPS) kept.delete(kept.keys().next().value!)
  return geometry
}

/** The map of one size with its points and arcs projected. */
function mapOf(data: WorldMapData, cities: readonly CityOnMap[], homeLabel: string, size: MapSize): MapGeometry {
  const map = data[size]
  const [hx, hy] = project(map, GUIYANG.lng, GUIYANG.lat)
  return {
    width: map.width,
    height: map.height,
    land: map.land,
    outline: map.outline,
    home: { x: round(hx), y: round(hy), label: homeLabel },
    cities: cities.map(({ lat, lng, label, href, year }) => {
      const [x, y] = project(map, lng, lat)
      return { x: round(x), y: round(y), label, href, arc: arcPath(map, { lat, lng }), ...(year === undefined ? {} : { year }) }
    }),
  }
}
