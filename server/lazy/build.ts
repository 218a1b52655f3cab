/**
 * The build step of the modules a content source loads on its first query
 * rather than at start-up (modules.ts): groq-js (the embedded dataset)
 * and `@sanity/client` (a Sanity project), each bundled by esbuild, minified,
 * into a module of its own, `server/lazy/*.lazy.js` (generated, git-ignored), which
 * wrangler.toml's `ESModule` rule uploads beside the main module, unbundled.
 *
 * Run with Node by server/build.ts (wrangler's `[build]` command, vitest's
 * global setup) and by vitest.config.ts; writes only when the text changed.
 */
import { join } from 'node:path'
import { build } from 'esbuild'
import { writeIfChanged } from '../build-output.ts'

/** Each lazy module: its file, and what it exports of which package. */
const LAZY_MODULES = [
  { file: 'groq-js.lazy.js', contents: "export { evaluate, parse } from 'groq-js'" },
  { file: 'sanity-client.lazy.js', contents: "export { createClient } from '@sanity/client'" },
]

export default async function buildLazyModules(): Promise<void> {
  await Promise.all(
    LAZY_MODULES.map(async ({ file, contents }) => {
      const { outputFiles } = await build({
        stdin: { contents, resolveDir: import.meta.dirname, loader: 'js' },
        bundle: true,
        minify: true,
        format: 'esm',
        platform: 'neutral',
        // As wrangler resolves packages for a Worker; `es2015` too, so that rxjs (under @sanity/client)
        // comes as classes rather than its ES5 build with tslib's helpers: 1.9 KiB less gzipped.
        conditions: ['workerd', 'worker', 'browser', 'es2015'],
        mainFields: ['browser', 'module', 'main'],
        // As wrangler.toml's [alias]: @sanity/client's listener is never used (server/content/no-eventsource.ts).
        alias: { eventsource: join(import.meta.dirname, '..', 'content', 'no-eventsource.ts') },
        target: 'es2024',
        write: false,
        logLevel: 'error',
      })
      await writeIfChanged(join(import.meta.dirname, file), outputFiles[0]!.text)
    }),
  )
}

if (import.meta.main) await buildLazyModules()
