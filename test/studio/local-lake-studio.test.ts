/**
 * @vitest-environment node
 *
 * The Studio as `npm run studio` runs it, built (`sanity build`, once per run,
 * with the environment lake/studio.ts gives it) and opened in headless Debian
 * Chromium over the local Content Lake, beside the Worker that reads the lake
 * (`wrangler dev` with lake/studio.ts's vars, the lake's webhook going to it):
 * - honest about the lake: no Releases, Tasks, Comments or "Schedule publish",
 *   which the lake cannot keep, and an image field that says why it takes no
 *   image instead of an upload button that fails;
 * - the country/region list searched by a Chinese name and by an ISO code;
 * - the links under the slug open the local Worker, which shows what the editor
 *   has just written: the draft in the preview, the published text on the site;
 * - an unpublished entry leaves the editor on its kept draft, text and all.
 * Each test opens the Studio in a context of its own and works on an entry of
 * its own, so any one can run alone (`-t '<name>'`). No error may have a stack
 * that, traced through the build's source maps, reaches our code. Screenshots:
 * test-output/studio-lake-*.png.
 */
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { LakeDocument } from '../../lake/mutations.ts'
import { localStudio, type LocalStudio } from '../../lake/studio.ts'
import { webhookTargetOf } from '../../lake/webhook.ts'
import { countriesMatching, countryChoices } from '../../schemas/lib/countries'
import { LAKE_IMAGE_NOTE } from '../../studio/components/lake-image-input'
import { dataset } from '../node/fixtures'
import { freePort, startWorker, type WorkerProcess } from '../worker-process'
import { typeIntoField } from './studio-form'
import { startBuiltStudio, type BuiltStudio } from './built-studio-harness'

let studio: BuiltStudio
let setup: LocalStudio
let worker: WorkerProcess

beforeAll(async () => {
  const WORKER_PORT = String(await freePort())
  // As npm run studio wires them, for the lake's port the harness claims: the Studio's site and preview, and the Worker's lake.
  const wiring = (lakePort: number) => localStudio({ LAKE_PORT: String(lakePort), WORKER_PORT })
  studio = await startBuiltStudio('lake', { viewport: { width: 1440, height: 1000 }, locale: 'en-US' }, {
    // The lake's webhook goes to the Worker, whatever the lake's port.
    webhook: webhookTargetOf(localStudio({ WORKER_PORT }).lakeEnv),
    studioEnv: (lakePort) => wiring(lakePort).studioEnv,
  })
  setup = wiring(studio.lake.port)
  worker = await startWorker(setup.workerVars, { port: setup.workerPort })
}, 300_000)

afterAll(async () => {
  worker?.stop()
  await studio?.close()
})

/**
 * Opens `path` of the built Studio in a context of its own, whose browser
 * prefers `locale`, runs `steps`, then fails on any page or console error
 * whose stack reaches our code, takes a screenshot (`studio-lake-<name>.png`)
 * and closes the context.
 */
const visiting = (path: string, name: string, steps: (visit: { page: Page; context: BrowserContext }) => Promise<void>, locale = 'en-US') =>
  studio.visiting(path, name, (page, context) => steps({ page, context }), { locale })

const pane = (page: Page) => page.getByTestId('document-pane')
const stored = (id: string) => studio.lake.dataset.get(id) as (LakeDocument & { country?: string; headline?: { zh?: string } }) | undefined

const cupertino = dataset.find((document) => document._id === 'entry-cupertino-2017')
if (!cupertino) throw new Error('data/production.ndjson has no entry-cupertino-2017')

/** Publishes an entry of the test's own, `entry-lake-<name>`: Cupertino's under another slug and headline; says its id. */
async function ownEntry(name: string, slug: string, headline: { en: string; zh: string }): Promise<string> {
  const id = `entry-lake-${name}`
  const document = { ...cupertino, _id: id, slug: { _type: 'slug', current: slug }, headline: { _type: 'localeString', ...headline } }
  await studio.lake.dataset.commit([{ createOrReplace: document as LakeDocument }], { identity: 'test' })
  return id
}

