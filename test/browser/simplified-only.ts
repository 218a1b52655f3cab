/**
 * Which characters of a text only Simplified Chinese writes (贵, 阳, 与, 协, 议 …),
 * for the Traditional edition's tests: those OpenCC's `s2t` character table
 * always replaces and that none of its `s2t` dictionaries ever writes. A
 * character both scripts write (里, 干, 于, 游) is not one of them.
 */
import characters from 'opencc-js/dict/STCharacters'
import phrases from 'opencc-js/dict/STPhrases'

const pairs = (dictionary: string) => dictionary.split('|').map((pair) => pair.split(' '))

const written = new Set(
  [...pairs(characters), ...pairs(phrases)].flatMap(([, ...replacements]) => replacements.flatMap((replacement) => [...replacement])),
)
const SIMPLIFIED_ONLY = new Set(pairs(characters).flatMap(([source = '']) => (written.has(source) ? [] : [source])))

/** The Simplified-only characters in `text`, each once, in order. */
export function simplifiedOnly(text: string): string[] {
  return [...new Set([...text].filter((character) => SIMPLIFIED_ONLY.has(character)))]
}
