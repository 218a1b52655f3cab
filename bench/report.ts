/**
 * Writes the results of `npm run bench` as `latest.md` (every figure, each
 * target met or missed and by how much) and `render-time.svg` (render time
 * against items shown and against dataset size). Plain string building: the
 * chart is a hand-written SVG, no charting dependency.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { LoadResult, StartUp } from './e2e.ts'
import type { Measurement } from './render.ts'

export type { Measurement }

export interface Results {
  source?: { commit: string; dirty: boolean }
  startedAt: string
  finishedAt: string
  quick: boolean
  machine: { nproc: number; cpu: string; memoryGiB: number; os: string; loadBefore: number[]; loadAfter: number[] }
  versions: { node: string; workerd: string; wrangler: string; loadGenerator: string }
  measurements: Measurement[]
  load: LoadResult[]
  startUp: StartUp[]
  size: {
    bundle: { raw: number; gzip: number }
    minified: { raw: number; gzip: number }
    dataModule: { name: string; raw: number; gzip: number }
    datasets: Record<string, { raw: number; gzip: number }>
    packages: { name: string; bytes: number }[]
  }
  /** Heaviest functions and files by self time (bench/profile.ts output). */
  profiles?: { request: string; render: string }
  probes: {
    atomContentEncoding?: string | null
    pageStatus?: number
    embed?: { raw: number; gzip: number } | null
    atom?: { raw: number; gzip: number }
  }
}

const OUTPUT_NAMES: Record<string, string> = { rss: 'RSS 2.0', atom: 'Atom 1.0', jsonfeed: 'JSON Feed 1.1', list: 'JSON list (API)' }

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(value >= 1 ? 2 : 3))
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const times = (value: number) => `${value.toFixed(2)} ×`
const int = (value: number) => Math.round(value).toLocaleString('en-US')

/** How far `ratio` falls below `target`: a factor when far, a percentage when close. */
function shortOf(ratio: number, target: number): string {
  if (ratio <= 0) return 'nothing measured'
  return target / ratio >= 1.5 ? `${(target / ratio).toFixed(1)} × below ${target} ×` : `${((1 - ratio / target) * 100).toFixed(0)} % below ${target} ×`
}

function verdict(met: boolean, how: string): string {
  return `${met ? '**met**' : '**missed**'}: ${how}`
}

function find(results: Results, view: Measurement['view'], output: string, language: string, items: number, dataset?: number) {
  return results.measurements.find((m) => m.view === view && m.output === output && m.language === language && m.items === items && (dataset === undefined || m.dataset === dataset))
}

function loadOf(results: Results, scenario: string, dataset: number) {
  return results.load.find((l) => l.scenario === scenario && l.dataset === dataset)
}

