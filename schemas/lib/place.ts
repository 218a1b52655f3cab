/**
 * How a place is written in each language, the one rule every page, the
 * widget's iframe page and the widget element follow: English goes from small
 * to large with commas ("Berkeley, California, United States"); Chinese from
 * large to small with no separator (美国加利福尼亚州伯克利), as the December 2026
 * language review (row 7) and the name glossary write it. Plain code: the
 * Worker and the browser bundle both import it.
 */
import { languageById, type LanguageId } from '../languages'

/** A place's names, each already in the language it is shown in; `region` and `country` may be missing. */
export interface Place<T> {
  city: T
  region?: T | null | undefined
  country?: T | null | undefined
}

/** The languages (by primary subtag) that write a place from the largest part to the smallest. */
const LARGE_TO_SMALL: readonly string[] = ['zh']

/** What goes between the parts of a place, by primary subtag; English's comma otherwise. */
const SEPARATORS: Readonly<Record<string, string>> = { zh: '' }

/**
 * The parts of `place` that are there, in the order `language` writes them,
 * and what goes between two of them. Generic, so that a renderer can pass each
 * part with what it needs to show it (its `lang` when it fell back).
 */
export function placeParts<T>(language: LanguageId, place: Place<T>): { parts: T[]; separator: string } {
  const primary = languageById(language).matches.language
  const smallToLarge = [place.city, place.region, place.country].filter((part): part is T => part !== null && part !== undefined && part !== '')
  return {
    parts: LARGE_TO_SMALL.includes(primary) ? smallToLarge.reverse() : smallToLarge,
    separator: SEPARATORS[primary] ?? ', ',
  }
}

/** `place` as one string in `language`: "Vicenza, Italy", 意大利维琴察. */
export function formatPlace(language: LanguageId, place: Place<string>): string {
  const { parts, separator } = placeParts(language, place)
  return parts.join(separator)
}
