/**
 * `npm run deploy` deploys one build of one content source (`--env sanity` or `--env embedded`),
 * never the default build of both, which `npm start` and the tests run: it refuses before it
 * checks anything else or runs wrangler, and names the builds it would deploy.
 */
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../..')

/** A secret and an address, so that only the build decides; without the secret, no wrangler is ever reached. */
const ENVIRONMENT = ['SANITY_WEBHOOK_SECRET=a secret', 'PUBLIC_BASE_URL=https://feeds.example.org', 'WRANGLER_SEND_METRICS=false']

function deploy(args: string[], environment = ENVIRONMENT) {
  const result = spawnSync('env', ['-u', 'SANITY_WEBHOOK_SECRET', ...environment, process.execPath, 'scripts/deploy.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000,
  })
  return { status: result.status, stderr: result.stderr, stdout: result.stdout }
}

describe('npm run deploy', () => {
  it('refuses the default build of both sources, and names the builds to deploy', () => {
    const { status, stderr, stdout } = deploy([])
    expect(status).toBe(1)
    expect(stderr).toContain('Nothing deployed')
    expect(stderr).toContain('npm run deploy -- --env sanity')
    expect(stderr).toContain('npm run deploy -- --env embedded')
    expect(stdout).not.toMatch(/wrangler/i)
  })

  it('refuses a build wrangler.toml does not define', () => {
    const { status, stderr } = deploy(['--env', 'both'])
    expect(status).toBe(1)
    expect(stderr).toContain('wrangler.toml has no build "both"')
    expect(stderr).toContain('sanity, embedded')
  })

  it('takes a named build, and checks what it needs next (here: the secret, left out so that nothing is deployed)', () => {
    for (const args of [['--env=embedded'], ['--env', 'sanity'], ['-e', 'sanity']]) {
      const { status, stderr } = deploy(args, ENVIRONMENT.slice(1))
      expect(status).toBe(1)
      expect(stderr).not.toContain('no build')
      expect(stderr).toContain('SANITY_WEBHOOK_SECRET')
    }
  })
})
