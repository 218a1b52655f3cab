/**
 * The build step of the Traditional Chinese edition's dictionaries: writes
 * OpenCC's Simplified-to-Traditional character and phrase dictionaries (the
 * `s2t` configuration of `opencc-js`) as two text files (generated,
 * git-ignored) that the Worker imports as Text modules, uploaded beside the
 * Worker's main module rather than inside it (about 1 MB, 430 KB gzipped).
 *
 * Run with Node by server/build.ts (wrangler's `[build]` command and vitest's
 * global setup); writes only when a file changed.
 */
import { join } from 'node:path'
import characters from 'opencc-js/dict/STCharacters'
import phrases from 'opencc-js/dict/STPhrases'
import { writeIfChanged } from '../../build-output.ts'

export default async function buildTraditionalDictionaries(): Promise<void> {
  await writeIfChanged(join(import.meta.dirname, 'st-characters.txt'), characters)
  await writeIfChanged(join(import.meta.dirname, 'st-phrases.txt'), phrases)
}
