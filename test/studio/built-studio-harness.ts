/**
 * A built Studio for a test file, against a local Content Lake of its own: the
 * lake starts first, on the first of browser.ts's LAKE_PORTS free (a temporary
 * working copy of the embedded dataset), the Studio is built for that port
 * (`sanity build`, browser.ts's builtStudio, shared with the other test files
 * whose Studio is the same), served statically and opened in the tests'
 * Chromium. For the tests that set up their state in the lake and drive the
 * Studio in a page (stale-translations, entry-flow, local-lake-studio); each
 * page runs in a browser context of its own, and fails on a page error or a
 * console error of ours (traced through the build's source maps to schemas/,
 * studio/ or server/). Screenshots go to `test-output/studio-<name>-<page>.png`.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core'
import { expect } from 'vitest'
import { startLake, type RunningLake } from '../../lake/lake.ts'
import type { WebhookTarget } from '../../lake/webhook.ts'
import { StackTracer, builtStudio, launchChromium, onFreeLakePort, serveStatically } from './browser'

const OUTPUT = resolve(import.meta.dirname, '../../test-output')

export interface BuiltStudio {
  lake: RunningLake
  /**
   * Opens `path` of the Studio in a context of its own (the file's `context`, with `options` over it),
   * runs `steps`, then screenshots, fails on errors of ours, and closes.
   */
  visiting(path: string, page: string, steps: (page: Page, context: BrowserContext) => Promise<void>, options?: BrowserContextOptions): Promise<void>
  /** Stops the browser, the static server and the lake, and removes the working copy. */
  close(): Promise<void>
}

/** What differs from a plain built Studio over a lake: where the lake's publish webhook goes, and the Studio's other variables for the lake's port. */
export interface StudioAround {
  webhook?: WebhookTarget
  studioEnv?: (lakePort: number) => Record<string, string>
}

/** Starts the lake, builds the Studio for it (or finds it built) and opens Chromium; pages open with `context` (viewport, locale). */
export async function startBuiltStudio(name: string, context: BrowserContextOptions, around: StudioAround = {}): Promise<BuiltStudio> {
  const lakeDir = mkdtempSync(join(tmpdir(), `studio-${name}-lake-`))
  let lake: RunningLake | undefined
  let site: { url: string; server: Server } | undefined
  let browser: Browser | undefined
  const close = async () => {
    await browser?.close()
    await new Promise((closed) => (site ? site.server.close(closed) : closed(undefined)))
    await lake?.stop()
    rmSync(lakeDir, { force: true, recursive: true })
  }
  try {
    // The lake first, which claims its port; it waits idle while the Studio builds.
    const { port, claimed } = await onFreeLakePort((port) => startLake({ dir: lakeDir, port, webhook: around.webhook }, () => undefined))
    lake = claimed
    const buildDir = await builtStudio(`http://localhost:${port}`, around.studioEnv?.(port))
    site = await serveStatically(buildDir)
    browser = await launchChromium()
    const tracer = new StackTracer(buildDir)
    const opened = { browser, site }
    return {
      lake,
      close,
      async visiting(path, page, steps, options = {}) {
        const browserContext = await opened.browser.newContext({ ...context, ...options })
        const tab = await browserContext.newPage()
        const errors: string[] = []
        tab.on('pageerror', (error) => errors.push(error.stack ?? String(error)))
        tab.on('console', (message) => {
          if (message.type() === 'error') errors.push(message.text())
        })
        try {
          await tab.goto(`${opened.site.url}${path}`)
          try {
            await steps(tab, browserContext)
          } finally {
            await tab.screenshot({ path: resolve(OUTPUT, `studio-${name}-${page}.png`) }).catch(() => undefined)
            const ours = []
            for (const error of errors) {
              const frames = await tracer.ourFrames(error)
              if (frames.length > 0) ours.push(`${error.split('\n')[0]} (at ${frames.join(', ')})`)
            }
            expect(ours).toEqual([])
          }
        } finally {
          await browserContext.close()
        }
      },
    }
  } catch (error) {
    await close()
    throw error
  }
}
