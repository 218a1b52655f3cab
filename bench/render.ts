/**
 * Render cost, in-process: the server's own content layer and renderers on
 * Node, timed with tinybench. Bundled by esbuild (`.ndjson` and `.txt` as
 * text, as wrangler does) and run by `bench/run.ts`; prints one JSON report on stdout.
 *
 * Three views:
 * - `render`: items already read; building the neutral feed and rendering it
 *   (RSS, Atom, JSON Feed; for the JSON list, its object and `JSON.stringify`),
 *   for 20 and 100 items, English and Chinese; `renderer`: the feed renderers
 *   alone, on a model already built;
 * - `pipeline`: what a request does before the HTTP layer (query the dataset,
 *   resolve entries, settings, build, render) at the default limit of 20,
 *   for each dataset size, to see what grows with the dataset;
 * - `phases`: the same pipeline for the 10,000-entry dataset split into its
 *   steps (query, Portable Text to HTML, feed model, renderer, SHA-256 ETag).
 *
 * Each task reports the median wall time per call (tinybench's clock) and the
 * main thread's CPU time per call over the whole task (`process.threadCpuUsage`,
 * a mean: the kernel accounts thread CPU time in scheduler ticks, too coarse to
 * time one call). On a shared, busy machine the CPU figure is the robust one:
 * time the scheduler gives to other processes does not count as ours.
 */
import { readFileSync } from 'node:fs'
import { Bench } from 'tinybench'
import { fieldsFor, type LanguageId } from '../schemas/languages'
import { createEmbeddedSource, parseNdjson } from '../server/content/embedded-source'
import { listEntries } from '../server/content/entries'
import { toEntry, type EntryRow } from '../server/content/entry-row'
import type { Entry } from '../server/model/entry'
import { entriesQuery } from '../server/content/queries'
import { getSettings } from '../server/content/settings'
import type { Settings } from '../server/model/settings'
import type { ContentSource } from '../server/content/source'
import { buildFeed } from '../server/feeds/feed'
import { strongEtag } from '../server/http/conditional'
import { LIMIT, linkFilters } from '../server/model/filters'
import { siteUrls } from '../schemas/lib/site-urls'
import { renderAtom } from '../server/render/atom'
import { renderJsonFeed } from '../server/render/json-feed'
import { renderEntryListJson } from '../server/render/json'
import { renderRss } from '../server/render/rss'
import { checkValidity, comparePeer, type PeerMeasurement, type PeerValidity } from './peer'

type Output = 'rss' | 'atom' | 'jsonfeed' | 'list'
const OUTPUTS: Output[] = ['rss', 'atom', 'jsonfeed', 'list']
const LANGUAGES: LanguageId[] = ['en', 'zh']
const urls = siteUrls('https://meeting-the-world.example.org')
/** The feed sizes rendered: the default limit and the largest. */
export const RENDER_ITEMS = [20, 100] as const

export interface Measurement {
  view: 'render' | 'renderer' | 'pipeline' | 'phases'
  output: string
  language: LanguageId
  items: number
  dataset: number
  /** Median wall time per call, ms. */
  medianMs: number
  p99Ms: number
  /** Main-thread CPU time per call over the whole task, warm-up included (user + system), ms. */
  cpuMs: number
  samples: number
  /** Size of what the call produced, UTF-8 bytes (renders only). */
  bytes?: number
}

function render(output: Output, language: LanguageId, entries: Entry[], settings: Settings, limit: number): string {
  const filters = linkFilters({ limit })
  if (output === 'list') {
    return JSON.stringify(renderEntryListJson(entries, { language, filters: { limit }, urls, nextCursor: null }))
  }
  const feed = buildFeed({ language, entries, settings, filters, urls })
  return output === 'rss' ? renderRss(feed) : output === 'atom' ? renderAtom(feed) : renderJsonFeed(feed)
}

async function pipeline(source: ContentSource, output: Output, language: LanguageId, limit: number): Promise<string> {
  const [page, settings] = await Promise.all([listEntries(source, { limit }, language), getSettings(source, language)])
  return render(output, language, page.entries, settings, limit)
}

/** The main thread's CPU time in ms: user + system. */
function threadCpuMs(): number {
  const usage = process.threadCpuUsage()
  return (usage.user + usage.system) / 1000
}

async function measure(
  tasks: { meta: Omit<Measurement, 'medianMs' | 'p99Ms' | 'cpuMs' | 'samples'>; fn: () => unknown }[],
  options: { time: number; iterations: number; warmupIterations: number },
): Promise<Measurement[]> {
  const results: Measurement[] = []
  for (const { meta, fn } of tasks) {
    // A full collection first (bench/run.ts runs this with --expose-gc), so that neither the
    // datasets' loading nor the task before leaves garbage for this task's clock to collect.
    ;(globalThis as { gc?: () => void }).gc?.()
    const bench = new Bench({ ...options, warmupTime: 50, throws: true })
    let calls = 0
    bench.add(meta.output, async () => {
      calls++
      await fn()
    })
    const cpuBefore = threadCpuMs()
    await bench.run()
    const cpuMs = threadCpuMs() - cpuBefore
    const result = bench.tasks[0]?.result
    if (!result || result.state !== 'completed') throw new Error(`benchmark ${meta.view}/${meta.output} did not complete`)
    results.push({
      ...meta,
      medianMs: result.latency.p50,
      p99Ms: result.latency.p99,
      cpuMs: cpuMs / calls,
      samples: result.latency.samples?.length ?? calls,
    })
    process.stderr.write(`  ${meta.view} ${meta.output} ${meta.language} items=${meta.items} dataset=${meta.dataset}: ${result.latency.p50.toFixed(3)} ms wall, ${(cpuMs / calls).toFixed(3)} ms CPU\n`)
  }
  return results
}

