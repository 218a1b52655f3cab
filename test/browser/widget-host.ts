/**
 * What the widget's browser tests share: Chromium and a partner city's site on another origin,
 * started before a file's tests and stopped after them, and the wait for widgets to settle.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { launchChromium, startHostSite } from './browser'

export interface WidgetHost {
  browser: Browser
  /** The host site's origin, such as `http://127.0.0.1:41235`. */
  origin: string
}

/** Chromium and a host site serving `pages`, for the tests of the file that calls it (the object is filled before they run). */
export function widgetHost(pages: Record<string, string>): WidgetHost {
  const shared = {} as WidgetHost
  let site: Awaited<ReturnType<typeof startHostSite>> | undefined
  beforeAll(async () => {
    shared.browser = await launchChromium()
    site = await startHostSite(pages)
    shared.origin = site.origin
  })
  afterAll(async () => {
    await shared.browser?.close()
    await site?.close()
  })
  return shared
}

/** Waits until every widget named by id has left its loading state. */
export async function settled(page: Page, ids: string[]): Promise<void> {
  await page.waitForFunction(
    (ids) => ids.every((id) => {
      const state = document.getElementById(id)?.shadowRoot?.querySelector('.mtw')?.getAttribute('data-state')
      return state && state !== 'loading'
    }),
    ids,
    { timeout: 20_000 },
  )
}
