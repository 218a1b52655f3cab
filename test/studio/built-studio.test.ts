/**
 * @vitest-environment node
 *
 * The built Studio (`sanity build` of studio/, once per run) served statically
 * on loopback and opened in headless Debian Chromium through playwright-core.
 *
 * Offline the Studio cannot reach Sanity's API, and says so: that failure is
 * expected. How the test tells it apart from an error of ours:
 * - Nothing leaves the machine. Chromium resolves no host name but 127.0.0.1,
 *   and every request to another host is caught on the page and recorded:
 *   offline it is aborted as a dropped connection; signed in, requests to
 *   *.api.sanity.io are answered by sanity-api-stub.ts and the rest aborted.
 *   The recorded hosts must all be Sanity's: our code calls nothing else.
 * - Expected: those aborted requests, the console errors they cause ("Failed to
 *   load resource: net::ERR_INTERNET_DISCONNECTED", failed WebSockets), and
 *   the Studio's own "Couldn't reach the Sanity servers" screen, which is its
 *   start screen offline.
 * - Ours, and a failure: any page error (uncaught exception or rejection) or
 *   console error whose stack, traced through the build's source maps, has a
 *   frame in schemas/, studio/ or server/; and any Studio crash screen ("An
 *   error occurred that Sanity Studio was unable to recover from", "Schema
 *   errors", "Encountered an error while reading structure", an error card).
 * - Sanity's own page errors, with frames in node_modules only, are written to
 *   test-output/studio-browser.log rather than failed on: offline, or over the
 *   stub, Sanity's code may fail in ways that are not ours.
 * Screenshots go to test-output/studio-*.png.
 */
import { appendFileSync, rmSync } from 'node:fs'
import type { Server } from 'node:http'
import { resolve } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { SanityDocument } from 'sanity'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { formatPartialDate } from '../../schemas/lib/partial-date'
import { ENTRIES_NEEDING_TRANSLATION } from '../../studio/needs-translation'
import { dataset } from '../node/fixtures'
import { StackTracer, buildStudio, launchChromium, serveStatically } from './browser'
import { answerSanityApi } from './sanity-api-stub'

const OUTPUT = resolve(import.meta.dirname, '../../test-output')
const BUILD_DIR = resolve(OUTPUT, 'studio-build')
const LOG = resolve(OUTPUT, 'studio-browser.log')

/** Texts of the Studio's crash and error screens (Sanity 6's English strings). */
const CRASH_TEXTS = [
  'An error occurred that Sanity Studio was unable to recover from',
  'Schema errors',
  'Encountered an error while reading structure',
  'An error occurred',
  'Something went wrong',
]

/** Sanity's own hosts: its API, its CDN and its font server. */
const isSanityHost = (host: string) => /(^|\.)sanity\.io$|(^|\.)sanity-cdn\.com$/.test(host)

/** The dataset the signed-in Studio sees: the embedded one, plus a draft of Burnaby whose summary has no Chinese yet. */
const burnaby = dataset.find((document) => document._id === 'entry-burnaby-2014')
if (!burnaby) throw new Error('data/production.ndjson has no entry-burnaby-2014')
const halfTranslatedDraft = {
  ...burnaby,
  _id: 'drafts.entry-burnaby-2014',
  summary: { _type: 'localeText', en: (burnaby.summary as { en: string }).en },
} as SanityDocument
const LAKE: readonly SanityDocument[] = [...dataset, halfTranslatedDraft]
const settings = dataset.find((document) => document._id === 'settings') as { baseUrl: string } | undefined
const BASE_URL = settings?.baseUrl ?? ''

let browser: Browser
let site: { url: string; server: Server }
let tracer: StackTracer

beforeAll(async () => {
  rmSync(LOG, { force: true })
  await buildStudio(BUILD_DIR)
  site = await serveStatically(BUILD_DIR)
  browser = await launchChromium()
  tracer = new StackTracer(BUILD_DIR)
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await new Promise((closed) => site?.server.close(closed))
})

interface Visit {
  page: Page
  context: BrowserContext
  pageErrors: string[]
  consoleErrors: string[]
  hosts: Set<string>
  queries: string[]
}

/** Opens `path` of the built Studio in a fresh context, offline or signed in over `LAKE`, recording errors and outside requests. */
async function open(path: string, mode: 'offline' | 'signed-in'): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'en-US' })
  const page = await context.newPage()
  const opened: Visit = { page, context, pageErrors: [], consoleErrors: [], hosts: new Set(), queries: [] }
  page.on('pageerror', (error) => opened.pageErrors.push(error.stack ?? String(error)))
  page.on('console', (message) => {
    if (message.type() === 'error') opened.consoleErrors.push(message.text())
  })
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url())
    if (url.origin === site.url) return route.continue()
    opened.hosts.add(url.hostname)
    if (mode === 'signed-in' && url.hostname.endsWith('.api.sanity.io')) return answerSanityApi(route, LAKE, opened.queries)
    return route.abort('internetdisconnected')
  })
  await page.goto(`${site.url}${path}`)
  return opened
}

/** Errors whose stack reaches into our code, each with the frames that do; Sanity's own go to the log. */
async function errorsOfOurs({ pageErrors, consoleErrors }: Visit, name: string): Promise<string[]> {
  const ours: string[] = []
  for (const [kind, errors] of [['page error', pageErrors], ['console error', consoleErrors]] as const) {
    for (const error of errors) {
      const frames = await tracer.ourFrames(error)
      // The first line that says something: console errors may start with a format string such as `%o`.
      const summary = error.split('\n').find((line) => /\w{3}/.test(line)) ?? error
      if (frames.length > 0) ours.push(`${kind}: ${summary.trim()} (at ${frames.join(', ')})`)
      else if (kind === 'page error') appendFileSync(LOG, `${name}: Sanity's own ${kind}: ${error}\n\n`)
    }
  }
  return ours
}

