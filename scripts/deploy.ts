/**
 * `npm run deploy`: `wrangler deploy`, then the deploy hook (`POST
 * /hooks/deploy`, `schemas/lib/deploy-hook.ts`), which purges everything the
 * edge cache keeps, at once and again 15 seconds later, so that no answer the
 * previous version of the Worker rendered is served after the deploy.
 * `npm run purge`: the hook alone, after `wrangler rollback`, or when the
 * Worker's log says a publish's second purge was refused.
 *
 * The hook is signed exactly like Sanity's publish webhook
 * (`sanity-webhook-signature`, with `@sanity/webhook`) with the Worker's
 * `SANITY_WEBHOOK_SECRET`, which this script reads from its environment
 * (`wrangler secret put` stores it write-only: keep it where the deploy runs,
 * such as a CI secret). It is sent to `PUBLIC_BASE_URL`, from the environment
 * or else from wrangler.toml's `[vars]`; any address of the Worker will do,
 * as the edge cache belongs to the Worker, not to a host. Both are checked
 * before anything is deployed. A refused purge (`503`, Cloudflare's rate
 * limit) is sent again after its `Retry-After`, a few times; if it still
 * fails, the script says so and exits 1: the new code is live, and the old
 * one's answers may be served until they expire (README, *Serving*).
 *
 * Arguments after `--` go to `wrangler deploy`: `npm run deploy -- --env sanity` deploys the
 * Sanity build, `--env embedded` the embedded one (wrangler.toml, README). Without `--env` (the
 * build of both sources that `npm start` and the tests run, over 120 KiB of JavaScript) or with an
 * environment wrangler.toml does not define, nothing is deployed and the script names the builds.
 * Runs on Node 24 as TypeScript (type stripping), with no build step.
 */
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { encodeSignatureHeader } from '@sanity/webhook'
import { experimental_readRawConfig } from 'wrangler'
import { DEPLOY_HOOK_BODY, DEPLOY_HOOK_PATH } from '../schemas/lib/deploy-hook.ts'
import { SIGNATURE_HEADER } from '../schemas/lib/publish-webhook.ts'

const ROOT = resolve(import.meta.dirname, '..')
const WRANGLER = resolve(ROOT, 'node_modules/.bin/wrangler')

/** How many times the hook is sent, and the longest wait between two tries. */
const TRIES = 4
const MAX_WAIT_S = 60

/** The wrangler environment `args` name (`--env sanity`, `--env=sanity`, `-e sanity`), if any. */
function wranglerEnv(args: readonly string[]): string | undefined {
  const index = args.findIndex((arg) => arg === '--env' || arg === '-e')
  return index >= 0 ? args[index + 1] : args.find((arg) => arg.startsWith('--env='))?.slice('--env='.length)
}

/** wrangler.toml as written, read once. */
const { rawConfig } = experimental_readRawConfig({ config: resolve(ROOT, 'wrangler.toml') })

/** The builds an operator deploys: the environments wrangler.toml defines (`sanity`, `embedded`). */
const DEPLOYABLE_BUILDS = Object.keys(rawConfig.env ?? {})

/**
 * The Worker's origin: `PUBLIC_BASE_URL` from the environment, else from wrangler.toml, in the
 * `[env.<name>.vars]` of the build deployed (wrangler does not carry `[vars]` into environments).
 */
function workerOrigin(environment: NodeJS.ProcessEnv, env: string | undefined): string | undefined {
  const vars = env === undefined ? rawConfig.vars : rawConfig.env?.[env]?.vars
  const configured = environment.PUBLIC_BASE_URL?.trim() || String(vars?.PUBLIC_BASE_URL ?? '').trim()
  return URL.canParse(configured) ? new URL(configured).origin : undefined
}

/**
 * The KV bindings of the build deployed whose namespace id is still wrangler.toml's placeholder
 * (all zeros), which Cloudflare would refuse: `WIDGET_RELEASES`, until the operator creates it.
 */
function placeholderNamespaces(env: string | undefined): string[] {
  const namespaces: readonly { binding: string; id?: string }[] = (env === undefined ? rawConfig.kv_namespaces : rawConfig.env?.[env]?.kv_namespaces) ?? []
  return namespaces.filter(({ id }) => /^0+$/.test(id ?? '')).map(({ binding }) => binding)
}

