/**
 * `npm run dataset:import`: loads the embedded dataset (data/production.ndjson)
 * into a real Sanity project with `sanity dataset import … --replace`, run from
 * studio/ so the CLI reads sanity.cli.ts. Idempotent: the documents have stable
 * ids, so a second run replaces each one with itself instead of adding copies.
 *
 * Needs SANITY_STUDIO_PROJECT_ID, SANITY_STUDIO_DATASET and SANITY_AUTH_TOKEN
 * (a token with write access), and stops before calling the CLI when any is
 * missing. The token reaches the CLI through its environment
 * (SANITY_IMPORT_TOKEN), never its arguments, which other users can list.
 *
 * Runs on Node 24 as TypeScript (type stripping), with no build step.
 */
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'

const STUDIO_DIR = resolve(import.meta.dirname, '..')
const DATASET_FILE = '../data/production.ndjson'

/** The variables the import needs, and what each one is, for the message when one is missing. */
const REQUIRED_VARIABLES = {
  SANITY_STUDIO_PROJECT_ID: 'the id of the Sanity project to load into (sanity.io/manage)',
  SANITY_STUDIO_DATASET: 'the dataset whose documents are replaced, e.g. production',
  SANITY_AUTH_TOKEN: 'an API token with write access (Editor) to that project',
} as const

type Environment = Readonly<Record<string, string | undefined>>

/** The CLI call for `environment`, or the names of the variables it lacks. */
function importCommand(environment: Environment):
  | { args: string[]; env: Record<string, string> }
  | { missing: string[] } {
  const missing = Object.keys(REQUIRED_VARIABLES).filter((name) => !environment[name]?.trim())
  if (missing.length > 0) return { missing }
  const dataset = environment.SANITY_STUDIO_DATASET?.trim() ?? ''
  return {
    args: ['dataset', 'import', DATASET_FILE, '--dataset', dataset, '--replace'],
    env: { SANITY_IMPORT_TOKEN: environment.SANITY_AUTH_TOKEN?.trim() ?? '' },
  }
}

function usage(missing: readonly string[]): string {
  const width = Math.max(...Object.keys(REQUIRED_VARIABLES).map((name) => name.length))
  return [
    `dataset:import: missing ${missing.join(', ')}.`,
    'It loads data/production.ndjson into a Sanity project, replacing documents with the same ids, and needs:',
    ...Object.entries(REQUIRED_VARIABLES).map(([name, meaning]) => `  ${name.padEnd(width)}  ${meaning}`),
    'Example: SANITY_STUDIO_PROJECT_ID=abc123 SANITY_STUDIO_DATASET=production SANITY_AUTH_TOKEN=sk… npm run dataset:import',
  ].join('\n')
}

function main(): number {
  const command = importCommand(process.env)
  if ('missing' in command) {
    console.error(usage(command.missing))
    return 2
  }
  const result = spawnSync('sanity', command.args, {
    cwd: STUDIO_DIR,
    env: { ...process.env, ...command.env },
    stdio: 'inherit',
  })
  if (result.error) {
    console.error(`dataset:import: could not run the Sanity CLI: ${result.error.message}`)
    return 1
  }
  return result.status ?? 1
}

process.exitCode = main()
