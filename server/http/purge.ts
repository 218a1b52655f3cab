/**
 * Purging the edge cache by tag, the one place the Worker does it: Workers
 * Cache's `ctx.cache.purge({ tags })`
 * (https://developers.cloudflare.com/workers/cache/purge/), which "use[s]
 * Cloudflare's Instant Purge infrastructure and propagate[s] globally".
 * `wrangler dev`, Miniflare and the tests' workerd have no `ctx.cache`: then
 * nothing is purged, nothing fails, and the report says there was no edge
 * cache. Tests observe purges by passing `app.request` an execution context
 * whose `cache.purge` is a spy.
 *
 * A change is purged twice: at once, in the request that tells of it, and
 * again `PURGE_AGAIN_AFTER_MS` later, after the answer (`waitUntil`), retried
 * with backoff while `waitUntil` still runs, because a purge can be refused
 * (Cloudflare's rate limits: on the Free plan, 5 purge calls a minute, a
 * burst of 25, https://developers.cloudflare.com/cache/how-to/purge-cache/#availability-and-limits).
 */
import { ANSWER_LIFETIME_MS } from '../content/sanity-source'
import { sleep, type WorkerContext } from './background'

/**
 * Tags per purge call: Cloudflare's purge limits give every plan "Max operations per request: 100"
 * (https://developers.cloudflare.com/cache/how-to/purge-cache/#availability-and-limits).
 */
export const PURGE_BATCH_SIZE = 100

/**
 * How long Sanity's API CDN may still answer from before a publish, beyond an isolate's memory:
 * a margin, as Sanity invalidates its CDN on every mutation within seconds.
 */
const SANITY_CDN_MARGIN_MS = 5_000

/**
 * How long after the first purge the same tags are purged again: longer than any isolate keeps
 * Sanity's answers in memory (`ANSWER_LIFETIME_MS`), so an answer that an isolate elsewhere
 * rendered from its memory, or Sanity's API CDN served from before the publish, and the edge
 * stored in the meantime, is purged too. After a deploy, it outlasts the old version's isolates.
 */
export const PURGE_AGAIN_AFTER_MS = ANSWER_LIFETIME_MS + SANITY_CDN_MARGIN_MS

/**
 * The waits before each retry of a refused second purge, doubling: the last try starts 21 s after
 * the answer, within `waitUntil`'s 30 s (`AFTER_ANSWER_BUDGET_MS`), and leaves the WebSub hub's
 * pings the rest.
 */
export const PURGE_RETRY_DELAYS_MS = [2_000, 4_000] as const

/** What one purge did. */
export interface PurgeReport {
  /** The tags purged (or, without an edge cache, that would have been). */
  tags: string[]
  /** Whether there was an edge cache to purge (`ctx.cache`). */
  edge: boolean
  /** Whether Cloudflare accepted every call (always, without an edge cache). */
  ok: boolean
  /** What Cloudflare said when it did not. */
  errors: { code: number; message: string }[]
}

/** Purges `tags` from the edge cache, `PURGE_BATCH_SIZE` at a time; never throws. */
export async function purgeTags(ctx: WorkerContext | undefined, tags: readonly string[]): Promise<PurgeReport> {
  const cache = ctx?.cache
  const report: PurgeReport = { tags: [...tags], edge: cache !== undefined, ok: true, errors: [] }
  if (!cache) return report
  for (let start = 0; start < tags.length; start += PURGE_BATCH_SIZE) {
    try {
      const result = await cache.purge({ tags: tags.slice(start, start + PURGE_BATCH_SIZE) })
      if (!result.success) report.errors.push(...(result.errors.length ? result.errors : [{ code: 0, message: 'purge not accepted' }]))
    } catch (error) {
      report.errors.push({ code: 0, message: error instanceof Error ? error.message : String(error) })
    }
  }
  report.ok = report.errors.length === 0
  if (!report.ok) console.error('Edge cache purge failed', report.errors)
  return report
}

/**
 * Purges `tags` again `PURGE_AGAIN_AFTER_MS` from now, and if Cloudflare refuses, after each of
 * `PURGE_RETRY_DELAYS_MS` (run it after the answer, with `afterAnswer`). Resolves with the last
 * try's report, or at once with `undefined` where there is no edge cache. When every try is
 * refused, it says so in the log: what an isolate rendered from its memory of Sanity in the
 * meantime may then stay at the edge until its edge lifetime ends (a day) or a purge reaches it.
 */
export async function purgeAgainLater(ctx: WorkerContext | undefined, tags: readonly string[]): Promise<PurgeReport | undefined> {
  if (!ctx?.cache) return undefined
  await sleep(PURGE_AGAIN_AFTER_MS)
  let report = await purgeTags(ctx, tags)
  for (const delay of PURGE_RETRY_DELAYS_MS) {
    if (report.ok) return report
    await sleep(delay)
    report = await purgeTags(ctx, tags)
  }
  if (!report.ok) {
    console.error(
      `The second purge was refused ${PURGE_RETRY_DELAYS_MS.length + 1} times; answers stored in the ${PURGE_AGAIN_AFTER_MS / 1000} s after the first may stay at the edge for up to a day: run npm run purge`,
      tags,
    )
  }
  return report
}
