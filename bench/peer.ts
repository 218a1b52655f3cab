/**
 * The `feed` package (jpmonette/feed) 6, the project design's peer, beside our
 * renderers: the same neutral `Feed` model (built once) rendered by ours and
 * handed to `new Feed` + `addItem` + `atom1()`/`rss2()`/`json1()`, at 20 and
 * 100 items, in English and Chinese; main-thread CPU per call.
 *
 * And whether each output is valid where ours must be, checked by parsing it
 * rather than taken on trust: a control character an editor pasted into a
 * title (XML 1.0 forbids it: is the document still well-formed?), `xml:lang`
 * on the Atom feed, the JSON Feed version.
 */
import { Feed as PeerFeed } from 'feed'
import { SaxesParser } from 'saxes'
import type { Feed } from '../server/feeds/feed'
import { renderAtom } from '../server/render/atom'
import { renderJsonFeed } from '../server/render/json-feed'
import { renderRss } from '../server/render/rss'

export type PeerFormat = 'atom' | 'rss' | 'jsonfeed'

export interface PeerMeasurement {
  format: PeerFormat
  language: string
  items: number
  oursCpuMs: number
  peerCpuMs: number
  oursBytes: number
  peerBytes: number
}

export interface PeerValidity {
  format: PeerFormat
  ours: string
  peer: string
}

function threadCpuMs(): number {
  const usage = process.threadCpuUsage()
  return (usage.user + usage.system) / 1000
}

/** The model as the peer takes it, field for field where it has one. */
function peerFeed(feed: Feed): PeerFeed {
  const peer = new PeerFeed({
    id: feed.id,
    title: feed.title.text,
    description: feed.description.text,
    link: feed.home,
    language: feed.language.tag,
    updated: new Date(feed.updated),
    generator: false,
    copyright: feed.rights?.text ?? '',
    image: feed.images.logo.url,
    favicon: feed.images.icon,
    feedLinks: { atom: feed.self.atom, rss: feed.self.rss, json: feed.self.json },
    ...(feed.hub ? { hub: feed.hub } : {}),
    author: { name: feed.publisher.text, link: feed.site },
  })
  for (const item of feed.items) {
    peer.addItem({
      id: item.id,
      guid: item.id,
      title: item.title,
      link: item.url,
      date: new Date(item.updated),
      published: new Date(item.published),
      description: item.description,
      content: item.content.text,
      author: [{ name: item.author.text, link: feed.site }],
      category: item.categories.map((category) => ({ name: category.label, term: category.label, scheme: feed.topicScheme, domain: feed.topicScheme })),
    })
  }
  return peer
}

const RENDERERS: Record<PeerFormat, { ours: (feed: Feed) => string; peer: (feed: Feed) => string }> = {
  atom: { ours: renderAtom, peer: (feed) => peerFeed(feed).atom1() },
  rss: { ours: renderRss, peer: (feed) => peerFeed(feed).rss2() },
  jsonfeed: { ours: renderJsonFeed, peer: (feed) => peerFeed(feed).json1() },
}
export const PEER_FORMATS = Object.keys(RENDERERS) as PeerFormat[]

/**
 * CPU per call, ms: calls repeated for at least `budgetMs` of CPU after a warm-up, since the
 * kernel counts a thread's CPU time in scheduler ticks (4 ms here), far coarser than one call.
 */
function cpuPerCall(render: () => string, budgetMs: number): { ms: number; output: string } {
  let output = ''
  for (let call = 0; call < 5; call++) output = render()
  const before = threadCpuMs()
  let calls = 0
  while (threadCpuMs() - before < budgetMs) {
    for (let batch = 0; batch < 5; batch++) output = render()
    calls += 5
  }
  return { ms: (threadCpuMs() - before) / calls, output }
}

/** Ours and the peer's CPU per render, alternating rounds so that load hits both alike. */
export function comparePeer(feed: Feed, budgetMs: number): Omit<PeerMeasurement, 'language' | 'items'>[] {
  return PEER_FORMATS.map((format) => {
    const { ours, peer } = RENDERERS[format]
    const oursMs: number[] = []
    const peerMs: number[] = []
    let oursOutput = ''
    let peerOutput = ''
    for (let round = 0; round < 3; round++) {
      const a = cpuPerCall(() => ours(feed), budgetMs)
      const b = cpuPerCall(() => peer(feed), budgetMs)
      oursMs.push(a.ms)
      peerMs.push(b.ms)
      oursOutput = a.output
      peerOutput = b.output
    }
    const median = (values: number[]) => values.sort((x, y) => x - y)[1]!
    return {
      format,
      oursCpuMs: median(oursMs),
      peerCpuMs: median(peerMs),
      oursBytes: Buffer.byteLength(oursOutput),
      peerBytes: Buffer.byteLength(peerOutput),
    }
  })
}

/** Whether `text` is well-formed XML, and the root element's `xml:lang`. */
function parseXml(text: string): { wellFormed: true; rootLang: string | null } | { wellFormed: false; error: string } {
  try {
    let rootLang: string | null | undefined
    const parser = new SaxesParser({ xmlns: true })
    parser.on('opentag', (tag) => {
      if (rootLang === undefined) rootLang = tag.attributes['xml:lang']?.value ?? null
    })
    parser.write(text).close()
    return { wellFormed: true, rootLang: rootLang ?? null }
  } catch (error) {
    return { wellFormed: false, error: (error as Error).message.split('\n')[0]!.slice(0, 80) }
  }
}

function describeXml(text: string, format: PeerFormat): string {
  const parsed = parseXml(text)
  if (!parsed.wellFormed) return `NOT well-formed XML (${parsed.error})`
  if (format === 'atom') return `well-formed; xml:lang ${parsed.rootLang === null ? 'missing' : `"${parsed.rootLang}"`}`
  return 'well-formed'
}

function describeJson(text: string): string {
  try {
    const document = JSON.parse(text) as { version?: string; items?: { authors?: unknown; author?: unknown }[] }
    const item = document.items?.[0]
    return `version ${document.version ?? '(none)'}; item ${item?.authors ? '`authors`' : item?.author ? '`author` (1.0)' : 'no author'}`
  } catch {
    return 'NOT JSON'
  }
}

/**
 * Validity of both outputs: as rendered from `feed` (the Atom feed's `xml:lang`, the JSON Feed's
 * version and authors), and with a control character (U+0008, as pasted from a word processor)
 * in the first item's title (is the XML still well-formed?).
 */
export function checkValidity(feed: Feed): PeerValidity[] {
  const [first, ...rest] = feed.items
  const hostile: Feed = first ? { ...feed, items: [{ ...first, title: `${first.title}\u0008` }, ...rest] } : feed
  return PEER_FORMATS.map((format) => {
    const { ours, peer } = RENDERERS[format]
    const describe = (render: (feed: Feed) => string) => {
      if (format === 'jsonfeed') return describeJson(render(feed))
      const hostileXml = parseXml(render(hostile))
      return `${describeXml(render(feed), format)}; with U+0008 in a title: ${hostileXml.wellFormed ? 'well-formed' : `NOT well-formed (${hostileXml.error})`}`
    }
    return { format, ours: describe(ours), peer: describe(peer) }
  })
}
