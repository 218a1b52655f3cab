/**
 * End to end on loopback: a Worker build as `wrangler deploy --dry-run` writes
 * it, served by bare workerd (no `wrangler dev` proxy), beside a fixed-body
 * Worker in a second workerd process: for every scenario, the fixed-body Worker
 * answers with the very status, headers and bytes ours sent for it (captured
 * first), so the ratio is what our own work costs.
 *
 * Both are measured at the same time, under the same fixed load: in every round
 * and scenario, two autocannon instances (in this Node process: `wrk` is not
 * installed) ask the two processes for the same number of requests at the
 * same rate (`amount`, `overallRate`), over the same connections, while both workerd processes share
 * one core and the load generator has the other (`PINNED`). Whatever the machine
 * does meanwhile (steal time, frequency, the other core's load) then hits both
 * alike, where runs back to back saw it change between them. What remains is
 * each process's own: in a round, either one's CPU per request (the fixed
 * body's as much as ours) can jump by half, so a median of rounds still moves
 * between runs (README, *Benchmarks*). Per scenario and Worker:
 * - workerd's CPU time per request: its process's user + system time from
 *   `/proc/<pid>/stat` over the run, less what it spends idle, divided by its
 *   requests; the target reads the median over rounds of each round's
 *   fixed / ours;
 * - the rate it achieved (the asked one, unless it fell behind) and its
 *   latency, p50 and p99, from autocannon: a second opinion. autocannon keeps
 *   a rate by sending each connection's share of a second back to back, then
 *   waiting for the next second: a burst, not an even pace, alike for both.
 *
 * Then, when valgrind is installed, both again under callgrind, counting the
 * instructions each executes per request (instructions.ts): a measure the
 * machine's other work cannot move, which the targets judge by, the CPU time
 * beside it.
 *
 * The dataset module of the build is swapped for a generated one where a
 * scenario asks for more entries than the shipped seven, so the code measured
 * is byte for byte the code wrangler would upload.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { get } from 'node:http'
import { cpus } from 'node:os'
import { join, relative } from 'node:path'
import autocannon from 'autocannon'
import { mainModuleOf } from './bundle.ts'
import { askInTurn, CALLGRIND, CountedWorkerd, stopProcess } from './instructions.ts'

export interface Scenario {
  /** What is asked, as the report names it: `feed`, `API`, `page`. */
  name: string
  dataset: number
  path: string
  /** Asked with the ETag of the 200: a 304. */
  conditional: boolean
  /** Request headers besides, such as an `Accept-Language` that decides the language. */
  headers?: Record<string, string>
}

/** One Worker's figures for a scenario: medians over rounds, and each round's CPU. */
export interface LoadSide {
  cpuUsPerRequest: number
  /** Requests per second achieved (the asked rate unless the Worker fell behind). */
  rps: number
  /** Latency, ms: as each request waited for its answer (inside a burst, behind the others; not corrected for coordinated omission, which bursts would mislead). */
  p50Ms: number
  p99Ms: number
  /** CPU µs per request in each round. */
  rounds: number[]
}

export interface LoadResult extends Scenario {
  status: number
  bytes: number
  /** The rate asked of each Worker, requests per second, for `seconds` per round. */
  rate: number
  seconds: number
  ours: LoadSide
  fixed: LoadSide
  /**
   * Each round's fixed / ours CPU per request (1 × is parity), the two measured at the same time
   * under the same load, then the median over rounds.
   */
  pairedRatio: { cpu: number; cpuRounds: number[] }
  /** Rounds in which either Worker achieved less than 95 % of the asked rate. */
  shortRounds: number
  non2xx: number
  /** Instructions per request under callgrind (instructions.ts), when valgrind is installed. */
  instructions?: InstructionCounts
}

