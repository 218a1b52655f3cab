/**
 * The maps' budgets (issue 18), in-process on Node: bundled by esbuild as
 * `bench/render.ts` is (the generated land, `server/map/world-map.txt`, as
 * text, as wrangler uploads it beside the main module) and run by
 * `bench/run.ts`, or alone: `node bench/run.ts --maps-only`. Prints one JSON
 * report on stdout.
 *
 * - Size: each language's home page (map and timeline) and entry page
 *   (locator), rendered over the embedded dataset, raw and gzipped (level 9),
 *   against the 40 KiB target for the home page.
 * - Cost: the home page rendered with its map and without it (the same
 *   entries without coordinates, which leaves the map out) in the same run,
 *   median wall time and CPU per render: the map's per-request cost.
 * - Once per isolate: the first map's import and parse of the land.
 */
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { Bench } from 'tinybench'
import { LANGUAGE_IDS, type LanguageId } from '../schemas/languages'
import { partialDateYear } from '../schemas/lib/partial-date'
import { siteUrls } from '../schemas/lib/site-urls'
import { createEmbeddedSource, parseNdjson } from '../server/content/embedded-source'
import { listEntries } from '../server/content/entries'
import { getSettings } from '../server/content/settings'
import { feedLinks } from '../server/feeds/autodiscovery'
import { worldMap } from '../server/map/geometry'
import type { Entry } from '../server/model/entry'
import { renderEntryPage } from '../server/render/pages/entry'
import { renderHomePage, type Facet } from '../server/render/pages/home'
import worldMapText from '../server/map/world-map.txt'
import type { MapsReport } from './maps-report.ts'

const urls = siteUrls('https://meeting-the-world.example.org')

function threadCpuMs(): number {
  const usage = process.threadCpuUsage()
  return (usage.user + usage.system) / 1000
}

/** Median wall time and mean CPU time per call, in ms. */
interface Timing {
  medianMs: number
  cpuMs: number
}

async function time(fn: () => Promise<unknown>, quick: boolean): Promise<Timing> {
  const bench = new Bench({ time: quick ? 150 : 700, iterations: 20, warmupIterations: 10, warmupTime: 50, throws: true })
  let calls = 0
  bench.add('render', async () => {
    calls++
    await fn()
  })
  const before = threadCpuMs()
  await bench.run()
  const result = bench.tasks[0]?.result
  if (!result || result.state !== 'completed') throw new Error('map benchmark did not complete')
  return { medianMs: result.latency.p50, cpuMs: (threadCpuMs() - before) / calls }
}

/** The filters' values as the home page lists them (every entry's city, country and year; topics are few). */
function facetsOf(entries: readonly Entry[]): Facet[] {
  const options = (pairs: [string, string][]) => [...new Map(pairs).entries()].map(([value, label]) => ({ value, label }))
  return [
    { name: 'city', options: options(entries.map((e) => [e.cityKey, e.city])) },
    { name: 'country', options: options(entries.flatMap((e) => (e.country ? [[e.country.code, e.country.name] as [string, string]] : []))) },
    { name: 'topic', options: options(entries.flatMap((e) => e.topics.map((t) => [t.code, t.label] as [string, string]))) },
    { name: 'year', options: options(entries.flatMap((e) => [partialDateYear(e.date.value)].filter((y) => y !== undefined).map((y) => [y, y] as [string, string]))) },
  ]
}

export async function measureMaps(datasetFile: string, quick: boolean): Promise<MapsReport> {
  const source = createEmbeddedSource(parseNdjson(readFileSync(datasetFile, 'utf8')))
  const started = performance.now()
  await worldMap([], '')
  const firstMapMs = performance.now() - started
  const report: MapsReport = {
    pages: [],
    render: [],
    firstMapMs,
    landModule: { raw: Buffer.byteLength(worldMapText), gzip: gzipSync(worldMapText, { level: 9 }).byteLength },
  }
  const titles = await Promise.all(LANGUAGE_IDS.map(async (language) => ({ language, title: (await getSettings(source, language)).title })))
  for (const language of LANGUAGE_IDS) {
    const [{ entries }, settings] = await Promise.all([listEntries(source, { limit: 100 }, language), getSettings(source, language)])
    const feeds = feedLinks(urls, [...titles].sort((a) => (a.language === language ? -1 : 0)), {})
    const home = (listed: readonly Entry[]) => renderHomePage({ language, settings, entries: listed, filters: {}, facets: facetsOf(entries), feeds, urls })
    const withMap = await home(entries)
    const entry = await renderEntryPage({ entry: entries[0]!, settings, feeds, urls })
    for (const [page, html] of [['home', withMap], ['entry', entry]] as const) {
      report.pages.push({ language, page, raw: Buffer.byteLength(html), gzip: gzipSync(html, { level: 9 }).byteLength })
    }
    const unplaced = entries.map((e) => ({ ...e, location: null }))
    // Alternated, twice each, the better of each kept: the first task of a process also pays for warming up.
    const rounds: (readonly [Timing, Timing])[] = []
    for (let i = 0; i < 2; i++) rounds.push([await time(() => home(unplaced), quick), await time(() => home(entries), quick)] as const)
    const best = (k: 0 | 1) => rounds.map((round) => round[k]).sort((a, b) => a.cpuMs - b.cpuMs)[0]!
    const [w, wo] = [best(1), best(0)]
    report.render.push({ language, withMapMs: w.medianMs, withoutMapMs: wo.medianMs, withMapCpuMs: w.cpuMs, withoutMapCpuMs: wo.cpuMs })
    process.stderr.write(`  home ${language}: ${w.medianMs.toFixed(3)} ms with the map, ${wo.medianMs.toFixed(3)} ms without\n`)
  }
  return report
}

if (process.argv[1]?.endsWith('maps.mjs')) {
  const report = await measureMaps(process.argv[2]!, process.argv.includes('--quick'))
  process.stdout.write(`${JSON.stringify(report)}\n`)
}
