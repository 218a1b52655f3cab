/**
 * The Worker's size and start-up, per build (wrangler.toml): `both` (the
 * default `main`, `server/index.ts`: `npm start` and the tests), `sanity`
 * (`--env sanity`) and `embedded` (`--env embedded`), each built as wrangler
 * would upload it (`wrangler deploy --dry-run --outdir`).
 *
 * - Size: the main module, raw and gzipped (level 9), against the 120 KB
 *   target (KiB, as everywhere in the bench); every JavaScript module
 *   uploaded, the main one and those loaded on first use (server/lazy/), so
 *   that size moved out of the main module stays in sight; and every other
 *   module wrangler uploads beside it (the dataset, the icons).
 * - Start-up: workerd spawned with the build alone, to the first answer of
 *   `/healthz` (which reads no content), median of several spawns, beside
 *   the same for a Worker that answers a fixed body; and, reported beside it
 *   (not a target), to the first answer of a content request (`/en/atom.xml`)
 *   for the builds that read content here, which also pays for what is
 *   loaded on first use. Timed by spawning, from outside, because workerd
 *   stops the clock while a Worker's top-level code runs.
 *
 * `measureBuilds()` for `bench/run.ts`, `renderBundleMarkdown()` for its
 * report; `node bench/bundle.ts` alone prints the table.
 */
import { spawn, spawnSync } from 'node:child_process'
import { createServer, type AddressInfo } from 'node:net'
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const BIN = join(ROOT, 'node_modules', '.bin')

/** The target of issue 14: the Worker's main module at most this many KiB gzipped. */
export const BUNDLE_TARGET_KIB = 120
/** The target of issue 14: start-up at most this many milliseconds over the fixed-body Worker's. */
export const START_UP_TARGET_MS = 50

/**
 * The builds wrangler.toml describes: its name here, and the `--env` that builds it (none: the
 * default, which `npm run deploy` refuses: an operator deploys a named one, scripts/deploy.ts).
 */
export const BUILDS = [
  { name: 'both', env: undefined, readsContent: true },
  // Reads Sanity only, which the bench does not reach.
  { name: 'sanity', env: 'sanity', readsContent: false },
  { name: 'embedded', env: 'embedded', readsContent: true },
] as const

/** The content request whose first answer the second start-up figure waits for. */
export const FIRST_CONTENT_PATH = '/en/atom.xml'

/**
 * The main module among the files of a build's output: its one JavaScript module that is not
 * loaded on first use (`*.lazy.js`, wrangler.toml's `ESModule` rule).
 */
export function mainModuleOf(files: readonly string[]): string | undefined {
  return files.find((file) => file.endsWith('.js') && !file.endsWith('.lazy.js'))
}

export type BuildName = (typeof BUILDS)[number]['name']

export interface BuildMeasurement {
  name: BuildName | 'fixed body'
  /** The main module's file, as wrangler names it. */
  main: string
  raw: number
  gzip: number
  /** Every JavaScript module uploaded, the main one and those loaded on first use (server/lazy/), raw and gzipped. */
  allJs: { raw: number; gzip: number; names: string[] }
  /** The other modules wrangler uploads with it (the lazy JavaScript, the dataset, the Traditional Chinese dictionaries, icons), raw and gzipped. */
  others: { raw: number; gzip: number; names: string[] }
  /** Spawn to first answer, in milliseconds, each spawn sorted; the median is `startUpMs`. */
  spawnsMs: number[]
  startUpMs: number
  /**
   * CPU time workerd spent until that answer (all its threads, from `/proc/<pid>/task/<tid>/schedstat`),
   * median of the spawns: steadier than wall time on a shared machine, where other work delays a spawn.
   */
  startUpCpuMs: number
  /** Spawn to the first answer of `FIRST_CONTENT_PATH`, each spawn sorted, and the medians of wall and CPU time; absent for a build that reads no content here. */
  firstContent?: { spawnsMs: number[]; wallMs: number; cpuMs: number }
}

export interface BundleReport {
  builds: BuildMeasurement[]
  /** The fixed-body Worker's start-up, measured in the same run (its size is its own few bytes). */
  fixed: BuildMeasurement
}

