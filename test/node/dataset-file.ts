/**
 * Reads an NDJSON export (the embedded dataset by default). Light on purpose:
 * the Studio's component tests in jsdom read the dataset through it too.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { SanityDocument } from 'sanity'

export const DATASET_PATH = resolve(import.meta.dirname, '../../data/production.ndjson')

/** The documents of an NDJSON export (the embedded dataset by default). */
export function readDataset(path: string = DATASET_PATH): SanityDocument[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as SanityDocument)
}
