/**
 * The Traditional Chinese edition's text: the Simplified text editors wrote,
 * converted character by character with OpenCC's `s2t` dictionaries, as a
 * mainland publisher's Traditional edition is (貴陽, 意大利, 新西蘭; never
 * Taiwan's or Hong Kong's own names and terms), with the corrections editors
 * keep in the site settings (*Traditional Chinese corrections*), which win
 * over OpenCC's phrases.
 *
 * The dictionaries are built into a trie once per isolate and corrections
 * list (about 0.1 s), and each distinct text is converted once and kept, so a
 * content revision's texts are converted once, not per request.
 */
import { correctionsFrom, simplifiedToTraditional, type Convert, type TraditionalCorrection } from '../../schemas/lib/traditional'
import { traditionalCorrectionsQuery } from './queries'
import type { ContentSource } from './source'
import characters from './traditional/st-characters.txt'
import phrases from './traditional/st-phrases.txt'

export type { Convert, TraditionalCorrection }

/** How many converted texts are kept before they are forgotten all at once (a few per entry and language field). */
const MAX_KEPT_TEXTS = 20_000

let current: { corrections: string; convert: Convert } | undefined

/** The converter for one list of corrections; the last one built is kept, with the texts it converted. */
export function traditionalConverter(corrections: readonly TraditionalCorrection[]): Convert {
  const key = JSON.stringify(corrections)
  if (current?.corrections === key) return current.convert
  const convertText = simplifiedToTraditional({ phrases, characters }, corrections)
  const kept = new Map<string, string>()
  const convert: Convert = (text) => {
    let converted = kept.get(text)
    if (converted === undefined) {
      converted = convertText(text)
      if (kept.size >= MAX_KEPT_TEXTS) kept.clear()
      kept.set(text, converted)
    }
    return converted
  }
  current = { corrections: key, convert }
  return convert
}

/** The converter with the corrections the site settings hold now (none without a settings document). */
export async function traditionalConverterFor(source: ContentSource): Promise<Convert> {
  const rows = await source.fetch<unknown[] | null>(traditionalCorrectionsQuery, {})
  return traditionalConverter(correctionsFrom(rows))
}
