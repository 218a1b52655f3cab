/**
 * The build step of the interface strings: each language's strings, typed in
 * strings/*.ts (the source that editors change and type checking covers),
 * written as JSON into `strings/<language>.json.txt` (generated, git-ignored),
 * which the Worker imports as Text modules (wrangler.toml's `Text` rule) and
 * parses when i18next is set up (resources.ts): data uploaded as data, which
 * no isolate compiles as JavaScript at start-up.
 *
 * The strings modules import the shared vocabulary without file extensions,
 * as the Worker's sources do, so esbuild bundles them for Node to import.
 * Run with Node by server/build.ts (wrangler's `[build]` command and vitest's
 * global setup); writes only when the text changed.
 */
import { join } from 'node:path'
import { build } from 'esbuild'
import { writeIfChanged } from '../build-output.ts'
import type { LanguageId } from '../../schemas/languages.ts'

const STRINGS = join(import.meta.dirname, 'strings')

/** The file of one language's JSON strings, as resources.ts imports it. */
export const stringsFile = (language: LanguageId): string => join(STRINGS, `${language}.json.txt`)

export default async function buildStrings(): Promise<void> {
  const { outputFiles } = await build({
    stdin: {
      contents: "export { en } from './en'; export { zh } from './zh'; export { zhHant } from './zh-hant'",
      resolveDir: STRINGS,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
  })
  const code = outputFiles[0]!.text
  const { en, zh, zhHant } = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as Record<string, unknown>
  const strings: Record<LanguageId, unknown> = { en, zh, 'zh-hant': zhHant }
  await Promise.all(Object.entries(strings).map(([language, translation]) => writeIfChanged(stringsFile(language as LanguageId), JSON.stringify(translation))))
}

if (import.meta.main) await buildStrings()
