/**
 * End to end on loopback: a Worker build as `wrangler deploy --dry-run` writes
 * it, served by bare workerd (no `wrangler dev` proxy), beside a fixed-body
 * Worker on the same workerd, in the same process: for every scenario, the
 * fixed-body Worker answers with the very status, headers and bytes ours sent
 * for it (captured first), so the ratio is what our own work costs.
 *
 * Two figures per scenario and Worker, in alternating rounds:
 * - workerd's CPU time per request: its process's user + system time from
 *   `/proc/<pid>/stat` over the run, divided by the requests. workerd runs on
 *   one core and the load generator (autocannon, in this Node process: `wrk` is
 *   not installed) on the other (`PINNED`), which bounds requests per second;
 * - requests per second, from autocannon.
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

export interface LoadResult extends Scenario {
  status: number
  bytes: number
  ours: { cpuUsPerRequest: number; rps: number; rounds: number[] }
  fixed: { cpuUsPerRequest: number; rps: number; rounds: number[] }
  /**
   * Each round's ours-against-fixed, the two run back to back, then the median over rounds: fixed /
   * ours for CPU per request, ours / fixed for requests per second (1 × is parity). Steadier than
   * the ratio of two medians when the machine's speed drifts between rounds (by half, on shared cores).
   */
  pairedRatio: { cpu: number; rps: number; cpuRounds: number[] }
  non2xx: number
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

