/**
 * `npm run studio`: the local Content Lake, the Worker reading it, and the
 * Studio (`sanity dev`) working against it, offline and with no Sanity
 * account. The Studio's "Open on the site", feed and preview links go to that
 * Worker, so what an editor publishes or drafts opens there for real: the
 * Worker reads the lake through `@sanity/client` (the production code path),
 * previews drafts with a read token (the lake takes any), and the lake tells
 * it of every publish with Sanity's signed webhook.
 *
 * The Studio is told where the lake is with SANITY_STUDIO_API_HOST;
 * `localhost` rather than 127.0.0.1, because the Studio puts the project id in
 * front of the host name (`local.localhost`), which browsers resolve to
 * loopback.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { resolve } from 'node:path'
import { greeting, lakePlace, PROJECT_ID, ROOT, startLake, type RunningLake } from './lake.ts'
import { DEFAULT_WEBHOOK_SECRET } from './webhook.ts'
import { WEBHOOK_PATH } from '../schemas/lib/publish-webhook.ts'

/** The Worker's port when WORKER_PORT names none: `npm start`'s, and the Studio's default preview address. */
export const DEFAULT_WORKER_PORT = 8787

/** Where each of the three runs, and what each is told of the others. */
export interface LocalStudio {
  lakePort: number
  studioPort: number
  workerPort: number
  /** Such as `http://127.0.0.1:8787`. */
  workerOrigin: string
  /** The Worker's vars (`wrangler dev --var`): read the lake, preview its drafts, take its webhook. */
  workerVars: Record<string, string>
  /** The Studio's environment: the lake as its API, the Worker as the site and the preview. */
  studioEnv: Record<string, string>
  /** The lake's environment: its publish webhook goes to the Worker, unless LAKE_WEBHOOK_URL says otherwise. */
  lakeEnv: NodeJS.ProcessEnv
}

/** How `npm run studio` wires the lake, the Worker and the Studio together (LAKE_PORT, WORKER_PORT, STUDIO_PORT). */
export function localStudio(env: Readonly<Record<string, string | undefined>> = process.env): LocalStudio {
  const lakePort = Number(env.LAKE_PORT || 3900)
  const workerPort = Number(env.WORKER_PORT || DEFAULT_WORKER_PORT)
  const studioPort = Number(env.STUDIO_PORT || 3333)
  const workerOrigin = `http://127.0.0.1:${workerPort}`
  const webhookSecret = env.LAKE_WEBHOOK_SECRET || DEFAULT_WEBHOOK_SECRET
  return {
    lakePort,
    studioPort,
    workerPort,
    workerOrigin,
    workerVars: {
      SANITY_PROJECT_ID: PROJECT_ID,
      SANITY_API_HOST: `http://127.0.0.1:${lakePort}`,
      // The lake takes any token: this one opens the drafts preview.
      SANITY_READ_TOKEN: 'local',
      SANITY_WEBHOOK_SECRET: webhookSecret,
    },
    studioEnv: {
      SANITY_STUDIO_API_HOST: `http://localhost:${lakePort}`,
      SANITY_STUDIO_SITE_URL: workerOrigin,
      SANITY_STUDIO_PREVIEW_URL: workerOrigin,
    },
    // Cast: where the Worker's generated types are loaded, they add its vars to ProcessEnv; the lake reads only its own.
    lakeEnv: { ...env, LAKE_WEBHOOK_URL: env.LAKE_WEBHOOK_URL ?? `${workerOrigin}${WEBHOOK_PATH}`, LAKE_WEBHOOK_SECRET: webhookSecret } as unknown as NodeJS.ProcessEnv,
  }
}

/** Whether nothing listens on 127.0.0.1:`port`. */
function isFree(port: number): Promise<boolean> {
  return new Promise((answer) => {
    const probe = createServer()
    probe.once('error', () => answer(false))
    probe.listen(port, '127.0.0.1', () => probe.close(() => answer(true)))
  })
}

async function main(): Promise<void> {
  const setup = localStudio()
  if (!(await isFree(setup.workerPort))) {
    console.error(
      `studio: port ${setup.workerPort} on 127.0.0.1 is taken (another \`npm start\` or \`wrangler dev\`?), and the Worker that previews the lake must run there.\n` +
        `Stop that process, or give this Worker another port: WORKER_PORT=8788 npm run studio`,
    )
    process.exit(1)
  }
  const place = lakePlace(setup.lakeEnv)
  const lake: RunningLake = await startLake(place).catch((error: Error) => {
    console.error(`lake: cannot start on 127.0.0.1:${place.port}: ${error.message}. If another lake is running, stop it first, or give this one its own LAKE_PORT and LAKE_DIR.`)
    process.exit(1)
  })
  console.log(greeting(lake, { workerStarted: true }))

  console.log(`\nStarting the Worker on ${setup.workerOrigin}, reading the lake: the Studio's site, feed and preview links open there.`)
  const workerArgs = ['dev', '--port', String(setup.workerPort), '--ip', '127.0.0.1', '--show-interactive-dev-session=false']
  for (const [name, value] of Object.entries(setup.workerVars)) workerArgs.push('--var', `${name}:${value}`)
  // Its own process group, so stopping it stops workerd too.
  const worker = spawn(resolve(ROOT, 'node_modules/.bin/wrangler'), workerArgs, {
    cwd: ROOT,
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
    stdio: 'inherit',
    detached: true,
  })

  console.log(`\nStarting the Studio on http://localhost:${setup.studioPort}, working against the lake at ${setup.studioEnv.SANITY_STUDIO_API_HOST}. Open it in Chrome or Firefox.\n`)
  const studio = spawn(process.execPath, [resolve(ROOT, 'node_modules/@sanity/cli/bin/run.js'), 'dev', '--port', String(setup.studioPort), '--host', 'localhost'], {
    cwd: resolve(ROOT, 'studio'),
    env: { ...process.env, ...setup.studioEnv, SANITY_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
    stdio: 'inherit',
  })

  let stopping = false
  const stopAll = (code: number) => {
    if (stopping) return
    stopping = true
    if (studio.exitCode === null) studio.kill('SIGTERM')
    stopGroup(worker)
    void lake.stop().then(() => process.exit(code))
  }
  process.on('SIGINT', () => stopAll(0))
  process.on('SIGTERM', () => stopAll(0))
  studio.on('exit', (code) => stopAll(code ?? 0))
  worker.on('exit', (code) => {
    if (stopping) return
    console.error(`studio: the Worker on ${setup.workerOrigin} stopped (exit ${code}); the Studio's site and preview links need it. Stopping.`)
    stopAll(code || 1)
  })
}

/** Stops a child started in its own process group, and its children. */
function stopGroup(child: ChildProcess): void {
  if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM')
}

if (import.meta.main) await main()