/** Waits until the entry's form is drawn. */
const formShown = (page: Page) => pane(page).getByTestId('field-headline.en').waitFor({ timeout: 90_000 })

/** Types `text` into the input of field `path`, until the input keeps it (the form may still be drawn again). */
const type = (page: Page, path: string, text: string) => typeIntoField(pane(page), path, text)

test('on the lake, the Studio offers no Releases, Tasks, Comments or Schedule publish, and the image field says why it takes no image', () =>
  visiting('/structure/entry;entry-vicenza-2018', 'honest', async ({ page }) => {
    await formShown(page)
    // The tools the lake serves are there; Releases, which it cannot keep, is not.
    await page.getByRole('link', { name: 'Content · 内容' }).first().waitFor()
    await page.getByRole('link', { name: 'GROQ query · GROQ查询' }).first().waitFor()
    expect(await page.getByRole('link', { name: 'Releases' }).count()).toBe(0)
    expect(await page.getByTestId('tasks-toolbar').count()).toBe(0)
    expect(await page.getByRole('button', { name: /^Tasks$/ }).count()).toBe(0)
    expect(await pane(page).getByRole('button', { name: /comment/i }).count()).toBe(0)
    // The document's menu offers what the lake does: duplicate and delete, and no schedule.
    await pane(page).getByTestId('action-menu-button').last().click()
    const menu = page.getByRole('menu')
    await menu.getByTestId('action-Duplicate').waitFor()
    expect(await menu.innerText()).not.toMatch(/schedul/i)
    await page.keyboard.press('Escape')
    // The image field explains instead of offering an upload that would fail.
    const note = pane(page).getByText(LAKE_IMAGE_NOTE)
    await note.scrollIntoViewIfNeeded()
    await note.waitFor()
    expect(await pane(page).getByRole('button', { name: /upload/i }).count()).toBe(0)
  }), 120_000)

test('the country list finds Italy by its Chinese name and New Zealand by its code, and the entry stores IT, then NZ', async () => {
  const id = await ownEntry('country', 'cupertino-2017-country', { en: 'Cupertino and Guiyang test the country list', zh: '库比蒂诺与贵阳测试国家列表' })
  await visiting(`/structure/entry;${id}`, 'country', async ({ page }) => {
    await formShown(page)
    const country = pane(page).getByTestId('field-country').getByRole('combobox')
    await country.scrollIntoViewIfNeeded()
    await expect.poll(() => country.inputValue(), { timeout: 30_000 }).toBe('United States · 美国 (US)')
    // The list's options (the document lists are listboxes too).
    const options = page.locator('[data-ui="AutocompleteOption"]')
    await country.fill('意大利')
    await options.getByText('Italy · 意大利 (IT)').click()
    await expect.poll(() => stored(`drafts.${id}`)?.country, { timeout: 15_000 }).toBe('IT')
    await country.fill('NZ')
    await expect.poll(() => options.allInnerTexts(), { timeout: 10_000 }).toEqual(['New Zealand · 新西兰 (NZ)', 'Tanzania · 坦桑尼亚 (TZ)'])
    await options.first().click()
    await expect.poll(() => stored(`drafts.${id}`)?.country, { timeout: 15_000 }).toBe('NZ')
    expect(await country.inputValue()).toBe('New Zealand · 新西兰 (NZ)')
  })
}, 150_000)

test('under a Chinese browser, the country list names countries in Chinese first, in pinyin order', () =>
  visiting(
    '/structure/entry;entry-vicenza-2018',
    'country-zh',
    async ({ page }) => {
      await formShown(page)
      const country = pane(page).getByTestId('field-country').getByRole('combobox')
      await country.scrollIntoViewIfNeeded()
      await expect.poll(() => country.inputValue(), { timeout: 30_000 }).toBe('意大利 · Italy (IT)')
      // Every name with 亚 in it (those starting with it first), as a Chinese dictionary orders them:
      // 阿尔巴尼亚 (ā'ěr) before 澳大利亚 (ào), which Unicode's order would put first.
      await country.fill('亚')
      const shown = page.locator('[data-ui="AutocompleteOption"]')
      const expected = countriesMatching('亚', countryChoices('zh')).map((choice) => choice.title)
      expect(expected.indexOf('阿尔巴尼亚 · Albania (AL)')).toBeLessThan(expected.indexOf('澳大利亚 · Australia (AU)'))
      await expect.poll(() => shown.allInnerTexts(), { timeout: 10_000 }).toEqual(expected)
      await page.keyboard.press('Escape')
    },
    'zh-CN',
  ), 120_000)

