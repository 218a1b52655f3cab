/**
 * Where the maps' labels go, so that close cities' names do not overprint
 * one another (Berkeley, Cupertino and Silicon Valley are within 2 px on the
 * world map): each label beside its point, on the side with room, and labels
 * that would touch spread apart vertically around their points' mean, with a
 * leader line from a point to a label moved off it. Every distance is in ems
 * of the label size drawn, so a map reads the same with the pages' labels
 * (16 px) and the widget's larger ones (22 px).
 */
import type { MapPoint } from './geometry'

/** A label placed: its text's anchor point (SVG `text-anchor` and baseline), and the leader line when it moved off its point. */
export interface PlacedLabel {
  x: number
  y: number
  anchor: 'start' | 'end'
  leader?: { x1: number; y1: number; x2: number; y2: number }
}

/** How far a label's text starts from its point, in ems (7 px at the pages' 16). */
const OFFSET = 0.44

/** The least room between two labels side by side, in ems: closer, they are spread apart vertically. */
const CLEARANCE = 0.3

/** The distance between two labels' baselines when spread apart vertically, in ems: a fifth of an em between lines. */
const LINE = 1.2

/** Roughly how wide a label is drawn: Chinese characters a full em, Latin letters about half of one. */
export function labelWidth(text: string, fontSize: number): number {
  let ems = 0
  for (const char of text) ems += /[\u2e80-\u9fff\uff00-\uffef]/.test(char) ? 1 : 0.56
  return ems * fontSize
}

const round = (n: number): number => Math.round(n * 10) / 10

interface Box {
  index: number
  want: number
  left: number
  right: number
}

/** Labels of one group spread so that none is closer than `gap` to the next, each run of touching ones centred on its points. */
function spread(boxes: Box[], gap: number, top: number, bottom: number): Map<number, number> {
  let clusters = [...boxes].sort((a, b) => a.want - b.want).map((box) => ({ boxes: [box], start: box.want }))
  for (let merged = true; merged; ) {
    merged = false
    for (let i = 1; i < clusters.length; i++) {
      const [a, b] = [clusters[i - 1]!, clusters[i]!]
      if (a.start + a.boxes.length * gap <= b.start) continue
      const joined = [...a.boxes, ...b.boxes]
      const mean = joined.reduce((sum, box) => sum + box.want, 0) / joined.length
      const start = Math.min(Math.max(mean - ((joined.length - 1) * gap) / 2, top), bottom - (joined.length - 1) * gap)
      clusters = [...clusters.slice(0, i - 1), { boxes: joined, start }, ...clusters.slice(i + 1)]
      merged = true
      break
    }
  }
  return new Map(clusters.flatMap((cluster) => cluster.boxes.map((box, k) => [box.index, cluster.start + k * gap] as const)))
}

/**
 * Places the labels of `points` on a map `width` × `height` px drawn with
 * text of `fontSize` px: to the right of a point, or to the left where the
 * right has no room (or in the map's eastern fifth, over the Pacific for the
 * Americas' west coast); returned in the order of `points`. The first point is
 * home, Guiyang, whose label always goes west, over the mainland: to its east
 * are Taiwan and Hainan, which a label must never cover.
 */
export function placeLabels(points: readonly MapPoint[], { width, height, fontSize }: { width: number; height: number; fontSize: number }): PlacedLabel[] {
  const offset = OFFSET * fontSize
  const clearance = CLEARANCE * fontSize
  const boxes: Box[] = points.map((point, index) => {
    const size = labelWidth(point.label, fontSize)
    const left = index === 0 || point.x + offset + size > width || point.x > width * 0.8
    const [from, to] = left ? [point.x - offset - size, point.x - offset] : [point.x + offset, point.x + offset + size]
    return { index, want: point.y, left: from, right: to }
  })
  // Labels further apart side by side than the clearance never touch: each group of nearer ones (on either side of their points) is spread alone.
  let groups: Box[][] = []
  for (const box of boxes) {
    const near = groups.filter((group) => group.some((other) => other.left < box.right + clearance && box.left < other.right + clearance))
    groups = [...groups.filter((group) => !near.includes(group)), [...near.flat(), box]]
  }
  const placed = new Map<number, number>()
  for (const group of groups) {
    for (const [index, y] of spread(group, fontSize * LINE, fontSize, height - fontSize * 0.4)) placed.set(index, y)
  }
  return points.map((point, index) => {
    const left = boxes[index]!.right <= point.x
    const y = placed.get(index) ?? point.y
    const x = round(left ? point.x - offset : point.x + offset)
    const label: PlacedLabel = { x, y: round(y + fontSize * 0.35), anchor: left ? 'end' : 'start' }
    const gap = fontSize / 8
    if (Math.abs(y - point.y) > fontSize * 0.3) label.leader = { x1: point.x, y1: point.y, x2: round(left ? x + gap : x - gap), y2: round(y) }
    return label
  })
}
