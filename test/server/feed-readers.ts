/**
 * How the feed tests read a feed: as strict XML (saxes, a conformant XML 1.0
 * parser with namespaces, which rejects anything not well-formed), and through
 * feed parsers from npm that nobody here wrote: feedsmith and rss-parser for
 * RSS and Atom, feedsmith and @extractus/feed-extractor for JSON Feed. Also
 * the W3C Feed Validation Service's own patterns for dates and identifiers, so
 * the tests check its rules the way it does.
 */
import { extractFromJson } from '@extractus/feed-extractor'
import { parseAtomFeed, parseJsonFeed, parseOpml, parseRssFeed } from 'feedsmith'
import RssParser from 'rss-parser'
import { SaxesParser, type SaxesTagNS } from 'saxes'

export const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  georss: 'http://www.georss.org/georss',
  xml: 'http://www.w3.org/XML/1998/namespace',
} as const

export interface XmlTree {
  name: string
  uri: string
  local: string
  /** Attribute values by qualified name (`xml:lang`, `href`). */
  attributes: Record<string, string>
  children: XmlTree[]
  /** The text directly inside, concatenated. */
  text: string
  /** The `xml:lang` in effect here, inherited from ancestors. */
  lang: string | undefined
}

/** Parses `text` as namespace-well-formed XML 1.0; throws on the first error. */
export function parseStrictXml(text: string): XmlTree {
  const parser = new SaxesParser({ xmlns: true })
  const stack: XmlTree[] = []
  let root: XmlTree | undefined
  parser.on('error', (error) => {
    throw error
  })
  parser.on('opentag', (tag: SaxesTagNS) => {
    const attributes = Object.fromEntries(Object.values(tag.attributes).map((attribute) => [attribute.name, attribute.value]))
    const parent = stack.at(-1)
    const element: XmlTree = {
      name: tag.name,
      uri: tag.uri,
      local: tag.local,
      attributes,
      children: [],
      text: '',
      lang: attributes['xml:lang'] ?? parent?.lang,
    }
    if (parent) parent.children.push(element)
    else root = element
    stack.push(element)
  })
  // Text and CDATA sections (the feeds' HTML bodies) are both the element's text.
  const addText = (value: string) => {
    const current = stack.at(-1)
    if (current) current.text += value
  }
  parser.on('text', addText)
  parser.on('cdata', addText)
  parser.on('closetag', () => {
    stack.pop()
  })
  parser.write(text).close()
  if (!root) throw new Error('No root element')
  return root
}

/** The children of `element` named `local` in namespace `uri`. */
export function childrenNamed(element: XmlTree, uri: string, local: string): XmlTree[] {
  return element.children.filter((child) => child.uri === uri && child.local === local)
}

/** The one child named `local` in `uri`; throws when there is none or more than one. */
export function only(element: XmlTree, uri: string, local: string): XmlTree {
  const found = childrenNamed(element, uri, local)
  if (found.length !== 1) throw new Error(`Expected one ${local} in ${element.name}, found ${found.length}`)
  return found[0] as XmlTree
}

// Patterns of the W3C Feed Validation Service (feedvalidator's validators.py).
/** RFC 2822 date-time, the strict form it accepts without a warning. */
export const RFC_2822 =
  /^(((Mon)|(Tue)|(Wed)|(Thu)|(Fri)|(Sat)|(Sun)), )?\d\d? ((Jan)|(Feb)|(Mar)|(Apr)|(May)|(Jun)|(Jul)|(Aug)|(Sep)|(Oct)|(Nov)|(Dec)) \d\d\d\d \d\d:\d\d(:\d\d)? (([+-]?\d\d[03]0)|(UT)|(GMT)|(EST)|(EDT)|(CST)|(CDT)|(MST)|(MDT)|(PST)|(PDT)|Z)$/
