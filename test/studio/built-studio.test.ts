/**
 * @vitest-environment node
 *
 * The built Studio (`sanity build` of studio/, once per run) served statically
 * on loopback and opened in headless Debian Chromium through playwright-core,
 * working against the local Content Lake (../../lake) as `npm run studio` does.
 *
 * Three parts, in order, one lake port throughout (the build fixes it):
 * 1. Offline: no lake is running yet. The Studio says it cannot reach its API,
 *    and that failure is expected.
 * 2. Signed in over the lake (a temporary working copy of the embedded dataset
 *    plus a half-translated draft): structure, lists, previews, form, badges and
 *    links, as an editor sees them.
 * 3. End to end: in the Studio an editor duplicates an entry, retitles it in
 *    both languages, publishes, edits and unpublishes it; writes a new entry
 *    from the template in both languages, publishes and deletes it; begins
 *    another and discards it. The Worker (`wrangler dev` reading the lake through
 *    `@sanity/client`, the production code path) shows each change in the
 *    Chinese Atom feed and the JSON API; a restarted lake still has it all.
 *    These tests guard every future Sanity upgrade.
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
import type { Server } from 'node:http'
import { createServer as createTcpServer, type Server as TcpServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { SanityDocument } from 'sanity'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startLake, type RunningLake } from '../../lake/lake.ts'
import type { LakeDocument } from '../../lake/mutations.ts'
import { formatPartialDate } from '../../schemas/lib/partial-date'
import { ENTRIES_NEEDING_TRANSLATION } from '../../studio/needs-translation'
import { dataset } from '../node/fixtures'
import { freePort, startWorker, type WorkerProcess } from '../worker-process'
import { StackTracer, buildStudio, launchChromium, serveStatically } from './browser'

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
/** The lake's port, fixed before the build; its working copy, in a temporary folder. */
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
  lakePort = await freePort()
  portHolder = createTcpServer((socket) => socket.destroy())
  await new Promise<void>((listening) => portHolder?.listen(lakePort, '127.0.0.1', listening))
  lakeDir = mkdtempSync(join(tmpdir(), 'studio-lake-'))
  await buildStudio(BUILD_DIR, `http://localhost:${lakePort}`)
  site = await serveStatically(BUILD_DIR)
  browser = await launchChromium()
  tracer = new StackTracer(BUILD_DIR)
}, 240_000)

afterAll(async () => {
  portHolder?.close()
  await browser?.close()
  await new Promise((closed) => site?.server.close(closed))
  rmSync(lakeDir, { force: true, recursive: true })
})

/** Starts the lake on the build's port over the test's working copy; its log goes to the test log. */
async function startTestLake(): Promise<RunningLake> {
  await new Promise((closed) => (portHolder ? portHolder.close(closed) : closed(undefined)))
  portHolder = undefined
  return startLake({ dir: lakeDir, port: lakePort }, (line) => appendFileSync(LOG, `${line}\n`))
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

/** Opens `path` of the built Studio in a fresh context, recording errors, GROQ queries and requests to outside hosts (which fail). */
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
    const opened = await open('/')
    await checking(opened, 'offline', async () => {
      await opened.page.getByText("Couldn't reach the Sanity servers").waitFor({ timeout: 60_000 })
    })
    await opened.context.close()
  }, 90_000)
})

