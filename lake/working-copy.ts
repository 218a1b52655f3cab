/**
 * The lake's working copy: one NDJSON file in Sanity's export format, created
 * from the embedded dataset on first start and replaced atomically on every
 * write. A write goes to a temporary file beside it, is flushed to disk, and is
 * renamed over the old one; a crash at any moment leaves either the old file
 * or the new one, never half of either.
 *
 * One lake at a time: each rewrites the whole file from what it holds, so a
 * second lake on the same working copy would silently undo the first's
 * writes. A lock file (`<file>.lock`, holding the owner's process id) keeps
 * it out; a lock whose process is gone (killed) is taken over.
 */
import { copyFile, mkdir, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { schemaType, schemaTypeSingleton, vercelProtectionBypassSchemaType } from '@sanity/preview-url-secret/constants'
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

/** Types of the documents that give access to previews (`@sanity/preview-url-secret`): secrets, not content. */
const PREVIEW_ACCESS_TYPES: ReadonlySet<string> = new Set([schemaType, schemaTypeSingleton, vercelProtectionBypassSchemaType])

/**
 * What an export of the dataset holds: every document but those that give access to previews (the
 * secrets the editors' Studio makes, which expire within the hour), so no export, and no embedded
 * dataset made from one, carries a secret.
 */
export function exportedDocuments(documents: Iterable<LakeDocument>): LakeDocument[] {
  return [...documents].filter((document) => !PREVIEW_ACCESS_TYPES.has(document._type))
}

export function toNdjson(documents: Iterable<LakeDocument>): string {
  let text = ''
  for (const document of documents) text += `${JSON.stringify(document)}\n`
  return text
}

/** The process holding the lock on `file`, if it is still running. */
async function lockHolder(file: string): Promise<number | undefined> {
  const pid = Number(await readFile(`${file}.lock`, 'utf8').catch(() => ''))
  if (!Number.isInteger(pid) || pid <= 0) return undefined
  try {
    process.kill(pid, 0)
    return pid
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : undefined
  }
}

/** Refuses, naming the process, when a lake is serving `file`; for commands that replace it. */
export async function assertNotServed(file: string): Promise<void> {
  const holder = await lockHolder(file)
  if (holder !== undefined) throw new Error(`${file} is being served by the lake in process ${holder}: stop it first`)
}

/** Takes the lock on `file` for this process; returns the way to give it back. */
async function lock(file: string): Promise<() => Promise<void>> {
  await assertNotServed(file)
  await writeFile(`${file}.lock`, String(process.pid))
  return () => rm(`${file}.lock`, { force: true })
}

/**
 * The working copy at `file`, created from `seedFile` if it does not exist
 * yet, and locked for this process until `unlock` is called.
 */
export async function openWorkingCopy(
  file: string,
  seedFile: string,
): Promise<{ documents: LakeDocument[]; created: boolean; unlock: () => Promise<void> }> {
  await mkdir(dirname(file), { recursive: true })
  const unlock = await lock(file)
  try {
    await removeLeftovers(file)
    let created = false
    const text = await readFile(file, 'utf8').catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error
      await copyFile(seedFile, `${file}.seed.tmp`)
      await rename(`${file}.seed.tmp`, file)
      created = true
      return readFile(file, 'utf8')
    })
    return { documents: parseNdjson(text, file), created, unlock }
  } catch (error) {
    await unlock()
    throw error
  }
}

let writes = 0

/**
 * Replaces `file` with `text`: temporary file, fsync, rename, fsync of the
 * folder. Once the rename is done the new text is the file; a failure to
 * flush the folder after it is reported through `onLateError`, not thrown.
 */
export async function writeAtomically(file: string, text: string, onLateError: (error: Error) => void = () => undefined): Promise<void> {
  const temporary = `${file}.${process.pid}.${++writes}.tmp`
  try {
    const handle = await open(temporary, 'w')
    try {
      await handle.writeFile(text, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temporary, file)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
  try {
    const folder = await open(dirname(file), 'r')
    try {
      await folder.sync()
    } finally {
      await folder.close()
    }
  } catch (error) {
    onLateError(error as Error)
  }
}

/** Temporary files of writes that a crash interrupted: never the working copy, always safe to delete. */
async function removeLeftovers(file: string): Promise<void> {
  const name = basename(file)
  for (const entry of await readdir(dirname(file))) {
    if (entry.startsWith(`${name}.`) && entry.endsWith('.tmp')) await rm(join(dirname(file), entry), { force: true })
  }
}
