/**
 * What every Worker entry (`index.ts`, `index.sanity.ts`, `index.embedded.ts`)
 * exports: one function makes the handler from the app, so that every build
 * answers the same way in front of it.
 */
import type { Hono } from 'hono'
import type { AppEnv } from './env'
import { withKeptAnswers } from './http/kept-answers'

/** The Worker's module export for `app`: its `fetch`, behind the front door of kept answers (http/kept-answers.ts). */
export function workerFor(app: Hono<AppEnv>): ExportedHandler<AppEnv['Bindings']> {
  return withKeptAnswers(app)
}
