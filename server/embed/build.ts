/**
 * The build step of `/embed.js`: bundles the element (element.ts) and the
 * rules it imports with esbuild, minified, into the text of one function of
 * its `WidgetConfig`, and writes that text to element.bundle.txt (generated,
 * git-ignored), which script.ts serves: a Text module beside the Worker's
 * main one (wrangler.toml's `*.txt` rule), since the Worker serves it and
 * never runs it.
 *
 * Run with Node by server/build.ts, wrangler's `[build]` command and vitest's
 * global setup for the Worker tests. It writes only when the text changed, and atomically: `wrangler dev`
 * rebuilds when anything under server/ changes, this file included.
 */
import { join } from 'node:path'
import { build } from 'esbuild'
import { writeIfChanged } from '../build-output.ts'

const OUTPUT = join(import.meta.dirname, 'element.bundle.txt')

export default async function buildElement(): Promise<void> {
  const { outputFiles } = await build({
    stdin: {
      contents: "import { defineMeetingTheWorld } from './element'\ndefineMeetingTheWorld(config)",
      resolveDir: import.meta.dirname,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    // Lets esbuild drop the vocabularies the element does not use (relationships, built with `Object.keys`).
    pure: ['Object.keys'],
    banner: { js: '(function (config) {' },
    footer: { js: '})' },
    write: false,
    logLevel: 'warning',
  })
  await writeIfChanged(OUTPUT, outputFiles[0]!.text.trim())
}

