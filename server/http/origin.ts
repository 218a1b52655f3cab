/** The public origin that absolute links start with. */
import type { Context } from 'hono'
import type { AppEnv } from '../env'

/** `PUBLIC_BASE_URL` when set (behind a proxy or a custom domain), else the request's own origin. */
export function publicOrigin(c: Context<AppEnv>): string {
  const configured = c.env?.PUBLIC_BASE_URL?.trim()
  return configured ? new URL(configured).origin : new URL(c.req.url).origin
}