/** Each Worker's instructions per request in every sample, their medians, and fixed / ours of the medians. */
export interface InstructionCounts {
  requests: number
  ours: number[]
  fixed: number[]
  oursMedian: number
  fixedMedian: number
  ratio: number
  /** Requests answered with another status than the one captured: none, or the comparison is void. */
  unexpected: number
}

interface Captured {
  status: number
  headers: Record<string, string>
  bodyFile: string | null
}

const HOST = '127.0.0.1'
const FIRST_PORT = 18800
/** Hop-by-hop and per-response headers the runtime writes itself. */
const NOT_CAPTURED = new Set(['content-length', 'date', 'connection', 'transfer-encoding', 'keep-alive'])

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/** workerd's user + system CPU time, ms (clock ticks of 10 ms: measured over whole runs, never one request). */
function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
  return (Number(fields[11]) + Number(fields[12])) * 10
}

function moduleKind(name: string): string {
  return name.endsWith('.js') ? 'esModule' : /\.(ndjson|json|txt)$/.test(name) ? 'text' : 'data'
}

/** A workerd config of the given Workers, each served on its own port. */
function workerdConfig(workers: { name: string; port: number; definition: string }[]): string {
  return `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [${workers.map(({ name }) => `(name = "${name}", worker = .${name})`).join(', ')}],
  sockets = [${workers.map(({ name, port }) => `(name = "${name}", address = "${HOST}:${port}", http = (), service = "${name}")`).join(', ')}],
);
${workers.map(({ name, definition }) => `const ${name} :Workerd.Worker = ${definition};`).join('\n')}
`
}

const embedIn = (outDir: string) => (path: string) => `embed ${JSON.stringify(relative(outDir, path))}`
const flagsOf = (compatibility: { flags: string[] }) => compatibility.flags.map((flag) => JSON.stringify(flag)).join(', ')

/** Ours once per dataset, the build's modules as wrangler would upload them, its dataset module swapped for the dataset's. */
function oursConfig(outDir: string, workerDir: string, datasets: { size: number; file: string }[], port: (size: number) => number, compatibility: { date: string; flags: string[] }): string {
  const files = readdirSync(workerDir).filter((name) => !name.endsWith('.map') && name !== 'README.md')
  const main = mainModuleOf(files)!
  const embed = embedIn(outDir)
  return workerdConfig(
    datasets.map(({ size, file }) => {
      const modules = [main, ...files.filter((name) => name !== main)].map(
        (name) => `(name = ${JSON.stringify(name)}, ${moduleKind(name)} = ${embed(name.endsWith('.ndjson') ? file : join(workerDir, name))})`,
      )
      return {
        name: `ours${size}`,
        port: port(size),
        definition: `(
  modules = [${modules.join(', ')}],
  compatibilityDate = ${JSON.stringify(compatibility.date)},
  compatibilityFlags = [${flagsOf(compatibility)}],
  bindings = [(name = "SANITY_PROJECT_ID", text = ""), (name = "SANITY_DATASET", text = "production"), (name = "PUBLIC_BASE_URL", text = "https://meeting-the-world.example.org")],
)`,
      }
    }),
  )
}

/** A fixed-body Worker per dataset, answering what ours answered, with ours' compatibility date and flags. */
function fixedConfig(outDir: string, fixed: Map<number, { responses: string; bodies: string[] }>, port: (size: number) => number, compatibility: { date: string; flags: string[] }): string {
  const embed = embedIn(outDir)
  return workerdConfig(
    [...fixed].map(([size, { responses, bodies }]) => ({
      name: `fixed${size}`,
      port: port(size),
      definition: `(
  modules = [(name = "fixed.js", esModule = ${embed(join(outDir, `fixed-${size}.js`))}), (name = "responses.json", text = ${embed(responses)}), ${bodies.map((body) => `(name = ${JSON.stringify(body.split('/').at(-1))}, data = ${embed(body)})`).join(', ')}],
  compatibilityDate = ${JSON.stringify(compatibility.date)},
  compatibilityFlags = [${flagsOf(compatibility)}],
)`,
    })),
  )
}

