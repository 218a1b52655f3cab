/**
 * `/embed.js`: the element (element.ts, bundled by build.ts) applied to its
 * configuration, one script a partner site includes with a `<script src>`;
 * and the same bytes pinned by their hash at `/embed/{version}.js`, for a
 * partner who includes it with Subresource Integrity
 * (https://www.w3.org/TR/SRI/): `embedScriptPin` gives the URL and the
 * `integrity` value to write beside it.
 */
import { encodeBase64 } from 'hono/utils/encode'
import { LANGUAGE_IDS } from '../../schemas/languages'
import { siteUrls } from '../../schemas/lib/site-urls'
import { widgetStrings, type WidgetConfig } from './config'
import ELEMENT_BUNDLE from './element.bundle.txt'

/** The script, for an API at `origin` (used when the script cannot tell where it was loaded from). */
export function renderEmbedScript(origin: string): string {
  const config: WidgetConfig = {
    origin,
    strings: Object.fromEntries(LANGUAGE_IDS.map((id) => [id, widgetStrings(id)])) as WidgetConfig['strings'],
  }
  // `<` escaped, so the script stays safe even if pasted inline into a page.
  const json = JSON.stringify(config).replace(/</g, '\\u003c')
  return `/*! <meeting-the-world>: Meeting the World widget. Usage: ${origin}/en/ */\n${ELEMENT_BUNDLE}(${json});\n`
}

/** The script for `origin`, with its version and integrity, hashed once per isolate and origin. */
export interface PinnedEmbedScript {
  body: string
  /** The first 16 hex digits of the SHA-256 of `body`'s UTF-8 bytes. */
  version: string
  /** `sha384-…`: the SRI value of `body`'s UTF-8 bytes. */
  integrity: string
}

const pinned = new Map<string, Promise<PinnedEmbedScript>>()
/** An isolate serves one or two origins (its public one, `workers.dev`); a few more are forgotten. */
const MAX_ORIGINS = 8

/** `/embed/{version}.js`: a version is 16 lowercase hex digits. */
export const EMBED_SCRIPT_FILE = /^([0-9a-f]{16})\.js$/

/** The version of a script's bytes: the first 16 hex digits of their SHA-256. */
export async function embedScriptVersion(bytes: BufferSource): Promise<string> {
  const sha256 = await crypto.subtle.digest('SHA-256', bytes)
  return [...new Uint8Array(sha256).slice(0, 8)].map((byte) => byte.toString(16).padStart(2, '0')).join('')
}

async function pin(origin: string): Promise<PinnedEmbedScript> {
  const body = renderEmbedScript(origin)
  const bytes = new TextEncoder().encode(body)
  const [version, sha384] = await Promise.all([embedScriptVersion(bytes), crypto.subtle.digest('SHA-384', bytes)])
  return { body, version, integrity: `sha384-${encodeBase64(sha384)}` }
}

/** The script for `origin` as `/embed/{version}.js` serves it. */
export function pinnedEmbedScript(origin: string): Promise<PinnedEmbedScript> {
  let script = pinned.get(origin)
  if (!script) {
    if (pinned.size >= MAX_ORIGINS) pinned.delete(pinned.keys().next().value ?? '')
    script = pin(origin)
    pinned.set(origin, script)
  }
  return script
}

/**
 * What a careful partner writes to pin today's widget:
 * `<script src="{src}" integrity="{integrity}" crossorigin="anonymous" async></script>`.
 * The version changes with every deploy that changes the script; earlier ones are still served
 * where the Worker keeps its releases (`releases.ts`).
 */
export async function embedScriptPin(origin: string): Promise<{ src: string; integrity: string }> {
  const { version, integrity } = await pinnedEmbedScript(origin)
  return { src: siteUrls(origin).embedScript(version), integrity }
}
