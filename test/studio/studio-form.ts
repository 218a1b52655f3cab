/**
 * What an editor does in a document form of the built Studio, shared by the
 * tests that drive it in Chromium (built-studio.test.ts, stale-translations.test.ts,
 * chinese-interface.test.ts).
 */
import type { Locator } from 'playwright-core'
import { expect } from 'vitest'

/**
 * Types `text` into the input or text area of field `path` (such as `headline.zh`) in the
 * document pane `pane`, replacing what was there, until the input keeps it:
 * right after a navigation (a duplicate, a new document) the Studio may still
 * be drawing the form again, and an input it replaces takes what was typed
 * into it along.
 */
export async function typeIntoField(pane: Locator, path: string, text: string): Promise<void> {
  const input = pane.getByTestId(`field-${path}`).locator('input, textarea').first()
  await expect
    .poll(
      async () => {
        if ((await input.inputValue()) !== text) await input.fill(text)
        return input.inputValue()
      },
      { timeout: 30_000, interval: 250 },
    )
    .toBe(text)
}
