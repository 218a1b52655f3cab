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

/** Whether `text` holds a C0 control (U+0000–U+001F), tab, newline and return among them. */
export const hasControl = (text: string): boolean => CONTROL.test(text)

/**
 * Text at least this long (a summary or a body, not a title or a link) is first asked these cheap
 * questions; for shorter text, one expression's single call costs less than several.
 */
export const LONG_TEXT = 160
