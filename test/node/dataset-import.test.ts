/**
 * `npm run dataset:import` (studio/scripts/dataset-import.ts), run for real
 * with a stand-in `sanity` first on PATH that records how it was called: the
 * real CLI would reach Sanity's API, and tests never touch the network.
 */
import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeEach, describe, expect, test } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
const scratch = resolve(root, 'test-output/dataset-import')
const record = resolve(scratch, 'sanity-call.txt')
const VARIABLES = {
  SANITY_STUDIO_PROJECT_ID: 'abc123',
  SANITY_STUDIO_DATASET: 'production',
  SANITY_AUTH_TOKEN: 'sk-secret-token',
}

beforeEach(() => {
  rmSync(scratch, { recursive: true, force: true })
  mkdirSync(`${scratch}/bin`, { recursive: true })
  // Records its working directory, its arguments and the token it was given, then exits as told.
  writeFileSync(
    `${scratch}/bin/sanity`,
    `#!/bin/sh\n{ pwd; for arg in "$@"; do echo "arg: $arg"; done; echo "token: $SANITY_IMPORT_TOKEN"; } > "${record}"\nexit \${FAKE_EXIT:-0}\n`,
  )
  chmodSync(`${scratch}/bin/sanity`, 0o755)
})

function runImport(environment: Record<string, string>) {
  const env: Record<string, string> = { PATH: `${scratch}/bin:${process.env.PATH}`, ...environment }
  return spawnSync(process.execPath, [resolve(root, 'studio/scripts/dataset-import.ts')], {
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
  })
}

describe('npm run dataset:import', () => {
  test('replaces the embedded dataset in the named project and dataset, from studio/', () => {
    const result = runImport(VARIABLES)
    expect(result.status).toBe(0)
    expect(readFileSync(record, 'utf8').trim().split('\n')).toEqual([
      resolve(root, 'studio'),
      'arg: dataset',
      'arg: import',
      'arg: ../data/production.ndjson',
      'arg: --dataset',
      'arg: production',
      'arg: --replace',
      'token: sk-secret-token',
    ])
    // The file the CLI is given, seen from its working directory, is the embedded dataset.
    expect(existsSync(resolve(root, 'studio', '../data/production.ndjson'))).toBe(true)
  })

  test('hands the token over in the environment, never as an argument', () => {
    runImport(VARIABLES)
    expect(readFileSync(record, 'utf8')).not.toMatch(/arg: .*sk-secret-token/)
  })

  test.each(Object.keys(VARIABLES))('stops with a message naming %s when it is missing, before calling the CLI', (name) => {
    const result = runImport({ ...VARIABLES, [name]: ' ' })
    expect(result.status).toBe(2)
    expect(result.stderr).toContain(`dataset:import: missing ${name}.`)
    expect(result.stderr).toMatch(new RegExp(`^  ${name} +\\S`, 'm'))
    expect(existsSync(record)).toBe(false)
  })

  test('fails when the import fails, with the CLI’s exit status', () => {
    const result = runImport({ ...VARIABLES, FAKE_EXIT: '3' })
    expect(result.status).toBe(3)
  })
})
