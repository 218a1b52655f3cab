/**
 * `npm run bench`: generates the datasets, times rendering in-process (and the
 * `feed` package 6 beside ours), profiles, builds each Worker build and times
 * its start-up (bench/bundle.ts), loads the embedded build on bare workerd
 * beside a fixed-body Worker that answers the same bytes and headers, and
 * writes `bench/results/latest.md`: every target of issue 14 as a ratio,
 * met or not, with the commit measured; and the maps' budgets of issue 18
 * (bench/maps.ts; `--maps-only` runs that part alone and prints its table). Benchmarks report; they never fail a
 * build. `--quick` makes every run shorter.
 */
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { measureBuilds } from './bundle.ts'
import { runLoad, type Scenario } from './e2e.ts'
import { datasetPath, DATASET_SIZES, writeDatasets } from './generate.ts'
import { writeReport, type Results } from './report.ts'
import { mapTargets, renderMapsMarkdown, type MapsReport } from './maps-report.ts'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const OUT = join(ROOT, 'bench', '.out')
const BIN = join(ROOT, 'node_modules', '.bin')
const quick = process.argv.includes('--quick')
const log = (line: string) => process.stderr.write(`${line}\n`)

function run(command: string, args: string[], options: { env?: Record<string, string> } = {}): string {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...options.env }, maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] })
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}`)
  return result.stdout
}

function version(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8' })
  return (result.stdout || result.stderr || '').trim().split('\n')[0] ?? 'unknown'
}

/** The requests of the end-to-end comparison: each asked of ours and of a Worker answering its captured bytes. */
function scenarios(): Scenario[] {
  const repeated = (name: string, dataset: number, path: string): Scenario[] => [
    { name, dataset, path, conditional: false },
    { name, dataset, path, conditional: true },
  ]
  return [
    ...repeated('feed (Atom, en)', 7, '/en/atom.xml'),
    { name: 'feed (JSON Feed, zh)', dataset: 7, path: '/zh/feed.json', conditional: false },
    ...repeated('API', 7, '/api/v1/entries?lang=en'),
    // The language from Accept-Language, as a browser asks: the front door's other way of finding an answer.
    { name: 'API, language negotiated', dataset: 7, path: '/api/v1/entries', conditional: false, headers: { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' } },
    ...repeated('page', 7, '/en/'),
    ...repeated('feed (Atom, en)', 10_000, '/en/atom.xml'),
  ]
}

/** The maps' sizes and cost (bench/maps.ts), bundled as wrangler bundles the Worker's modules, over the embedded dataset. */
function measureMaps(): MapsReport {
  // Here and below: `.gz` as bytes, as wrangler's Data rule loads the Traditional phrases, without
  // esbuild's `Uint8Array.fromBase64`, which Node 24 lacks.
  run(join(BIN, 'esbuild'), ['bench/maps.ts', '--bundle', '--platform=node', '--format=esm', '--loader:.ndjson=text', '--loader:.txt=text', '--loader:.gz=binary', '--supported:from-base64=false', `--outfile=${join(OUT, 'maps.mjs')}`, '--log-level=warning'])
  const output = run(process.execPath, [join(OUT, 'maps.mjs'), join(ROOT, 'data', 'production.ndjson'), ...(quick ? ['--quick'] : [])])
  return JSON.parse(output.trim().split('\n').at(-1)!) as MapsReport
}

async function main() {
  mkdirSync(OUT, { recursive: true })
  if (process.argv.includes('--maps-only')) {
    // The Worker's build steps first (the generated land), as wrangler's [build] runs them.
    run(process.execPath, [join(ROOT, 'server', 'build.ts')])
    const maps = measureMaps()
    process.stdout.write(`${renderMapsMarkdown(maps)}\n\n${mapTargets(maps).map((row) => `- ${row.join(': ')}`).join('\n')}\n`)
    return
  }
  const startedAt = new Date()
  const loadBefore = loadavg()

  log('Generating datasets …')
  writeDatasets()
  const paths = Object.fromEntries(DATASET_SIZES.map((size) => [size, datasetPath(size)]))

  log('Rendering in-process …')
  run(join(BIN, 'esbuild'), ['bench/render.ts', '--bundle', '--platform=node', '--format=esm', '--loader:.ndjson=text', '--loader:.txt=text', '--loader:.gz=binary', '--supported:from-base64=false', `--outfile=${join(OUT, 'render.mjs')}`, '--log-level=warning'])
  const rendered = JSON.parse(
    run(process.execPath, ['--expose-gc', join(OUT, 'render.mjs'), JSON.stringify(paths), ...(quick ? ['--quick'] : [])]).trim().split('\n').at(-1)!,
  ) as Pick<Results, 'measurements' | 'peer' | 'validity'>

  log('Maps …')
  const maps = measureMaps()

  log('Profiling …')
  run(join(BIN, 'esbuild'), ['bench/profile.ts', '--bundle', '--platform=node', '--format=esm', '--loader:.ndjson=text', '--loader:.txt=text', '--loader:.gz=binary', '--supported:from-base64=false', `--outfile=${join(OUT, 'profile.mjs')}`, '--log-level=warning'])
  const profiles = {
    request: run(process.execPath, [join(OUT, 'profile.mjs'), 'request']).trim(),
    render: run(process.execPath, [join(OUT, 'profile.mjs'), 'render']).trim(),
  }

  log('Building each Worker build; start-up …')
  const bundle = await measureBuilds({ outDir: join(OUT, 'bundle'), spawns: quick ? 3 : 7, log })

  const wranglerToml = readFileSync(join(ROOT, 'wrangler.toml'), 'utf8')
  const compatibility = {
    date: /compatibility_date\s*=\s*"([^"]+)"/.exec(wranglerToml)?.[1] ?? '2026-08-01',
    flags: JSON.parse(/compatibility_flags\s*=\s*(\[[^\]]*\])/.exec(wranglerToml)?.[1] ?? '[]') as string[],
  }
  const workerdBinary = join(BIN, 'workerd')
  log('Loading the embedded build on workerd and the fixed-body Worker on another, at once …')
  const load = await runLoad({
    outDir: OUT,
    workerDir: join(OUT, 'bundle', 'build-embedded'),
    workerdBinary,
    datasets: [
      { size: 7, file: join(ROOT, 'data', 'production.ndjson') },
      { size: 10_000, file: paths[10_000]! },
    ],
    scenarios: scenarios(),
    compatibility,
    // Ours and the fixed body asked at once, 1,600 requests per second each (200 a connection):
    // together about half of workerd's core on a quiet machine. 9 rounds of 2 s over the 10 scenarios:
    // about 3½ minutes.
    rounds: quick ? 1 : 9,
    seconds: 2,
    connections: 8,
    rate: 1_600,
    // Then both under callgrind, counting instructions (when valgrind is installed): about 25 s a
    // scenario. Short samples, so that the few a garbage collection falls in are the median's outliers.
    instructions: quick ? { samples: 3, requests: 100, warmUp: 100 } : { samples: 9, requests: 150, warmUp: 200 },
    log,
  })

  const require = createRequire(import.meta.url)
  // What was measured: the commit, and whether the Worker's sources had uncommitted changes when built.
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim() || 'unknown'
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'server', 'schemas', 'data', 'wrangler.toml', 'package.json'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim() !== ''
  const results: Results = {
    source: { commit, dirty },
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    quick,
    machine: {
      nproc: cpus().length,
      cpu: cpus()[0]?.model.trim() ?? 'unknown',
      memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
      os: version('uname', ['-srm']),
      loadBefore,
      loadAfter: loadavg(),
    },
    versions: {
      node: process.version,
      workerd: version(workerdBinary, ['--version']),
      wrangler: (require(join(ROOT, 'node_modules', 'wrangler', 'package.json')) as { version: string }).version,
      loadGenerator: `autocannon ${(require(join(ROOT, 'node_modules', 'autocannon', 'package.json')) as { version: string }).version}`,
    },
    measurements: rendered.measurements,
    peer: rendered.peer,
    validity: rendered.validity,
    load: load.results,
    notCounted: load.notCounted,
    compression: load.compression,
    bundle,
    datasets: Object.fromEntries(
      DATASET_SIZES.map((size) => [size, { raw: statSync(paths[size]!).size, gzip: gzipSync(readFileSync(paths[size]!)).byteLength }]),
    ),
    profiles,
    maps,
  }
  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true })
  writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
  writeReport(results, join(ROOT, 'bench', 'results'))
  log(`Wrote bench/results/latest.md and bench/results/render-time.svg (${((Date.now() - startedAt.getTime()) / 1000).toFixed(0)} s)`)
}

await main()
