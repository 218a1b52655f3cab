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
 *   median wall time and CPU per render: the map's per-request cost; and the
 *   widget's two forms as their routes write them, `/embed?layout=map` and
 *   `/embed.json?layout=map` against the same entries listed (`layout=list`).
 * - Once per isolate: the first map's import and parse of the land.
 */
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { Bench } from 'tinybench'
import { LANGUAGE_IDS, type LanguageId } from '../schemas/languages'
import { siteUrls } from '../schemas/lib/site-urls'
import { createEmbeddedSource, parseNdjson } from '../server/content/embedded-source'
import { listEntries } from '../server/content/entries'
import { getSettings } from '../server/content/settings'
import { feedLinks } from '../server/feeds/autodiscovery'
import { displayOptions } from '../server/embed/display-options'
import { embedDataText, renderEmbedData, widgetMap } from '../server/embed/data'
import { worldMap } from '../server/map/geometry'
import type { Entry } from '../server/model/entry'
import { facetsOf } from '../server/routes/pages'
import { renderEmbedPage } from '../server/render/pages/embed'
import { renderEntryPage } from '../server/render/pages/entry'
import { renderHomePage } from '../server/render/pages/home'
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

/** Alternated, twice each, the better of each kept (the first task of a process also pays for warming up): `with` against `without`, in one run. */
async function compare(withMap: () => Promise<unknown>, without: () => Promise<unknown>, quick: boolean): Promise<[Timing, Timing]> {
  const rounds: (readonly [Timing, Timing])[] = []
  for (let i = 0; i < 2; i++) rounds.push([await time(without, quick), await time(withMap, quick)] as const)
  const best = (k: 0 | 1) => rounds.map((round) => round[k]).sort((a, b) => a.cpuMs - b.cpuMs)[0]!
  return [best(1), best(0)]
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
    const facets = await facetsOf(source, language)
    const home = (listed: readonly Entry[]) => renderHomePage({ language, settings, entries: listed, filters: {}, facets, feeds, urls })
    const withMap = await home(entries)
    const entry = await renderEntryPage({ entry: entries[0]!, settings, feeds, urls })
    for (const [page, html] of [['home', withMap], ['entry', entry]] as const) {
      report.pages.push({ language, page, raw: Buffer.byteLength(html), gzip: gzipSync(html, { level: 9 }).byteLength })
    }
    const unplaced = entries.map((e) => ({ ...e, location: null }))
    const rows = {
      home: await compare(() => home(entries), () => home(unplaced), quick),
      // The widget's routes after their query: the map's (kept per map and language) against the list of the same entries.
      embed: await compare(
        async () => renderEmbedPage({ options: displayOptions({ layout: 'map' }, language), filters: {}, entries, urls, map: (await widgetMap(entries, { language, filters: {}, urls }))?.map }),
        () => renderEmbedPage({ options: displayOptions({ layout: 'list' }, language), filters: {}, entries, urls }),
        quick,
      ),
      'embed.json': await compare(
        async () => embedDataText(renderEmbedData(entries, { language, filters: {}, urls }), await widgetMap(entries, { language, filters: {}, urls })),
        async () => embedDataText(renderEmbedData(entries, { language, filters: {}, urls }), undefined),
        quick,
      ),
    }
    for (const [page, [w, wo]] of Object.entries(rows) as [keyof typeof rows, [Timing, Timing]][]) {
      report.render.push({ page, language, withMapMs: w.medianMs, withoutMapMs: wo.medianMs, withMapCpuMs: w.cpuMs, withoutMapCpuMs: wo.cpuMs })
      process.stderr.write(`  ${page} ${language}: ${w.medianMs.toFixed(3)} ms with the map, ${wo.medianMs.toFixed(3)} ms without\n`)
    }
  }
  return report
}

if (process.argv[1]?.endsWith('maps.mjs')) {
  const report = await measureMaps(process.argv[2]!, process.argv.includes('--quick'))
  process.stdout.write(`${JSON.stringify(report)}\n`)
}
