/**
 * The Worker as `npm start` runs it (`wrangler dev`, loopback only), in its own
 * process on free ports, for tests that need it over HTTP: the browser tests
 * (embedded dataset) and the Studio's end-to-end test (reading the local lake).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '..')

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

async function waitUntilUp(origin: string, worker: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    if (worker.exitCode !== null) throw new Error(`wrangler dev exited:\n${log()}`)
    try {
      if ((await fetch(`${origin}/healthz`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`wrangler dev did not answer in time:\n${log()}`)
}

export interface WorkerProcess {
  /** Such as `http://127.0.0.1:41234`. */
  origin: string
  stop(): void
}

/**
 * Starts `wrangler dev` with `vars` (wrangler.toml's, overridden) on `port` (default a free one: give
 * one to tell the lake where its webhook goes before the Worker is up) and waits until `/healthz` answers.
 */
export async function startWorker(vars: Record<string, string> = {}, options: { port?: number } = {}): Promise<WorkerProcess> {
  const [port, inspectorPort] = [options.port ?? (await freePort()), await freePort()]
  const origin = `http://127.0.0.1:${port}`
  const args = ['dev', '--port', String(port), '--ip', '127.0.0.1', '--inspector-port', String(inspectorPort), '--show-interactive-dev-session=false']
  for (const [name, value] of Object.entries(vars)) args.push('--var', `${name}:${value}`)
  let output = ''
  // Its own process group, so stopping it stops workerd too.
  const worker = spawn(resolve(ROOT, 'node_modules/.bin/wrangler'), args, {
    cwd: ROOT,
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: '1' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  worker.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  worker.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const stop = () => {
    if (worker.pid && worker.exitCode === null) process.kill(-worker.pid, 'SIGTERM')
  }
  try {
    await waitUntilUp(origin, worker, () => output)
  } catch (error) {
    stop()
    throw error
  }
  return { origin, stop }
}