/** The workerd config: ours once per dataset, and a fixed-body Worker per dataset answering what ours answered. */
function workerdConfig(
  outDir: string,
  workerDir: string,
  datasets: { size: number; file: string }[],
  fixed: Map<number, { responses: string; bodies: string[] }> | null,
  compatibility: { date: string; flags: string[] },
): string {
  const files = readdirSync(workerDir).filter((name) => !name.endsWith('.map') && name !== 'README.md')
  const main = mainModuleOf(files)!
  const embed = (path: string) => `embed ${JSON.stringify(relative(outDir, path))}`
  const flags = compatibility.flags.map((flag) => JSON.stringify(flag)).join(', ')
  const ours = datasets.map(({ size, file }) => {
    const modules = [main, ...files.filter((name) => name !== main)].map(
      (name) => `(name = ${JSON.stringify(name)}, ${moduleKind(name)} = ${embed(name.endsWith('.ndjson') ? file : join(workerDir, name))})`,
    )
    return `const ours${size} :Workerd.Worker = (
  modules = [${modules.join(', ')}],
  compatibilityDate = ${JSON.stringify(compatibility.date)},
  compatibilityFlags = [${flags}],
  bindings = [(name = "SANITY_PROJECT_ID", text = ""), (name = "SANITY_DATASET", text = "production"), (name = "PUBLIC_BASE_URL", text = "https://meeting-the-world.example.org")],
);`
  })
  const fixedWorkers = [...(fixed ?? [])].map(
    ([size, { responses, bodies }]) => `const fixed${size} :Workerd.Worker = (
  modules = [(name = "fixed.js", esModule = ${embed(join(outDir, `fixed-${size}.js`))}), (name = "responses.json", text = ${embed(responses)}), ${bodies.map((body) => `(name = ${JSON.stringify(body.split('/').at(-1))}, data = ${embed(body)})`).join(', ')}],
  compatibilityDate = ${JSON.stringify(compatibility.date)},
  compatibilityFlags = [${flags}],
);`,
  )
  const services = datasets.flatMap(({ size }) => [`(name = "ours${size}", worker = .ours${size})`, ...(fixed ? [`(name = "fixed${size}", worker = .fixed${size})`] : [])])
  const sockets = datasets.flatMap(({ size }, index) => [
    `(name = "ours${size}", address = "${HOST}:${FIRST_PORT + 2 * index}", http = (), service = "ours${size}")`,
    ...(fixed ? [`(name = "fixed${size}", address = "${HOST}:${FIRST_PORT + 2 * index + 1}", http = (), service = "fixed${size}")`] : []),
  ])
  return `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [${services.join(', ')}],
  sockets = [${sockets.join(', ')}],
);
${ours.join('\n')}
${fixedWorkers.join('\n')}
`
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
 * The cores of the two sides, when the machine has two or more: workerd on the first, this process
 * (the load generator) on the second, so that neither takes the other's core from it mid-run: CPU
 * per request then moves far less from round to round than when the scheduler mixes them.
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
  async stop(): Promise<void> {
    const child = this.child
    if (!child || child.exitCode !== null) return
    const gone = new Promise((resolve) => child.on('exit', resolve))
    child.kill('SIGTERM')
    await gone
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

export async function runLoad(options: LoadOptions): Promise<{ results: LoadResult[]; compression: CompressionProbe[] }> {
  const { outDir, workerDir, datasets } = options
  const configFile = join(outDir, 'workerd.capnp')
  const port = (size: number, which: 'ours' | 'fixed') => FIRST_PORT + 2 * datasets.findIndex((dataset) => dataset.size === size) + (which === 'fixed' ? 1 : 0)

  // First ours alone: what it answers to every scenario, captured byte for byte.
  writeFileSync(configFile, workerdConfig(outDir, workerDir, datasets, null, options.compatibility))
  let workerd = new Workerd(options.workerdBinary, configFile)
  workerd.start()
  const etags = new Map<string, string>()
  const captured = new Map<number, Record<string, Captured & { body: string | null }>>()
  const bodies = new Map<number, string[]>()
  let compression: CompressionProbe[] = []
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
  } finally {
    await workerd.stop()
    await sleep(200)
  }

  // Then ours beside the fixed-body Workers, in one process.
  const fixed = new Map<number, { responses: string; bodies: string[] }>()
  for (const [size, table] of captured) {
    const responses = join(outDir, `responses-${size}.json`)
    writeFileSync(responses, JSON.stringify(Object.fromEntries(Object.entries(table).map(([key, { status, headers, body }]) => [key, { status, headers, body }]))))
    fixed.set(size, { responses, bodies: bodies.get(size)! })
  }
  for (const [size, entry] of fixed) writeFileSync(join(outDir, `fixed-${size}.js`), fixedWorkerSource(entry.bodies.map((file) => file.split('/').at(-1)!)))
  writeFileSync(configFile, workerdConfig(outDir, workerDir, datasets, fixed, options.compatibility))
  workerd = new Workerd(options.workerdBinary, configFile)
  workerd.start()
  // This process's own cores, to give back afterwards (`taskset -cp` prints "…'s current affinity list: 0,1").
  const cores = PINNED ? spawnSync('taskset', ['-cp', String(process.pid)], { encoding: 'utf8' }).stdout.trim().split(': ').at(-1) : undefined
  if (PINNED) spawnSync('taskset', ['-a', '-pc', PINNED.loadGenerator, String(process.pid)], { stdio: 'ignore' })
  try {
    for (const { size } of datasets) {
      await waitFor(`http://${HOST}:${port(size, 'ours')}/healthz`, 60_000)
      await waitFor(`http://${HOST}:${port(size, 'fixed')}/`, 60_000)
    }
    const runs = new Map<Scenario, { ours: { cpu: number; rps: number }[]; fixed: { cpu: number; rps: number }[]; non2xx: number }>()
    const one = async (scenario: Scenario, which: 'ours' | 'fixed') => {
      const headers: Record<string, string> = { ...scenario.headers, ...(scenario.conditional ? { 'if-none-match': etags.get(`${scenario.dataset} ${scenario.path}`)! } : {}) }
      const url = `http://${HOST}:${port(scenario.dataset, which)}${scenario.path}`
      for (let warm = 0; warm < 30; warm++) await (await fetch(url, { headers })).arrayBuffer()
      const before = processCpuMs(workerd.pid)
      const result = await autocannon({ url, connections: options.connections, duration: options.seconds, headers })
      const cpuMs = processCpuMs(workerd.pid) - before
      const requests = result.requests.total
      return { cpu: requests > 0 ? (cpuMs * 1000) / requests : Number.NaN, rps: result.requests.average, non2xx: result.non2xx + result.errors }
    }
    // Rounds alternate ours and the fixed body, scenario by scenario, so a noisy moment hits both
    // alike; which of the two goes first alternates too, so that neither always follows the other.
    for (let round = 0; round < options.rounds; round++) {
      for (const scenario of options.scenarios) {
        const run = runs.get(scenario) ?? { ours: [], fixed: [], non2xx: 0 }
        const fixedFirst = round % 2 === 0
        const first = await one(scenario, fixedFirst ? 'fixed' : 'ours')
        const second = await one(scenario, fixedFirst ? 'ours' : 'fixed')
        const [fixedRun, oursRun] = fixedFirst ? [first, second] : [second, first]
        run.fixed.push(fixedRun)
        run.ours.push(oursRun)
        run.non2xx += oursRun.non2xx
        runs.set(scenario, run)
        options.log(
          `  round ${round + 1} ${scenario.name}${scenario.conditional ? ' 304' : ''} (${scenario.dataset}): ours ${oursRun.cpu.toFixed(0)} µs CPU, ${oursRun.rps.toFixed(0)} rps; fixed ${fixedRun.cpu.toFixed(0)} µs, ${fixedRun.rps.toFixed(0)} rps`,
        )
      }
    }
    const results = options.scenarios.map((scenario) => {
      const run = runs.get(scenario)!
      const answer = captured.get(scenario.dataset)![scenarioKey(scenario)]!
      const summary = (values: { cpu: number; rps: number }[]) => ({
        cpuUsPerRequest: median(values.map((value) => value.cpu)),
        rps: median(values.map((value) => value.rps)),
        rounds: values.map((value) => Math.round(value.rps)),
      })
      const pairs = run.ours.map((ours, round) => ({ cpu: run.fixed[round]!.cpu / ours.cpu, rps: ours.rps / run.fixed[round]!.rps }))
      return {
        ...scenario,
        pairedRatio: { cpu: median(pairs.map((pair) => pair.cpu)), rps: median(pairs.map((pair) => pair.rps)), cpuRounds: pairs.map((pair) => pair.cpu) },
        status: answer.status,
        bytes: answer.bodyFile ? readFileSync(join(outDir, answer.bodyFile)).byteLength : 0,
        ours: summary(run.ours),
        fixed: summary(run.fixed),
        non2xx: run.non2xx,
      }
    })
    return { results, compression }
  } finally {
    if (PINNED && cores) spawnSync('taskset', ['-a', '-pc', cores, String(process.pid)], { stdio: 'ignore' })
    await workerd.stop()
  }
}