/** The targets of issue 7, each with the figure it is judged by. */
function targets(results: Results): string[][] {
  const rows: string[][] = []
  const fixed = loadOf(results, 'fixed body (upper bound)', 7)
  const cached = loadOf(results, 'cached feed', 7)
  if (fixed && cached) {
    const ratio = cached.rps / fixed.rps
    rows.push(['cached feed ≥ 0.9 × the fixed-body responder', `${int(cached.rps)} vs ${int(fixed.rps)} rps = ${times(ratio)}`, verdict(ratio >= 0.9, ratio >= 0.9 ? 'at or above 0.9 ×' : `${shortOf(ratio, 0.9)}; nothing is cached: every request queries, renders and hashes`)])
  }
  for (const dataset of [7, 1_000, 10_000]) {
    const full = loadOf(results, 'cached feed', dataset)
    const notModified = loadOf(results, '304 conditional', dataset)
    if (!full || !notModified) continue
    if (full.rps === 0) continue
    const ratio = notModified.rps / full.rps
    rows.push([
      `304 ≥ 3 × the full 200 of the same feed (${int(dataset)} entries)`,
      `${int(notModified.rps)} vs ${int(full.rps)} rps = ${times(ratio)}`,
      verdict(ratio >= 3, ratio >= 3 ? 'at or above 3 ×' : `${shortOf(ratio, 3)}; the 304 path queries, renders and hashes the whole body before it compares (server/http/conditional.ts)`),
    ])
  }
  const worst100 = (['rss', 'atom', 'jsonfeed'] as const)
    .flatMap((output) => (['en', 'zh'] as const).map((language) => find(results, 'render', output, language, 100)))
    .filter((m): m is Measurement => m !== undefined)
    .sort((a, b) => b.cpuMs - a.cpuMs)[0]
  if (worst100) {
    const fastest = (['rss', 'atom', 'jsonfeed'] as const)
      .flatMap((output) => (['en', 'zh'] as const).map((language) => find(results, 'render', output, language, 100)))
      .filter((m): m is Measurement => m !== undefined)
      .sort((a, b) => a.cpuMs - b.cpuMs)[0]!
    rows.push([
      '100-item feed rendered in ≤ 1 ms CPU',
      `slowest: ${OUTPUT_NAMES[worst100.output]} ${worst100.language}, ${ms(worst100.cpuMs)} ms CPU; fastest: ${OUTPUT_NAMES[fastest.output]} ${fastest.language}, ${ms(fastest.cpuMs)} ms (feed model + renderer, entries already resolved; resolving 100 rows, Portable Text to HTML, costs more again: see the steps below)`,
      verdict(worst100.cpuMs <= 1, worst100.cpuMs <= 1 ? 'every format' : `${worst100.cpuMs.toFixed(1)} × over`),
    ])
  }
  const sizes = [...new Set(results.measurements.filter((m) => m.view === 'pipeline').map((m) => m.dataset))].sort((a, b) => a - b)
  const smallest = find(results, 'pipeline', 'atom', 'en', 20, sizes[0])
  const largest = find(results, 'pipeline', 'atom', 'en', 20, sizes.at(-1))
  if (smallest && largest) {
    const growth = largest.cpuMs / smallest.cpuMs
    rows.push([
      'cost grows with the items shown, not the dataset size',
      `Atom, 20 items, query + render: ${ms(smallest.cpuMs)} ms CPU over ${int(smallest.dataset)} entries, ${ms(largest.cpuMs)} ms over ${int(largest.dataset)} (${growth.toFixed(0)} ×)`,
      verdict(growth <= 1.5, growth <= 1.5 ? 'flat within 1.5 ×' : `grows ${growth.toFixed(0)} × with the dataset: every request filters and sorts all entries with groq-js`),
    ])
  }
  const parity = (['rss', 'atom', 'jsonfeed', 'list'] as const).flatMap((output) =>
    [20, 50, 100].map((items) => {
      const en = find(results, 'render', output, 'en', items)
      const zh = find(results, 'render', output, 'zh', items)
      return en && zh ? { output, items, ratio: zh.cpuMs / en.cpuMs } : undefined
    }),
  ).filter((p) => p !== undefined)
  if (parity.length) {
    const worst = parity.sort((a, b) => b.ratio - a.ratio)[0]!
    rows.push(['Chinese feed ≤ 1.5 × the English one, same items', `worst: ${OUTPUT_NAMES[worst.output]}, ${worst.items} items: ${times(worst.ratio)} the CPU time (the Chinese bodies are shorter in characters and bytes: same items, not same length)`, verdict(worst.ratio <= 1.5, worst.ratio <= 1.5 ? 'every format and size' : `${(worst.ratio / 1.5).toFixed(2)} × over`)])
  }
  const encoding = results.probes.atomContentEncoding
  rows.push([
    'responses compressed, once, and reused',
    `Atom with \`Accept-Encoding: gzip, br\`: Content-Encoding ${encoding ? `\`${encoding}\`` : 'none'}${results.probes.atom ? `; ${kb(results.probes.atom.raw)} sent, ${kb(results.probes.atom.gzip)} if gzipped` : ''}`,
    verdict(Boolean(encoding), encoding ? 'compressed by the Worker' : 'the Worker sends every body uncompressed, and workerd does not compress; Cloudflare leaves Atom and JSON Feed uncompressed'),
  ])
  const bundle = results.size.bundle.gzip
  rows.push(['Worker bundle ≤ 120 KB gzipped', `${kb(bundle)} gzipped (${kb(results.size.bundle.raw)} raw), plus the dataset module ${kb(results.size.dataModule.gzip)}; minified ${kb(results.size.minified.gzip)}`, verdict(bundle <= 120 * 1024, bundle <= 120 * 1024 ? 'within' : `${(bundle / (120 * 1024)).toFixed(2)} × over, by ${kb(bundle - 120 * 1024)}`)])
  const start = results.startUp.find((s) => s.dataset === 7)
  const baseline = results.startUp.find((s) => s.dataset === 0)
  if (start && start.readyMs !== null && baseline?.readyMs != null) {
    const script = start.readyMs - baseline.readyMs
    const total = script + start.firstFeedMs
    rows.push([
      'start-up well inside 1 s',
      `workerd spawn to first answer ${ms(start.readyMs)} ms, ${ms(script)} ms more than with the fixed-body Worker alone (${ms(baseline.readyMs)} ms); first feed (parses the dataset) ${ms(start.firstFeedMs)} ms, then ${ms(start.secondFeedMs)} ms`,
      verdict(total <= 500, `${ms(total)} ms of our own before the first feed is sent (criterion: ≤ 500 ms, half the limit); a local stand-in for Cloudflare's start-up limit, which times the script's top level`),
    ])
  }
  return rows
}

function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n')
}

/** Render time against items (left) and against dataset size (right), English solid and Chinese dashed. */
export function renderChart(results: Results): string {
  const width = 960
  const height = 440
  const panel = { top: 50, bottom: 60, width: 380, height: 300 }
  const colours: Record<string, string> = { rss: '#d95f02', atom: '#1b9e77', jsonfeed: '#7570b3', list: '#e7298a' }
  const parts: string[] = []
  const text = (x: number, y: number, content: string, extra = '') => `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" ${extra}>${content}</text>`

  const drawPanel = (left: number, title: string, xLabel: string, xs: number[], logX: boolean, series: { colour: string; dashed: boolean; points: [number, number][] }[], logY = false) => {
    const all = series.flatMap((s) => s.points.map(([, y]) => y)).filter((y) => y > 0)
    const yMax = Math.max(...all) * 1.1
    const yMin = logY ? 10 ** Math.floor(Math.log10(Math.min(...all))) : 0
    const tx = (x: number) => {
      const [a, b] = [xs[0]!, xs.at(-1)!]
      const t = logX ? (Math.log10(x) - Math.log10(a)) / (Math.log10(b) - Math.log10(a)) : (x - a) / (b - a)
      return left + t * panel.width
    }
    const ty = (y: number) =>
      panel.top + panel.height - (logY ? (Math.log10(Math.max(y, yMin)) - Math.log10(yMin)) / (Math.log10(yMax) - Math.log10(yMin)) : y / yMax) * panel.height
    parts.push(text(left, panel.top - 20, title, 'font-weight="bold"'))
    parts.push(`<line x1="${left}" y1="${panel.top + panel.height}" x2="${left + panel.width}" y2="${panel.top + panel.height}" stroke="#333"/>`)
    parts.push(`<line x1="${left}" y1="${panel.top}" x2="${left}" y2="${panel.top + panel.height}" stroke="#333"/>`)
    for (const x of xs) parts.push(text(tx(x), panel.top + panel.height + 18, x.toLocaleString('en-US'), 'text-anchor="middle"'))
    parts.push(text(left + panel.width / 2 - 40, panel.top + panel.height + 40, xLabel))
    const ticks = logY
      ? Array.from({ length: Math.ceil(Math.log10(yMax / yMin)) }, (_, i) => yMin * 10 ** i)
      : Array.from({ length: 5 }, (_, i) => (yMax / 4) * i)
    for (const y of ticks) {
      parts.push(`<line x1="${left}" y1="${ty(y).toFixed(1)}" x2="${left + panel.width}" y2="${ty(y).toFixed(1)}" stroke="#ddd"/>`)
      parts.push(text(left - 50, ty(y) + 4, `${y >= 10 || y === 0 ? y.toFixed(0) : y >= 1 ? y.toFixed(1) : y.toPrecision(1)} ms`))
    }
    for (const s of series) {
      const d = s.points.map(([x, y], i) => `${i ? 'L' : 'M'}${tx(x).toFixed(1)},${ty(y).toFixed(1)}`).join(' ')
      parts.push(`<path d="${d}" fill="none" stroke="${s.colour}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 4"' : ''}/>`)
      for (const [x, y] of s.points) parts.push(`<circle cx="${tx(x).toFixed(1)}" cy="${ty(y).toFixed(1)}" r="3" fill="${s.colour}"/>`)
    }
  }

  const renderSeries = Object.keys(colours).flatMap((output) =>
    (['en', 'zh'] as const).map((language) => ({
      colour: colours[output]!,
      dashed: language === 'zh',
      points: [20, 50, 100].map((items) => [items, find(results, 'render', output, language, items)?.cpuMs ?? 0] as [number, number]),
    })),
  )
  const sizes = [...new Set(results.measurements.filter((m) => m.view === 'pipeline').map((m) => m.dataset))].sort((a, b) => a - b)
  const pipelineSeries = ['atom', 'list'].flatMap((output) =>
    (['en', 'zh'] as const).map((language) => ({
      colour: colours[output]!,
      dashed: language === 'zh',
      points: sizes.map((size) => [size, find(results, 'pipeline', output, language, 20, size)?.cpuMs ?? 0] as [number, number]),
    })),
  )
  drawPanel(70, 'Render (entries already read): CPU ms per call', 'items shown', [20, 50, 100], false, renderSeries)
  drawPanel(70 + panel.width + 110, 'Query + render, 20 items: CPU ms per request (log)', 'entries in the dataset (log scale)', sizes, true, pipelineSeries, true)
  const legend = Object.entries(colours).map(([output, colour], i) => `<rect x="${70 + i * 170}" y="${height - 22}" width="14" height="4" fill="${colour}"/>${text(90 + i * 170, height - 16, OUTPUT_NAMES[output]!)}`)
  legend.push(text(70 + 4 * 170 - 20, height - 16, 'solid: English, dashed: Chinese'))
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">
<rect width="100%" height="100%" fill="#fff"/>
${parts.join('\n')}
${legend.join('\n')}
</svg>
`
}

export function renderMarkdown(results: Results): string {
  const fixed = loadOf(results, 'fixed body (upper bound)', 7)
  const lines: string[] = []
  lines.push('# Benchmark results', '')
  lines.push(`Written by \`npm run bench\`${results.quick ? ' --quick (short runs: indicative only)' : ''} (see README, "Benchmarks"). Medians of repeated runs, compared within this one run; the machine is shared and noisy.`, '')
  lines.push(
    table(
      ['', ''],
      [
        ['date', `${results.startedAt} to ${results.finishedAt}`],
        ...(results.source ? [['measured', `commit ${results.source.commit}${results.source.dirty ? ', with uncommitted changes to the Worker\'s sources at build time' : ''}`]] : []),
        ['machine', `${results.machine.nproc} cores, ${results.machine.cpu}, ${results.machine.memoryGiB} GiB, ${results.machine.os}`],
        ['load average (1, 5, 15 min)', `before ${results.machine.loadBefore.map((l) => l.toFixed(1)).join(', ')}; after ${results.machine.loadAfter.map((l) => l.toFixed(1)).join(', ')} (other work shares the cores: above ${results.machine.nproc}, every figure is disturbed)`],
        ['runtimes', `Node ${results.versions.node}; workerd ${results.versions.workerd}; wrangler ${results.versions.wrangler}`],
        ['load generator', `${results.versions.loadGenerator}, 1 thread, 16 connections, loopback, on the same 2 cores as workerd`],
      ],
    ),
    '',
  )
  lines.push('## Targets (issue 7)', '', table(['target', 'measured', 'verdict'], targets(results)), '')

  lines.push('## End to end: the built Worker on bare workerd', '')
  lines.push(`The bundle from \`wrangler deploy --dry-run\`, its dataset module swapped for a generated one where the dataset is not 7 (the shipped \`data/production.ndjson\`). The upper bound is a Worker on the same workerd returning the English Atom feed's bytes and headers as a fixed body. ${results.probes.pageStatus === 200 ? '' : `**(e) page: skipped**, \`/en/\` answers ${results.probes.pageStatus} in this build (no pages route yet).`}`, '')
  lines.push(
    table(
      ['scenario', 'entries', 'URL', 'status', 'bytes', 'rps (median)', 'ms per request (1 / rps)', 'p50 ms', 'p99 ms', '× upper bound', 'rounds (rps)'],
      results.load.map((l) => [l.scenario, int(l.dataset), `\`${l.path}\``, String(l.status), int(l.bytes), int(l.rps), l.rps > 0 ? ms(1000 / l.rps) : '', ms(l.p50Ms), ms(l.p99Ms), fixed ? times(l.rps / fixed.rps) : '', l.rounds.map(int).join(', ')]),
    ),
    '',
  )
  lines.push('"Cached feed" repeats one URL; the Worker keeps no cache of its own today, so it costs what "from scratch" (11 URLs, `limit` 15 to 25) costs. A Worker isolate runs one request at a time, so 1 / rps is roughly the CPU time of one request: compare it with the in-process figures below. Start-up:', '')
  lines.push(table(['entries', 'workerd spawn to first answer', 'first feed (parses the dataset)', 'second feed'], results.startUp.map((s) => [s.dataset === 0 ? 'fixed-body Worker alone' : int(s.dataset), s.readyMs === null ? '(one process with the other Workers)' : `${ms(s.readyMs)} ms`, ...[s.firstFeedMs, s.secondFeedMs].map((value) => (Number.isFinite(value) ? `${ms(value)} ms` : '–'))])), '')

  lines.push('## Render cost, in-process (Node, tinybench)', '')
  lines.push('CPU ms: the main thread\'s CPU time per call over each tinybench task (\`process.threadCpuUsage\`; a mean, warm-up and garbage collection included, because the kernel counts thread time in scheduler ticks, too coarse for one call), robust to the other work on this shared machine; the targets are judged on it. Wall median: tinybench\'s median per call, which the shared machine inflates. "Render" is what a request spends after reading the entries: the neutral feed model plus one renderer (for the JSON list, its object and `JSON.stringify`). Items taken from the 10,000-entry dataset.', '')
  const render = results.measurements.filter((m) => m.view === 'render')
  lines.push(
    table(
      ['output', 'items', 'en CPU ms', 'zh CPU ms', 'zh / en', 'en wall median ms', 'zh wall median ms', 'en bytes', 'zh bytes'],
      ['rss', 'atom', 'jsonfeed', 'list'].flatMap((output) =>
        [20, 50, 100].map((items) => {
          const en = render.find((m) => m.output === output && m.items === items && m.language === 'en')
          const zh = render.find((m) => m.output === output && m.items === items && m.language === 'zh')
          return [OUTPUT_NAMES[output]!, String(items), en ? ms(en.cpuMs) : '', zh ? ms(zh.cpuMs) : '', en && zh ? times(zh.cpuMs / en.cpuMs) : '', en ? ms(en.medianMs) : '', zh ? ms(zh.medianMs) : '', en?.bytes ? int(en.bytes) : '', zh?.bytes ? int(zh.bytes) : '']
        }),
      ),
    ),
    '',
  )
  lines.push('### Query and render at the default limit (20), by dataset size', '')
  lines.push('CPU ms per request for what a feed or list request does before the HTTP layer: the GROQ query over the embedded dataset (groq-js), rows to entries (Portable Text to HTML), the settings, the model and the renderer.', '')
  const pipeline = results.measurements.filter((m) => m.view === 'pipeline')
  const sizes = [...new Set(pipeline.map((m) => m.dataset))].sort((a, b) => a - b)
  lines.push(
    table(
      ['output', 'language', ...sizes.map((size) => `${int(size)} entries`)],
      ['atom', 'list'].flatMap((output) => (['en', 'zh'] as const).map((language) => [OUTPUT_NAMES[output]!, language, ...sizes.map((size) => {
        const m = pipeline.find((p) => p.output === output && p.language === language && p.dataset === size)
        return m ? `${ms(m.cpuMs)} ms` : ''
      })])),
    ),
    '',
  )
  lines.push(
    `This growth belongs to the embedded source, where the Worker itself runs every GROQ query over every document; with a Sanity project the query runs in the Content Lake and the Worker pays a network round trip instead. Cloudflare caps a Worker at 3 MB gzipped on the free plan and 10 MB on paid ones; the largest dataset alone is ${kb(Object.values(results.size.datasets).at(-1)?.gzip ?? 0)} gzipped (sizes below), so it measures how the code scales more than a deployment one would make.`,
    '',
  )
  lines.push('### Where the time goes: the 10,000-entry dataset, step by step', '')
  const phases = results.measurements.filter((m) => m.view === 'phases')
  lines.push('CPU ms per call of each step of an Atom request.', '')
  const steps = [...new Set(phases.map((m) => m.output))]
  lines.push(
    table(
      ['step', 'en, 20 items', 'zh, 20 items', 'en, 100 items', 'zh, 100 items'],
      steps.map((step) => [step, ...(['en/20', 'zh/20', 'en/100', 'zh/100'] as const).map((key) => {
        const [language, items] = key.split('/')
        const m = phases.find((p) => p.output === step && p.language === language && p.items === Number(items))
        return m ? `${ms(m.cpuMs)} ms` : ''
      })]),
    ),
    '',
  )
  if (results.profiles) {
    lines.push('### What the CPU profile shows', '')
    lines.push('`bench/profile.ts` (V8 sampling profiler, 100 µs): ten Atom requests of 100 items over the 10,000-entry dataset, English and Chinese; then the feed model with the RSS and Atom renderers alone over 100 entries already read. Self time; `.cpuprofile` files in `bench/.out/` open in Chrome DevTools.', '')
    lines.push('A request over 10,000 entries:', '', '```', results.profiles.request, '```', '')
    lines.push('Rendering 100 items (RSS and Atom):', '', '```', results.profiles.render, '```', '')
  }
  lines.push('## Size', '')
  lines.push(
    table(
      ['artefact', 'raw', 'gzip -9'],
      [
        ['Worker bundle (`index.js` from `wrangler deploy --dry-run`)', kb(results.size.bundle.raw), kb(results.size.bundle.gzip)],
        ['the same with `wrangler deploy --minify` (not configured today)', kb(results.size.minified.raw), kb(results.size.minified.gzip)],
        [`embedded dataset module (\`${results.size.dataModule.name}\`)`, kb(results.size.dataModule.raw), kb(results.size.dataModule.gzip)],
        ['`/embed.js`', results.probes.embed ? kb(results.probes.embed.raw) : 'not served yet (404)', results.probes.embed ? kb(results.probes.embed.gzip) : ''],
        ['English Atom feed, 7 entries', results.probes.atom ? kb(results.probes.atom.raw) : '', results.probes.atom ? kb(results.probes.atom.gzip) : ''],
        ...Object.entries(results.size.datasets).map(([size, bytes]) => [`generated dataset, ${int(Number(size))} entries`, kb(bytes.raw), kb(bytes.gzip)]),
      ],
    ),
    '',
  )
  lines.push('What the bundle is made of (esbuild metafile, bytes in the unminified output):', '')
  const total = results.size.packages.reduce((sum, p) => sum + p.bytes, 0)
  lines.push(table(['package', 'raw', 'share'], results.size.packages.slice(0, 12).map((p) => [p.name, kb(p.bytes), `${((p.bytes / total) * 100).toFixed(0)} %`])), '')
  lines.push('![Render time against items shown and dataset size](render-time.svg)', '')
  return `${lines.join('\n')}\n`
}

export function writeReport(results: Results, dir: string): void {
  writeFileSync(join(dir, 'latest.md'), renderMarkdown(results))
  writeFileSync(join(dir, 'render-time.svg'), renderChart(results))
}