/**
 * The fixed-body Worker: a table from (path, conditional) to the captured answer, bodies as data
 * modules, headers built once as `Headers` (which a `Response` copies natively, cheaper than
 * converting a record of strings each time): the quickest fixed body there is. What it does per
 * request is one `new URL`, one lookup and one `new Response`.
 */
function fixedWorkerSource(bodyNames: string[]): string {
  return `import responses from "responses.json";
${bodyNames.map((name, index) => `import body${index} from ${JSON.stringify(name)};`).join('\n')}
const bodies = { ${bodyNames.map((name, index) => `${JSON.stringify(name)}: body${index}`).join(', ')} };
const table = new Map(Object.entries(JSON.parse(responses)).map(([key, answer]) => [key, { ...answer, headers: new Headers(Object.entries(answer.headers)) }]));
export default {
  fetch(request) {
    const url = new URL(request.url);
    const answer = table.get(url.pathname + url.search + (request.headers.has("if-none-match") ? " 304" : ""));
    if (!answer) return new Response("not captured", { status: 404 });
    return new Response(answer.body === null ? null : bodies[answer.body], { status: answer.status, headers: answer.headers });
  },
};
`
}

/**
 * The cores of the two sides, when the machine has two or more: both workerd processes on the first,
 * this process (the load generator) on the second, so that the load generator never takes the
 * Workers' core from them mid-run, and whatever slows that core slows ours and the fixed body alike.
 */
const PINNED = cpus().length >= 2 && spawnSync('taskset', ['--version']).status === 0 ? { workerd: '0', loadGenerator: '1' } : undefined

class Workerd {
  private child: ChildProcess | undefined
  private readonly binary: string
  private readonly configFile: string
  constructor(binary: string, configFile: string) {
    this.binary = binary
    this.configFile = configFile
  }
  get pid(): number {
    return this.child!.pid!
  }
  start(): void {
    const command = [this.binary, 'serve', this.configFile]
    if (PINNED) command.unshift('taskset', '-c', PINNED.workerd)
    this.child = spawn(command[0]!, command.slice(1), { stdio: ['ignore', 'ignore', 'inherit'] })
  }
  stop(): Promise<void> {
    return stopProcess(this.child)
  }
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs
  for (;;) {
    try {
      await (await fetch(url)).arrayBuffer()
      return
    } catch (error) {
      if (Date.now() > until) throw error
      await sleep(10)
    }
  }
}

export interface LoadOptions {
  outDir: string
  workerDir: string
  workerdBinary: string
  datasets: { size: number; file: string }[]
  scenarios: Scenario[]
  compatibility: { date: string; flags: string[] }
  rounds: number
  seconds: number
  connections: number
  /**
   * Requests per second asked of each Worker: both together must fit comfortably in one core. A
   * multiple of `connections`: autocannon shares the rate and the requests out between connections,
   * and an uneven share leaves one request of a connection to a further second.
   */
  rate: number
  /** Instructions counted under callgrind, when valgrind is installed: per scenario, `samples` of `requests` each, after `warmUp` uncounted. */
  instructions?: { samples: number; requests: number; warmUp: number }
  log: (line: string) => void
}

const scenarioKey = (scenario: Scenario) => `${scenario.path}${scenario.conditional ? ' 304' : ''}`

/** What a reader that takes gzip receives: the Content-Encoding and bytes on the wire, undecoded. */
export interface CompressionProbe {
  path: string
  contentType: string
  contentEncoding: string | null
  wireBytes: number
  identityBytes: number
}

function rawGet(url: string, headers: Record<string, string>): Promise<{ headers: Record<string, string | string[] | undefined>; bytes: number }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      let bytes = 0
      response.on('data', (chunk: Buffer) => (bytes += chunk.byteLength))
      response.on('end', () => resolve({ headers: response.headers, bytes }))
    }).on('error', reject)
  })
}

