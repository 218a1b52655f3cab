/**
 * The one way the Worker writes XML (RSS, Atom, OPML): an `XmlWriter` that
 * writes elements one to a line, indented, with every text and attribute value
 * escaped, so no renderer ever concatenates markup by hand and editors' text
 * cannot break a document. It appends to one string as it goes, with no tree
 * of elements to build and walk: a 100-item feed is some 2,000 elements.
 *
 * Escaping follows XML 1.0 (https://www.w3.org/TR/xml/): characters XML
 * forbids are dropped (`dropForbiddenCharacters`); `&`, `<` and `>` become
 * hexadecimal character references (so `]]>` can never appear); in attributes
 * `"` too, and tab, newline and return, which attribute-value normalization
 * would otherwise turn into spaces. Hexadecimal references are what the RSS
 * Best Practices Profile recommends for plain text
 * (https://www.rssboard.org/rss-profile#data-types-characterdata), and any XML
 * parser reads them as the characters themselves.
 *
 * HTML bodies (RSS `description` and `content:encoded`, Atom `content`) are
 * CDATA sections instead (`cdata`): HTML is dense in `<`, `>` and `&`, and
 * replacing each one was most of a feed's rendering, while a CDATA section is
 * the body as it is after one scan, for what XML forbids (dropped) and for the
 * two things a section cannot hold: `]]>`, split across two sections
 * (`]]]]><![CDATA[>`), and a return, written between sections as `&#xD;` (line-end
 * normalization would make it a newline). A parser reads the same text either way.
 */
import type { Translation } from '../feeds/feed'
import { dropForbiddenCharacters } from '../model/text'
import { hasControl, isLatin1, LONG_TEXT } from './characters'

/** Attributes in the order written; `null` and `undefined` values are left out. */
export type XmlAttributes = Readonly<Record<string, string | number | null | undefined>>

/**
 * Whether text may hold a character XML forbids: one character class, any surrogate
 * included, so that `dropForbiddenCharacters`, which tells a lone one from a pair, runs
 * only on the rare text that may need it.
 */
const MAY_BE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/
const allowed = (text: string) => (MAY_BE_FORBIDDEN.test(text) ? dropForbiddenCharacters(text) : text)

/**
 * Whether text needs any change, escaped or dropped: most values (ids, links, dates, titles)
 * need none, and are then read once, not once for each question.
 */
const TEXT_CHANGES = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/
const ATTRIBUTE_CHANGES = /[&<>"\r\n\t\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/
const TEXT_SPECIALS = /[&<>\r]/g
const ATTRIBUTE_SPECIALS = /[&<>"\r\n\t]/g

/** The character reference that stands for a character text or attributes escape (a `switch`: cheaper per character than a lookup). */
function reference(character: string): string {
  switch (character) {
    case '&':
      return '&#x26;'
    case '<':
      return '&#x3C;'
    case '>':
      return '&#x3E;'
    case '"':
      return '&#x22;'
    case '\r':
      return '&#xD;'
    case '\n':
      return '&#xA;'
    case '\t':
      return '&#x9;'
    default:
      return character
  }
}

/** Text content, safe anywhere between tags. */
export function escapeXmlText(text: string): string {
  if (text.length >= LONG_TEXT && isLatin1(text) && !hasControl(text) && !text.includes('&') && !text.includes('<') && !text.includes('>')) return text
  return TEXT_CHANGES.test(text) ? allowed(text).replace(TEXT_SPECIALS, reference) : text
}

/** An attribute value, safe between double quotes. */
export function escapeXmlAttribute(value: string): string {
  return ATTRIBUTE_CHANGES.test(value) ? allowed(value).replace(ATTRIBUTE_SPECIALS, reference) : value
}

/** What a CDATA section cannot hold as it is: a character XML forbids, a return, or `]]>`. */
const CDATA_CHANGES = /[\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]|]]>/
const CDATA_SPECIALS = /]]>|\r/g
/** `]]>` ends one section and the next begins with `>`; a return is a reference between sections. */
const cdataSplit = (special: string) => (special === '\r' ? ']]>&#xD;<![CDATA[' : ']]]]><![CDATA[>')

