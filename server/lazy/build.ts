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
import { build, type Plugin } from 'esbuild'
import { writeIfChanged } from '../build-output.ts'

/**
 * What `@sanity/client` imports on demand and the Worker never asks for: uploading assets
 * (`browserUpload`) and encoding stega strings into results (`stegaEncodeSourceMap`, only with a
 * `stega` config, which the Worker never passes). Each is replaced by a module that throws, so
 * that the client's module holds only what runs (3 KiB gzipped less) and a change that did ask
 * for one would fail loudly rather than quietly.
 */
const NEVER_ASKED = /^\.\/(browserUpload|stegaEncodeSourceMap)-[\w-]+\.js$/

const neverAsked: Plugin = {
  name: 'never-asked',
  setup(build) {
    build.onResolve({ filter: NEVER_ASKED }, ({ path, importer }) =>
      importer.includes(join('node_modules', '@sanity', 'client')) ? { path, namespace: 'never-asked' } : undefined,
    )
    build.onLoad({ filter: /.*/, namespace: 'never-asked' }, ({ path }) => ({
      contents: `throw new Error(${JSON.stringify(`@sanity/client asked for ${path}, which the Worker does not bundle (server/lazy/build.ts)`)})`,
      loader: 'js',
    }))
  },
}

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
        plugins: [neverAsked],
        write: false,
        logLevel: 'error',
      })
      await writeIfChanged(join(import.meta.dirname, file), outputFiles[0]!.text)
    }),
  )
}

if (import.meta.main) await buildLazyModules()
