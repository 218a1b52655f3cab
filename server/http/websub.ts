/**
 * WebSub (W3C Recommendation, https://www.w3.org/TR/websub/) for the feeds,
 * when `WEBSUB_HUB` names a hub; unset, none of this happens. Each feed names
 * the hub and itself in a `Link` header (§4 Discovery: "at least one Link
 * Header with rel=hub … as well as exactly one Link Header with rel=self").
 * After a publish the Worker tells the hub which feeds changed (§7: "The
 * publisher MUST inform the hubs it previously designated when a topic has
 * been updated"; how is left to the hub): one form POST per feed,
 * `hub.mode=publish&hub.url=<feed>`, the form every public hub accepts. The
 * feeds' URLs are those the feeds call themselves (`rel="self"`), built by
 * `schemas/lib/site-urls.ts`, so the hub and the subscribers name the same topic.
 */
import type { Context } from 'hono'
import { LANGUAGE_IDS } from '../../schemas/languages'
import { FEED_FORMATS, type Selectors, type SiteUrls } from '../../schemas/lib/site-urls'
import type { AppEnv } from '../env'
import type { Change } from './cache-tags'

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

/** Every feed of `lists` (`{}`: the unfiltered one), in every language and format: the topics a change touches. */
export function feedTopics(urls: SiteUrls, lists: readonly Selectors[]): string[] {
  return LANGUAGE_IDS.flatMap((language) =>
    lists.flatMap((filters) => FEED_FORMATS.map((format) => urls.feed(language, format, filters))),
  )
}

/**
 * Tells `hub` that each of `topics` changed, one POST each, all at once. Resolves with the topics
 * the hub accepted; a refusal or a failure is logged and never thrown.
 */
export async function notifyHub(hub: string, topics: readonly string[]): Promise<string[]> {
  const results = await Promise.all(
    topics.map(async (topic) => {
      try {
        const response = await fetch(hub, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ 'hub.mode': 'publish', 'hub.url': topic }),
        })
        await response.body?.cancel()
        if (response.ok) return topic
        console.error(`WebSub hub ${hub} answered ${response.status} for ${topic}`)
      } catch (error) {
        console.error(`WebSub hub ${hub} could not be told of ${topic}`, error)
      }
      return undefined
    }),
  )
  return results.filter((topic) => topic !== undefined)
}