/**
 * Text as one or more CDATA sections, read by any XML parser as the text itself. Latin-1 text
 * with no control and no `]]>` (most English bodies) is proven so by scans much cheaper than
 * `CDATA_CHANGES` (see characters.ts); any other is asked what exactly it holds.
 */
function cdataSection(text: string): string {
  if (isLatin1(text) && !hasControl(text) && !text.includes(']]>')) return `<![CDATA[${text}]]>`
  return `<![CDATA[${CDATA_CHANGES.test(text) ? allowed(text).replace(CDATA_SPECIALS, cdataSplit) : text}]]>`
}

function attributesToString(attributes: XmlAttributes | WrittenAttributes | undefined): string {
  if (attributes instanceof WrittenAttributes) return attributes.written
  let written = ''
  for (const name in attributes) {
    const value = attributes[name]
    if (value === null || value === undefined) continue
    written += ` ${name}="${escapeXmlAttribute(typeof value === 'string' ? value : String(value))}"`
  }
  return written
}

/**
 * Attributes escaped and written once (` term="Education" scheme="…"`), for the elements
 * that every item of a feed repeats: its categories, its links to each other language. Pass
 * one wherever attributes go; `and` adds what changes from item to item (a link's `href`).
 */
export class WrittenAttributes {
  #written: string

  constructor(attributes: XmlAttributes) {
    this.#written = attributesToString(attributes)
  }

  /** The attributes as written in a start tag, each with a space before it; only ever escaped ones. */
  get written(): string {
    return this.#written
  }

  /** These attributes, then `attributes`. */
  and(attributes: XmlAttributes): WrittenAttributes {
    const both = new WrittenAttributes(attributes)
    both.#written = this.#written + both.#written
    return both
  }
}

/** Written attributes by a key that decides them (a topic's label, a language), each written the first time it is asked for. */
export class WrittenAttributesByKey {
  readonly #written = new Map<string, WrittenAttributes>()

  get(key: string, attributes: XmlAttributes): WrittenAttributes {
    let written = this.#written.get(key)
    if (written === undefined) this.#written.set(key, (written = new WrittenAttributes(attributes)))
    return written
  }
}

/**
 * Elements of one name and attributes that hold text (`<dc:creator>…</dc:creator>`), each written
 * once for every text it is asked for: for the elements every item of a feed repeats with the same
 * text, its author, its categories. Pass one to `XmlWriter.repeated`.
 */
export class WrittenElements {
  readonly #start: string
  readonly #end: string
  readonly #written = new Map<string, string>()

  constructor(name: string, attributes?: XmlAttributes | WrittenAttributes) {
    const tags = tagsOf(name)
    this.#start = startTagOf(tags, attributes)
    this.#end = tags.end
  }

  /** The element holding `text`, escaped, as `XmlWriter.text` writes it. */
  holding(text: string): string {
    let written = this.#written.get(text)
    if (written === undefined) this.#written.set(text, (written = `${this.#start}${escapeXmlText(text)}${this.#end}`))
    return written
  }
}

/**
 * An item's link to its page in another language, as RSS and Atom write it: `rel="related"`,
 * `type`, `hreflang` and `title` written once per language in `written`, then the item's `href`.
 */
export function relatedPageLink(written: WrittenAttributesByKey, { hreflang, title, href }: Translation): WrittenAttributes {
  return written.get(`${hreflang} ${title}`, { rel: 'related', type: 'text/html', hreflang, title }).and({ href })
}

