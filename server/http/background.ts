/**
 * Work that goes on after the answer is sent: through the execution
 * context's `waitUntil` on Cloudflare (and when tests pass one to
 * `app.request`), detached where there is none. Never rejects: a failure is
 * logged, never the reader's or the sender's problem.
 */
import type { Context } from 'hono'

/**
 * What the Worker uses of its execution context: `waitUntil`, and `cache` (Workers Cache's purge),
 * which only Cloudflare gives, and only with `[cache]` enabled.
 */
export type WorkerContext = Pick<ExecutionContext, 'waitUntil'> & { readonly cache?: CacheContext | undefined }

/** The request's execution context, or `undefined` where there is none (Hono's `c.executionCtx` throws then). */
export function executionContextOf(c: Context): WorkerContext | undefined {
  try {
    return c.executionCtx as WorkerContext
  } catch {
    return undefined
  }
}

/**
 * How long work after the answer may run: Cloudflare cancels what `waitUntil` still waits for 30
 * seconds after the answer is sent (https://developers.cloudflare.com/workers/platform/limits/).
 */
export const AFTER_ANSWER_BUDGET_MS = 30_000

/** Runs `task` after the answer, logging what it throws under `label`. */
export function afterAnswer(ctx: WorkerContext | undefined, label: string, task: () => Promise<unknown>): void {
  const running = task().catch((error: unknown) => console.error(`${label} failed`, error))
  ctx?.waitUntil(running)
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
