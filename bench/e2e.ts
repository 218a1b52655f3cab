/**
 * End to end on loopback: the Worker bundle that `wrangler deploy --dry-run`
 * writes, served by bare workerd (no `wrangler dev` proxy), loaded by wrk
 * (Debian) or, without it, autocannon (npm). Beside it, on the same runtime
 * and in the same process, a Worker that answers with fixed bytes (the
 * English Atom feed, with its headers): the upper bound every figure is a
 * ratio to.
 *
 * One workerd process serves the bundle once per dataset, each on its own
 * port: the bundle's embedded-data module is swapped for a generated dataset
 * in the workerd config, so the code under test is byte for byte the one
 * wrangler would upload. Start-up is timed in separate runs first: workerd
 * with the fixed-body Worker alone, then with the shipped Worker.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { readdirSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import autocannon from 'autocannon'

export interface LoadResult {
  scenario: string
  dataset: number
  path: string
  /** Requests per second, median of the rounds. */
  rps: number
  p50Ms: number
  p99Ms: number
  rounds: number[]
  status: number
  bytes: number
  non2xx: number
  tool: 'wrk' | 'autocannon'
}

export interface StartUp {
  dataset: number
  /** Process spawn to the first answered request (a health check: no content read); `null` when other Workers shared the process. */
  readyMs: number | null
  /** The first feed request after that: parses the embedded dataset. */
  firstFeedMs: number
  secondFeedMs: number
}

export interface Scenario {
  name: string
  dataset: number
  /** A path, or several to cycle through (a different URL on each request). */
  paths: string[]
  headers?: Record<string, string>
  port: 'fixed' | 'worker'
  /** Overrides for slow scenarios (large datasets): fewer connections, longer runs. */
  connections?: number
  seconds?: number
}

const HOST = '127.0.0.1'

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** wrk when installed, unless `BENCH_LOAD=autocannon` asks for the npm one. */
export function hasWrk(): boolean {
  if (process.env.BENCH_LOAD === 'autocannon') return false
  return spawnSync('wrk', ['--version'], { encoding: 'utf8' }).error === undefined
}

/** A workerd config: the bundle with a given dataset in its embedded-data module, and the fixed-body Worker. */
function workerdConfig(outDir: string, datasets: { size: number; file: string; port: number }[], fixed: { port: number; bodyFile: string; headers: Record<string, string> }, compatibility: { date: string; flags: string[] }) {
  const dataModule = readdirSync(join(outDir, 'worker')).find((name) => name.endsWith('.ndjson'))
  if (!dataModule) throw new Error('no .ndjson module in the dry-run output')
  const configDir = outDir
  const rel = (path: string) => JSON.stringify(relative(configDir, path))
  const flags = compatibility.flags.map((flag) => JSON.stringify(flag)).join(', ')
  const workers = datasets
    .map(
      ({ size, file }) => `const worker${size} :Workerd.Worker = (
  modules = [
    (name = "index.js", esModule = embed ${rel(join(outDir, 'worker', 'index.js'))}),
    (name = ${JSON.stringify(dataModule)}, text = embed ${rel(file)}),
  ],
  compatibilityDate = ${JSON.stringify(compatibility.date)},
  compatibilityFlags = [${flags}],
  bindings = [
    (name = "SANITY_PROJECT_ID", text = ""),
    (name = "SANITY_DATASET", text = "production"),
    (name = "PUBLIC_BASE_URL", text = "https://meeting-the-world.example.org"),
  ],
);`,
    )
    .join('\n')
  const fixedSource = `import body from "body.bin";
const headers = ${JSON.stringify(fixed.headers)};
export default { fetch() { return new Response(body, { headers }) } };`
  writeFileSync(join(outDir, 'fixed.js'), fixedSource)
  return `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
${datasets.map(({ size }) => `    (name = "worker${size}", worker = .worker${size}),`).join('\n')}
    (name = "fixed", worker = .fixed),
  ],
  sockets = [
${datasets.map(({ size, port }) => `    (name = "http${size}", address = "${HOST}:${port}", http = (), service = "worker${size}"),`).join('\n')}
    (name = "httpFixed", address = "${HOST}:${fixed.port}", http = (), service = "fixed"),
  ],
);
${workers}
const fixed :Workerd.Worker = (
  modules = [
    (name = "fixed.js", esModule = embed "fixed.js"),
    (name = "body.bin", data = embed ${rel(fixed.bodyFile)}),
  ],
  compatibilityDate = ${JSON.stringify(compatibility.date)},
);
`
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs
  for (;;) {
    try {
      const response = await fetch(url)
      await response.arrayBuffer()
      return
    } catch (error) {
      if (Date.now() > until) throw error
      await sleep(10)
    }
  }
}