/** An element's tags, written once for each name the renderers use (a few dozen): `<name`, `<name>` and `</name>`. */
interface Tags {
  start: string
  open: string
  end: string
}
const TAGS = new Map<string, Tags>()
function tagsOf(name: string): Tags {
  let tags = TAGS.get(name)
  if (tags === undefined) TAGS.set(name, (tags = { start: `<${name}`, open: `<${name}>`, end: `</${name}>` }))
  return tags
}

/** An element's start tag with its attributes, if any: `<name>` or `<name a="1">`. */
function startTagOf(tags: Tags, attributes: XmlAttributes | WrittenAttributes | undefined): string {
  return attributes ? `${tags.start}${attributesToString(attributes)}>` : tags.open
}

/**
 * A UTF-8 XML document, written in order: the XML declaration, then the root
 * element, then a final newline. An element holds either elements, one to a
 * line and indented two spaces deeper, or text, written inline so whitespace
 * never changes a value; one that holds nothing is written `<name/>`.
 *
 * ```ts
 * const writer = new XmlWriter()
 * writer.open('feed', { xmlns: 'http://www.w3.org/2005/Atom' })
 * writer.text('title', 'Meeting the World')
 * writer.close()
 * writer.document()
 * ```
 */
export class XmlWriter {
  #written = '<?xml version="1.0" encoding="utf-8"?>'
  /** A newline and the indent of the next line. */
  #indent = '\n'
  /** The elements opened and not yet closed, innermost last. */
  readonly #open: string[] = []
  /** The start tag of the element opened last, left unclosed until we know whether it holds anything. */
  #pendingStart: string | null = null

  #line(markup: string): void {
    if (this.#pendingStart !== null) {
      this.#written += `${this.#pendingStart}>`
      this.#pendingStart = null
    }
    this.#written += this.#indent + markup
  }

  /** Opens an element that holds elements; `close` ends it. */
  open(name: string, attributes?: XmlAttributes | WrittenAttributes): this {
    this.#line('')
    this.#pendingStart = attributes ? `${tagsOf(name).start}${attributesToString(attributes)}` : tagsOf(name).start
    this.#open.push(name)
    this.#indent += '  '
    return this
  }

  /** Closes the element opened last. */
  close(): this {
    const name = this.#open.pop()
    if (name === undefined) throw new Error('XmlWriter: nothing to close')
    this.#indent = this.#indent.slice(0, -2)
    if (this.#pendingStart !== null) {
      this.#written += `${this.#pendingStart}/>`
      this.#pendingStart = null
    } else this.#line(tagsOf(name).end)
    return this
  }

  /** An element that holds `text`, escaped. */
  text(name: string, text: string, attributes?: XmlAttributes | WrittenAttributes): this {
    const tags = tagsOf(name)
    this.#line(`${startTagOf(tags, attributes)}${escapeXmlText(text)}${tags.end}`)
    return this
  }

  /**
   * An element that holds `text` as a CDATA section: for HTML bodies, dense in the characters
   * `text` would escape. Empty text is written as `text` writes it.
   */
  cdata(name: string, text: string, attributes?: XmlAttributes | WrittenAttributes): this {
    if (text === '') return this.text(name, text, attributes)
    const tags = tagsOf(name)
    this.#line(`${startTagOf(tags, attributes)}${cdataSection(text)}${tags.end}`)
    return this
  }

  /** An element of `elements` that holds `text`, escaped, written once per text (see `WrittenElements`). */
  repeated(elements: WrittenElements, text: string): this {
    this.#line(elements.holding(text))
    return this
  }

  /** An element with attributes only: `<link rel="self" href="…"/>`. */
  empty(name: string, attributes: XmlAttributes | WrittenAttributes): this {
    this.#line(`${tagsOf(name).start}${attributesToString(attributes)}/>`)
    return this
  }

  /** The whole document, every element closed. */
  document(): string {
    if (this.#open.length) throw new Error(`XmlWriter: <${this.#open.at(-1)}> left open`)
    return `${this.#written}\n`
  }
}
