/**
 * @vitest-environment node
 *
 * The built Studio (`sanity build` of studio/, shared with the other test files
 * whose Studio is the same: browser.ts's builtStudio) served statically
 * on loopback and opened in headless Debian Chromium through playwright-core,
 * working against the local Content Lake (../../lake) as `npm run studio` does.
 *
 * Three parts, one lake port throughout (the build fixes it):
 * 1. Offline: no lake is running yet. The Studio says it cannot reach its API,
 *    and that failure is expected.
 * 2. Signed in over the lake (a temporary working copy of the embedded dataset
 *    plus a half-translated draft): structure, lists, previews, form, badges and
 *    links, as an editor sees them.
 * 3. End to end: in the Studio an editor duplicates an entry, retitles it in
 *    both languages and publishes it; edits, unpublishes or deletes a published
 *    entry; writes a new entry from the template in both languages and publishes
 *    it; begins another and discards it. The Worker (`wrangler dev` reading the
 *    lake through `@sanity/client`, the production code path) shows each change
 *    in the Chinese Atom feed, the JSON API and the entry's page; a restarted
 *    lake still has what the editor wrote. The lake tells the Worker of each
 *    publish with Sanity's signed webhook (lake/webhook.ts → POST /hooks/sanity),
 *    so a publish shows sooner than anything the Worker keeps could expire.
 *    These tests guard every future Sanity upgrade.
 * Every test opens the Studio in a browser context of its own and works on an
 * entry of its own, so any one can run alone (`-t '<name>'`); the build, the
 * browser, the lake and the Worker are shared.
 *
 * How a test tells an error of ours from Sanity's own:
 * - Nothing leaves the machine. Chromium resolves no host name but 127.0.0.1
 *   and `*.localhost`, so every request to another host fails, and is recorded. The recorded hosts must all be Sanity's
 *   (its CDN, fonts, version check): our code calls nothing else.
 * - Expected: those aborted requests, the console errors they cause, the 404s
 *   of Sanity services a lake does not offer (journeys, presence), and offline
 *   the Studio's own "Couldn't reach" start screen.
 * - Ours, and a failure: any page error (uncaught exception or rejection) or
 *   console error whose stack, traced through the build's source maps, has a
 *   frame in schemas/, studio/ or server/; and any Studio crash screen ("An
 *   error occurred that Sanity Studio was unable to recover from", "Schema
 *   errors", "Encountered an error while reading structure", an error card).
 * - Sanity's own page errors, with frames in node_modules only, are written to
 *   test-output/studio-browser.log rather than failed on.
 * Screenshots go to test-output/studio-*.png.
 */
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Server } from 'node:http'
import { createServer as createTcpServer, type Server as TcpServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { SanityDocument } from 'sanity'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startLake, type RunningLake } from '../../lake/lake.ts'
import type { LakeDocument } from '../../lake/mutations.ts'
import { DEFAULT_WEBHOOK_SECRET, type WebhookTarget } from '../../lake/webhook.ts'
import { vocabularyTitle } from '../../schemas/lib/bilingual'
import { WEBHOOK_PATH } from '../../schemas/lib/publish-webhook'
import { RELATIONSHIPS } from '../../schemas/vocabulary'
import { ANSWER_LIFETIME_MS } from '../../server/content/sanity-source'
import { ENTRIES_NEEDING_TRANSLATION } from '../../studio/needs-translation'
import { dataset } from '../node/fixtures'
import { freePort, startWorker, type WorkerProcess } from '../worker-process'
import { StackTracer, builtStudio, launchChromium, onFreeLakePort, serveStatically } from './browser'
import { LISTED_ENTRIES } from './listed-entries'
import { typeIntoField } from './studio-form'

const OUTPUT = resolve(import.meta.dirname, '../../test-output')
const LOG = resolve(OUTPUT, 'studio-browser.log')

/** Texts of the Studio's crash and error screens (Sanity 6's English strings). */
const CRASH_TEXTS = [
  'An error occurred that Sanity Studio was unable to recover from',
  'Schema errors',
  'Encountered an error while reading structure',
  'An error occurred',
  'Something went wrong',
]

/** Sanity's own hosts, which the Studio calls whatever its API host: its CDN, font server, version check and telemetry. */
const isSanityHost = (host: string) => /(^|\.)sanity\.io$|(^|\.)sanity-cdn\.com$/.test(host)

