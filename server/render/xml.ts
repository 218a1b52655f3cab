/**
 * The one way the Worker writes XML (RSS, Atom, OPML): a tree of elements
 * serialized with every text and attribute value escaped, so no renderer ever
 * concatenates markup by hand and editors' text cannot break a document.
 *
 * Escaping follows XML 1.0 (https://www.w3.org/TR/xml/): characters XML
 * forbids are dropped (`dropForbiddenCharacters`); `&`, `<` and `>` become
 * hexadecimal character references (so `]]>` can never appear, and no CDATA
 * section is needed); in attributes `"` too, and tab, newline and return, which
 * attribute-value normalization would otherwise turn into spaces. Hexadecimal
 * references are what the RSS Best Practices Profile recommends for plain text
 * (https://www.rssboard.org/rss-profile#data-types-characterdata), and any XML
 * parser reads them as the characters themselves.
 */
import { dropForbiddenCharacters } from '../model/text'

export type XmlAttributes = Readonly<Record<string, string | number | null | undefined>>

export interface XmlElement {
  readonly name: string
  readonly attributes: XmlAttributes
  readonly children: readonly XmlNode[]
}

/** A child: an element, or text (always escaped when written). */
export type XmlNode = XmlElement | string

type XmlChildren = readonly (XmlNode | null | undefined | false | readonly (XmlNode | null | undefined | false)[])[]

/** An element; `null`, `undefined` and `false` children are left out, arrays are flattened. */
export function xml(name: string, attributes: XmlAttributes | null, ...children: XmlChildren): XmlElement {
  const flat: XmlNode[] = []
  for (const child of children) {
    if (Array.isArray(child)) {
      for (const nested of child as readonly (XmlNode | null | undefined | false)[]) if (nested !== null && nested !== undefined && nested !== false) flat.push(nested)
    } else if (child !== null && child !== undefined && child !== false) flat.push(child as XmlNode)
  }
  return { name, attributes: attributes ?? {}, children: flat }
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&#x26;', '<': '&#x3C;', '>': '&#x3E;', '\r': '&#xD;' }
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&#x22;', '\t': '&#x9;', '\n': '&#xA;' }

/**
 * Whether text may hold a character XML forbids (dropForbiddenCharacters decides which):
 * one character class, so the common text, which holds none, is read once and kept.
 */
const MAY_BE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/
const allowed = (text: string) => (MAY_BE_FORBIDDEN.test(text) ? dropForbiddenCharacters(text) : text)
const TEXT_SPECIALS = /[&<>\r]/
const TEXT_SPECIALS_ALL = /[&<>\r]/g
const escapeText = (character: string) => TEXT_ESCAPES[character] ?? ''
const ATTRIBUTE_SPECIALS = /[&<>"\r\n\t]/

/** Text content, safe anywhere between tags. */
export function escapeXmlText(text: string): string {
  const kept = allowed(text)
  if (!TEXT_SPECIALS.test(kept)) return kept
  return kept.replace(TEXT_SPECIALS_ALL, escapeText)
}

/** An attribute value, safe between double quotes. */
export function escapeXmlAttribute(value: string): string {
  const kept = allowed(value)
  return ATTRIBUTE_SPECIALS.test(kept) ? kept.replace(/[&<>"\r\n\t]/g, (character) => ATTRIBUTE_ESCAPES[character] ?? '') : kept
}

function attributesToString(attributes: XmlAttributes): string {
  let written = ''
  for (const name in attributes) {
    const value = attributes[name]
    if (value === null || value === undefined) continue
    written += ` ${name}="${escapeXmlAttribute(typeof value === 'string' ? value : String(value))}"`
  }
  return written
}

function elementToString(element: XmlElement, indent: string): string {
  const { name, children } = element
  const open = `<${name}${attributesToString(element.attributes)}`
  if (children.length === 0) return `${open}/>`
  // Text is written inline, so whitespace never changes a value; elements one to a line.
  let textOnly = true
  for (const child of children) if (typeof child !== 'string') textOnly = false
  if (textOnly) {
    let text = ''
    for (const child of children) text += escapeXmlText(child as string)
    return `${open}>${text}</${name}>`
  }
  const inner = `${indent}  `
  let lines = ''
  for (const child of children) {
    lines += `\n${inner}${typeof child === 'string' ? escapeXmlText(child) : elementToString(child, inner)}`
  }
  return `${open}>${lines}\n${indent}</${name}>`
}

/** A whole UTF-8 document: the XML declaration, then `root`, then a final newline. */
export function renderXmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${elementToString(root, '')}\n`
}
