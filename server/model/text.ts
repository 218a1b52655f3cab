/**
 * Text hygiene, applied as content becomes the model and again by the XML
 * writer: whatever an editor typed, what we serve is well-formed in XML 1.0
 * (https://www.w3.org/TR/xml/#charsets) and JSON.
 */

/** Characters XML 1.0 forbids: C0 controls but tab, newline and return; U+FFFE, U+FFFF; lone surrogates. */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Removes the characters XML 1.0 does not allow, keeping everything else (emoji included). */
export function dropForbiddenCharacters(text: string): string {
  return text.replace(XML_FORBIDDEN, '')
}

/** Editors' text ready to show: forbidden characters dropped, trimmed; `null` when nothing is left or it is not text. */
export function cleanText(text: unknown): string | null {
  if (typeof text !== 'string') return null
  const cleaned = dropForbiddenCharacters(text).trim()
  return cleaned === '' ? null : cleaned
}