/** A workerd process serving `configFile`; stopped by its own pid. */
/** The first feed request of an isolate (which parses the embedded dataset), then a second one. */
async function firstRequests(origin: string): Promise<{ firstFeedMs: number; secondFeedMs: number }> {
  const timed = async () => {
    const before = performance.now()
    await (await fetch(`${origin}/en/atom.xml`)).arrayBuffer()
    return performance.now() - before
  }
  return { firstFeedMs: await timed(), secondFeedMs: await timed() }
}

export class Workerd {
  private process: ChildProcess | undefined
  private readonly binary: string
  private readonly configFile: string
  constructor(binary: string, configFile: string) {
    this.binary = binary
    this.configFile = configFile
  }
  start(): void {
    this.process = spawn(this.binary, ['serve', this.configFile], { stdio: ['ignore', 'ignore', 'inherit'] })
  }
  stop(): void {
    this.process?.kill('SIGTERM')
  }
}

/** Runs wrk for `seconds` on one scenario; a Lua script cycles the paths and reports JSON. */
function runWrk(scenario: Scenario, port: number, seconds: number, connections: number, outDir: string) {
  seconds = scenario.seconds ?? seconds
  connections = scenario.connections ?? connections
  const script = join(outDir, 'wrk.lua')
  const headerLines = Object.entries(scenario.headers ?? {})
    .map(([name, value]) => `wrk.headers[${JSON.stringify(name)}] = ${JSON.stringify(value)}`)
    .join('\n')
  writeFileSync(
    script,
    `${headerLines}
local paths = { ${scenario.paths.map((path) => JSON.stringify(path)).join(', ')} }
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format(nil, paths[i])
end
done = function(summary, latency, requests)
  local non2xx = summary.errors.status
  io.write(string.format('RESULT {"requests":%d,"duration":%d,"p50":%d,"p99":%d,"errors":%d,"non2xx":%d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, non2xx))
end
`,
  )
  const run = spawnSync('wrk', ['-t1', `-c${connections}`, `-d${seconds}s`, '--timeout', '30s', '-s', script, `http://${HOST}:${port}${scenario.paths[0]}`], { encoding: 'utf8' })
  const line = run.stdout.split('\n').find((l) => l.startsWith('RESULT '))
  if (!line) throw new Error(`wrk failed: ${run.stderr || run.stdout}`)
  const result = JSON.parse(line.slice(7)) as { requests: number; duration: number; p50: number; p99: number; errors: number; non2xx: number }
  return { rps: result.requests / (result.duration / 1e6), p50Ms: result.p50 / 1000, p99Ms: result.p99 / 1000, non2xx: result.non2xx + result.errors }
}

async function runAutocannon(scenario: Scenario, port: number, seconds: number, connections: number) {
  const result = await autocannon({
    url: `http://${HOST}:${port}`,
    connections: scenario.connections ?? connections,
    duration: scenario.seconds ?? seconds,
    timeout: 30,
    requests: scenario.paths.map((path) => ({ method: 'GET', path, headers: scenario.headers ?? {} })),
  })
  return { rps: result.requests.average, p50Ms: result.latency.p50, p99Ms: result.latency.p99, non2xx: result.non2xx + result.errors }
}

export interface LoadOptions {
  outDir: string
  workerdBinary: string
  datasets: { size: number; file: string }[]
  /** The Worker response (dataset and path) whose bytes and headers the fixed-body Worker serves. */
  fixedBody: { dataset: number; path: string }
  scenarios: (ports: Record<number, number>) => Promise<Scenario[]>
  compatibility: { date: string; flags: string[] }
  rounds: number
  seconds: number
  connections: number
  log: (line: string) => void
}

