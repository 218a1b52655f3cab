/**
 * The local Content Lake's command line (`npm run lake`, `lake:reset`, `lake:export`).
 *
 *   node lake/main.ts          serve the working copy on http://127.0.0.1:3900 (LAKE_PORT)
 *   node lake/main.ts reset    replace the working copy with the embedded dataset
 *   node lake/main.ts export   write the working copy back to data/production.ndjson,
 *                              less the preview secrets the Studio made (working-copy.ts)
 *
 * The working copy is `.lake/production.ndjson` (LAKE_DIR), git-ignored.
 */
import { rm } from 'node:fs/promises'
import { Dataset } from './dataset.ts'
import { greeting, lakePlace, SEED_FILE, startLake, workingCopyOf } from './lake.ts'
import { assertNotServed, exportedDocuments, toNdjson, writeAtomically } from './working-copy.ts'

const place = lakePlace()

async function serve(): Promise<void> {
  const lake = await startLake(place).catch((error: Error) => {
    console.error(`lake: cannot start on 127.0.0.1:${place.port}: ${error.message}`)
    process.exit(1)
  })
  console.log(greeting(lake))
  const stop = () => void lake.stop().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

async function reset(): Promise<void> {
  await assertNotServed(workingCopyOf(place))
  await rm(workingCopyOf(place), { force: true })
  const { dataset } = await Dataset.open({ file: workingCopyOf(place), seedFile: SEED_FILE })
  await dataset.close()
  console.log(`lake: ${workingCopyOf(place)} is the embedded dataset again`)
}

async function exportToData(): Promise<void> {
  const { dataset } = await Dataset.open({ file: workingCopyOf(place), seedFile: SEED_FILE })
  await dataset.close()
  const documents = exportedDocuments(dataset.documents())
  await writeAtomically(SEED_FILE, toNdjson(documents))
  const drafts = documents.filter(({ _id }) => _id.startsWith('drafts.')).length
  console.log(`lake: wrote ${documents.length} documents (${drafts} of them drafts) to ${SEED_FILE}; review them with git diff before committing`)
}

const commands: Record<string, () => Promise<void>> = { serve, reset, export: exportToData }
const command = process.argv[2] ?? 'serve'
const run = commands[command]
if (!run) {
  console.error(`lake: unknown command "${command}"; use serve, reset or export`)
  process.exit(2)
}
await run().catch((error: Error) => {
  console.error(`lake: ${error.message}`)
  process.exit(1)
})
