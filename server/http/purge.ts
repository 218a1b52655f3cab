/**
 * Purging the edge cache by tag, the one place the Worker does it: Workers
 * Cache's `ctx.cache.purge({ tags })`
 * (https://developers.cloudflare.com/workers/cache/purge/), which "use[s]
 * Cloudflare's Instant Purge infrastructure and propagate[s] globally".
 * `wrangler dev`, Miniflare and the tests' workerd have no `ctx.cache`: then
 * nothing is purged, nothing fails, and the report says there was no edge
 * cache. Tests observe purges by passing `app.request` an execution context
 * whose `cache.purge` is a spy.
 */
import { sleep, type WorkerContext } from './background'

/**
 * Tags per purge call: Cloudflare's purge limits give every plan "Max operations per request: 100"
 * (https://developers.cloudflare.com/cache/how-to/purge-cache/#availability-and-limits).
 */
export const PURGE_BATCH_SIZE = 100

/**
 * How long after a publish the same tags are purged again: longer than an isolate keeps
 * Sanity's answers in memory (10 s, `content/sanity-source.ts`), so an answer that an isolate
 * elsewhere rendered from its memory, or Sanity's API CDN served from before the publish, and
 * the edge stored in the meantime, is purged too.
 */
export const PURGE_AGAIN_AFTER_MS = 15_000

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
 * Purges `tags` again `PURGE_AGAIN_AFTER_MS` from now (run it after the answer, with `afterAnswer`);
 * at once `undefined` where there is no edge cache.
 */
export async function purgeAgainLater(ctx: WorkerContext | undefined, tags: readonly string[]): Promise<PurgeReport | undefined> {
  if (!ctx?.cache) return undefined
  await sleep(PURGE_AGAIN_AFTER_MS)
  return purgeTags(ctx, tags)
}
