/**
 * Starts the Worker as `npm start` does (`wrangler dev`, the embedded dataset,
 * loopback only) on free ports, once for every browser test, and stops it after.
 */
import type { TestProject } from 'vitest/node'
import { startWorker } from '../worker-process'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the Worker listens, such as `http://127.0.0.1:41234`. */
    workerOrigin: string
  }
}

export default async function setup(project: TestProject) {
  const worker = await startWorker()
  project.provide('workerOrigin', worker.origin)
  return worker.stop
}