export async function runLoad(options: LoadOptions): Promise<{ results: LoadResult[]; startUp: StartUp[]; tool: 'wrk' | 'autocannon' }> {
  const tool = hasWrk() ? 'wrk' : 'autocannon'
  const ports: Record<number, number> = {}
  options.datasets.forEach(({ size }, index) => (ports[size] = 18800 + index))
  const fixedPort = 18799
  const configFile = join(options.outDir, 'workerd.capnp')
  const bodyFile = join(options.outDir, 'fixed-body.txt')
  const writeConfig = (headers: Record<string, string>, only?: number) =>
    writeFileSync(
      configFile,
      workerdConfig(
        options.outDir,
        options.datasets.filter((dataset) => only === undefined || dataset.size === only).map((dataset) => ({ ...dataset, port: ports[dataset.size]! })),
        { port: fixedPort, bodyFile, headers },
        options.compatibility,
      ),
    )
  // The baseline: how long workerd takes to answer with the fixed-body Worker alone.
  writeFileSync(bodyFile, 'ok')
  writeConfig({}, -1)
  const baseline = new Workerd(options.workerdBinary, configFile)
  const baselineSpawned = performance.now()
  baseline.start()
  const startUp: StartUp[] = []
  try {
    await waitFor(`http://${HOST}:${fixedPort}/`, 30_000)
    startUp.push({ dataset: 0, readyMs: performance.now() - baselineSpawned, firstFeedMs: Number.NaN, secondFeedMs: Number.NaN })
  } finally {
    baseline.stop()
    await sleep(300)
  }
  // First run, the fixed body's Worker alone: its start-up, and the bytes and headers the fixed-body Worker will serve.
  writeFileSync(bodyFile, '')
  writeConfig({}, options.fixedBody.dataset)
  const capture = new Workerd(options.workerdBinary, configFile)
  const spawned = performance.now()
  capture.start()
  let fixedHeaders: Record<string, string>
  try {
    const origin = `http://${HOST}:${ports[options.fixedBody.dataset]}`
    await waitFor(`${origin}/healthz`, 30_000)
    const readyMs = performance.now() - spawned
    startUp.push({ dataset: options.fixedBody.dataset, readyMs, ...(await firstRequests(origin)) })
    const response = await fetch(`${origin}${options.fixedBody.path}`)
    writeFileSync(bodyFile, Buffer.from(await response.arrayBuffer()))
    fixedHeaders = Object.fromEntries([...response.headers].filter(([name]) => !['content-length', 'date', 'connection', 'transfer-encoding'].includes(name)))
  } finally {
    capture.stop()
    await sleep(300)
  }
  writeConfig(fixedHeaders)
  const workerd = new Workerd(options.workerdBinary, configFile)
  workerd.start()
  try {
    for (const { size } of options.datasets) {
      const origin = `http://${HOST}:${ports[size]}`
      await waitFor(`${origin}/healthz`, 60_000)
      if (size !== options.fixedBody.dataset) startUp.push({ dataset: size, readyMs: null, ...(await firstRequests(origin)) })
    }
    const scenarios = await options.scenarios(ports)
    const rounds = new Map<Scenario, { rps: number; p50Ms: number; p99Ms: number; non2xx: number }[]>()
    // Rounds interleave the scenarios, so a noisy moment on the machine spreads over all of them.
    for (let round = 0; round < options.rounds; round++) {
      for (const scenario of scenarios) {
        const port = scenario.port === 'fixed' ? fixedPort : ports[scenario.dataset]!
        const result = tool === 'wrk' ? runWrk(scenario, port, options.seconds, options.connections, options.outDir) : await runAutocannon(scenario, port, options.seconds, options.connections)
        options.log(`  round ${round + 1} ${scenario.name} (${scenario.dataset}): ${result.rps.toFixed(0)} rps, p50 ${result.p50Ms.toFixed(2)} ms, p99 ${result.p99Ms.toFixed(2)} ms`)
        rounds.set(scenario, [...(rounds.get(scenario) ?? []), result])
      }
    }
    const results: LoadResult[] = []
    for (const scenario of scenarios) {
      const all = rounds.get(scenario)!
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
      const port = scenario.port === 'fixed' ? fixedPort : ports[scenario.dataset]!
      const probe = await fetch(`http://${HOST}:${port}${scenario.paths[0]}`, { headers: scenario.headers ?? {} })
      const bytes = (await probe.arrayBuffer()).byteLength
      results.push({
        scenario: scenario.name,
        dataset: scenario.dataset,
        path: scenario.paths.length > 1 ? `${scenario.paths[0]} … (${scenario.paths.length} URLs)` : scenario.paths[0]!,
        rps: median(all.map((r) => r.rps)),
        p50Ms: median(all.map((r) => r.p50Ms)),
        p99Ms: median(all.map((r) => r.p99Ms)),
        rounds: all.map((r) => Math.round(r.rps)),
        status: probe.status,
        bytes,
        non2xx: all.reduce((sum, r) => sum + r.non2xx, 0),
        tool,
      })
    }
    return { results, startUp, tool }
  } finally {
    workerd.stop()
  }
}