const HOST = '127.0.0.1'

const gzip = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).byteLength
const median = (sorted: number[]) => sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Builds one build into `dir` as `wrangler deploy --dry-run` would upload it. */
function build(env: string | undefined, dir: string): void {
  rmSync(dir, { recursive: true, force: true })
  const args = ['deploy', '--dry-run', ...(env ? ['--env', env] : []), '--outdir', dir]
  const result = spawnSync(join(BIN, 'wrangler'), args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } })
  if (result.status !== 0) throw new Error(`wrangler ${args.join(' ')} failed:\n${result.stderr}${result.stdout}`)
}

/** The compatibility date and flags of wrangler.toml, so workerd runs the build as Cloudflare would. */
function compatibility(): { date: string; flags: string[] } {
  const toml = readFileSync(join(ROOT, 'wrangler.toml'), 'utf8')
  return {
    date: /compatibility_date\s*=\s*"([^"]+)"/.exec(toml)?.[1] ?? '2026-08-01',
    flags: JSON.parse(/compatibility_flags\s*=\s*(\[[^\]]*\])/.exec(toml)?.[1] ?? '[]') as string[],
  }
}

/** A port no one listens on now. */
async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, HOST, resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

/** A workerd config serving `modules` (the first is the main one) on `port`, with `bindings` as text. */
function workerdConfig(configDir: string, port: number, modules: { name: string; file: string }[], bindings: Record<string, string>): string {
  const { date, flags } = compatibility()
  const embed = (file: string) => `embed ${JSON.stringify(relative(configDir, file))}`
  const kind = (name: string) => (name.endsWith('.js') ? 'esModule' : /\.(ndjson|txt)$/.test(name) ? 'text' : 'data')
  return `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "main", worker = .worker)],
  sockets = [(name = "http", address = "${HOST}:${port}", http = (), service = "main")],
);
const worker :Workerd.Worker = (
  modules = [${modules.map(({ name, file }) => `(name = ${JSON.stringify(name)}, ${kind(name)} = ${embed(file)})`).join(', ')}],
  compatibilityDate = ${JSON.stringify(date)},
  compatibilityFlags = [${flags.map((flag) => JSON.stringify(flag)).join(', ')}],
  bindings = [${Object.entries(bindings).map(([name, text]) => `(name = ${JSON.stringify(name)}, text = ${JSON.stringify(text)})`).join(', ')}],
);
`
}

/** CPU milliseconds process `pid` has run, all its threads; `NaN` where `/proc` does not say (not Linux). */
function cpuMs(pid: number | undefined): number {
  try {
    const tasks = readdirSync(`/proc/${pid}/task`)
    return tasks.reduce((sum, task) => sum + Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]), 0) / 1e6
  } catch {
    return Number.NaN
  }
}

