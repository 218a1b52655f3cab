/**
 * Gives each of the Studio's listeners a host name of its own when the Studio
 * works against the local Content Lake (../lake), so that none waits for a
 * connection.
 *
 * The Studio keeps several listeners open at once (documents, lists,
 * previews), each a long-lived HTTP response. Over HTTP/1.1 a browser opens at
 * most six connections to one host, so with six listeners open everything
 * else, the document form included, waits forever. Sanity's own API avoids
 * this with HTTP/2, which browsers speak only over TLS: a local lake would
 * need a certificate every editor's machine trusts. Instead, each listener
 * goes to `listener-<n>.<project>.localhost`: browsers resolve every
 * `*.localhost` name to loopback, the limit is per host name, and the lake
 * answers every name alike. The requests stay exactly Sanity's; only their
 * host differs. (Domain sharding, the classic HTTP/1.1 remedy.)
 *
 * `@sanity/client` opens a listener through the `eventsource` package with
 * `globalThis.fetch`, read on every connection, so wrapping it suffices.
 */

/** Routes listen requests to the lake at `apiHost` through a host name each. */
export function shardLakeListeners(apiHost: string): void {
  if (typeof window === 'undefined') return
  const lake = new URL(apiHost)
  const fetchFromBrowser = globalThis.fetch.bind(globalThis)
  let listeners = 0
  globalThis.fetch = (input, init) => {
    const request = input instanceof Request ? input : undefined
    const url = new URL(request ? request.url : String(input), window.location.href)
    const toLake = url.port === lake.port && (url.hostname === lake.hostname || url.hostname.endsWith(`.${lake.hostname}`))
    if (!toLake || !url.pathname.includes('/data/listen/')) return fetchFromBrowser(input, init)
    url.hostname = `listener-${++listeners}.${url.hostname}`
    return fetchFromBrowser(request ? new Request(url, request) : url, init)
  }
}
