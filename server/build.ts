/**
 * The Worker's build steps, run with Node by wrangler's `[build]` command
 * (before `wrangler dev`, `npm start`, the browser tests, `wrangler deploy`
 * and the benchmarks' dry run) and as vitest's global setup for the Worker
 * tests: the widget's element bundle, the Traditional Chinese edition's
 * dictionaries, the maps' projected land (server/map/build.ts), the interface
 * strings as JSON Text modules (server/i18n/build.ts), and the
 * content sources' lazily loaded groq-js and `@sanity/client`
 * (server/lazy/build.ts). Each writes its git-ignored output only when it changed.
 */
import buildElement from './embed/build.ts'
import buildTraditionalDictionaries from './content/traditional/build.ts'
import buildWorldMap from './map/build.ts'
import buildLazyModules from './lazy/build.ts'
import buildStrings from './i18n/build.ts'

export default async function build(): Promise<void> {
  await Promise.all([buildElement(), buildTraditionalDictionaries(), buildWorldMap(), buildLazyModules(), buildStrings()])
}

if (import.meta.main) await build()