/** Sends the signed deploy hook; what the Worker answered, or why nothing did. */
async function sendHook(url: string, secret: string): Promise<Response | Error> {
  const body = JSON.stringify(DEPLOY_HOOK_BODY)
  try {
    return await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [SIGNATURE_HEADER]: await encodeSignatureHeader(body, Date.now(), secret) },
      body,
      signal: AbortSignal.timeout(30_000),
    })
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error))
  }
}

/**
 * Purges the edge cache through the hook, trying again while the Worker or Cloudflare cannot
 * (a 5xx, `Retry-After`); `refused` when the Worker will not (a 4xx: the wrong secret, say).
 */
async function purge(url: string, secret: string): Promise<'purged' | 'refused' | 'unavailable'> {
  for (let attempt = 1; attempt <= TRIES; attempt += 1) {
    const answer = await sendHook(url, secret)
    const text = answer instanceof Error ? answer.message : await answer.text()
    if (!(answer instanceof Error) && answer.ok) {
      const { purged, edge } = JSON.parse(text) as { purged: string[]; edge: boolean }
      console.log(edge ? `Purged the edge cache (${purged.join(', ')}); again in 15 s.` : 'The Worker has no edge cache to purge ([cache] in wrangler.toml).')
      return 'purged'
    }
    console.error(`${url} ${answer instanceof Error ? 'could not be reached' : `answered ${answer.status}`}: ${text}`)
    if (!(answer instanceof Error) && answer.status < 500) return 'refused'
    if (attempt === TRIES) return 'unavailable'
    const retryAfter = answer instanceof Error ? 5 : Number(answer.headers.get('Retry-After') ?? 5)
    const wait = Math.min(Number.isFinite(retryAfter) ? retryAfter : 5, MAX_WAIT_S)
    console.error(`Trying again in ${wait} s (${attempt + 1} of ${TRIES}).`)
    await new Promise((done) => setTimeout(done, wait * 1000))
  }
  return 'unavailable'
}

async function main(args: readonly string[], environment: NodeJS.ProcessEnv): Promise<number> {
  const purgeOnly = args.includes('--purge-only')
  const build = wranglerEnv(args)
  if (!purgeOnly && (build === undefined || !DEPLOYABLE_BUILDS.includes(build))) {
    const choices = DEPLOYABLE_BUILDS.map((name) => `npm run deploy -- --env ${name}`).join(' or ')
    console.error(
      `Nothing deployed: ${build === undefined ? 'no build named' : `wrangler.toml has no build "${build}"`}. Deploy one of ${DEPLOYABLE_BUILDS.join(', ')}: ${choices} (README, Deploying). The default build, of both content sources, is for npm start and the tests.`,
    )
    return 1
  }
  const secret = environment.SANITY_WEBHOOK_SECRET?.trim()
  const origin = workerOrigin(environment, build)
  const missing = [
    ...(secret ? [] : ['SANITY_WEBHOOK_SECRET: the secret the Worker has (wrangler secret put SANITY_WEBHOOK_SECRET)']),
    ...(origin ? [] : ['PUBLIC_BASE_URL: an address of the Worker, such as https://feeds.example.org (or set it in wrangler.toml)']),
  ]
  if (!secret || !origin) {
    console.error(`Nothing ${purgeOnly ? 'purged' : 'deployed'}: the edge cache could not be purged without\n  ${missing.join('\n  ')}`)
    return 1
  }
  const placeholders = purgeOnly ? [] : placeholderNamespaces(build)
  if (placeholders.length > 0) {
    const commands = placeholders.map((binding) => `npx wrangler kv namespace create ${binding}`).join('; ')
    console.error(`Nothing deployed: wrangler.toml still has the placeholder id of ${placeholders.join(', ')}. Run ${commands}, and put the id it prints in wrangler.toml (README, Deploying).`)
    return 1
  }
  if (!purgeOnly) {
    const deployed = spawnSync(WRANGLER, ['deploy', ...args], { cwd: ROOT, stdio: 'inherit' })
    if (deployed.status !== 0) return deployed.status ?? 1
  }
  const purged = await purge(`${origin}${DEPLOY_HOOK_PATH}`, secret)
  if (purged === 'purged') return 0
  console.error(
    [
      ...(purgeOnly ? ['The edge cache was not purged.'] : ['The new version is live, but the edge cache was not purged: the old version’s answers may be served until they expire.']),
      purged === 'refused'
        ? 'Give SANITY_WEBHOOK_SECRET the secret the Worker has, and run npm run purge.'
        : 'Run npm run purge in a minute.',
    ].join(' '),
  )
  return 1
}

process.exitCode = await main(process.argv.slice(2), process.env)