/** A draft of Burnaby whose summary has no Chinese yet, added to the lake's working copy. */
const burnaby = dataset.find((document) => document._id === 'entry-burnaby-2014')
if (!burnaby) throw new Error('data/production.ndjson has no entry-burnaby-2014')
const halfTranslatedDraft = {
  ...burnaby,
  _id: 'drafts.entry-burnaby-2014',
  summary: { _type: 'localeText', en: (burnaby.summary as { en: string }).en },
} as SanityDocument
const settings = dataset.find((document) => document._id === 'settings') as { baseUrl: string } | undefined
const BASE_URL = settings?.baseUrl ?? ''

let browser: Browser
let site: { url: string; server: Server }
let tracer: StackTracer
/** The build's folder, shared with the other test files whose Studio is the same (browser.ts's builtStudio). */
let buildDir: string
/** The lake's port, fixed before the build (the first of browser.ts's LAKE_PORTS free); its working copy, in a temporary folder. */
let lakePort: number
let lakeDir: string
/**
 * Holds the lake's port until the lake starts, so that nothing else started
 * meanwhile (wrangler, workerd) takes it; it drops every connection, as a
 * port with nothing on it would.
 */
let portHolder: TcpServer | undefined

beforeAll(async () => {
  rmSync(LOG, { force: true })
  const held = await onFreeLakePort(async (port) => {
    const holder = createTcpServer((socket) => socket.destroy())
    await new Promise<void>((listening, failed) => holder.once('error', failed).listen(port, '127.0.0.1', listening))
    return holder
  })
  lakePort = held.port
  portHolder = held.claimed
  lakeDir = mkdtempSync(join(tmpdir(), 'studio-lake-'))
  buildDir = await builtStudio(`http://localhost:${lakePort}`)
  site = await serveStatically(buildDir)
  browser = await launchChromium()
  tracer = new StackTracer(buildDir)
}, 240_000)

afterAll(async () => {
  portHolder?.close()
  await browser?.close()
  await new Promise((closed) => site?.server.close(closed))
  rmSync(lakeDir, { force: true, recursive: true })
})

/** What the lakes of this run logged, in order. */
const lakeLog: string[] = []

/**
 * Starts the lake on the build's port over the test's working copy, sending its publish webhook
 * to `webhook` if given; its log goes to the test log and to `lakeLog`.
 */
async function startTestLake(webhook?: WebhookTarget): Promise<RunningLake> {
  await new Promise((closed) => (portHolder ? portHolder.close(closed) : closed(undefined)))
  portHolder = undefined
  return startLake({ dir: lakeDir, port: lakePort, webhook }, (line) => {
    lakeLog.push(line)
    appendFileSync(LOG, `${line}\n`)
  })
}

interface Visit {
  page: Page
  context: BrowserContext
  pageErrors: string[]
  consoleErrors: string[]
  hosts: Set<string>
  queries: string[]
}

const isLoopback = (url: URL) => url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname.endsWith('.localhost')

/** Opens `path` of the built Studio in a context of its own, recording errors, GROQ queries and requests to outside hosts (which fail). */
async function open(path: string): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'en-US' })
  const page = await context.newPage()
  const opened: Visit = { page, context, pageErrors: [], consoleErrors: [], hosts: new Set(), queries: [] }
  page.on('pageerror', (error) => opened.pageErrors.push(error.stack ?? String(error)))
  page.on('console', (message) => {
    if (message.type() === 'error') opened.consoleErrors.push(message.text())
  })
  // Requests are watched, not intercepted: interception holds every request up, and the Studio's
  // save-then-publish timing with it. Chromium resolves no outside host, so they fail by themselves.
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (!isLoopback(url)) opened.hosts.add(url.hostname)
    if (url.pathname.includes('/data/query/')) opened.queries.push(url.searchParams.get('query') ?? '')
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
 * Opens `path` in a browser context of its own, runs `steps` there, then the
 * checks of `expectNothingOfOurs` even when a step failed (an error of ours
 * explains a timeout better than the timeout does), and closes the context:
 * no test sees another's page.
 */