async function main() {
  const paths = JSON.parse(process.argv[2] ?? '{}') as Record<string, string>
  const quick = process.argv.includes('--quick')
  const sizes = Object.keys(paths).map(Number).sort((a, b) => a - b)
  const largest = sizes.at(-1)!
  const sources = new Map<number, ContentSource>()
  for (const size of sizes) sources.set(size, createEmbeddedSource(parseNdjson(readFileSync(paths[size]!, 'utf8'))))
  const fast = { time: quick ? 150 : 700, iterations: 20, warmupIterations: 10 }

  // Items read once from the largest dataset, then rendered again and again.
  const renderTasks = []
  for (const language of LANGUAGES) {
    const settings = await getSettings(sources.get(largest)!, language)
    for (const items of RENDER_ITEMS) {
      const { entries } = await listEntries(sources.get(largest)!, { limit: items }, language)
      for (const output of OUTPUTS) {
        const bytes = Buffer.byteLength(render(output, language, entries, settings, items))
        renderTasks.push({ meta: { view: 'render' as const, output, language, items, dataset: largest, bytes }, fn: () => render(output, language, entries, settings, items) })
      }
      // The renderers alone, on a model already built.
      const feed = buildFeed({ language, entries, settings, filters: linkFilters({ limit: items }), urls })
      for (const [output, renderer] of [['rss', renderRss], ['atom', renderAtom], ['jsonfeed', renderJsonFeed]] as const) {
        renderTasks.push({ meta: { view: 'renderer' as const, output, language, items, dataset: largest, bytes: Buffer.byteLength(renderer(feed)) }, fn: () => renderer(feed) })
      }
    }
  }
  const measurements = await measure(renderTasks, fast)

  // The whole pipeline at the default limit, across dataset sizes.
  const pipelineTasks = []
  for (const size of sizes) {
    for (const language of LANGUAGES) {
      for (const output of ['atom', 'list'] as Output[]) {
        pipelineTasks.push({
          meta: { view: 'pipeline' as const, output, language, items: LIMIT.default, dataset: size },
          fn: () => pipeline(sources.get(size)!, output, language, LIMIT.default),
        })
      }
    }
  }
  for (const task of pipelineTasks) measurements.push(...(await measure([task], fast)))

  // The largest dataset's pipeline, step by step, at the default limit and at 100 items.
  const source = sources.get(largest)!
  for (const language of LANGUAGES) {
    for (const items of [LIMIT.default, 100]) {
      const params = { ...fieldsFor(language), cities: null, country: null, topic: null, year: null, afterDate: null, afterId: null, end: items + 1 }
      const rows = (await source.fetch<EntryRow[]>(entriesQuery, params)).slice(0, items) as (EntryRow & { slug: string; date: string })[]
      const entries = rows.map((row) => toEntry(row, language))
      const settings = await getSettings(source, language)
      const feed = buildFeed({ language, entries, settings, filters: linkFilters({ limit: items }), urls })
      const body = renderAtom(feed)
      const meta = { view: 'phases' as const, language, items, dataset: largest }
      measurements.push(
        ...(await measure([{ meta: { ...meta, output: 'query (index, then groq-js)' }, fn: () => source.fetch(entriesQuery, params) }], fast)),
        ...(await measure(
          [
            { meta: { ...meta, output: 'settings query' }, fn: () => getSettings(source, language) },
            { meta: { ...meta, output: 'rows to entries (Portable Text to HTML)' }, fn: () => rows.map((row) => toEntry(row, language)) },
            { meta: { ...meta, output: 'feed model' }, fn: () => buildFeed({ language, entries, settings, filters: linkFilters({ limit: items }), urls }) },
            { meta: { ...meta, output: 'Atom renderer' }, fn: () => renderAtom(feed) },
            { meta: { ...meta, output: 'SHA-256 ETag of the body' }, fn: () => strongEtag(body) },
          ],
          fast,
        )),
      )
    }
  }

  // The `feed` package 6 beside ours, from the same model.
  const peer: PeerMeasurement[] = []
  let validity: PeerValidity[] = []
  for (const language of LANGUAGES) {
    const settings = await getSettings(source, language)
    for (const items of RENDER_ITEMS) {
      const { entries } = await listEntries(source, { limit: items }, language)
      const feed = buildFeed({ language, entries, settings, filters: linkFilters({ limit: items }), urls })
      for (const result of comparePeer(feed, quick ? 60 : 200)) {
        peer.push({ ...result, language, items })
        process.stderr.write(`  peer ${result.format} ${language} items=${items}: ours ${result.oursCpuMs.toFixed(3)} ms, feed 6 ${result.peerCpuMs.toFixed(3)} ms\n`)
      }
      if (language === 'en' && items === RENDER_ITEMS[0]) validity = checkValidity(feed)
    }
  }
  process.stdout.write(`${JSON.stringify({ measurements, peer, validity })}\n`)
}

await main()
