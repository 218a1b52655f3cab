/**
 * Content-Security-Policy (https://www.w3.org/TR/CSP3/) for the HTML the
 * Worker writes: nothing is loaded from anywhere but the images a page names
 * from its own origin (the reader pages' icons), and the few inline styles
 * and scripts are allowed by their SHA-256 hashes, not by 'unsafe-inline'.
 */
import { sha256Base64 } from './encoding'

/** A CSP hash source, such as `'sha256-…'`, for an inline element's exact text. */
async function hashSource(text: string): Promise<string> {
  return `'sha256-${await sha256Base64(text)}'`
}

/** Sources a page loads from besides its hashed inline text, such as `'self'`. */
export interface LoadedSources {
  /** Script files (`script-src`). */
  scripts?: readonly string[]
  /** Fetches (`connect-src`). */
  connect?: readonly string[]
  /** Frames (`frame-src`). */
  frames?: readonly string[]
  /** Where its forms may submit (`form-action`); none when not given. */
  forms?: readonly string[]
}

/**
 * A policy allowing only the given inline `styles` and `scripts`, images from
 * `images` (such as `'self'`) and what `sources` names (the configurator's live
 * widget: our own script, API and frame); `frameAncestors` says who may frame
 * the page (`'self'`, or `*` for the widget).
 */
export async function contentSecurityPolicy({
  styles = [],
  scripts = [],
  images = [],
  sources = {},
  frameAncestors,
}: {
  styles?: readonly string[]
  scripts?: readonly string[]
  images?: readonly string[]
  sources?: LoadedSources
  frameAncestors: string
}): Promise<string> {
  const [styleSources, scriptHashes] = await Promise.all([Promise.all(styles.map(hashSource)), Promise.all(scripts.map(hashSource))])
  const scriptSources = [...(sources.scripts ?? []), ...scriptHashes]
  const directive = (name: string, values: readonly string[] | undefined) => (values?.length ? [`${name} ${values.join(' ')}`] : [])
  return [
    "default-src 'none'",
    ...directive('style-src', styleSources),
    ...directive('script-src', scriptSources),
    ...directive('connect-src', sources.connect),
    ...directive('frame-src', sources.frames),
    ...directive('img-src', images),
    "base-uri 'none'",
    `form-action ${sources.forms?.join(' ') || "'none'"}`,
    `frame-ancestors ${frameAncestors}`,
  ].join('; ')
}
