/**
 * @vitest-environment node
 *
 * The built Studio in Chinese (issue 17): `sanity build` of studio/ once,
 * served on loopback over a local Content Lake (a temporary working copy of
 * the embedded dataset), in headless Chromium jailed to loopback, with the
 * browser's language set as an editor's browser sets it (`locale` on the
 * context, which Chromium sends as navigator.languages and Accept-Language).
 *
 * A browser preferring Chinese starts in Chinese, one preferring English in
 * English, and the switch in the navbar changes it for good; an editor writes an entry Chinese
 * first, validates and publishes it, and the lake has it. Screenshots go to
 * test-output/studio-zh-*.png, and the English words each screen still shows
 * to test-output/studio-zh-english.log.
 */
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startLake, type RunningLake } from '../../lake/lake.ts'
import { vocabularyTitle } from '../../schemas/lib/bilingual'
import { RELATIONSHIPS } from '../../schemas/vocabulary'
import { freePort } from '../worker-process'
import { buildStudio, launchChromium, serveStatically } from './browser'

const OUTPUT = resolve(import.meta.dirname, '../../test-output')
const BUILD_DIR = resolve(OUTPUT, 'studio-zh-build')
const ENGLISH_LOG = resolve(OUTPUT, 'studio-zh-english.log')

let browser: Browser
let site: { url: string; server: Server }
let lake: RunningLake
let lakeDir: string

beforeAll(async () => {
  rmSync(ENGLISH_LOG, { force: true })
  const lakePort = await freePort()
  lakeDir = mkdtempSync(join(tmpdir(), 'studio-zh-lake-'))
  await buildStudio(BUILD_DIR, `http://localhost:${lakePort}`)
  site = await serveStatically(BUILD_DIR)
  lake = await startLake({ dir: lakeDir, port: lakePort }, () => undefined)
  browser = await launchChromium()
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await lake?.stop()
  await new Promise((closed) => site?.server.close(closed))
  rmSync(lakeDir, { force: true, recursive: true })
})

/**
 * Runs `steps` on `path` of the Studio in a browser context of its own whose
 * language is `locale`, then screenshots it as test-output/studio-zh-`name`.png.
 */
async function inBrowser(locale: string, path: string, name: string, steps: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale })
  const page = await context.newPage()
  try {
    await page.goto(`${site.url}${path}`)
    await steps(page)
  } finally {
    await page.screenshot({ path: resolve(OUTPUT, `studio-zh-${name}.png`) })
    await context.close()
  }
}

/**
 * The words of Latin script on the page, less our own bilingual labels'
 * English halves: what a Chinese reader would still meet in English.
 */
async function englishOn(page: Page, name: string): Promise<string[]> {
  const text = await page.locator('body').innerText()
  const words = text
    .split('\n')
    .filter((line) => !line.includes(' · ') && !/[/]/.test(line))
    .flatMap((line) => line.match(/[A-Za-z][A-Za-z’']+(?: [A-Za-z][A-Za-z’']+)*/g) ?? [])
  const found = [...new Set(words)].sort()
  appendFileSync(ENGLISH_LOG, `${name}: ${found.join(' | ')}\n`)
  return found
}

/** Sanity's English for what a Chinese editor meets most: none of it may show under the Chinese interface. */
const SANITY_ENGLISH = ['Publish', 'Published', 'Drafts', 'Search list', 'Generate', 'Edited', 'Validation', 'Create new document', 'No validation errors']

/** The Studio's chrome left in English on `page`, beside what `englishOn` records. */
async function sanityEnglishOn(page: Page, name: string): Promise<string[]> {
  const found = await englishOn(page, name)
  return SANITY_ENGLISH.filter((english) => found.includes(english))
}

/**
 * Opens the document's validation panel by its button, named `label` (it shows once there is
 * something to say), waits for the panel's heading, also `label`, and says the page's text.
 */
async function validationPanel(page: Page, label: string): Promise<string> {
  const button = page.getByTestId('document-pane').getByRole('button', { name: label, exact: true })
  await button.waitFor({ timeout: 30_000 })
  const shown = async () => (await page.locator('body').innerText()).split('\n').includes(label)
  if (!(await shown())) await button.click()
  await expect.poll(shown, { timeout: 15_000 }).toBe(true)
  return page.locator('body').innerText()
}

