/**
 * The maps' budgets of issue 18 as `bench/report.ts` writes them: the
 * measurements' shape (taken by bench/maps.ts, bundled, in its own process),
 * the targets' rows and the table. Imports nothing from the Worker, so that
 * `bench/run.ts` runs it as it is on Node.
 */
import type { LanguageId } from '../schemas/languages'

/** The target of issue 18: a home page with its map at most this many KiB gzipped. */
export const HOME_PAGE_TARGET_KIB = 40

export interface MapsReport {
  pages: { language: LanguageId; page: 'home' | 'entry'; raw: number; gzip: number }[]
  /** Each page rendered with its map and without, in the same run: the home page, and the widget's iframe page and `/embed.json` (`layout=map` against `layout=list`). */
  render: { page: 'home' | 'embed' | 'embed.json'; language: LanguageId; withMapMs: number; withoutMapMs: number; withMapCpuMs: number; withoutMapCpuMs: number }[]
  /** The first map of an isolate: importing and parsing the land, in ms. */
  firstMapMs: number
  /** The generated land module, uploaded beside the main module. */
  landModule: { raw: number; gzip: number }
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`
const ms = (value: number) => value.toFixed(value >= 10 ? 1 : 3)

/** The targets of issue 18, as `bench/report.ts` lists targets: what, measured, met or not. */
export function mapTargets(report: MapsReport): string[][] {
  const homes = report.pages.filter((p) => p.page === 'home')
  const worst = Math.max(...homes.map((p) => p.gzip))
  const extra = report.render.map((r) => ({ ...r, extra: r.withMapCpuMs - r.withoutMapCpuMs }))
  return [
    [
      `home page with its map ≤ ${HOME_PAGE_TARGET_KIB} KiB gzipped, every language`,
      homes.map((p) => `${p.language} ${kib(p.gzip)}`).join('; '),
      worst <= HOME_PAGE_TARGET_KIB * 1024 ? '**met**' : '**not met**',
    ],
    [
      'maps cost no more than serving their bytes: land projected at build time, each map projected and written once per isolate',
      `the map adds, in CPU per render, ${extra.map((e) => `${e.page} ${e.language} ${ms(e.extra)} ms`).join(', ')}; the land is imported and parsed once per isolate (${ms(report.firstMapMs)} ms)`,
      '(reported)',
    ],
  ]
}

export function renderMapsMarkdown(report: MapsReport): string {
  const lines = ['### Maps (issue 18)', '']
  lines.push('| page | language | raw | gzip |', '| --- | --- | --- | --- |')
  for (const p of report.pages) lines.push(`| ${p.page} | ${p.language} | ${kib(p.raw)} | ${kib(p.gzip)} |`)
  lines.push('', '| render (without: home page unplaced, widget `layout=list`) | with the map | without | CPU with | CPU without |', '| --- | --- | --- | --- | --- |')
  for (const r of report.render) lines.push(`| ${r.page ?? 'home'} ${r.language} | ${ms(r.withMapMs)} ms | ${ms(r.withoutMapMs)} ms | ${ms(r.withMapCpuMs)} ms | ${ms(r.withoutMapCpuMs)} ms |`)
  lines.push('', `The land (server/map/world-map.txt, beside the main module): ${kib(report.landModule.raw)}, ${kib(report.landModule.gzip)} gzipped; imported and parsed on an isolate's first map in ${ms(report.firstMapMs)} ms.`)
  return lines.join('\n')
}

