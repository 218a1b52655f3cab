/**
 * Every widget script the Worker has served, kept in Workers KV (the optional
 * `WIDGET_RELEASES` binding, wrangler.toml) under its version, so that a
 * partner who pinned `/embed/{version}.js` with Subresource Integrity keeps
 * getting those exact bytes after a deploy changes the script. The current
 * script is recorded after the answer that served it, once per isolate and
 * origin; a past one is read back and served only if its bytes still hash to
 * its version. Without the binding only the current version is served.
 */
import type { Context } from 'hono'
import { ContentUnavailableError } from '../content/source'
import type { AppEnv } from '../env'
import { afterAnswer, executionContextOf } from '../http/background'
import { publicOrigin } from '../http/origin'
import { embedScriptVersion, pinnedEmbedScript } from './script'

/** The origins whose current script this isolate has recorded, or is recording. */
const recorded = new Set<string>()
let warnedUnbound = false

function releasesOf(c: Context<AppEnv>): KVNamespace | undefined {
  const releases = c.env?.WIDGET_RELEASES
  if (!releases && !warnedUnbound) {
    warnedUnbound = true
    console.warn('No WIDGET_RELEASES KV binding: pinned /embed/{version}.js scripts will not outlive a deploy (README, Deploying)')
  }
  return releases
}

/**
 * Records, after the answer, the script served at this request's origin under its version
 * (a KV read, and a write only when it is not there yet). Never slows or fails the answer.
 */
export function recordEmbedScript(c: Context<AppEnv>): void {
  const releases = releasesOf(c)
  const origin = publicOrigin(c)
  if (!releases || recorded.has(origin)) return
  recorded.add(origin)
  afterAnswer(executionContextOf(c), 'Recording the widget script', async () => {
    try {
      const { version, body } = await pinnedEmbedScript(origin)
      if ((await releases.get(version, 'arrayBuffer')) === null) await releases.put(version, body)
    } catch (error) {
      // Another answer tries again.
      recorded.delete(origin)
      throw error
    }
  })
}

/**
 * The bytes of a script served before at `version`, or `undefined` when none was recorded (or
 * there is no binding). When KV cannot be read, a `ContentUnavailableError` (a 503 to try again).
 */
export async function pastEmbedScript(c: Context<AppEnv>, version: string): Promise<ArrayBuffer | undefined> {
  let bytes: ArrayBuffer | null | undefined
  try {
    bytes = await releasesOf(c)?.get(version, 'arrayBuffer')
  } catch (error) {
    console.error('WIDGET_RELEASES could not be read', error)
    throw new ContentUnavailableError(`widget release ${version}`)
  }
  if (!bytes) return undefined
  // What was kept under a version is served only if it is still what that version names.
  if ((await embedScriptVersion(bytes)) === version) return bytes
  console.error(`WIDGET_RELEASES: the bytes kept under ${version} do not hash to it; not served`)
  return undefined
}