test("the links under the slug open the local Worker, which shows the editor's draft in the preview and the published text on the site", async () => {
  const headline = { en: 'Cupertino and Guiyang open a design school', zh: '库比蒂诺与贵阳合办设计学院' }
  const draft = '库比蒂诺与贵阳合办设计学院（草稿）'
  const id = await ownEntry('links', 'cupertino-2017-design', headline)
  await visiting(`/structure/entry;${id}`, 'links', async ({ page, context }) => {
    await formShown(page)
    const slug = pane(page).getByTestId('field-slug')
    await slug.scrollIntoViewIfNeeded()
    const siteLinks = slug.getByRole('link', { name: 'Open on the site · 在网站上打开' })
    await expect
      .poll(() => siteLinks.evaluateAll((links) => links.map((link) => link.getAttribute('href'))), { timeout: 15_000 })
      .toEqual(['en', 'zh', 'zh-hant'].map((language) => `${setup.workerOrigin}/${language}/entries/cupertino-2017-design`))
    // What the editor has just typed, not yet published, shows in the preview.
    await type(page, 'headline.zh', draft)
    await expect.poll(() => stored(`drafts.${id}`)?.headline?.zh, { timeout: 15_000 }).toBe(draft)
    const [preview] = await Promise.all([context.waitForEvent('page'), slug.getByRole('link', { name: 'Preview in Simplified Chinese · 预览简体中文版' }).click()])
    await preview.waitForURL(`${setup.workerOrigin}/preview/zh/entries/cupertino-2017-design**`, { timeout: 30_000 })
    await preview.getByText(draft).first().waitFor({ timeout: 30_000 })
    await preview.close()
    // The site shows the published text.
    const [published] = await Promise.all([context.waitForEvent('page'), siteLinks.nth(1).click()])
    await published.waitForURL(`${setup.workerOrigin}/zh/entries/cupertino-2017-design`, { timeout: 30_000 })
    await published.getByText(headline.zh).first().waitFor({ timeout: 30_000 })
    expect(await published.getByText(draft).count()).toBe(0)
  })
}, 150_000)

test('an entry unpublished in the Studio leaves the editor on its kept draft, its text in the form', async () => {
  const headline = { en: 'Cupertino and Guiyang plan a book fair', zh: '库比蒂诺与贵阳筹办图书博览会' }
  const id = await ownEntry('unpublish', 'cupertino-2017-book-fair', headline)
  await visiting(`/structure/entry;${id}`, 'unpublish', async ({ page }) => {
    await formShown(page)
    const publishedChip = pane(page).getByTestId('document-header-Published-chip')
    await expect.poll(() => publishedChip.isEnabled(), { timeout: 30_000 }).toBe(true)
    await publishedChip.click()
    await page.waitForURL((url) => url.searchParams.get('perspective') === 'published', { timeout: 15_000 })
    await pane(page).getByRole('button', { name: 'Unpublish' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Unpublish now' }).click()
    await expect.poll(() => stored(id), { timeout: 15_000 }).toBeUndefined()
    // Back on the drafts, where the text was kept: the form shows it, not an empty published form.
    await page.waitForURL((url) => !url.searchParams.has('perspective'), { timeout: 15_000 })
    const headlineZh = pane(page).getByTestId('field-headline.zh').locator('input').first()
    await expect.poll(() => headlineZh.inputValue(), { timeout: 15_000 }).toBe(headline.zh)
    expect(await headlineZh.isEditable()).toBe(true)
    expect(stored(`drafts.${id}`)?.headline?.zh).toBe(headline.zh)
  })
}, 150_000)
