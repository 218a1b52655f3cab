/**
 * How the Worker's build steps (server/build.ts) write their generated,
 * git-ignored files: only when the text changed, so that `wrangler dev`,
 * which reruns the build when anything in `server/` changes, does not loop
 * on its own output; and through a temporary file renamed into place, so that
 * two builds at once (vitest's global setup beside `wrangler dev`) never leave
 * half a file.
 */
import { readFile, rename, writeFile } from 'node:fs/promises'

/** Writes `content` (text, as UTF-8, or bytes) to `path` unless the file already holds exactly it. */
export async function writeIfChanged(path: string, content: string | Uint8Array): Promise<void> {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content)
  if ((await readFile(path).catch(() => undefined))?.equals(bytes)) return
  await writeFile(`${path}.${process.pid}.tmp`, bytes)
  await rename(`${path}.${process.pid}.tmp`, path)
}