async function crashScreens(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText()
  return CRASH_TEXTS.filter((crash) => text.includes(crash))
}

/** The checks every visit ends with: no error of ours, no crash screen, no host but Sanity's. */
async function expectNothingOfOurs(opened: Visit, name: string) {
  await opened.page.screenshot({ path: resolve(OUTPUT, `studio-${name}.png`) })
  expect(await errorsOfOurs(opened, name)).toEqual([])
  expect(await crashScreens(opened.page)).toEqual([])
  expect([...opened.hosts].filter((host) => !isSanityHost(host))).toEqual([])
}

/**
 * Runs `steps` on `opened`, then the checks of `expectNothingOfOurs`, even when a step failed:
 * an error of ours explains a timeout better than the timeout does.
 */
async function checking(opened: Visit, name: string, steps: () => Promise<void>) {
  try {
    await steps()
  } finally {
    await expectNothingOfOurs(opened, name)
  }
}

/** The title and subtitle of each document in the open document list. */
async function listedDocuments(page: Page): Promise<string[][]> {
  const previews = page.getByTestId('document-list-pane').getByTestId('default-preview')
  await previews.first().waitFor({ timeout: 60_000 })
  // Previews load after the list: wait until none is a placeholder any more.
  await expect.poll(async () => (await previews.allInnerTexts()).every((text) => text.trim() !== ''), { timeout: 30_000 }).toBe(true)
  return (await previews.allInnerTexts()).map((text) => text.split('\n').filter((line) => line.trim() !== ''))
}

describe('the built Studio, offline', () => {
  test("reaches its own start screen, which says it couldn't reach Sanity, with no error of ours", async () => {
    const opened = await open('/', 'offline')
    await checking(opened, 'offline', async () => {
      await opened.page.getByText("Couldn't reach the Sanity servers").waitFor({ timeout: 60_000 })
      expect([...opened.hosts].some((host) => host.endsWith('.api.sanity.io'))).toBe(true)
    })
    await opened.context.close()
  }, 90_000)
})

describe("the built Studio, signed in over the embedded dataset (Sanity's API answered on the page)", () => {
  // One visit, moved through as an editor would: booting the Studio costs seconds, clicking does not.
  let signedIn: Visit
  beforeAll(async () => {
    signedIn = await open('/structure', 'signed-in')
  }, 60_000)
  afterAll(async () => {
    await signedIn?.context.close()
  })

  test('lists the settings, the entries and those that need translation, titled in both languages', async () => {
    await checking(signedIn, 'content', async () => {
      const list = signedIn.page.getByTestId('structure-tool-list-pane')
      await list.getByText('Needs translation · 待翻译').waitFor({ timeout: 60_000 })
      expect((await list.innerText()).split('\n').filter((line) => line.trim() !== '')).toEqual([
        'Content · 内容',
        'Settings · 设置',
        'Entries · 条目',
        'Needs translation · 待翻译',
      ])
      expect(await signedIn.page.title()).toBe('Content · 内容 | Meeting the World · 走向世界')
    })
  }, 90_000)

  test('lists the entries newest first, each with its English title, then the date and its Chinese title', async () => {
    await checking(signedIn, 'entries', async () => {
      await signedIn.page.getByTestId('pane-item-Entries · 条目').click()
      const expected = dataset
        .filter((document) => document._type === 'entry')
        .map((document) => document as unknown as { date: string; headline: { en: string; zh: string } })
        .sort((a, b) => b.date.localeCompare(a.date))
        .map(({ date, headline }) => [headline.en, `${formatPartialDate(date, 'en')} · ${headline.zh}`])
      expect(await listedDocuments(signedIn.page)).toEqual(expected)
    })
  }, 90_000)

  test('lists the half-translated draft under "Needs translation", asking the Content Lake with our filter', async () => {
    await checking(signedIn, 'needs-translation', async () => {
      await signedIn.page.getByTestId('pane-item-Needs translation · 待翻译').click()
      await signedIn.page.waitForURL('**/structure/needs-translation')
      // The entries' list gives way to this one: wait for its content rather than its frame.
      await expect
        .poll(async () => (await listedDocuments(signedIn.page)).map(([title]) => title), { timeout: 30_000 })
        .toEqual([(burnaby.headline as { en: string }).en])
      expect(signedIn.queries.some((query) => query.includes(ENTRIES_NEEDING_TRANSLATION))).toBe(true)
    })
  }, 90_000)

  test('shows that entry in two language columns, a badge per language, and its links on the site', async () => {
    await checking(signedIn, 'entry', async () => {
      await signedIn.page.getByTestId('document-list-pane').getByTestId('default-preview').first().click()
      const pane = signedIn.page.getByTestId('document-pane')
      await pane.getByText('Chinese (Simplified) · 简体中文').first().waitFor({ timeout: 60_000 })
      expect(await pane.getByText('English · 英文', { exact: true }).count()).toBeGreaterThan(3)
      await pane.getByText('简体中文 4/5').waitFor({ timeout: 60_000 })
      await pane.getByText('English 5/5').waitFor()
      const slug = pane.getByTestId('field-slug')
      await slug.scrollIntoViewIfNeeded()
      const pageLinks = slug.getByRole('link', { name: 'Open on the site · 在网站上打开' })
      await pageLinks.first().waitFor({ timeout: 15_000 })
      expect(await pageLinks.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
        `${BASE_URL}/en/entries/burnaby-2014`,
        `${BASE_URL}/zh/entries/burnaby-2014`,
      ])
    })
  }, 90_000)
})