/** The switch of interface language at the navbar's end, which names the other language. */
const languageSwitch = (page: Page) => page.getByTestId('interface-language-switch')

/** Waits, as an editor does, until the document's form is drawn: the first load of a busy machine is slow. */
const formShown = (page: Page) => page.getByTestId('document-pane').getByTestId('field-headline.en').waitFor({ timeout: 120_000 })

/** Types `text` into the input of field `path` until the form keeps it (a form drawn again right after a navigation takes what was typed along). */
async function type(page: Page, path: string, text: string) {
  const input = page.getByTestId('document-pane').getByTestId(`field-${path}`).locator('input, textarea').first()
  await expect
    .poll(
      async () => {
        await input.scrollIntoViewIfNeeded()
        if ((await input.inputValue()) !== text) await input.fill(text)
        return input.inputValue()
      },
      { timeout: 30_000, interval: 250 },
    )
    .toBe(text)
}

describe('the built Studio, for a browser that prefers Chinese', () => {
  test('starts in Chinese: the perspective menu and the Publish button', () =>
    inBrowser('zh-CN', '/structure/entry;entry-burnaby-2014', 'entry', async (page) => {
      const pane = page.getByTestId('document-pane')
      await formShown(page)
      await page.getByTestId('global-perspective-menu-button').click()
      const menu = page.getByRole('menu')
      await menu.getByText('已发布').first().waitFor({ timeout: 15_000 })
      expect(await menu.innerText()).toContain('草稿')
      await page.screenshot({ path: resolve(OUTPUT, 'studio-zh-perspective-menu.png') })
      await page.keyboard.press('Escape')
      // An edit makes a draft, which Publish offers to publish.
      await type(page, 'region.zh', '不列颠哥伦比亚省（加拿大）')
      await expect.poll(() => pane.getByRole('button', { name: '发布', exact: true }).isVisible(), { timeout: 30_000 }).toBe(true)
      expect(await sanityEnglishOn(page, 'entry')).toEqual([])
    }), 150_000)

  test('lists the entries and offers a new one in Chinese', () =>
    inBrowser('zh-CN', '/structure', 'list', async (page) => {
      await page.getByTestId('pane-item-Entries · 条目').click()
      await page.getByPlaceholder('搜索列表').waitFor({ timeout: 60_000 })
      await page.getByTestId('new-document-button').click()
      await page.getByPlaceholder('搜索文档类型').waitFor({ timeout: 15_000 })
      await page.screenshot({ path: resolve(OUTPUT, 'studio-zh-new-document.png') })
      expect(await sanityEnglishOn(page, 'list')).toEqual([])
    }), 120_000)

  test('switches to English with the switch in the navbar, and stays in English', () =>
    inBrowser('zh-CN', '/structure/entry;entry-vicenza-2018', 'switched', async (page) => {
      await formShown(page)
      expect(await page.getByPlaceholder('搜索列表').count()).toBe(1)
      await languageSwitch(page).getByText('English (US)').click()
      await expect.poll(() => page.getByPlaceholder('Search list').count(), { timeout: 60_000 }).toBe(1)
      await page.reload()
      await formShown(page)
      await expect.poll(() => page.getByPlaceholder('Search list').count(), { timeout: 30_000 }).toBe(1)
    }), 150_000)
})

describe('the built Studio, for a browser that prefers English', () => {
  test('starts in English, with Chinese a switch away', () =>
    inBrowser('en-US', '/structure/entry;entry-vicenza-2018', 'english', async (page) => {
      await formShown(page)
      await page.getByPlaceholder('Search list').waitFor({ timeout: 30_000 })
      expect(await page.getByTestId('document-pane').getByRole('button', { name: 'Publish', exact: true }).count()).toBe(1)
      await languageSwitch(page).getByText('简体中文').waitFor({ timeout: 15_000 })
    }), 120_000)
})

