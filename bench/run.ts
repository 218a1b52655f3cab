/**
 * `npm run bench`: generates the datasets, times rendering in-process, builds
 * the Worker as wrangler would upload it, loads it on bare workerd, measures
 * sizes, and writes `bench/results/latest.md` with its chart. Benchmarks
 * report; they never fail a build. `--quick` makes every run shorter.
 */
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { runLoad, type Scenario } from './e2e.ts'
import { datasetPath, DATASET_SIZES, writeDatasets } from './generate.ts'
import { writeReport, type Results } from './report.ts'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const OUT = join(ROOT, 'bench', '.out')
const BIN = join(ROOT, 'node_modules', '.bin')
const quick = process.argv.includes('--quick')
const log = (line: string) => process.stderr.write(`${line}\n`)

function run(command: string, args: string[], options: { env?: Record<string, string> } = {}): string {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...options.env }, maxBuffer: 64 * 1024 * 1024 })
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}${result.stdout}`)
  return result.stdout
}

function version(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8' })
  return (result.stdout || result.stderr || '').trim().split('\n')[0] ?? 'unknown'
}

function gzipSize(bytes: Buffer | string): number {
  return gzipSync(bytes, { level: 9 }).byteLength
}

/** Bytes each package (or our own code) puts in the bundle, from esbuild's metafile, largest first. */
function bundleComposition(metafile: string): { name: string; bytes: number }[] {
  const meta = JSON.parse(readFileSync(metafile, 'utf8')) as { outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }> }
  const totals = new Map<string, number>()
  for (const output of Object.values(meta.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input.split('node_modules/').length > 1 ? `node_modules/${input.split('node_modules/').at(-1)}` : '')
      const name = match?.[1] ?? (input.includes('node_modules') ? 'other packages' : input.startsWith('server/') || input.startsWith('schemas/') || input.startsWith('data/') ? `${input.split('/')[0]}/ (ours)` : 'wrangler shims')
      totals.set(name, (totals.get(name) ?? 0) + bytesInOutput)
    }
  }
  return [...totals].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes)
}

async function main() {
  mkdirSync(OUT, { recursive: true })
  const startedAt = new Date()
  const loadBefore = loadavg()

  log('Generating datasets …')
  writeDatasets()
  const paths = Object.fromEntries(DATASET_SIZES.map((size) => [size, datasetPath(size)]))

  log('Rendering in-process …')
  run(join(BIN, 'esbuild'), ['bench/render.ts', '--bundle', '--platform=node', '--format=esm', '--loader:.ndjson=text', `--outfile=${join(OUT, 'render.mjs')}`, '--log-level=warning'])
  const rendered = JSON.parse(
    run(process.execPath, [join(OUT, 'render.mjs'), JSON.stringify(paths), ...(quick ? ['--quick'] : [])]).trim().split('\n').at(-1)!,
  ) as Pick<Results, 'measurements'>

  log('Profiling …')
  run(join(BIN, 'esbuild'), ['bench/profile.ts', '--bundle', '--platform=node', '--format=esm', '--loader:.ndjson=text', `--outfile=${join(OUT, 'profile.mjs')}`, '--log-level=warning'])
  const profiles = {
    request: run(process.execPath, [join(OUT, 'profile.mjs'), 'request']).trim(),
    render: run(process.execPath, [join(OUT, 'profile.mjs'), 'render']).trim(),
  }

  log('Building the Worker (wrangler deploy --dry-run) …')
  const workerDir = join(OUT, 'worker')
  const metafile = join(OUT, 'bundle-meta.json')
  run(join(BIN, 'wrangler'), ['deploy', '--dry-run', '--outdir', workerDir, '--metafile', metafile], { env: { WRANGLER_SEND_METRICS: 'false' } })
  const bundle = readFileSync(join(workerDir, 'index.js'))
  // wrangler.toml does not ask for minification; what `--minify` would save, for the record.
  run(join(BIN, 'wrangler'), ['deploy', '--dry-run', '--minify', '--outdir', join(OUT, 'worker-minified')], { env: { WRANGLER_SEND_METRICS: 'false' } })
  const minified = readFileSync(join(OUT, 'worker-minified', 'index.js'))
  const dataModule = readdirSync(workerDir).find((name) => name.endsWith('.ndjson'))!
  const dataBytes = readFileSync(join(workerDir, dataModule))

  const wranglerToml = readFileSync(join(ROOT, 'wrangler.toml'), 'utf8')
  const compatibility = {
    date: /compatibility_date\s*=\s*"([^"]+)"/.exec(wranglerToml)?.[1] ?? '2026-08-01',
    flags: JSON.parse(/compatibility_flags\s*=\s*(\[[^\]]*\])/.exec(wranglerToml)?.[1] ?? '[]') as string[],
  }
  const workerdBinary = join(BIN, 'workerd')
  log('Loading the Worker on workerd …')
  const loadDatasets = [
    { size: 7, file: join(ROOT, 'data', 'production.ndjson') },
    { size: 1_000, file: paths[1_000]! },
    { size: 10_000, file: paths[10_000]! },
  ]
  const probes: Results['probes'] = {}
  const load = await runLoad({
    outDir: OUT,
    workerdBinary,
    datasets: loadDatasets,
    fixedBody: { dataset: 7, path: '/en/atom.xml' },
    compatibility,
    rounds: quick ? 1 : 3,
    seconds: quick ? 2 : 3,
    connections: 16,
    log,
    scenarios: async (ports) => {
      const origin = (size: number) => `http://127.0.0.1:${ports[size]}`
      const etagOf = async (size: number, path: string) => (await fetch(`${origin(size)}${path}`)).headers.get('etag') ?? '""'
      const compressed = await fetch(`${origin(7)}/en/atom.xml`, { headers: { 'Accept-Encoding': 'gzip, br' } })
      probes.atomContentEncoding = compressed.headers.get('content-encoding')
      const page = await fetch(`${origin(7)}/en/`)
      await page.arrayBuffer()
      probes.pageStatus = page.status
      const embed = await fetch(`${origin(7)}/embed.js`)
      const embedBytes = Buffer.from(await embed.arrayBuffer())
      probes.embed = embed.ok ? { raw: embedBytes.byteLength, gzip: gzipSize(embedBytes) } : null
      const atom = Buffer.from(await (await fetch(`${origin(7)}/en/atom.xml`)).arrayBuffer())
      probes.atom = { raw: atom.byteLength, gzip: gzipSize(atom) }
      const scratch = Array.from({ length: 11 }, (_, index) => `/en/atom.xml?limit=${15 + index}`)
      const scenarios: Scenario[] = [
        { name: 'fixed body (upper bound)', dataset: 7, paths: ['/en/atom.xml'], port: 'fixed' },
        { name: 'cached feed', dataset: 7, paths: ['/en/atom.xml'], port: 'worker' },
        { name: 'cached feed, Chinese', dataset: 7, paths: ['/zh/atom.xml'], port: 'worker' },
        { name: 'feed from scratch', dataset: 7, paths: scratch, port: 'worker' },
        { name: 'JSON list', dataset: 7, paths: ['/api/v1/entries?lang=en'], port: 'worker' },
        { name: '304 conditional', dataset: 7, paths: ['/en/atom.xml'], headers: { 'If-None-Match': await etagOf(7, '/en/atom.xml') }, port: 'worker' },
      ]
      if (page.ok) scenarios.push({ name: 'page', dataset: 7, paths: ['/en/'], port: 'worker' })
      // Requests over the larger datasets take a tenth of a second and more: fewer connections, longer runs.
      const slow = { 1_000: { connections: 4 }, 10_000: { connections: 1, seconds: quick ? 4 : 6 } }
      scenarios.push(
        { name: 'cached feed', dataset: 1_000, paths: ['/en/atom.xml'], port: 'worker', ...slow[1_000] },
        { name: 'cached feed, Chinese', dataset: 1_000, paths: ['/zh/atom.xml'], port: 'worker', ...slow[1_000] },
        { name: 'JSON list', dataset: 1_000, paths: ['/api/v1/entries?lang=en'], port: 'worker', ...slow[1_000] },
        { name: '304 conditional', dataset: 1_000, paths: ['/en/atom.xml'], headers: { 'If-None-Match': await etagOf(1_000, '/en/atom.xml') }, port: 'worker', ...slow[1_000] },
        { name: 'cached feed', dataset: 10_000, paths: ['/en/atom.xml'], port: 'worker', ...slow[10_000] },
        { name: '304 conditional', dataset: 10_000, paths: ['/en/atom.xml'], headers: { 'If-None-Match': await etagOf(10_000, '/en/atom.xml') }, port: 'worker', ...slow[10_000] },
      )
      return scenarios
    },
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
      loadGenerator: load.tool === 'wrk' ? version('wrk', ['--version']).replace(/\s*\[.*$/, '') : `autocannon ${(require(join(ROOT, 'node_modules', 'autocannon', 'package.json')) as { version: string }).version}`,
    },
    measurements: rendered.measurements,
    load: load.results,
    startUp: load.startUp,
    size: {
      bundle: { raw: bundle.byteLength, gzip: gzipSize(bundle) },
      minified: { raw: minified.byteLength, gzip: gzipSize(minified) },
      dataModule: { name: dataModule, raw: dataBytes.byteLength, gzip: gzipSize(dataBytes) },
      datasets: Object.fromEntries(
        DATASET_SIZES.map((size) => [size, { raw: statSync(paths[size]!).size, gzip: gzipSync(readFileSync(paths[size]!)).byteLength }]),
      ),
      packages: bundleComposition(metafile),
    },
    probes,
    profiles,
  }
  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true })
  writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
  writeReport(results, join(ROOT, 'bench', 'results'))
  log(`Wrote bench/results/latest.md and bench/results/render-time.svg (${((Date.now() - startedAt.getTime()) / 1000).toFixed(0)} s)`)
}

await main()
