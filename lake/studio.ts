/**
 * `npm run studio`: the local Content Lake and the Studio (`sanity dev`)
 * together, offline and with no Sanity account. The Studio is told where the
 * lake is with SANITY_STUDIO_API_HOST; `localhost` rather than 127.0.0.1,
 * because the Studio puts the project id in front of the host name
 * (`local.localhost`), which browsers resolve to loopback.
 */
import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import { greeting, lakePlace, ROOT, startLake } from './lake.ts'

const place = lakePlace()
const lake = await startLake(place).catch((error: Error) => {
  console.error(`lake: cannot start on 127.0.0.1:${place.port}: ${error.message}. If another lake is running, stop it first, or give this one its own LAKE_PORT and LAKE_DIR.`)
  process.exit(1)
})
console.log(greeting(lake))
const apiHost = `http://localhost:${lake.port}`
const studioPort = process.env.STUDIO_PORT || '3333'
console.log(`\nStarting the Studio on http://localhost:${studioPort}, working against the lake at ${apiHost}. Open it in Chrome or Firefox.\n`)

const studio = spawn(process.execPath, [resolve(ROOT, 'node_modules/@sanity/cli/bin/run.js'), 'dev', '--port', studioPort, '--host', 'localhost'], {
  cwd: resolve(ROOT, 'studio'),
  env: { ...process.env, SANITY_STUDIO_API_HOST: apiHost, SANITY_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
  stdio: 'inherit',
})
const stop = () => {
  studio.kill('SIGTERM')
  void lake.stop().then(() => process.exit(0))
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
studio.on('exit', (code) => {
  void lake.stop().then(() => process.exit(code ?? 0))
})
