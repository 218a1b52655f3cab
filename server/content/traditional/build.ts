/**
 * The build step of the Traditional Chinese edition's dictionaries: writes
 * OpenCC's Simplified-to-Traditional character and phrase dictionaries (the
 * `s2t` configuration of `opencc-js`) as two files (generated, git-ignored)
 * that the Worker imports, uploaded beside the Worker's main module rather
 * than inside it: the characters as text (32 KB), the phrases (1 MB) gzipped
 * (400 KB), as bytes (a Data module), because workerd reads every module a
 * Worker uploads as it starts, and 1 MB of text cost about 14 ms of each
 * isolate's start-up where 400 KB of bytes cost a few; traditional.ts
 * decompresses them on the first Traditional request.
 *
 * Run with Node by server/build.ts (wrangler's `[build]` command and vitest's
 * global setup); writes only when a file changed.
 */
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import characters from 'opencc-js/dict/STCharacters'
import phrases from 'opencc-js/dict/STPhrases'
import { writeIfChanged } from '../../build-output.ts'

export default async function buildTraditionalDictionaries(): Promise<void> {
  await writeIfChanged(join(import.meta.dirname, 'st-characters.txt'), characters)
  await writeIfChanged(join(import.meta.dirname, 'st-phrases.txt.gz'), gzipSync(phrases, { level: 9 }))
}
