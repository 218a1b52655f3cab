/**
 * The committed schema.json and generated types match the schema and the
 * queries: `npm run typegen` has been run since they last changed. Runs the
 * same CLI commands in a scratch copy of the layout under test-output/, so the
 * relative paths in the generated files come out identical and nothing in the
 * working tree is touched. About 25 s: the CLI loads the Studio in Vite.
 */
import { execFile } from 'node:child_process'
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, test } from 'vitest'

const run = promisify(execFile)
const root = fileURLToPath(new URL('../../', import.meta.url))
const scratch = `${root}test-output/typegen/`
const sanityBin = `${root}node_modules/@sanity/cli/bin/run.js`

const SCHEMA = 'schemas/schema.json'
const TYPES = 'server/content/sanity.types.ts'
const QUERIES = 'server/content/queries.ts'

/** Runs the Sanity CLI in the scratch studio/, offline and unattended. */
async function sanity(...args: string[]): Promise<void> {
  await run(process.execPath, [sanityBin, ...args], {
    cwd: `${scratch}studio`,
    env: { ...process.env, CI: 'true', DO_NOT_TRACK: '1', NO_UPDATE_NOTIFIER: '1' },
    timeout: 110_000,
  })
}

beforeAll(async () => {
  rmSync(scratch, { recursive: true, force: true })
  for (const dir of ['studio', 'schemas', 'server/content']) mkdirSync(`${scratch}${dir}`, { recursive: true })
  // The real Studio and CLI configuration, seen from a studio/ whose siblings are scratch copies.
  writeFileSync(`${scratch}studio/sanity.config.ts`, "export { default } from '../../../studio/sanity.config'\n")
  writeFileSync(`${scratch}studio/sanity.cli.ts`, "export { default } from '../../../studio/sanity.cli'\n")
  copyFileSync(`${root}studio/package.json`, `${scratch}studio/package.json`)
  copyFileSync(`${root}${QUERIES}`, `${scratch}${QUERIES}`)
  await sanity('schema', 'extract', '--force')
  await sanity('typegen', 'generate')
}, 120_000)

const read = (base: string, path: string) => readFileSync(`${base}${path}`, 'utf8')

describe('the committed generated files are fresh (else run `npm run typegen`)', () => {
  test(`${SCHEMA} is what \`sanity schema extract\` makes of schemas/`, () => {
    expect(read(root, SCHEMA) === read(scratch, SCHEMA), `${SCHEMA} is stale: run npm run typegen`).toBe(true)
  })

  test(`${TYPES} is what \`sanity typegen generate\` makes of the schema and ${QUERIES}`, () => {
    expect(read(root, TYPES) === read(scratch, TYPES), `${TYPES} is stale: run npm run typegen`).toBe(true)
  })
})
