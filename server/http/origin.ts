/** The public origin that absolute links start with. */
import type { Context } from 'hono'
import type { AppEnv } from '../env'

/** `PUBLIC_BASE_URL`'s origin, when it is set (behind a proxy or a custom domain). */
export function configuredOrigin(c: Context<AppEnv>): string | undefined {
  const configured = c.env?.PUBLIC_BASE_URL?.trim()
  return configured ? new URL(configured).origin : undefined
}

/** `PUBLIC_BASE_URL` when set, else the request's own origin. */
export function publicOrigin(c: Context<AppEnv>): string {
  return configuredOrigin(c) ?? new URL(c.req.url).origin
}