/** Spawns workerd on `configFile`: wall and CPU milliseconds to the first answer of `path`. */
async function startUp(configFile: string, port: number, path = '/healthz'): Promise<{ wallMs: number; cpuMs: number }> {
  const started = performance.now()
  const workerd = spawn(join(BIN, 'workerd'), ['serve', configFile], { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  let exited = false
  workerd.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const gone = new Promise((resolve) => workerd.on('exit', () => resolve((exited = true))))
  try {
    for (;;) {
      try {
        const response = await fetch(`http://${HOST}:${port}${path}`)
        await response.arrayBuffer()
        if (!response.ok) throw new Error(`${path} answered ${response.status}`)
        return { wallMs: performance.now() - started, cpuMs: cpuMs(workerd.pid) }
      } catch (error) {
        if (error instanceof Error && error.message.startsWith(path)) throw error
        if (exited) throw new Error(`workerd exited before answering:\n${stderr.slice(0, 1000)}`)
        await sleep(2)
      }
    }
  } finally {
    workerd.kill('SIGTERM')
    await gone
  }
}

/** Builds every build and measures it; `spawns` start-ups each (7 by default), taken in turns so that a busy moment spreads over all. */
export async function measureBuilds({ outDir, spawns = 7, log = () => {} }: { outDir: string; spawns?: number; log?: (line: string) => void }): Promise<BundleReport> {
  mkdirSync(outDir, { recursive: true })
  const port = await freePort()
  const fixedFile = join(outDir, 'fixed.js')
  writeFileSync(fixedFile, 'export default { fetch() { return new Response("ok") } }\n')
  const fixedConfig = join(outDir, 'fixed.capnp')
  writeFileSync(fixedConfig, workerdConfig(outDir, port, [{ name: 'fixed.js', file: fixedFile }], {}))
  const fixed: BuildMeasurement = {
    name: 'fixed body',
    main: 'fixed.js',
    raw: readFileSync(fixedFile).byteLength,
    gzip: gzip(readFileSync(fixedFile)),
    allJs: { raw: readFileSync(fixedFile).byteLength, gzip: gzip(readFileSync(fixedFile)), names: ['fixed.js'] },
    others: { raw: 0, gzip: 0, names: [] },
    spawnsMs: [],
    startUpMs: Number.NaN,
    startUpCpuMs: Number.NaN,
  }

  const builds: (BuildMeasurement & { config: string; readsContent: boolean })[] = []
  for (const { name, env, readsContent } of BUILDS) {
    const dir = join(outDir, `build-${name}`)
    log(`  building ${name} (wrangler deploy --dry-run${env ? ` --env ${env}` : ''}) …`)
    build(env, dir)
    const files = readdirSync(dir).filter((file) => !file.endsWith('.map') && file !== 'README.md')
    const main = mainModuleOf(files)
    if (!main) throw new Error(`no main module in ${dir}`)
    const others = files.filter((file) => file !== main)
    const js = files.filter((file) => file.endsWith('.js'))
    const bytes = (file: string) => readFileSync(join(dir, file))
    // The Sanity build reads Sanity only: a project id (never asked, as /healthz reads no content) lets it start.
    const bindings: Record<string, string> = name === 'sanity' ? { SANITY_PROJECT_ID: 'bench', SANITY_DATASET: 'production' } : {}
    const config = join(outDir, `${name}.capnp`)
    writeFileSync(config, workerdConfig(outDir, port, [main, ...others].map((file) => ({ name: file, file: join(dir, file) })), bindings))
    builds.push({
      name,
      main,
      raw: bytes(main).byteLength,
      gzip: gzip(bytes(main)),
      allJs: { raw: js.reduce((sum, file) => sum + bytes(file).byteLength, 0), gzip: js.reduce((sum, file) => sum + gzip(bytes(file)), 0), names: js },
      others: {
        raw: others.reduce((sum, file) => sum + bytes(file).byteLength, 0),
        gzip: others.reduce((sum, file) => sum + gzip(bytes(file)), 0),
        names: others,
      },
      spawnsMs: [],
      startUpMs: Number.NaN,
      startUpCpuMs: Number.NaN,
      config,
      readsContent,
    })
  }

  log(`  start-up, ${spawns} spawns of each …`)
  const runs = [{ measured: fixed, config: fixedConfig, cpu: [] as number[] }, ...builds.map((measured) => ({ measured, config: measured.config, cpu: [] as number[] }))]
  for (let round = 0; round < spawns; round++) {
    for (const { measured, config, cpu } of runs) {
      const { wallMs, cpuMs } = await startUp(config, port)
      measured.spawnsMs.push(wallMs)
      cpu.push(cpuMs)
    }
  }
  for (const { measured, cpu } of runs) {
    measured.spawnsMs.sort((a, b) => a - b)
    measured.startUpMs = median(measured.spawnsMs)
    measured.startUpCpuMs = median(cpu.sort((a, b) => a - b))
  }

  log(`  first content request (${FIRST_CONTENT_PATH}), ${spawns} spawns of each build that reads content …`)
  const contentRuns = builds.filter(({ readsContent }) => readsContent).map((measured) => ({ measured, wall: [] as number[], cpu: [] as number[] }))
  for (let round = 0; round < spawns; round++) {
    for (const { measured, wall, cpu } of contentRuns) {
      const { wallMs, cpuMs } = await startUp(measured.config, port, FIRST_CONTENT_PATH)
      wall.push(wallMs)
      cpu.push(cpuMs)
    }
  }
  for (const { measured, wall, cpu } of contentRuns) {
    wall.sort((a, b) => a - b)
    measured.firstContent = { spawnsMs: wall, wallMs: median(wall), cpuMs: median(cpu.sort((a, b) => a - b)) }
  }
  return { builds: builds.map(({ config: _config, readsContent: _readsContent, ...measured }) => measured), fixed }
}

const kib = (bytes: number) => (bytes / 1024).toFixed(1)

/** The report's section: each build's size and start-up against the targets, met or missed. */
export function renderBundleMarkdown({ builds, fixed }: BundleReport): string {
  const rows = builds.map((build) => {
    const over = build.startUpMs - fixed.startUpMs
    const size = build.gzip <= BUNDLE_TARGET_KIB * 1024 ? '**met**' : '**missed**'
    const startUp = over <= START_UP_TARGET_MS ? '**met**' : '**missed**'
    const overCpu = build.startUpCpuMs - fixed.startUpCpuMs
    const content = build.firstContent
      ? `${build.firstContent.wallMs.toFixed(0)} (+${(build.firstContent.wallMs - fixed.startUpMs).toFixed(0)}) | ${build.firstContent.cpuMs.toFixed(0)} (+${(build.firstContent.cpuMs - fixed.startUpCpuMs).toFixed(0)})`
      : '– | –'
    return `| ${build.name} | \`${build.main}\` | ${kib(build.raw)} | ${kib(build.gzip)} | ${size} | ${kib(build.allJs.gzip)} | ${kib(build.others.gzip)} | ${build.startUpMs.toFixed(0)} (${build.spawnsMs[0]!.toFixed(0)}–${build.spawnsMs.at(-1)!.toFixed(0)}) | +${over.toFixed(0)} | ${startUp} | ${build.startUpCpuMs.toFixed(0)} (+${overCpu.toFixed(0)}) | ${content} |`
  })
  return [
    `Each build as \`wrangler deploy --dry-run\` writes it. Size: the main module in KiB, gzipped at level 9, against ${BUNDLE_TARGET_KIB} KiB; beside it, every JavaScript module uploaded (the main one and those loaded on first use, \`*.lazy.js\`), and the other modules uploaded with it (the lazy JavaScript again, the dataset, the Traditional Chinese dictionaries, the widget's script, the icons: images are already compressed). Start-up: workerd spawned with the build alone to the first answer of \`/healthz\`, median of ${fixed.spawnsMs.length} spawns (fastest–slowest), against the fixed-body Worker's ${fixed.startUpMs.toFixed(0)} ms (target: at most +${START_UP_TARGET_MS} ms); beside it the CPU time workerd spent until then, median, against the fixed-body Worker's ${fixed.startUpCpuMs.toFixed(0)} ms, steadier than wall time on a shared machine. Last, reported and not a target: the same to the first answer of \`${FIRST_CONTENT_PATH}\` (in ms, over the fixed-body Worker's start-up), which also loads and runs what a content request needs first (the query engine, the dataset); the \`sanity\` build reads Sanity only, which the bench does not reach.`,
    '',
    '| build | main module | raw KiB | gzip KiB | ≤ 120 KiB | all JS modules, gzip KiB | other modules, gzip KiB | start-up ms | over fixed body, ms | ≤ +50 ms | start-up CPU ms (over fixed body) | to the first content answer, ms (over fixed body) | its CPU ms (over fixed body) |',
    '|---|---|--:|--:|---|--:|--:|--:|--:|---|--:|--:|--:|',
    ...rows,
    '',
    '`sanity` and `embedded` are what an operator deploys (`npm run deploy -- --env sanity`, README); `both` is what `npm start` and the tests run, which `npm run deploy` refuses.',
  ].join('\n')
}

if (import.meta.main) {
  // `node bench/bundle.ts [outDir]`: bench/.out/bundle unless another folder is named (`npm run bench` uses that one).
  const report = await measureBuilds({ outDir: process.argv[2] ?? join(ROOT, 'bench', '.out', 'bundle'), log: (line) => process.stderr.write(`${line}\n`) })
  process.stdout.write(`${renderBundleMarkdown(report)}\n`)
}
