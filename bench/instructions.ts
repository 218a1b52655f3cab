/**
 * Instructions per request: the same two workerd processes as the timed
 * comparison (e2e.ts), each run under valgrind's callgrind, which counts every
 * instruction the process executes in user space (workerd's C++, V8's
 * generated code, the allocator; not the kernel's). A count does not depend on
 * what else the machine does, its clock or its other core, so it stays put
 * where CPU time per request moves by half from one round to the next; what
 * still moves it is the process's own state (the allocator returning memory,
 * a garbage collection falling inside a sample or not): read the samples
 * beside their median. What it leaves out is what instructions cost: a cache
 * miss counts as one instruction.
 *
 * Counting is switched on only around each sample (`callgrind_control -i`):
 * warm-up and start-up run uninstrumented. Each request is asked alone, over
 * one kept-alive connection, so both Workers answer every request from the
 * same idle state, one wake-up each, rather than in batches whose size would
 * depend on each one's speed.
 */
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { readFileSync, readdirSync, rmSync } from 'node:fs'
import { Agent, get } from 'node:http'
import { basename, dirname, join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** Whether valgrind (with callgrind and its control script) is installed: Debian's `valgrind`. */
export const CALLGRIND = spawnSync('valgrind', ['--version']).status === 0 && spawnSync('callgrind_control', ['-h']).status === 0

/** workerd under callgrind, counting nothing until told. */
export class CountedWorkerd {
  private child: ChildProcess | undefined
  private dumps = 0
  private readonly binary: string
  private readonly configFile: string
  private readonly outFile: string
  constructor(binary: string, configFile: string, outDir: string, name: string) {
    this.binary = binary
    this.configFile = configFile
    this.outFile = join(outDir, `callgrind-${name}.out`)
  }

  start(): void {
    for (const file of readdirSync(dirname(this.outFile))) if (file.startsWith(basename(this.outFile))) rmSync(join(dirname(this.outFile), file))
    this.child = spawn('valgrind', ['--tool=callgrind', '--instr-atstart=no', `--callgrind-out-file=${this.outFile}`, this.binary, 'serve', this.configFile], { stdio: ['ignore', 'ignore', 'pipe'] })
    // valgrind's banner and workerd's own warnings: kept only to explain a failure.
    let stderr = ''
    this.child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)))
    this.child.on('exit', (code) => {
      if (code !== 0 && code !== null) process.stderr.write(`valgrind workerd exited ${code}:\n${stderr}\n`)
    })
  }

  private async control(...args: string[]): Promise<void> {
    await run('callgrind_control', [...args, String(this.child!.pid)])
  }

  /** Instructions executed while `work` runs: counting on, the work, counting off, the count dumped and read. */
  async count(work: () => Promise<void>): Promise<number> {
    await this.control('-i', 'on')
    await work()
    await this.control('-i', 'off')
    await this.control('-d')
    this.dumps++
    const totals = /^totals:\s+(\d+)/m.exec(readFileSync(`${this.outFile}.${this.dumps}`, 'utf8'))
    if (!totals) throw new Error(`no totals in ${this.outFile}.${this.dumps}`)
    return Number(totals[1])
  }

  stop(): Promise<void> {
    return stopProcess(this.child)
  }
}

/** Ends a workerd process (under valgrind or not) and waits for it to be gone: killed if it has not gone in 10 s. */
export async function stopProcess(child: ChildProcess | undefined): Promise<void> {
  // Gone already: exited, or ended by a signal (valgrind ends so when what it runs crashes).
  if (!child || child.exitCode !== null || child.signalCode !== null) return
  const gone = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  const stubborn = setTimeout(() => child.kill('SIGKILL'), 10_000)
  await gone
  clearTimeout(stubborn)
}

/** `requests` requests one after another over one kept-alive connection; the statuses seen other than `status`. */
export async function askInTurn(url: string, headers: Record<string, string>, requests: number, status: number): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 })
  let unexpected = 0
  try {
    for (let index = 0; index < requests; index++) {
      const seen = await new Promise<number>((resolve, reject) => {
        get(url, { agent, headers }, (response) => {
          response.resume()
          response.on('end', () => resolve(response.statusCode ?? 0))
        }).on('error', reject)
      })
      if (seen !== status) unexpected++
    }
  } finally {
    agent.destroy()
  }
  return unexpected
}
