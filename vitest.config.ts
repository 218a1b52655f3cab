import { readFile } from 'node:fs/promises'
import { cloudflareTest } from '@cloudflare/vitest-plugin'
import { defineConfig, type Plugin } from 'vitest/config'

/** Loads `.ndjson` and `.txt` files as text, as wrangler's `Text` module rules do in the Worker. */
const textModules: Plugin = {
  name: 'text-modules',
  enforce: 'pre',
  async load(id) {
    if (!/\.(ndjson|txt)$/.test(id)) return null
    return { code: `export default ${JSON.stringify(await readFile(id, 'utf8'))}`, map: null }
  },
}

/** Loads `.png`, `.ico` and `.gz` files as an ArrayBuffer of their bytes, as wrangler's `Data` module rule does in the Worker. */
const imagesAsData: Plugin = {
  name: 'images-as-data',
  enforce: 'pre',
  async load(id) {
    if (!/\.(png|ico|gz)$/.test(id)) return null
    const bytes = await readFile(id)
    return { code: `export default Uint8Array.from(atob(${JSON.stringify(bytes.toString('base64'))}), (c) => c.charCodeAt(0)).buffer`, map: null }
  },
}

export default defineConfig({
  test: {
    projects: [
      {
        // The Worker, tested inside workerd as it runs on Cloudflare; first its build steps, as wrangler's [build] runs them.
        plugins: [textModules, imagesAsData, cloudflareTest({ wrangler: { configPath: './wrangler.toml' } })],
        test: {
          name: 'worker',
          include: ['test/server/**/*.test.ts'],
          setupFiles: ['test/server/setup.ts'],
          globalSetup: ['server/build.ts'],
        },
      },
      {
        // Schema types, the embedded dataset and generated types, through Sanity's own tools on Node.
        test: { name: 'node', include: ['test/node/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
      },
      {
        // The Studio: its React components rendered with React Testing Library in jsdom, and the
        // built Studio in Debian's Chromium (its test files ask for the node environment). Those share
        // a `sanity build` when their Studio is the same (test/studio/browser.ts's builtStudio, kept in
        // test-output/studio-builds): run one after another, they take the same lake port, which the
        // build fixes; run side by side, the next port and a build of its own.
        plugins: [textModules],
        test: {
          name: 'studio',
          include: ['test/studio/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['test/studio/setup.ts'],
          // The preview-link tests read the lake through the Worker's Sanity source, which loads @sanity/client from server/lazy/,
          // and its entries' labels from the interface strings, which server/i18n/build.ts writes as Text modules.
          globalSetup: ['server/lazy/build.ts', 'server/i18n/build.ts'],
        },
      },
      {
        // The local Content Lake (lake/): its HTTP API, listener and working copy, each test on its own temporary copy and port.
        // Its preview tests read it through the Worker's Sanity source, which loads @sanity/client from server/lazy/ and
        // labels entries with the interface strings (Text modules written by server/i18n/build.ts).
        plugins: [textModules],
        test: {
          name: 'lake',
          include: ['test/lake/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          globalSetup: ['server/lazy/build.ts', 'server/i18n/build.ts'],
        },
      },
      {
        // Real feed readers from Debian (newsboat, Python feedparser) against `wrangler dev`, as a reader subscribes.
        test: { name: 'readers', include: ['test/readers/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 180_000 },
      },
      {
        // Pages and the widget in headless Chromium, against `wrangler dev`, from a host page on another origin.
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
