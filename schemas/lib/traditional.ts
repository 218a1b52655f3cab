/**
 * How the Traditional Chinese edition is converted from the Simplified text,
 * the one rule the Worker (server/content/traditional.ts) and the Studio's
 * *Traditional Chinese* view (studio/components/traditional-preview.tsx)
 * follow: OpenCC's `s2t` phrases, then its characters, with the corrections
 * editors keep in the site settings ahead of both (in an opencc-js dictionary
 * group the first dictionary to match wins, longest match first).
 *
 * Each caller brings the two dictionaries its own way (the Worker as Text
 * modules beside its main module, the Studio as opencc-js's own modules,
 * loaded when the view opens). Plain code, no 'sanity' import.
 */
import { ConverterFactory } from 'opencc-js/core'

/** A conversion an editor corrected: this Simplified text is always written so in Traditional. */
export interface TraditionalCorrection {
  simplified: string
  traditional: string
}

/** OpenCC's Simplified-to-Traditional dictionaries (`opencc-js/dict/STPhrases`, `STCharacters`): `source replacement` pairs joined by `|`. */
export interface TraditionalDictionaries {
  phrases: string
  characters: string
}

export type Convert = (text: string) => string

function isCorrection(value: unknown): value is TraditionalCorrection {
  if (typeof value !== 'object' || value === null) return false
  const { simplified, traditional } = value as Record<string, unknown>
  return typeof simplified === 'string' && simplified.trim() !== '' && typeof traditional === 'string' && traditional.trim() !== ''
}

/**
 * The corrections as the settings document holds them (`traditionalCorrections[]{simplified, traditional}`),
 * trimmed, leaving out any that is incomplete (data written around the Studio's rules).
 */
export function correctionsFrom(rows: unknown): TraditionalCorrection[] {
  return (Array.isArray(rows) ? rows : [])
    .filter(isCorrection)
    .map(({ simplified, traditional }) => ({ simplified: simplified.trim(), traditional: traditional.trim() }))
}

/** The conversion from Simplified to Traditional Chinese with `corrections` winning over OpenCC's own phrases and characters. */
export function simplifiedToTraditional(dictionaries: TraditionalDictionaries, corrections: readonly TraditionalCorrection[]): Convert {
  const pairs = corrections.map(({ simplified, traditional }) => [simplified, traditional] as const)
  return ConverterFactory([[pairs, dictionaries.phrases, dictionaries.characters]])
}
