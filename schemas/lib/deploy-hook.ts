/**
 * The deploy hook, defined once: `POST /hooks/deploy`, which `npm run deploy`
 * (`scripts/deploy.ts`) sends after `wrangler deploy`, and `npm run purge` on
 * its own, so that no answer the previous version of the Worker rendered stays
 * at the edge. Signed exactly like Sanity's publish webhook
 * (`sanity-webhook-signature`, `SANITY_WEBHOOK_SECRET`), and checked by the
 * same code; its body names the operation, so that no delivery of the
 * publish webhook can be replayed to it, nor this one to that. Plain data:
 * the Worker, the script and the tests import it.
 */

/** Where the Worker answers it. */
export const DEPLOY_HOOK_PATH = '/hooks/deploy'

/** What it purges and why: everything the edge keeps (`site`), because the code that rendered it changed. */
export const DEPLOY_HOOK_BODY = { operation: 'deploy' } as const

export type DeployHookBody = typeof DEPLOY_HOOK_BODY
