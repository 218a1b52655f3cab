/**
 * Starts the Worker as `npm start` does (`wrangler dev`, the embedded dataset,
 * loopback only) on free ports, once for every browser test, and stops it after.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the Worker listens, such as `http://127.0.0.1:41234`. */
    workerOrigin: string
  }
}

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

export default async function setup(project: TestProject) {
  const [port, inspectorPort] = [await freePort(), await freePort()]
  const origin = `http://127.0.0.1:${port}`
  let output = ''
  // Its own process group, so stopping it stops workerd too.
  const worker = spawn(
    'node_modules/.bin/wrangler',
    ['dev', '--port', String(port), '--ip', '127.0.0.1', '--inspector-port', String(inspectorPort), '--show-interactive-dev-session=false'],
    { env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: '1' }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  )
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
  project.provide('workerOrigin', origin)
  return stop
}