/** RFC 3339 date-time, as Atom requires. */
export const RFC_3339 = /^\d\d\d\d-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d*)?(Z|([+-]\d\d:\d\d))$/
/** A URN (RFC 2141 syntax), as it checks ids. */
export const URN = /^[Uu][Rr][Nn]:[a-zA-Z0-9][a-zA-Z0-9-]{1,31}:([a-zA-Z0-9()+,.:=@;$_!*'-]|%[0-9A-Fa-f]{2})+$/
/** A full (absolute) URI, as it checks links: ASCII only, percent-encoded. */
export const FULL_URI = /^[a-zA-Z][0-9a-zA-Z+\-.]*:(\/\/)?[0-9a-zA-Z;/?:@&=+$.\-_!~*'()%,#]+$/

/** Whether an RFC 2822 date names the right day of the week for the day it writes (in its own offset). */
export function weekdayMatches(date: string): boolean {
  const [, day, month, year] = /^\w{3}, (\d\d?) (\w{3}) (\d{4}) /.exec(date) ?? []
  const written = new Date(`${day} ${month} ${year} 00:00:00 GMT`)
  return !Number.isNaN(written.getTime()) && written.toUTCString().slice(0, 3) === date.slice(0, 3)
}

/** A link as readers see it: an Atom `link` or RSS `atom:link`, or RSS's own `<link>` (an alternate text/html). */
export interface ReaderLink {
  rel: string
  type: string | undefined
  href: string
  /** Whether it is RSS's own `<link>` element. */
  rss: boolean
}

/**
 * The links of a feed (RSS `channel`, Atom `feed`) or of one item or entry, in
 * document order, as readers collect them: RSS's `<link>` counts as
 * `rel="alternate" type="text/html"` (so feedparser reads it), a link without
 * `rel` as an alternate (RFC 4287 §4.2.7.2).
 */
export function readerLinks(element: XmlTree): ReaderLink[] {
  return element.children.flatMap((child): ReaderLink[] => {
    if (child.uri === '' && child.local === 'link') return [{ rel: 'alternate', type: 'text/html', href: child.text.trim(), rss: true }]
    if (child.uri === NS.atom && child.local === 'link') {
      const { rel = 'alternate', type, href = '' } = child.attributes
      return [{ rel, type, href, rss: false }]
    }
    return []
  })
}

const HTML_TYPES = [undefined, 'text/html', 'application/xhtml+xml']

/**
 * The link each kind of reader opens as the article (or the site), from `readerLinks`:
 * - `feedparser`: the last `alternate` of an HTML type (Python feedparser 6, and
 *   rss2email, and every reader built on it; `_start_link` in its namespaces/_base.py);
 * - `newsboat`: the last `alternate` of any type in Atom (rsspp's atom_parser.cpp),
 *   RSS's own last `<link>` in RSS (it reads no `atom:link` there);
 * - `first`: the first `alternate` of any type (rss-parser, and readers that stop at the first).
 */
export const LINK_PICKERS = {
  feedparser: (links: readonly ReaderLink[]) =>
    links.filter((link) => link.rel === 'alternate' && HTML_TYPES.includes(link.type)).at(-1)?.href,
  newsboat: (links: readonly ReaderLink[], format: 'rss' | 'atom') =>
    (format === 'rss' ? links.filter((link) => link.rss) : links.filter((link) => link.rel === 'alternate')).at(-1)?.href,
  first: (links: readonly ReaderLink[]) => links.find((link) => link.rel === 'alternate')?.href,
} as const

/** The fields rss-parser reads beyond its own item type: Atom's id, RSS's content:encoded, GeoRSS. */
interface RssParserItem {
  id?: string
  'content:encoded'?: string
  'georss:point'?: string
}

/** rss-parser (xml2js underneath), reading RSS 2.0 and Atom alike. */
function rssParser(text: string) {
  return new RssParser<Record<string, unknown>, RssParserItem>({ customFields: { item: ['georss:point'] } }).parseString(text)
}

/** The two independent parsers' views of an RSS feed. */
export async function readRss(text: string) {
  return { feedsmith: parseRssFeed(text), rssParser: await rssParser(text) }
}

/** The two independent parsers' views of an Atom feed. */
export async function readAtom(text: string) {
  return { feedsmith: parseAtomFeed(text), rssParser: await rssParser(text) }
}

/** The two independent parsers' views of a JSON Feed. */
export function readJsonFeed(text: string) {
  const value: unknown = JSON.parse(text)
  return {
    feedsmith: parseJsonFeed(value),
    feedExtractor: extractFromJson(value as Parameters<typeof extractFromJson>[0], { normalization: true }),
  }
}

export { parseOpml }
