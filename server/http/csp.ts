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

/**
 * A policy allowing only the given inline `styles` and `scripts`, and images from
 * `images` (such as `'self'`); `frameAncestors` says who may frame the page
 * (`'self'`, or `*` for the widget).
 */
export async function contentSecurityPolicy({
  styles = [],
  scripts = [],
  images = [],
  frameAncestors,
}: {
  styles?: readonly string[]
  scripts?: readonly string[]
  images?: readonly string[]
  frameAncestors: string
}): Promise<string> {
  const [styleSources, scriptSources] = await Promise.all([Promise.all(styles.map(hashSource)), Promise.all(scripts.map(hashSource))])
  return [
    "default-src 'none'",
    ...(styleSources.length ? [`style-src ${styleSources.join(' ')}`] : []),
    ...(scriptSources.length ? [`script-src ${scriptSources.join(' ')}`] : []),
    ...(images.length ? [`img-src ${images.join(' ')}`] : []),
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ')
}
