/**
 * Synthetic bilingual datasets for the benchmarks, in the embedded format
 * (Sanity's NDJSON export, the shape of `data/production.ndjson`): the real
 * settings document, then N entries with English and Simplified Chinese text
 * of realistic lengths (titles, summaries, 3 to 6 paragraph bodies, the
 * occasional link), topics from the vocabulary and dates from 1980 to 2026.
 *
 * Deterministic: the same seed gives the same bytes, so runs compare.
 * Usage: `node bench/generate.ts [outDir]` (Node ≥ 22.18 strips the types).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateEntries } from './dataset.ts'

export const DATASET_SIZES = [7, 100, 1_000, 10_000] as const

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
export const DATA_DIR = join(ROOT, 'bench', '.data')

/** The dataset of `size` entries as NDJSON text, led by the real settings document. */
export function generateDataset(size: number, seed = 20261128): string {
  return generateEntries(readFileSync(join(ROOT, 'data', 'production.ndjson'), 'utf8').split('\n')[0]!, size, seed)
}

export function datasetPath(size: number): string {
  return join(DATA_DIR, `entries-${size}.ndjson`)
}

/** Writes every dataset size; returns the paths. */
export function writeDatasets(outDir = DATA_DIR): string[] {
  mkdirSync(outDir, { recursive: true })
  return DATASET_SIZES.map((size) => {
    const path = join(outDir, `entries-${size}.ndjson`)
    writeFileSync(path, generateDataset(size))
    return path
  })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const path of writeDatasets(process.argv[2])) console.log(path)
}
