/**
 * The lake's working copy: one NDJSON file in Sanity's export format, created
 * from the embedded dataset on first start and replaced atomically on every
 * write. A write goes to a temporary file beside it, is flushed to disk, and is
 * renamed over the old one; a crash at any moment leaves either the old file
 * or the new one, never half of either.
 */
import { copyFile, mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { LakeDocument } from './mutations.ts'

/** Reads the documents of an NDJSON export; a line that is not a document is an error naming the line. */
export function parseNdjson(text: string, source: string): LakeDocument[] {
  const documents: LakeDocument[] = []
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue
    const document = JSON.parse(line) as LakeDocument
    if (typeof document?._id !== 'string' || typeof document._type !== 'string') {
      throw new Error(`${source}:${index + 1} is not a document with _id and _type`)
    }
    documents.push(document)
  }
  return documents
}

export function toNdjson(documents: Iterable<LakeDocument>): string {
  let text = ''
  for (const document of documents) text += `${JSON.stringify(document)}\n`
  return text
}

/** The working copy at `file`, created from `seedFile` if it does not exist yet. */
export async function openWorkingCopy(file: string, seedFile: string): Promise<{ documents: LakeDocument[]; created: boolean }> {
  await mkdir(dirname(file), { recursive: true })
  await removeLeftovers(file)
  let created = false
  const text = await readFile(file, 'utf8').catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error
    await copyFile(seedFile, `${file}.seed.tmp`)
    await rename(`${file}.seed.tmp`, file)
    created = true
    return readFile(file, 'utf8')
  })
  return { documents: parseNdjson(text, file), created }
}

let writes = 0

/** Replaces `file` with `text`: temporary file, fsync, rename, fsync of the folder. */
export async function writeAtomically(file: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}.${++writes}.tmp`
  const handle = await open(temporary, 'w')
  try {
    await handle.writeFile(text, 'utf8')
    await handle.sync()
  } finally {
    await handle.close()
  }
  await rename(temporary, file)
  const folder = await open(dirname(file), 'r')
  try {
    await folder.sync()
  } finally {
    await folder.close()
  }
}

/** Temporary files of writes that a crash interrupted: never the working copy, always safe to delete. */
async function removeLeftovers(file: string): Promise<void> {
  const name = basename(file)
  for (const entry of await readdir(dirname(file))) {
    if (entry.startsWith(`${name}.`) && entry.endsWith('.tmp')) await rm(join(dirname(file), entry), { force: true })
  }
}