/** Every feed and list format, asked with and without `Accept-Encoding: gzip`. */
async function probeCompression(origin: string, paths: string[]): Promise<CompressionProbe[]> {
  const probes: CompressionProbe[] = []
  for (const path of paths) {
    const gzip = await rawGet(`${origin}${path}`, { 'accept-encoding': 'gzip, br' })
    const identity = await rawGet(`${origin}${path}`, {})
    probes.push({
      path,
      contentType: String(gzip.headers['content-type'] ?? '').split(';')[0]!,
      contentEncoding: (gzip.headers['content-encoding'] as string | undefined) ?? null,
      wireBytes: gzip.bytes,
      identityBytes: identity.bytes,
    })
  }
  return probes
}

export const COMPRESSION_PATHS = ['/en/atom.xml', '/en/rss.xml', '/en/feed.json', '/feeds.opml', '/api/v1/entries?lang=en', '/en/']

export async function runLoad(options: LoadOptions): Promise<{ results: LoadResult[]; compression: CompressionProbe[]; notCounted?: string }> {
  const { outDir, workerDir, datasets } = options
  if (options.rate % options.connections !== 0) throw new Error(`rate ${options.rate} is not a multiple of ${options.connections} connections`)
  const port = (size: number, which: 'ours' | 'fixed') => FIRST_PORT + 2 * datasets.findIndex((dataset) => dataset.size === size) + (which === 'fixed' ? 1 : 0)
  const oursFile = join(outDir, 'workerd-ours.capnp')
  const fixedFile = join(outDir, 'workerd-fixed.capnp')
  writeFileSync(oursFile, oursConfig(outDir, workerDir, datasets, (size) => port(size, 'ours'), options.compatibility))

  // First ours alone: what it answers to every scenario, captured byte for byte.
  const ours = new Workerd(options.workerdBinary, oursFile)
  ours.start()
  const etags = new Map<string, string>()
  const captured = new Map<number, Record<string, Captured & { body: string | null }>>()
  const bodies = new Map<number, string[]>()
  let compression: CompressionProbe[] = []
  let fixedWorkerd: Workerd | undefined
  // This process's own cores, to give back afterwards (`taskset -cp` prints "…'s current affinity list: 0,1").
  const cores = PINNED ? spawnSync('taskset', ['-cp', String(process.pid)], { encoding: 'utf8' }).stdout.trim().split(': ').at(-1) : undefined
  try {
    for (const { size } of datasets) await waitFor(`http://${HOST}:${port(size, 'ours')}/healthz`, 60_000)
    compression = await probeCompression(`http://${HOST}:${port(datasets[0]!.size, 'ours')}`, COMPRESSION_PATHS)
    for (const scenario of options.scenarios) {
      const origin = `http://${HOST}:${port(scenario.dataset, 'ours')}`
      // As autocannon asks: no Accept-Encoding (fetch would ask for gzip and decompress it).
      const identity = { ...scenario.headers, 'Accept-Encoding': 'identity' }
      const plain = await fetch(`${origin}${scenario.path}`, { headers: identity })
      await plain.arrayBuffer()
      etags.set(`${scenario.dataset} ${scenario.path}`, plain.headers.get('etag') ?? '""')
      const response = await fetch(`${origin}${scenario.path}`, { headers: scenario.conditional ? { ...identity, 'If-None-Match': etags.get(`${scenario.dataset} ${scenario.path}`)! } : identity })
      const bytes = Buffer.from(await response.arrayBuffer())
      const table = captured.get(scenario.dataset) ?? {}
      const files = bodies.get(scenario.dataset) ?? []
      let body: string | null = null
      if (bytes.byteLength > 0) {
        body = `body-${scenario.dataset}-${files.length}.bin`
        writeFileSync(join(outDir, body), bytes)
        files.push(join(outDir, body))
      }
      table[scenarioKey(scenario)] = {
        status: response.status,
        headers: Object.fromEntries([...response.headers].filter(([name]) => !NOT_CAPTURED.has(name))),
        bodyFile: body,
        body,
      }
      captured.set(scenario.dataset, table)
      bodies.set(scenario.dataset, files)
    }

    // Then the fixed-body Workers, in a process of their own beside ours.
    const fixed = new Map<number, { responses: string; bodies: string[] }>()
    for (const [size, table] of captured) {
      const responses = join(outDir, `responses-${size}.json`)
      writeFileSync(responses, JSON.stringify(Object.fromEntries(Object.entries(table).map(([key, { status, headers, body }]) => [key, { status, headers, body }]))))
      fixed.set(size, { responses, bodies: bodies.get(size)! })
    }
    for (const [size, entry] of fixed) writeFileSync(join(outDir, `fixed-${size}.js`), fixedWorkerSource(entry.bodies.map((file) => file.split('/').at(-1)!)))
    writeFileSync(fixedFile, fixedConfig(outDir, fixed, (size) => port(size, 'fixed'), options.compatibility))
    fixedWorkerd = new Workerd(options.workerdBinary, fixedFile)
    fixedWorkerd.start()
    const workerd = { ours, fixed: fixedWorkerd }
    if (PINNED) spawnSync('taskset', ['-a', '-pc', PINNED.loadGenerator, String(process.pid)], { stdio: 'ignore' })
    for (const size of fixed.keys()) await waitFor(`http://${HOST}:${port(size, 'fixed')}/`, 60_000)

    // What each process spends doing nothing (timers), ms per second, taken off every run.
    const idleSeconds = 3
    const idleBefore = { ours: processCpuMs(ours.pid), fixed: processCpuMs(fixedWorkerd.pid) }
    await sleep(idleSeconds * 1000)
    const idle = { ours: (processCpuMs(ours.pid) - idleBefore.ours) / idleSeconds, fixed: (processCpuMs(fixedWorkerd.pid) - idleBefore.fixed) / idleSeconds }
    options.log(`  idle workerd CPU: ours ${idle.ours.toFixed(1)} ms/s, fixed ${idle.fixed.toFixed(1)} ms/s (over ${idleSeconds} s; taken off each run)`)

    type Run = { cpu: number; rps: number; p50: number; p99: number; non2xx: number }
    const runs = new Map<Scenario, { ours: Run[]; fixed: Run[]; short: number }>()
    const sides = ['ours', 'fixed'] as const
    // Per scenario and round: both warmed, then both asked at once, at the same rate, so that a
    // noisy moment hits both alike; each process's CPU over the run, divided by its own requests.
    const round = async (scenario: Scenario) => {
      const headers: Record<string, string> = { ...scenario.headers, ...(scenario.conditional ? { 'if-none-match': etags.get(`${scenario.dataset} ${scenario.path}`)! } : {}) }
      const url = (which: 'ours' | 'fixed') => `http://${HOST}:${port(scenario.dataset, which)}${scenario.path}`
      await Promise.all(
        sides.map(async (which) => {
          for (let warm = 0; warm < 30; warm++) await (await fetch(url(which), { headers })).arrayBuffer()
        }),
      )
      const before = { ours: processCpuMs(ours.pid), fixed: processCpuMs(workerd.fixed.pid) }
      const started = performance.now()
      const [oursResult, fixedResult] = await Promise.all(
        // The same number of requests of each, at the same rate: `seconds` of them (checked for their end
        // every 100 ms, not every second).
        sides.map((which) => autocannon({ url: url(which), connections: options.connections, overallRate: options.rate, amount: options.rate * options.seconds, ignoreCoordinatedOmission: true, sampleInt: 100, headers })),
      )
      const elapsedS = (performance.now() - started) / 1000
      const one = (which: 'ours' | 'fixed', result: autocannon.Result): Run => {
        const cpuMs = processCpuMs(workerd[which].pid) - before[which] - idle[which] * elapsedS
        const requests = result.requests.total
        return {
          cpu: requests > 0 ? (cpuMs * 1000) / requests : Number.NaN,
          // Over the run's length, never less than `seconds`: a connection that kept up sends the last
          // second's share at its start and may be done before the second is.
          rps: requests / Math.max(result.duration, options.seconds),
          p50: result.latency.p50,
          p99: result.latency.p99,
          non2xx: result.non2xx + result.errors,
        }
      }
      return { ours: one('ours', oursResult!), fixed: one('fixed', fixedResult!) }
    }
    for (let index = 0; index < options.rounds; index++) {
      for (const scenario of options.scenarios) {
        const run = runs.get(scenario) ?? { ours: [], fixed: [], short: 0 }
        const { ours: oursRun, fixed: fixedRun } = await round(scenario)
        run.ours.push(oursRun)
        run.fixed.push(fixedRun)
        if (Math.min(oursRun.rps, fixedRun.rps) < 0.95 * options.rate) run.short++
        runs.set(scenario, run)
        options.log(
          `  round ${index + 1} ${scenario.name}${scenario.conditional ? ' 304' : ''} (${scenario.dataset}): fixed / ours ${(fixedRun.cpu / oursRun.cpu).toFixed(2)}; ours ${oursRun.cpu.toFixed(0)} µs CPU, ${oursRun.rps.toFixed(0)} rps, p99 ${oursRun.p99} ms; fixed ${fixedRun.cpu.toFixed(0)} µs, ${fixedRun.rps.toFixed(0)} rps, p99 ${fixedRun.p99} ms`,
        )
      }
    }
    const results = options.scenarios.map((scenario): LoadResult => {
      const run = runs.get(scenario)!
      const answer = captured.get(scenario.dataset)![scenarioKey(scenario)]!
      const summary = (values: Run[]): LoadSide => ({
        cpuUsPerRequest: median(values.map((value) => value.cpu)),
        rps: median(values.map((value) => value.rps)),
        p50Ms: median(values.map((value) => value.p50)),
        p99Ms: median(values.map((value) => value.p99)),
        rounds: values.map((value) => value.cpu),
      })
      const cpuRounds = run.ours.map((oursRun, index) => run.fixed[index]!.cpu / oursRun.cpu)
      return {
        ...scenario,
        status: answer.status,
        bytes: answer.bodyFile ? readFileSync(join(outDir, answer.bodyFile)).byteLength : 0,
        rate: options.rate,
        seconds: options.seconds,
        ours: summary(run.ours),
        fixed: summary(run.fixed),
        pairedRatio: { cpu: median(cpuRounds), cpuRounds },
        shortRounds: run.short,
        non2xx: run.ours.reduce((sum, value) => sum + value.non2xx, 0),
      }
    })
    // Why instructions were not counted, if asked for and not counted: the report says so.
    let notCounted: string | undefined
    if (options.instructions && !CALLGRIND) notCounted = 'valgrind is not installed (Debian: apt-get install valgrind)'
    else if (options.instructions) {
      if (PINNED && cores) spawnSync('taskset', ['-a', '-pc', cores, String(process.pid)], { stdio: 'ignore' })
      await Promise.all([ours.stop(), fixedWorkerd.stop()])
      try {
        const counts = await countInstructions({ ...options, ...options.instructions, files: { ours: oursFile, fixed: fixedFile }, port, etags, captured })
        for (const result of results) result.instructions = counts.get(scenarioKeyOf(result))
      } catch (error) {
        // The timed rounds stand on their own: a failure to count loses the counts, not the run.
        notCounted = `counting failed: ${error instanceof Error ? error.message : String(error)}`
      }
    }
    if (notCounted) options.log(`  instructions not counted: ${notCounted}`)
    return { results, compression, notCounted }
  } finally {
    if (PINNED && cores) spawnSync('taskset', ['-a', '-pc', cores, String(process.pid)], { stdio: 'ignore' })
    await Promise.all([ours.stop(), fixedWorkerd?.stop()])
  }
}