async function visiting(path: string, name: string, steps: (visit: Visit) => Promise<void>) {
  const visit = await open(path)
  try {
    try {
      await steps(visit)
    } finally {
      await expectNothingOfOurs(visit, name)
    }
  } finally {
    await visit.context.close()
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
  // Sanity compiles every SANITY_STUDIO_* variable of the build's environment into the public files
  // (in import.meta.env, whichever the code reads), and a variable the code reads stays named in them.
  test('holds no secret: no Studio variable it reads or was built with is a secret or a token', async () => {
    const scripts = (await readdir(buildDir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    const names = new Set<string>()
    for (const script of scripts) {
      for (const [name] of (await readFile(join(script.parentPath, script.name), 'utf8')).matchAll(/SANITY_STUDIO_[A-Z0-9_]+/g)) names.add(name)
    }
    expect(names).toContain('SANITY_STUDIO_PREVIEW_URL')
    expect([...names].filter((name) => /SECRET|TOKEN|PASSWORD|KEY/.test(name))).toEqual([])
  })

  test("reaches its own start screen, which says it couldn't reach Sanity, with no error of ours", () =>
    visiting('/', 'offline', async ({ page }) => {
      await page.getByText("Couldn't reach the Sanity servers").waitFor({ timeout: 60_000 })
    }), 90_000)
})

describe('the built Studio, signed in over the local Content Lake', () => {
  // Every test reads the lake and none writes to it: one lake, with a half-translated draft, serves them all.
  let lake: RunningLake
  beforeAll(async () => {
    lake = await startTestLake()
    await lake.dataset.commit([{ createOrReplace: halfTranslatedDraft as LakeDocument }], { identity: 'test' })
  }, 60_000)
  afterAll(async () => {
    await lake?.stop()
  })

  test('lists the settings, the entries and those that need translation, titled in both languages', () =>
    visiting('/structure', 'content', async ({ page }) => {
      const list = page.getByTestId('structure-tool-list-pane')
      await list.getByText('Needs translation · 待翻译').waitFor({ timeout: 60_000 })
      expect((await list.innerText()).split('\n').filter((line) => line.trim() !== '')).toEqual([
        'Content · 内容',
        'Settings · 设置',
        'Entries · 条目',
        'Needs translation · 待翻译',
      ])
      expect(await page.title()).toBe('Content · 内容 | Meeting the World · 走向世界')
    }), 90_000)

  test('lists the entries newest first, each with its English title, then the date and its Chinese title', () =>
    visiting('/structure', 'entries', async ({ page }) => {
      await page.getByTestId('pane-item-Entries · 条目').click()
      expect(await listedDocuments(page)).toEqual(Object.values(LISTED_ENTRIES))
    }), 90_000)

  test('lists the half-translated draft under "Needs translation", asking the Content Lake with our filter', () =>
    visiting('/structure', 'needs-translation', async (visit) => {
      await visit.page.getByTestId('pane-item-Needs translation · 待翻译').click()
      await visit.page.waitForURL('**/structure/needs-translation')
      await expect
        .poll(async () => (await listedDocuments(visit.page)).map(([title]) => title), { timeout: 30_000 })
        .toEqual([LISTED_ENTRIES['entry-burnaby-2014']?.[0]])
      expect(visit.queries.some((query) => query.includes(ENTRIES_NEEDING_TRANSLATION))).toBe(true)
    }), 90_000)

  test('shows the half-translated entry in two language columns, a badge per language, and its links on the site in each served language', () =>
    visiting('/structure/needs-translation', 'entry', async ({ page }) => {
      await page.getByTestId('document-list-pane').getByTestId('default-preview').first().click()
      const pane = page.getByTestId('document-pane')
      await pane.getByText('Chinese (Simplified) · 简体中文').first().waitFor({ timeout: 60_000 })
      expect(await pane.getByText('English · 英文', { exact: true }).count()).toBeGreaterThan(3)
      await pane.getByText('简体中文 4/5').waitFor({ timeout: 60_000 })
      await pane.getByText('English 5/5').waitFor()
      const slug = pane.getByTestId('field-slug')
      await slug.scrollIntoViewIfNeeded()
      const pageLinks = slug.getByRole('link', { name: 'Open on the site · 在网站上打开' })
      await expect
        .poll(() => pageLinks.evaluateAll((links) => links.map((link) => link.getAttribute('href'))), { timeout: 15_000 })
        .toEqual([`${BASE_URL}/en/entries/burnaby-2014`, `${BASE_URL}/zh/entries/burnaby-2014`, `${BASE_URL}/zh-hant/entries/burnaby-2014`])
    }), 90_000)

  test("shows an entry's Chinese fields in Traditional Chinese in a tab of its own, which links to the settings' corrections", () =>
    visiting('/structure/entry;entry-vicenza-2018', 'traditional', async ({ page }) => {
      const pane = page.getByTestId('document-pane')
      await pane.getByTestId('field-headline.en').waitFor({ timeout: 60_000 })
      await pane.getByRole('tab', { name: 'Traditional Chinese · 繁体预览' }).click()
      // OpenCC's dictionaries load as the tab first opens.
      await pane.getByText('貴陽市與意大利維琴察市簽署友好交流關係協議').waitFor({ timeout: 30_000 })
      expect(await pane.getByText('贵阳市与意大利维琴察市签署友好交流关系协议').count()).toBe(1)
      await page.screenshot({ path: resolve(OUTPUT, 'studio-traditional-view.png') })
      await pane.getByRole('link', { name: 'Correct the conversion in Settings · 在设置中修正繁体转换' }).click()
      await page.getByTestId('field-traditionalCorrections').waitFor({ timeout: 30_000 })
    }), 90_000)
})

/** Headlines as an entry stores them. */
interface Headline {
  en: string
  zh: string
}

/**
 * Does `press` until `done()`, at most three times, waiting `settle`
 * milliseconds after each for it to show: while the Studio confirms and
 * validates a save its buttons and menu items flicker between enabled and
 * disabled, and a press in between can be lost, for an editor too.
 */
async function pressUntil(done: () => boolean, settle: number, press: () => Promise<void>) {
  for (let attempt = 1; attempt <= 3 && !done(); attempt++) {
    await press()
    await expect.poll(done, { timeout: settle }).toBe(true).catch(() => undefined)
  }
  expect(done()).toBe(true)
}

/** What an editor does in the document pane of `page`. */
function editorOn(page: Page) {
  const pane = () => page.getByTestId('document-pane')
  return {
    page,
    pane,
    /** Waits until the document's form is drawn. */
    async formShown() {
      await pane().getByTestId('field-headline.en').waitFor({ timeout: 60_000 })
    },
    /** Types `text` into the input of field `path` (such as `headline.zh`), replacing what was there (studio-form.ts). */
    type: (path: string, text: string) => typeIntoField(pane(), path, text),
    /** Starts a new entry from the template in the list of entries, and says its id. */
    async newEntry(): Promise<string> {
      await page.getByTestId('pane-item-Entries · 条目').click()
      await page.getByTestId('action-intent-button').first().click()
      await page.waitForURL((url) => decodeURIComponent(url.href).includes('template=entry'), { timeout: 30_000 })
      return decodeURIComponent(page.url()).match(/entry;([^,/?]+)/)?.[1] ?? ''
    },
    /**
     * Chooses `action` (such as `action-Delete`) from the document's menu in the
     * pane's footer (rich-text fields have menus of their own) and confirms with
     * the dialog's `confirm` button (`null`: the action asks nothing), until
     * `done()`. An item stays disabled while the Studio is still loading the
     * document, on a busy machine for longer than a menu stays useful: the menu
     * is then closed and opened again.
     */
    fromDocumentMenu(action: string, confirm: string | RegExp | null, done: () => boolean) {
      return pressUntil(done, 10_000, async () => {
        await pane().getByTestId('action-menu-button').last().click()
        const item = page.getByRole('menu').getByTestId(action)
        const enabled = await expect.poll(() => item.isEnabled(), { timeout: 10_000 }).toBe(true).then(() => true, () => false)
        if (!enabled) return page.keyboard.press('Escape')
        await item.click()
        if (confirm !== null) await page.getByRole('dialog').getByRole('button', { name: confirm }).click()
      })
    },
    /** Presses Publish, once it has stayed enabled for a second, until `published()`. */
    publish(published: () => boolean) {
      const button = pane().getByTestId('action-publish')
      return pressUntil(published, 5_000, async () => {
        let enabledFor = 0
        await expect
          .poll(async () => (enabledFor = (await button.isEnabled()) ? enabledFor + 1 : 0), { timeout: 30_000, interval: 250 })
          .toBeGreaterThanOrEqual(4)
        await button.click()
      })
    },
  }
}

describe('editing end to end: the Studio writes to the lake, and the Worker serves what it wrote', () => {
  // The lake and the Worker are shared; each test edits an entry of its own, with texts of its own,
  // in a page of its own, so that any one can run alone and none sees another's changes in the feed.
  let lake: RunningLake
  let worker: WorkerProcess
  /** The Worker's webhook, signed with the lake's documented local secret, which the Worker is given. */
  let webhook: WebhookTarget

  beforeAll(async () => {
    const workerPort = await freePort()
    webhook = { url: `http://127.0.0.1:${workerPort}${WEBHOOK_PATH}`, secret: DEFAULT_WEBHOOK_SECRET }
    lake = await startTestLake(webhook)
    worker = await startWorker(
      { SANITY_PROJECT_ID: 'local', SANITY_API_HOST: lake.url, SANITY_WEBHOOK_SECRET: DEFAULT_WEBHOOK_SECRET },
      { port: workerPort },
    )
  }, 120_000)
  afterAll(async () => {
    worker?.stop()
    await lake?.stop()
  })

  /** When the Worker last answered a request of the tests (`performance.now()`). */
  let lastAnswered = 0
  const ask = async (path: string) => {
    const response = await fetch(`${worker.origin}${path}`)
    const text = await response.text()
    lastAnswered = performance.now()
    return { status: response.status, text }
  }
  const feed = async (path: string) => (await ask(path)).text
  const status = async (path: string) => (await ask(path)).status
  /** Waits for the Worker to show, or stop showing, `text` at `path`: a publish should appear within a second or two. */
  const expectServed = (path: string, text: string, shown = true, timeout = 10_000) =>
    expect.poll(async () => (await feed(path)).includes(text), { timeout, interval: 100 }).toBe(shown)
  const stored = (id: string) =>
    lake.dataset.get(id) as (LakeDocument & { headline?: Partial<Headline>; slug?: { current?: string } }) | undefined

  /** The first publish set the entry's publication time, between `from` and `to`, and no later than the publish itself. */
  function expectFirstPublishedBetween(published: (LakeDocument & { publishedAt?: string }) | undefined, from: number, to: number) {
    const publishedAt = Date.parse(published?.publishedAt ?? '')
    expect(publishedAt).toBeGreaterThanOrEqual(from - 1000)
    expect(publishedAt).toBeLessThanOrEqual(Math.min(to, Date.parse(published?._updatedAt ?? '')))
  }
  /** The Chinese JSON Feed shows the entry as never edited: modified when published, its own date. */
  const expectNotEdited = (id: string) =>
    expect
      .poll(async () => {
        const { items } = JSON.parse(await feed('/zh/feed.json')) as { items: { id: string; date_published: string; date_modified: string }[] }
        const item = items.find((candidate) => candidate.id === `urn:meeting-the-world:${id}:zh`)
        return item && item.date_modified === item.date_published
      }, { timeout: 10_000, interval: 250 })
      .toBe(true)

  const cupertino = dataset.find((document) => document._id === 'entry-cupertino-2017')
  if (!cupertino) throw new Error('data/production.ndjson has no entry-cupertino-2017')
  /**
   * Publishes an entry of the test's own, `entry-e2e-<name>`: Cupertino's
   * under another slug (`cupertino-2017-…`, as a second entry of that city and
   * year) and headline. Once the Worker serves it, opens it in the Studio (in
   * a page of its own, screenshot `studio-e2e-<name>.png`) and runs `steps`
   * there; says the entry's id.
   */
  async function editingOwnEntry(
    name: string,
    { slug, headline }: { slug: string; headline: Headline },
    steps: (editor: ReturnType<typeof editorOn>, id: string) => Promise<void>,
  ): Promise<string> {
    const id = `entry-e2e-${name}`
    const document = { ...cupertino, _id: id, slug: { _type: 'slug', current: slug }, headline: { _type: 'localeString', ...headline } }
    await lake.dataset.commit([{ createOrReplace: document as LakeDocument }], { identity: 'test' })
    await expectServed('/zh/atom.xml', headline.zh)
    await visiting(`/structure/entry;${id}`, `e2e-${name}`, async ({ page }) => {
      const editor = editorOn(page)
      await editor.formShown()
      await steps(editor, id)
    })
    return id
  }

  test('an entry duplicated, retitled in both languages and published appears in the Chinese Atom feed and the JSON API', () =>
    visiting('/structure/entry;entry-cupertino-2017', 'e2e-publish', async ({ page }) => {
      const HEADLINE = { en: 'Cupertino and Guiyang renew their friendship', zh: '库比蒂诺与贵阳续写友谊' }
      const editor = editorOn(page)
      await editor.formShown()
      const onCopy = () => {
        const path = decodeURIComponent(new URL(page.url()).pathname)
        return !path.endsWith('entry-cupertino-2017') && /entry;[^/]+$/.test(path)
      }
      const duplicating = Date.now()
      await editor.fromDocumentMenu('action-Duplicate', null, onCopy)
      const copyId = decodeURIComponent(page.url()).match(/entry;([^,/?]+)/)?.[1] ?? ''
      expect(copyId).not.toBe('')
      await editor.type('headline.en', HEADLINE.en)
      await editor.type('headline.zh', HEADLINE.zh)
      await editor.type('slug', 'cupertino-2017-renewed')
      // Saved, up to the last field typed.
      await expect.poll(() => stored(`drafts.${copyId}`)?.slug?.current, { timeout: 15_000 }).toBe('cupertino-2017-renewed')
      expect(stored(`drafts.${copyId}`)?.headline).toMatchObject(HEADLINE)
      // A copy is a new entry: it starts with a new entry's publication time, not the original's, and its first publish moves it.
      expect(Date.parse(String(stored(`drafts.${copyId}`)?.publishedAt))).toBeGreaterThanOrEqual(duplicating - 1000)
      const pressed = Date.now()
      await editor.publish(() => stored(copyId)?.headline?.en === HEADLINE.en)
      expect(stored(`drafts.${copyId}`)).toBeUndefined()
      expectFirstPublishedBetween(stored(copyId), pressed, Date.now())
      await expectServed('/zh/atom.xml', HEADLINE.zh)
      await expectNotEdited(copyId)
      await expectServed('/api/v1/entries?lang=en', HEADLINE.en)
      await expectServed('/api/v1/entries/cupertino-2017-renewed?lang=zh', HEADLINE.zh)
    }), 180_000)

  test('an edit published in the Studio replaces the old text in the feed', () => {
    const before = { en: 'Cupertino and Guiyang open a student exchange', zh: '库比蒂诺与贵阳开展学生交流' }
    const edited = '库比蒂诺与贵阳扩大学生交流'
    return editingOwnEntry('edit', { slug: 'cupertino-2017-exchange', headline: before }, async (editor, id) => {
      await editor.type('headline.zh', edited)
      await expect.poll(() => stored(`drafts.${id}`)?.headline?.zh, { timeout: 15_000 }).toBe(edited)
      // Not yet published: readers still see the old headline.
      expect(await feed('/zh/atom.xml')).toContain(before.zh)
      await editor.publish(() => stored(id)?.headline?.zh === edited)
      await expectServed('/zh/atom.xml', edited)
      await expectServed('/zh/atom.xml', before.zh, false)
    })
  }, 120_000)

  test('a publish reaches the feed and the API through the webhook, sooner than anything the Worker keeps could expire', () => {
    const before = { en: 'Cupertino and Guiyang open a robotics lab', zh: '库比蒂诺与贵阳共建机器人实验室' }
    const edited = { en: 'Cupertino and Guiyang open a second robotics lab', zh: '库比蒂诺与贵阳共建第二个机器人实验室' }
    const paths = ['/zh/atom.xml', '/api/v1/entries/cupertino-2017-robotics?lang=en'] as const
    /** Well under the isolate's memory of Sanity's answers (ANSWER_LIFETIME_MS) and the feeds' and API's max-age. */
    const BUDGET_MS = 3_000
    expect(BUDGET_MS).toBeLessThan(ANSWER_LIFETIME_MS / 3)
    return editingOwnEntry('webhook', { slug: 'cupertino-2017-robotics', headline: before }, async (editor, id) => {
      await editor.type('headline.en', edited.en)
      await editor.type('headline.zh', edited.zh)
      await expect.poll(() => stored(`drafts.${id}`)?.headline, { timeout: 15_000 }).toMatchObject(edited)
      // Readers ask just before the publish, once whatever the Worker kept of earlier answers has
      // expired: it now holds the old answers, asked for now, for longer than the budget below.
      await sleep(lastAnswered + ANSWER_LIFETIME_MS - performance.now())
      const asked = performance.now()
      expect(await feed(paths[0])).toContain(before.zh)
      expect(await feed(paths[1])).toContain(before.en)
      const deliveredBefore = lakeLog.length
      await editor.publish(() => stored(id)?.headline?.zh === edited.zh)
      const published = performance.now()
      await expectServed(paths[0], edited.zh, true, BUDGET_MS)
      await expectServed(paths[1], edited.en, true, BUDGET_MS)
      const shown = performance.now()
      expect(shown - published).toBeLessThan(BUDGET_MS)
      // What the Worker held was asked for too recently to have expired by itself.
      expect(shown - asked).toBeLessThan(ANSWER_LIFETIME_MS)
      expect(await feed(paths[0])).not.toContain(before.zh)
      expect(lakeLog.slice(deliveredBefore)).toContainEqual(
        expect.stringMatching(new RegExp(`^lake: webhook update ${id} \\(\\w+\\) delivered to ${webhook.url}: 200 `)),
      )
    })
  }, 120_000)

  test('an entry unpublished in the Studio leaves the feed and the API, and stays as a draft', () => {
    const headline = { en: 'Cupertino and Guiyang plan a trade fair', zh: '库比蒂诺与贵阳筹办贸易博览会' }
    return editingOwnEntry('unpublish', { slug: 'cupertino-2017-trade-fair', headline }, async (editor, id) => {
      // Unpublishing is offered on the published version of the document, and asks first.
      const publishedChip = editor.pane().getByTestId('document-header-Published-chip')
      await expect.poll(() => publishedChip.isEnabled(), { timeout: 30_000 }).toBe(true)
      await publishedChip.click()
      await editor.pane().getByRole('button', { name: 'Unpublish' }).click()
      await editor.page.getByRole('dialog').getByRole('button', { name: 'Unpublish now' }).click()
      await expect.poll(() => stored(id), { timeout: 15_000 }).toBeUndefined()
      expect(stored(`drafts.${id}`)?.headline?.zh).toBe(headline.zh)
      await expectServed('/zh/atom.xml', headline.zh, false)
      await expectServed('/api/v1/entries?lang=en', headline.en, false)
      expect(await status('/api/v1/entries/cupertino-2017-trade-fair?lang=zh')).toBe(404)
    })
  }, 120_000)

  test('a new entry written from the template, every field in both languages, and published appears in the Chinese feed and on its page', () =>
    visiting('/structure', 'e2e-template-publish', async ({ page }) => {
      const CHENGDU = {
        en: 'Chengdu and Guiyang sign a friendship agreement',
        zh: '成都与贵阳签署友好协议',
        summary: { en: 'The two cities agree to work together on culture and trade.', zh: '两市同意在文化和贸易领域开展合作。' },
        body: { en: 'Delegations from both cities met in Guiyang.', zh: '两市代表团在贵阳会面。' },
      }
      const editor = editorOn(page)
      const newId = await editor.newEntry()
      await editor.type('city.en', 'Chengdu')
      await editor.type('city.zh', '成都')
      // The country list is searched, by the Chinese name here (country-input.tsx).
      await editor.pane().getByTestId('field-country').getByRole('combobox').fill('中国')
      await page.locator('[data-ui="AutocompleteOption"]').getByText('China · 中国 (CN)', { exact: true }).click()
      await editor.type('location.lat', '30.66')
      await editor.type('location.lng', '104.07')
      await editor.pane().getByTestId('field-relationship').getByText(vocabularyTitle(RELATIONSHIPS['sister-city'])).click()
      await editor.type('date', '2025-06-01')
      await editor.type('slug', 'chengdu-2025')
      await editor.type('headline.en', CHENGDU.en)
      await editor.type('headline.zh', CHENGDU.zh)
      for (const language of ['en', 'zh'] as const) {
        const summary = editor.pane().getByTestId(`field-summary.${language}`).locator('textarea').first()
        await summary.scrollIntoViewIfNeeded()
        await summary.fill(CHENGDU.summary[language])
        const body = editor.pane().getByTestId(`field-body.${language}`).locator('[contenteditable="true"]').first()
        await body.scrollIntoViewIfNeeded()
        await body.click()
        await page.keyboard.type(CHENGDU.body[language])
      }
      // Published at is left at what a new entry starts with, as an editor may: the first publish moves it.
      await expect.poll(() => stored(`drafts.${newId}`)?.headline?.zh, { timeout: 15_000 }).toBe(CHENGDU.zh)
      const pressed = Date.now()
      expect(Date.parse(String(stored(`drafts.${newId}`)?.publishedAt))).toBeLessThan(pressed)
      await editor.publish(() => stored(newId)?.headline?.zh === CHENGDU.zh)
      expectFirstPublishedBetween(stored(newId), pressed, Date.now())
      await expectServed('/zh/atom.xml', CHENGDU.zh)
      await expectNotEdited(newId)
      await expectServed('/zh/atom.xml', CHENGDU.body.zh)
      await expectServed('/api/v1/entries?lang=en', CHENGDU.en)
      const entryPage = await fetch(`${worker.origin}/zh/entries/chengdu-2025`)
      expect(entryPage.status).toBe(200)
      expect(await entryPage.text()).toContain(CHENGDU.summary.zh)
    }), 180_000)

  test('an entry deleted in the Studio leaves the feed, its page and the API', () => {
    const headline = { en: 'Cupertino and Guiyang hold a music festival', zh: '库比蒂诺与贵阳举办音乐节' }
    return editingOwnEntry('delete', { slug: 'cupertino-2017-music', headline }, async (editor, id) => {
      await editor.fromDocumentMenu('action-Delete', 'Delete document', () => stored(id) === undefined)
      await expectServed('/zh/atom.xml', headline.zh, false)
      expect(await status('/zh/entries/cupertino-2017-music')).toBe(404)
      expect(await status('/api/v1/entries/cupertino-2017-music?lang=en')).toBe(404)
    })
  }, 120_000)

  test('a new entry from the template keeps what the editor typed in both languages, and discarding it deletes it', () =>
    visiting('/structure', 'e2e-create', async ({ page }) => {
      const editor = editorOn(page)
      const draftId = await editor.newEntry()
      await editor.type('city.en', 'Xi’an')
      await editor.type('city.zh', '西安')
      await expect
        .poll(() => (stored(`drafts.${draftId}`) as { city?: { en?: string; zh?: string } } | undefined)?.city, { timeout: 15_000 })
        .toMatchObject({ en: 'Xi’an', zh: '西安' })
      expect(stored(draftId)).toBeUndefined()
      // A draft never published is deleted by discarding it, after a question.
      await editor.fromDocumentMenu('action-Discardchanges', /^Discard/, () => stored(`drafts.${draftId}`) === undefined)
    }), 120_000)

  test("a correction an editor adds in the settings and publishes changes the Traditional Chinese edition the Worker serves", async () => {
    const id = 'entry-e2e-correction'
    const headline = { en: 'Mayor Yu Yang visits Cupertino', zh: '于洋市长访问库比蒂诺' }
    const document = { ...cupertino, _id: id, slug: { _type: 'slug', current: 'cupertino-2017-mayor' }, headline: { _type: 'localeString', ...headline } }
    await lake.dataset.commit([{ createOrReplace: document as LakeDocument }], { identity: 'test' })
    const path = '/api/v1/entries/cupertino-2017-mayor?lang=zh-hant'
    // OpenCC writes the surname 于 as 於.
    await expectServed(path, '於洋市長訪問庫比蒂諾')
    const corrections = () => (stored('settings') as { traditionalCorrections?: { simplified?: string; traditional?: string }[] } | undefined)?.traditionalCorrections ?? []
    // The seed's own corrections (坐标 → 坐標) stay; the editor's is added after them.
    const seeded = corrections()
    await visiting('/structure/settings', 'e2e-correction', async ({ page }) => {
      const editor = editorOn(page)
      const field = editor.pane().getByTestId('field-traditionalCorrections')
      await field.waitFor({ timeout: 60_000 })
      await field.scrollIntoViewIfNeeded()
      await field.getByRole('button', { name: /Add item/ }).click()
      const item = (half: string) => page.locator(`[data-testid^="field-traditionalCorrections"][data-testid$=".${half}"] input`).last()
      await item('simplified').fill('于洋')
      await item('traditional').fill('于洋')
      // Saved as a draft of the settings; readers see nothing of it until it is published.
      await expect.poll(() => JSON.stringify(stored('drafts.settings')), { timeout: 15_000 }).toContain('"traditional":"于洋"')
      expect(corrections()).toEqual(seeded)
      await page.keyboard.press('Escape')
      await editor.publish(() => corrections().at(-1)?.traditional === '于洋')
    })
    expect(corrections()).toEqual([...seeded, expect.objectContaining({ simplified: '于洋', traditional: '于洋' })])
    await expectServed(path, '于洋市長訪問庫比蒂諾', true, 15_000)
    await expectServed(`/zh-hant/entries/cupertino-2017-mayor`, '于洋市長訪問庫比蒂諾', true, 15_000)
  }, 150_000)

  test('a restarted lake has everything the editor wrote', async () => {
    const headline = { en: 'Cupertino and Guiyang renew their agreement', zh: '库比蒂诺与贵阳续签合作协议' }
    const draftZh = '库比蒂诺与贵阳续签合作协议（草稿）'
    const id = await editingOwnEntry('restart', { slug: 'cupertino-2017-renewal', headline }, async (editor, id) => {
      await editor.type('headline.zh', draftZh)
      await expect.poll(() => stored(`drafts.${id}`)?.headline?.zh, { timeout: 15_000 }).toBe(draftZh)
    })
    const before = JSON.stringify(lake.dataset.documents())
    await lake.stop()
    lake = await startTestLake(webhook)
    expect(lake.created).toBe(false)
    expect(JSON.stringify(lake.dataset.documents())).toBe(before)
    expect(stored(`drafts.${id}`)?.headline?.zh).toBe(draftZh)
    // And the Worker reads it again.
    await expectServed('/api/v1/entries/vicenza-2018?lang=zh', '维琴察')
  }, 120_000)
})
