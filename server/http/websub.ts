/**
 * WebSub (W3C Recommendation, https://www.w3.org/TR/websub/) for the feeds,
 * when `WEBSUB_HUB` names a hub; unset, none of this happens. Each feed names
 * the hub and itself in a `Link` header (§4 Discovery: "at least one Link
 * Header with rel=hub … as well as exactly one Link Header with rel=self").
 * After a publish the Worker tells the hub which feeds changed (§7: "The
 * publisher MUST inform the hubs it previously designated when a topic has
 * been updated"; how is left to the hub). The form every public hub accepts
 * is a POST of `hub.mode=publish&hub.url=<feed>`; Google's hub
 * (https://pubsubhubbub.appspot.com/) takes `hub.url` repeated, but
 * websubhub.com reads one topic per request (its hub controller matches a
 * single `hub.url` or `hub.topic`), so each feed gets its own POST, at most
 * `WEBSUB_CONCURRENCY` at once and `WEBSUB_MAX_TOPICS` per publish.
 *
 * The topics are the feeds' URLs at `PUBLIC_BASE_URL`, which is also what the
 * feeds call themselves (`rel="self"`, `http/origin.ts`), built by
 * `schemas/lib/site-urls.ts`, so the hub and the subscribers name the same
 * topic. Without `PUBLIC_BASE_URL` the hub is not told: the webhook's own
 * request names whatever host Sanity was given (a `*.workers.dev` address,
 * say), not the one readers subscribed to.
 */
import type { Context } from 'hono'
import { LANGUAGE_IDS } from '../../schemas/languages'
import { FEED_FORMATS, type Selectors, type SiteUrls } from '../../schemas/lib/site-urls'
import type { AppEnv } from '../env'
import type { Change } from './cache-tags'
import { configuredOrigin } from './origin'

/** Pings in flight at once: a Worker has at most six outgoing connections waiting for headers. */
export const WEBSUB_CONCURRENCY = 6

/**
 * The most feeds one publish tells the hub of: under the 50 subrequests a request may make on the
 * Workers Free plan, with room for the purges (https://developers.cloudflare.com/workers/platform/limits/).
 */
export const WEBSUB_MAX_TOPICS = 40

/** The hub `WEBSUB_HUB` names, if it is an http(s) URL. */
export function websubHub(c: Context<AppEnv>): string | undefined {
  const configured = c.env?.WEBSUB_HUB?.trim()
  if (!configured) return undefined
  try {
    const hub = new URL(configured)
    if (hub.protocol === 'https:' || hub.protocol === 'http:') return hub.toString()
  } catch {
    // Falls through: a malformed hub is no hub.
  }
  console.error(`WEBSUB_HUB is not an http(s) URL, so no hub is used: ${configured}`)
  return undefined
}

/** Whether this isolate has said why it tells no hub. */
let saidWhyNoOrigin = false

/**
 * The hub to tell of changes and the origin of the topics: `WEBSUB_HUB` and `PUBLIC_BASE_URL`;
 * `undefined` without either (said once in the log when the hub is set but the origin is not).
 */
export function websubPublisher(c: Context<AppEnv>): { hub: string; origin: string } | undefined {
  const hub = websubHub(c)
  if (!hub) return undefined
  const origin = configuredOrigin(c)
  if (origin) return { hub, origin }
  if (!saidWhyNoOrigin) {
    saidWhyNoOrigin = true
    console.warn('WEBSUB_HUB is set but PUBLIC_BASE_URL is not: the hub is not told of changes, as the feeds’ public URLs are unknown')
  }
  return undefined
}

/** The `Link` header of a feed at `self` that `hub` distributes (RFC 8288). */
export function hubLinks(hub: string, self: string): string {
  return `<${hub}>; rel="hub", <${self}>; rel="self"`
}

/**
 * The feeds a change touches, by their filters: every list that could show the entry, and for the
 * settings (which every feed shows) the unfiltered feeds; a hub is told of feeds by their exact
 * URL, and the feeds filtered by several selectors at once cannot be listed.
 */
export function changedFeeds(change: Change): Selectors[] {
  return change.settings ? [{}, ...change.lists] : change.lists
}

/**
 * Every feed of `lists` (`{}`: the unfiltered one), in every language and format: the topics a
 * change touches, list by list, so that the unfiltered feeds, which most readers follow, come first.
 */
export function feedTopics(urls: SiteUrls, lists: readonly Selectors[]): string[] {
  return lists.flatMap((filters) =>
    LANGUAGE_IDS.flatMap((language) => FEED_FORMATS.map((format) => urls.feed(language, format, filters))),
  )
}

/** Tells `hub` that `topic` changed; whether it accepted. A refusal or a failure is logged, never thrown. */
async function ping(hub: string, topic: string, deadline: number): Promise<boolean> {
  try {
    const response = await fetch(hub, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ 'hub.mode': 'publish', 'hub.url': topic }),
      signal: AbortSignal.timeout(Math.max(1, deadline - Date.now())),
    })
    await response.body?.cancel()
    if (response.ok) return true
    console.error(`WebSub hub ${hub} answered ${response.status} for ${topic}`)
  } catch (error) {
    console.error(`WebSub hub ${hub} could not be told of ${topic}`, error)
  }
  return false
}

/**
 * Tells `hub` that each of `topics` changed: one POST each, `WEBSUB_CONCURRENCY` at a time, the
 * first `WEBSUB_MAX_TOPICS` only, none started after `deadline` (epoch milliseconds) and each
 * abandoned then. Resolves with the topics the hub accepted; what it did not is logged.
 */
export async function notifyHub(hub: string, topics: readonly string[], deadline: number): Promise<string[]> {
  const told = topics.slice(0, WEBSUB_MAX_TOPICS)
  if (topics.length > told.length) {
    console.error(`WebSub hub ${hub} is told of ${told.length} feeds of ${topics.length}; the others' readers see the change at their next poll`, topics.slice(told.length))
  }
  const accepted: string[] = []
  let next = 0
  const worker = async () => {
    while (next < told.length && Date.now() < deadline) {
      const topic = told[next++] as string
      if (await ping(hub, topic, deadline)) accepted.push(topic)
    }
  }
  await Promise.all(Array.from({ length: Math.min(WEBSUB_CONCURRENCY, told.length) }, worker))
  if (next < told.length) console.error(`WebSub hub ${hub} was not told of ${told.length - next} feeds in time`, told.slice(next))
  return accepted
}
