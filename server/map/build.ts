/**
 * The build step of the maps: projects Natural Earth's land (world-atlas
 * `land-110m`, land outlines only: no national borders) once, with d3-geo's
 * Natural Earth 1 projection centred on Guiyang's meridian (a convention of
 * Chinese world maps), and writes the SVG paths and the fitted projection's
 * parameters as one JSON text (server/map/world-map.txt, generated,
 * git-ignored) that the Worker imports as a Text module, beside its main
 * module: the Worker never bundles d3-geo or topojson, and projects the few
 * city points itself with the same parameters (server/map/projection.ts).
 *
 * Two sizes: the home page's world map (960 px wide) and the entry page's
 * locator map (320 px wide, coarser: vertices closer than a pixel dropped).
 * Every land shape of land-110m is kept at both sizes, however small: a
 * map for a Chinese publisher without Taiwan or Hainan is a 问题地图 (a map
 * with a problem), and Sicily, Cyprus or Hawaii are partners' places.
 *
 * Run with Node by server/build.ts (wrangler's `[build]` command and vitest's
 * global setup); writes only when the text changed.
 */
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { geoNaturalEarth1, geoPath } from 'd3-geo'
import { feature } from 'topojson-client'
import type { Topology } from 'topojson-specification'
import { writeIfChanged } from '../build-output.ts'
import { GUIYANG, MAP_SIZES, worldHeight, type FittedMap, type WorldMapData } from './projection.ts'

/** Each size: its width in px, the smallest step kept between vertices (px) and the decimals written. */
const SIZES = { world: { ...MAP_SIZES.world, step: 0.6, digits: 1 }, locator: { ...MAP_SIZES.locator, step: 1.2, digits: 0 } } as const

/**
 * A path context writing absolute moves and relative lines, dropping vertices closer than `step`
 * to the last kept one; a ring that would keep fewer than three keeps all of its own, so that no
 * island is lost.
 */
class CompactPath {
  #d = ''
  #ring: [number, number][] = []
  #all: [number, number][] = []
  readonly #step: number
  readonly #digits: number
  constructor(step: number, digits: number) {
    this.#step = step
    this.#digits = digits
  }
  moveTo(x: number, y: number): void {
    this.#flush()
    this.#ring = [[x, y]]
    this.#all = [[x, y]]
  }
  lineTo(x: number, y: number): void {
    this.#all.push([x, y])
    const last = this.#ring.at(-1)
    if (last && Math.hypot(x - last[0], y - last[1]) < this.#step) return
    this.#ring.push([x, y])
  }
  closePath(): void {
    this.#flush()
  }
  arc(): void {}
  beginPath(): void {}
  #flush(): void {
    const ring = this.#ring.length < 3 ? this.#all : this.#ring
    this.#ring = []
    this.#all = []
    if (ring.length < 3) return
    const f = 10 ** this.#digits
    const round = (n: number): number => Math.round(n * f) / f
    let [px, py] = ring[0]!.map(round) as [number, number]
    this.#d += `M${px} ${py}`
    let line = ''
    for (const [x, y] of ring.slice(1)) {
      const [rx, ry] = [round(x), round(y)]
      const [dx, dy] = [round(rx - px), round(ry - py)]
      if (dx === 0 && dy === 0) continue
      line += `${line && dx >= 0 ? ' ' : ''}${dx}${dy >= 0 ? ' ' : ''}${dy}`
      ;[px, py] = [rx, ry]
    }
    // A ring smaller than the precision written is kept as a dot of the least step written, never an empty `l` (an error that ends the path).
    this.#d += `l${line || `${1 / f} 0 0 ${1 / f}`}z`
  }
  toString(): string {
    this.#flush()
    return this.#d
  }
}

/** The map of one size: the land and sphere outline as SVG paths, and the projection fitted to the sphere at that width. */
export function fittedMap(topology: Topology, size: keyof typeof SIZES): FittedMap {
  const { width, height, step, digits } = SIZES[size]
  if (worldHeight(width) !== height) throw new Error(`The ${size} map is ${worldHeight(width)} px high, not the ${height} of MAP_SIZES (server/map/projection.ts)`)
  const land = feature(topology, topology.objects['land']!)
  const projection = geoNaturalEarth1().rotate([-GUIYANG.lng, 0]).fitWidth(width, { type: 'Sphere' })
  const landPath = new CompactPath(step, digits)
  geoPath(projection, landPath)(land)
  const outline = geoPath(projection).digits(digits)({ type: 'Sphere' }) ?? ''
  const [tx, ty] = projection.translate()
  return {
    width,
    height,
    scale: projection.scale(),
    translate: [tx, ty],
    rotate: [-GUIYANG.lng, 0],
    land: landPath.toString(),
    outline,
  }
}

export default async function buildWorldMap(): Promise<void> {
  const topology = createRequire(import.meta.url)('world-atlas/land-110m.json') as Topology
  const data: WorldMapData = { world: fittedMap(topology, 'world'), locator: fittedMap(topology, 'locator') }
  await writeIfChanged(join(import.meta.dirname, 'world-map.txt'), JSON.stringify(data))
}

if (import.meta.main) await buildWorldMap()
