/**
 * How the Worker's build steps (server/build.ts) write their generated,
 * git-ignored files: only when the text changed, so that `wrangler dev`,
 * which reruns the build when anything in `server/` changes, does not loop
 * on its own output; and through a temporary file renamed into place, so that
 * two builds at once (vitest's global setup beside `wrangler dev`) never leave
 * half a file.
 */
import { readFile, rename, writeFile } from 'node:fs/promises'

export async function writeIfChanged(path: string, text: string): Promise<void> {
  if ((await readFile(path, 'utf8').catch(() => '')) === text) return
  await writeFile(`${path}.${process.pid}.tmp`, text)
  await rename(`${path}.${process.pid}.tmp`, path)
}
