/**
 * Cheap questions the renderers ask of long text (HTML bodies) before escaping it. V8 scans
 * a string fastest for a regular expression of one character range, and answers one that no
 * Latin-1 character can match without reading a Latin-1 string at all (V8 stores such a
 * string one byte per character, and knows it); so English bodies, nearly always Latin-1 and
 * free of controls, are shown to need no more than their quotes or `]]>` handled in two such
 * scans, where one expression asking for every character that matters reads them several
 * times slower.
 */

const BEYOND_LATIN_1 = /[^\u0000-\u00FF]/
const CONTROL = /[\u0000-\u001F]/

/** Whether every character of `text` is Latin-1 (U+0000–U+00FF): then it holds no surrogate, U+FFFE or U+FFFF. */
export const isLatin1 = (text: string): boolean => !BEYOND_LATIN_1.test(text)

/** Each C0 control, as a string of one character. */
const CONTROLS = Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code))

/**
 * Latin-1 text at least this long is searched for each control in turn: V8 searches a one-byte
 * string for one character with a vectorized `memchr`, and the 32 searches read a 2,000-character
 * body some 2.5 times faster than `CONTROL`, which reads it one character at a time (break-even
 * near 700 characters).
 */
const SEARCHED_TEXT = 1000

/**
 * Whether `text` holds a C0 control (U+0000–U+001F), tab, newline and return among them. Asked of
 * Latin-1 text (`isLatin1`), which V8 stores one byte per character: for any other, the searches
 * of a long text would be slower than the expression, not wrong.
 */
export function hasControl(text: string): boolean {
  if (text.length < SEARCHED_TEXT) return CONTROL.test(text)
  for (let code = 0; code < CONTROLS.length; code++) if (text.includes(CONTROLS[code]!)) return true
  return false
}

/**
 * Text at least this long (a summary or a body, not a title or a link) is first asked these cheap
 * questions; for shorter text, one expression's single call costs less than several.
 */
export const LONG_TEXT = 160