describe('the built Studio, signed in over the local Content Lake', () => {
  // One visit, moved through as an editor would: booting the Studio costs seconds, clicking does not.
  let signedIn: Visit
  let lake: RunningLake
  beforeAll(async () => {
    lake = await startTestLake()
    await lake.dataset.commit([{ createOrReplace: halfTranslatedDraft as LakeDocument }], { identity: 'test' })
    signedIn = await open('/structure')
  }, 60_000)
  afterAll(async () => {
    await signedIn?.context.close()
    await lake?.stop()
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

describe('editing end to end: the Studio writes to the lake, and the Worker serves what it wrote', () => {
  let lake: RunningLake
  let worker: WorkerProcess
  let editor: Visit
  /** The duplicate's id, once the Studio has made it. */
  let copyId = ''
  const HEADLINE = { en: 'Cupertino and Guiyang renew their friendship', zh: '库比蒂诺与贵阳续写友谊' }
  const EDITED_ZH = '库比蒂诺与贵阳再续友好情谊'
  /** An entry written from nothing, in both languages. */
  const CHENGDU = {
    en: 'Chengdu and Guiyang sign a friendship agreement',
    zh: '成都与贵阳签署友好协议',
    summary: { en: 'The two cities agree to work together on culture and trade.', zh: '两市同意在文化和贸易领域开展合作。' },
    body: { en: 'Delegations from both cities met in Guiyang.', zh: '两市代表团在贵阳会面。' },
  }
  /** The new entry's id, once the Studio has made it. */
  let newId = ''

  beforeAll(async () => {
    lake = await startTestLake()
    worker = await startWorker({ SANITY_PROJECT_ID: 'local', SANITY_API_HOST: lake.url })
    editor = await open('/structure')
    await editor.page.getByTestId('pane-item-Entries · 条目').click()
  }, 120_000)
  afterAll(async () => {
    await editor?.context.close()
    worker?.stop()
    await lake?.stop()
  })

  const pane = () => editor.page.getByTestId('document-pane')
  const feed = async (path: string) => (await fetch(`${worker.origin}${path}`)).text()
  /** Waits for the Worker to show, or stop showing, `text` at `path`: a publish should appear within a second or two. */
  const expectServed = (path: string, text: string, shown = true) =>
    expect.poll(async () => (await feed(path)).includes(text), { timeout: 10_000, interval: 250 }).toBe(shown)
  /** Types `text` into the input of field `path` (such as `headline.zh`), replacing what was there. */
  async function type(path: string, text: string) {
    const input = pane().getByTestId(`field-${path}`).locator('input').first()
    await input.scrollIntoViewIfNeeded()
    await input.fill(text)
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
  /**
   * Chooses `action` (such as `action-Delete`) from the document's menu in the
   * pane's footer (rich-text fields have menus of their own) and confirms with
   * the dialog's `confirm` button, until `done()`.
   */
  function fromDocumentMenu(action: string, confirm: string | RegExp, done: () => boolean) {
    return pressUntil(done, 10_000, async () => {
      await pane().getByTestId('action-menu-button').last().click()
      const item = editor.page.getByRole('menu').getByTestId(action)
      const enabled = await expect.poll(() => item.isEnabled(), { timeout: 10_000 }).toBe(true).then(() => true, () => false)
      if (!enabled) return editor.page.keyboard.press('Escape')
      await item.click()
      await editor.page.getByRole('dialog').getByRole('button', { name: confirm }).click()
    })
  }
  /** Presses Publish, once it has stayed enabled for a second, until `published()`. */
  function publish(published: () => boolean) {
    const button = pane().getByTestId('action-publish')
    return pressUntil(published, 5_000, async () => {
      let enabledFor = 0
      await expect
        .poll(async () => (enabledFor = (await button.isEnabled()) ? enabledFor + 1 : 0), { timeout: 30_000, interval: 250 })
        .toBeGreaterThanOrEqual(4)
      await button.click()
    })
  }
  const stored = (id: string) => lake.dataset.get(id) as (LakeDocument & { headline?: { en?: string; zh?: string } }) | undefined

  test('an entry duplicated, retitled in both languages and published appears in the Chinese Atom feed and the JSON API', async () => {
    await checking(editor, 'e2e-publish', async () => {
      const cupertino = editor.page.getByTestId('document-list-pane').getByTestId('default-preview').filter({ hasText: 'Cupertino' })
      await cupertino.first().click()
      await pane().getByTestId('field-headline.en').waitFor({ timeout: 60_000 })
      await pane().getByTestId('action-menu-button').last().click()
      await editor.page.getByRole('menu').getByTestId('action-Duplicate').click()
      await editor.page.waitForURL((url) => !url.pathname.endsWith('entry-cupertino-2017') && /entry;[^/]+$/.test(decodeURIComponent(url.pathname)), { timeout: 30_000 })
      copyId = decodeURIComponent(editor.page.url()).match(/entry;([^,/?]+)/)?.[1] ?? ''
      expect(copyId).not.toBe('')
      await type('headline.en', HEADLINE.en)
      await type('headline.zh', HEADLINE.zh)
      await type('slug', 'cupertino-2017-renewed')
      // Saved, up to the last field typed.
      await expect
        .poll(() => (stored(`drafts.${copyId}`) as { slug?: { current?: string } } | undefined)?.slug?.current, { timeout: 15_000 })
        .toBe('cupertino-2017-renewed')
      expect(stored(`drafts.${copyId}`)?.headline).toMatchObject(HEADLINE)
      await publish(() => stored(copyId)?.headline?.en === HEADLINE.en)
      expect(stored(`drafts.${copyId}`)).toBeUndefined()
      await expectServed('/zh/atom.xml', HEADLINE.zh)
      await expectServed('/api/v1/entries?lang=en', HEADLINE.en)
      await expectServed('/api/v1/entries/cupertino-2017-renewed?lang=zh', HEADLINE.zh)
    })
  }, 180_000)

  test('an edit published in the Studio replaces the old text in the feed', async () => {
    await checking(editor, 'e2e-edit', async () => {
      await type('headline.zh', EDITED_ZH)
      await expect.poll(() => stored(`drafts.${copyId}`)?.headline?.zh, { timeout: 15_000 }).toBe(EDITED_ZH)
      // Not yet published: readers still see the old headline.
      expect(await feed('/zh/atom.xml')).toContain(HEADLINE.zh)
      await publish(() => stored(copyId)?.headline?.zh === EDITED_ZH)
      await expectServed('/zh/atom.xml', EDITED_ZH)
      await expectServed('/zh/atom.xml', HEADLINE.zh, false)
    })
  }, 120_000)

  test('an entry unpublished in the Studio leaves the feed and the API, and stays as a draft', async () => {
    await checking(editor, 'e2e-unpublish', async () => {
      // Unpublishing is offered on the published version of the document, and asks first.
      const publishedChip = pane().getByTestId('document-header-Published-chip')
      await expect.poll(() => publishedChip.isEnabled(), { timeout: 30_000 }).toBe(true)
      await publishedChip.click()
      await pane().getByRole('button', { name: 'Unpublish' }).click()
      await editor.page.getByRole('dialog').getByRole('button', { name: 'Unpublish now' }).click()
      await expect.poll(() => stored(copyId), { timeout: 15_000 }).toBeUndefined()
      expect(stored(`drafts.${copyId}`)?.headline?.zh).toBe(EDITED_ZH)
      await expectServed('/zh/atom.xml', EDITED_ZH, false)
      await expectServed('/api/v1/entries?lang=en', HEADLINE.en, false)
      expect((await fetch(`${worker.origin}/api/v1/entries/cupertino-2017-renewed?lang=zh`)).status).toBe(404)
    })
  }, 120_000)

  test('a new entry written from the template, every field in both languages, and published appears in the Chinese feed and on its page', async () => {
    await checking(editor, 'e2e-template-publish', async () => {
      // Back to the list of drafts, where an editor works (the last test left the Studio showing published documents).
      await editor.page.goto(`${site.url}/structure`)
      await editor.page.getByTestId('pane-item-Entries · 条目').click()
      await editor.page.getByTestId('action-intent-button').first().click()
      await editor.page.waitForURL((url) => decodeURIComponent(url.href).includes('template=entry'), { timeout: 30_000 })
      newId = decodeURIComponent(editor.page.url()).match(/entry;([^,/?]+)/)?.[1] ?? ''
      await type('city.en', 'Chengdu')
      await type('city.zh', '成都')
      await pane().getByTestId('field-country').locator('select').selectOption({ label: 'China · 中国 (CN)' })
      await type('location.lat', '30.66')
      await type('location.lng', '104.07')
      await pane().getByTestId('field-relationship').getByText('Sister-city designation').click()
      await type('date', '2025-06-01')
      await type('slug', 'chengdu-2025')
      await type('headline.en', CHENGDU.en)
      await type('headline.zh', CHENGDU.zh)
      for (const language of ['en', 'zh'] as const) {
        const summary = pane().getByTestId(`field-summary.${language}`).locator('textarea').first()
        await summary.scrollIntoViewIfNeeded()
        await summary.fill(CHENGDU.summary[language])
        const body = pane().getByTestId(`field-body.${language}`).locator('[contenteditable="true"]').first()
        await body.scrollIntoViewIfNeeded()
        await body.click()
        await editor.page.keyboard.type(CHENGDU.body[language])
      }
      await type('publishedAt', '2025-06-01 10:00')
      await editor.page.keyboard.press('Tab')
      await expect.poll(() => (stored(`drafts.${newId}`) as { publishedAt?: string } | undefined)?.publishedAt, { timeout: 15_000 }).toBe('2025-06-01T10:00:00.000Z')
      await publish(() => stored(newId)?.headline?.zh === CHENGDU.zh)
      await expectServed('/zh/atom.xml', CHENGDU.zh)
      await expectServed('/zh/atom.xml', CHENGDU.body.zh)
      await expectServed('/api/v1/entries?lang=en', CHENGDU.en)
      const page = await fetch(`${worker.origin}/zh/entries/chengdu-2025`)
      expect(page.status).toBe(200)
      expect(await page.text()).toContain(CHENGDU.summary.zh)
    })
  }, 180_000)

  test('an entry deleted in the Studio leaves the feed, its page and the API', async () => {
    await checking(editor, 'e2e-delete', async () => {
      expect(stored(newId)?.headline?.zh).toBe(CHENGDU.zh)
      await fromDocumentMenu('action-Delete', 'Delete document', () => stored(newId) === undefined)
      await expectServed('/zh/atom.xml', CHENGDU.zh, false)
      expect((await fetch(`${worker.origin}/zh/entries/chengdu-2025`)).status).toBe(404)
      expect((await fetch(`${worker.origin}/api/v1/entries/chengdu-2025?lang=en`)).status).toBe(404)
    })
  }, 120_000)

  test('a new entry from the template keeps what the editor typed in both languages, and discarding it deletes it', async () => {
    await checking(editor, 'e2e-create', async () => {
      await editor.page.getByTestId('action-intent-button').first().click()
      await editor.page.waitForURL((url) => decodeURIComponent(url.href).includes('template=entry'), { timeout: 30_000 })
      const draftId = decodeURIComponent(editor.page.url()).match(/entry;([^,/?]+)/)?.[1] ?? ''
      await type('city.en', 'Xi’an')
      await type('city.zh', '西安')
      await expect
        .poll(() => (stored(`drafts.${draftId}`) as { city?: { en?: string; zh?: string } } | undefined)?.city, { timeout: 15_000 })
        .toMatchObject({ en: 'Xi’an', zh: '西安' })
      expect(stored(draftId)).toBeUndefined()
      // A draft never published is deleted by discarding it, after a question.
      await fromDocumentMenu('action-Discardchanges', /^Discard/, () => stored(`drafts.${draftId}`) === undefined)
    })
  }, 120_000)

  test('a restarted lake has everything the editor wrote', async () => {
    const before = JSON.stringify(lake.dataset.documents())
    await lake.stop()
    lake = await startTestLake()
    expect(lake.created).toBe(false)
    expect(JSON.stringify(lake.dataset.documents())).toBe(before)
    expect(stored(`drafts.${copyId}`)?.headline?.zh).toBe(EDITED_ZH)
    // And the Worker reads it again.
    await expectServed('/api/v1/entries/vicenza-2018?lang=zh', '维琴察')
  }, 60_000)
})
