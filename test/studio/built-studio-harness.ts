/**
 * A built Studio of a test file's own, against a local Content Lake of its
 * own: the lake starts first on a free port of loopback (a temporary working
 * copy of the embedded dataset), the Studio is built for that port
 * (`sanity build`, browser.ts) into `test-output/studio-build-<name>`, served
 * statically and opened in the tests' Chromium. For the tests that set up
 * their state in the lake and drive the Studio in a page (stale-translations.test.ts);
 * each page runs in a browser context of its own, and fails on a page error
 * of ours (traced through the build's source maps to schemas/, studio/ or
 * server/). Screenshots go to `test-output/studio-<name>-<page>.png`.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { expect } from 'vitest'
import { startLake, type RunningLake } from '../../lake/lake.ts'
import { StackTracer, buildStudio, launchChromium, serveStatically } from './browser'

const OUTPUT = resolve(import.meta.dirname, '../../test-output')

export interface BuiltStudio {
  lake: RunningLake
  /** Opens `path` of the Studio in a context of its own, runs `steps`, then screenshots, fails on errors of ours, and closes. */
  visiting(path: string, page: string, steps: (page: Page) => Promise<void>): Promise<void>
  /** Stops the browser, the static server and the lake, and removes the working copy. */
  close(): Promise<void>
}

/** Starts the lake, builds the Studio for it and opens Chromium; pages open with `context` (viewport, locale). */
export async function startBuiltStudio(name: string, context: BrowserContextOptions): Promise<BuiltStudio> {
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
    // The lake first, on a free port, which the build then fixes; it waits idle while the Studio builds.
    lake = await startLake({ dir: lakeDir, port: 0 }, () => undefined)
    const buildDir = resolve(OUTPUT, `studio-build-${name}`)
    await buildStudio(buildDir, `http://localhost:${lake.port}`)
    site = await serveStatically(buildDir)
    browser = await launchChromium()
    const tracer = new StackTracer(buildDir)
    const opened = { browser, site }
    return {
      lake,
      close,
      async visiting(path, page, steps) {
        const browserContext = await opened.browser.newContext(context)
        const tab = await browserContext.newPage()
        const pageErrors: string[] = []
        tab.on('pageerror', (error) => pageErrors.push(error.stack ?? String(error)))
        try {
          await tab.goto(`${opened.site.url}${path}`)
          try {
            await steps(tab)
          } finally {
            await tab.screenshot({ path: resolve(OUTPUT, `studio-${name}-${page}.png`) })
            const ours = []
            for (const error of pageErrors) if ((await tracer.ourFrames(error)).length > 0) ours.push(error.split('\n')[0])
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