describe('an editor writing Chinese first in the Chinese interface', () => {
  test('writes an entry in Chinese, then English, reads what is missing in Chinese, publishes it, and the lake has it', () =>
    inBrowser('zh-CN', '/structure', 'e2e', async (page) => {
      const ENTRY = {
        city: { zh: '成都', en: 'Chengdu' },
        headline: { zh: '成都与贵阳签署友好协议', en: 'Chengdu and Guiyang sign a friendship agreement' },
        summary: { zh: '两市同意在文化和贸易领域开展合作。', en: 'The two cities agree to work together on culture and trade.' },
        body: { zh: '两市代表团在贵阳会面。', en: 'Delegations from both cities met in Guiyang.' },
      }
      await page.getByTestId('pane-item-Entries · 条目').click()
      await page.getByTestId('action-intent-button').first().click()
      await page.waitForURL((url) => decodeURIComponent(url.href).includes('template=entry'), { timeout: 30_000 })
      const id = decodeURIComponent(page.url()).match(/entry;([^,/?]+)/)?.[1] ?? ''
      expect(id).not.toBe('')
      const pane = page.getByTestId('document-pane')
      await formShown(page)
      const stored = () => lake.dataset.get(`drafts.${id}`) as Record<string, Record<string, unknown> | undefined> | undefined
      for (const language of ['zh', 'en'] as const) {
        await type(page, `city.${language}`, ENTRY.city[language])
        await type(page, `headline.${language}`, ENTRY.headline[language])
        await type(page, `summary.${language}`, ENTRY.summary[language])
        const body = pane.getByTestId(`field-body.${language}`).locator('[contenteditable="true"]').first()
        await body.scrollIntoViewIfNeeded()
        await body.click()
        await page.keyboard.type(ENTRY.body[language])
        if (language === 'zh') {
          // Chinese only so far: saved as a draft, and the Studio says in Chinese what is still missing.
          await expect.poll(() => stored()?.headline?.zh, { timeout: 15_000 }).toBe(ENTRY.headline.zh)
          // Ours in both languages, and Sanity's own (the slug's) in Chinese alone.
          const said = await validationPanel(page, '验证')
          expect(said).toContain('请从列表中选择国家或地区')
          expect(said.split('\n')).toContain('必填')
          await page.screenshot({ path: resolve(OUTPUT, 'studio-zh-e2e-chinese-only.png') })
        }
      }
      const country = pane.getByTestId('field-country')
      if ((await country.locator('select').count()) > 0) await country.locator('select').selectOption({ label: 'China · 中国 (CN)' })
      else {
        await country.locator('input').first().fill('中国')
        await page.getByRole('option', { name: /中国/ }).first().click()
      }
      await type(page, 'location.lat', '30.66')
      await type(page, 'location.lng', '104.07')
      await pane.getByTestId('field-relationship').getByText(vocabularyTitle(RELATIONSHIPS['sister-city'])).click()
      await type(page, 'date', '2025-06-01')
      await type(page, 'slug', 'chengdu-2025-zh')
      await expect.poll(() => (stored()?.slug as { current?: string } | undefined)?.current, { timeout: 15_000 }).toBe('chengdu-2025-zh')
      // Nothing left to correct: the validation button goes, and Publish is enabled.
      const publish = pane.getByRole('button', { name: '发布', exact: true })
      await expect.poll(() => publish.isEnabled(), { timeout: 30_000 }).toBe(true)
      expect(await sanityEnglishOn(page, 'e2e-form')).toEqual([])
      await expect
        .poll(
          async () => {
            if (await publish.isEnabled()) await publish.click()
            return (lake.dataset.get(id) as { headline?: { zh?: string } } | undefined)?.headline?.zh
          },
          { timeout: 60_000, interval: 2_000 },
        )
        .toBe(ENTRY.headline.zh)
      const published = lake.dataset.get(id) as Record<string, Record<string, unknown>>
      expect(published.headline).toMatchObject(ENTRY.headline)
      expect(published.city).toMatchObject(ENTRY.city)
      expect(published.summary).toMatchObject(ENTRY.summary)
      expect(JSON.stringify(published.body)).toContain(ENTRY.body.zh)
      expect(lake.dataset.get(`drafts.${id}`)).toBeUndefined()
    }), 240_000)
})
