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
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) flat.push(child)
  }
  return { name, attributes: attributes ?? {}, children: flat }
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&#x26;', '<': '&#x3C;', '>': '&#x3E;', '\r': '&#xD;' }
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&#x22;', '\t': '&#x9;', '\n': '&#xA;' }

/** Text content, safe anywhere between tags. */
export function escapeXmlText(text: string): string {
  return dropForbiddenCharacters(text).replace(/[&<>\r]/g, (character) => TEXT_ESCAPES[character] ?? '')
}

/** An attribute value, safe between double quotes. */
export function escapeXmlAttribute(value: string): string {
  return dropForbiddenCharacters(value).replace(/[&<>"\r\n\t]/g, (character) => ATTRIBUTE_ESCAPES[character] ?? '')
}

function attributesToString(attributes: XmlAttributes): string {
  let written = ''
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined) continue
    written += ` ${name}="${escapeXmlAttribute(String(value))}"`
  }
  return written
}

function elementToString(element: XmlElement, indent: string): string {
  const open = `<${element.name}${attributesToString(element.attributes)}`
  if (element.children.length === 0) return `${open}/>`
  // Text is written inline, so whitespace never changes a value; elements one to a line.
  if (element.children.every((child) => typeof child === 'string')) {
    return `${open}>${element.children.map((child) => escapeXmlText(child as string)).join('')}</${element.name}>`
  }
  const inner = `${indent}  `
  const lines = element.children.map((child) =>
    typeof child === 'string' ? `${inner}${escapeXmlText(child)}` : `${inner}${elementToString(child, inner)}`,
  )
  return `${open}>\n${lines.join('\n')}\n${indent}</${element.name}>`
}

/** A whole UTF-8 document: the XML declaration, then `root`, then a final newline. */
export function renderXmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${elementToString(root, '')}\n`
}