const scenarioKeyOf = (scenario: Scenario) => `${scenario.dataset} ${scenarioKey(scenario)}`

interface CountingOptions extends LoadOptions {
  samples: number
  requests: number
  warmUp: number
  /** The workerd configs of the timed rounds, and their ports. */
  files: { ours: string; fixed: string }
  port: (size: number, which: 'ours' | 'fixed') => number
  /** The ETag of each 200, by dataset and path, for the 304s; the captured answers, for their statuses. */
  etags: Map<string, string>
  captured: Map<number, Record<string, { status: number }>>
}

/**
 * Both Workers again, each under callgrind (instructions.ts), on both cores: a count does not depend
 * on sharing them. Per scenario, both warmed uncounted, then `samples` times both counted at once
 * over `requests` requests each, asked one after another.
 */
async function countInstructions(options: CountingOptions): Promise<Map<string, InstructionCounts>> {
  const sides = ['ours', 'fixed'] as const
  const workerd = { ours: new CountedWorkerd(options.workerdBinary, options.files.ours, options.outDir, 'ours'), fixed: new CountedWorkerd(options.workerdBinary, options.files.fixed, options.outDir, 'fixed') }
  const counts = new Map<string, InstructionCounts>()
  try {
    for (const which of sides) workerd[which].start()
    for (const size of new Set(options.scenarios.map((scenario) => scenario.dataset))) {
      await waitFor(`http://${HOST}:${options.port(size, 'ours')}/healthz`, 300_000)
      await waitFor(`http://${HOST}:${options.port(size, 'fixed')}/`, 300_000)
    }
    for (const scenario of options.scenarios) {
      const headers: Record<string, string> = { ...scenario.headers, ...(scenario.conditional ? { 'if-none-match': options.etags.get(`${scenario.dataset} ${scenario.path}`)! } : {}) }
      const url = (which: 'ours' | 'fixed') => `http://${HOST}:${options.port(scenario.dataset, which)}${scenario.path}`
      const status = options.captured.get(scenario.dataset)![scenarioKey(scenario)]!.status
      let unexpected = 0
      // Each side's count added once it is known (`unexpected += await …` would read the total before
      // the other side's await ended, and lose its count).
      const ask = async (which: 'ours' | 'fixed', requests: number) => {
        const seen = await askInTurn(url(which), headers, requests, status)
        unexpected += seen
      }
      await Promise.all(sides.map((which) => ask(which, options.warmUp)))
      const perRequest = { ours: [] as number[], fixed: [] as number[] }
      for (let sample = 0; sample < options.samples; sample++) {
        await Promise.all(
          sides.map(async (which) => {
            const instructions = await workerd[which].count(() => ask(which, options.requests))
            perRequest[which].push(instructions / options.requests)
          }),
        )
      }
      const medians = { oursMedian: median(perRequest.ours), fixedMedian: median(perRequest.fixed) }
      const ratio = medians.fixedMedian / medians.oursMedian
      counts.set(scenarioKeyOf(scenario), { requests: options.requests, ...perRequest, ...medians, ratio, unexpected })
      options.log(
        `  instructions ${scenario.name}${scenario.conditional ? ' 304' : ''} (${scenario.dataset}): fixed / ours ${ratio.toFixed(2)}; ours ${perRequest.ours.map((count) => (count / 1000).toFixed(0)).join(', ')} k; fixed ${perRequest.fixed.map((count) => (count / 1000).toFixed(0)).join(', ')} k${unexpected ? `; ${unexpected} unexpected statuses` : ''}`,
      )
    }
  } finally {
    await Promise.all(sides.map((which) => workerd[which].stop()))
  }
  return counts
}
