/**
 * The Traditional Chinese edition's text: the Simplified text editors wrote,
 * converted character by character with OpenCC's `s2t` dictionaries, as a
 * mainland publisher's Traditional edition is (貴陽, 意大利, 新西蘭; never
 * Taiwan's or Hong Kong's own names and terms), with the corrections editors
 * keep in the site settings (*Traditional Chinese corrections*), which win
 * over OpenCC's phrases.
 *
 * The dictionaries (modules beside the main one: the phrases gzipped,
 * traditional/build.ts) are imported, and the phrases decompressed, on the
 * first Traditional request, not as the isolate starts, and
 * built into a trie once per isolate and corrections list (about 0.1 s), and each distinct text is converted once and kept, so a
 * content revision's texts are converted once, not per request. The last
 * `MAX_CONVERTERS` lists' converters are kept, so an editor's preview with
 * draft corrections does not rebuild the published one's trie.
 */
import { isConverted, type LanguageId } from '../../schemas/languages'
import {
  correctionsFrom,
  simplifiedToTraditional,
  type Convert,
  type TraditionalCorrection,
  type TraditionalDictionaries,
} from '../../schemas/lib/traditional'
import { traditionalCorrectionsQuery } from './queries'
import type { ContentSource } from './source'

export type { Convert, TraditionalCorrection }

/** How many converted texts a converter keeps before it forgets them all at once (a few per entry and language field). */
const MAX_KEPT_TEXTS = 20_000

/** How many converters (one per list of corrections) are kept: the published corrections and a preview's drafts of them. */
const MAX_CONVERTERS = 2

/** The converters kept, by their corrections (as JSON), least recently used first. */
const converters = new Map<string, Convert>()

let dictionaries: TraditionalDictionaries | undefined

/** `bytes` gzipped text, decompressed. */
function gunzipText(bytes: ArrayBuffer): Promise<string> {
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text()
}

/**
 * OpenCC's dictionaries, imported when first needed: an isolate that serves no Traditional text
 * never loads them. Kept once read, not as a promise: the decompressing stream belongs to the
 * request that made it (workerd), so requests arriving together each read them once.
 */
async function loadDictionaries(): Promise<TraditionalDictionaries> {
  if (dictionaries) return dictionaries
  const [phrases, characters] = await Promise.all([import('./traditional/st-phrases.txt.gz'), import('./traditional/st-characters.txt')])
  dictionaries ??= { phrases: await gunzipText(phrases.default), characters: characters.default }
  return dictionaries
}

/** The converter for one list of corrections, with the texts it converted; the last `MAX_CONVERTERS` used are kept. */
export async function traditionalConverter(corrections: readonly TraditionalCorrection[]): Promise<Convert> {
  const key = JSON.stringify(corrections)
  const known = converters.get(key)
  if (known) {
    // Used now: moved to the end, the most recently used.
    converters.delete(key)
    converters.set(key, known)
    return known
  }
  const convertText = simplifiedToTraditional(await loadDictionaries(), corrections)
  // Another request may have built it meanwhile: the first one built is the one kept.
  const built = converters.get(key)
  if (built) return built
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
  if (converters.size >= MAX_CONVERTERS) converters.delete(converters.keys().next().value ?? '')
  converters.set(key, convert)
  return convert
}

/**
 * The conversion `language`'s text needs from its written language: the Traditional edition's,
 * with the corrections the site settings hold now (none without a settings document); `null`
 * for a language editors write. Entries and settings alike read it here.
 */
export async function conversionFor(source: ContentSource, language: LanguageId): Promise<Convert | null> {
  if (!isConverted(language)) return null
  const rows = await source.fetch<unknown[] | null>(traditionalCorrectionsQuery, {})
  return traditionalConverter(correctionsFrom(rows))
}

/**
 * How the text of a row's fields (an entry's, the settings') is shown in a language: converted
 * with `convert`, except a field that fell back, whose text is the fallback language's and is
 * shown as written; all text as written without `convert` (a language editors write).
 * `of(field)` is a field's conversion, `text(text, field)` its text shown; a text named by no
 * field (one that never falls back) is converted.
 */
export function fieldConversion<Field extends string>(convert: Convert | null, fellBack: readonly Field[]) {
  const of = (field?: Field): Convert | null => (field !== undefined && fellBack.includes(field) ? null : convert)
  const text = (value: string | null, field?: Field): string | null => {
    const conversion = of(field)
    return value === null || !conversion ? value : conversion(value)
  }
  return { of, text }
}
