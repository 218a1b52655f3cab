/**
 * @vitest-environment node
 *
 * A Chinese-first entry in the built Studio (issue 17), as a Chinese-reading
 * editor meets it: the built Studio (`sanity build`, shared with the other test
 * files whose Studio is the same) against a local Content Lake on loopback (a
 * temporary working copy of the embedded dataset; built-studio-harness.ts), opened in headless Debian Chromium through playwright-core
 * at a 1280-px window. A draft with only Chinese is titled in Chinese in the
 * list and the document's header, never by an English date; "Generate" without
 * an English city says what to write first and makes no slug; the Body editor
 * has the form's width, its toolbar not collapsed. Every test works on a draft
 * of its own, written to the lake before it opens the Studio, so any one can run
 * alone (`-t '<name>'`). An error of ours (a page or console error whose stack, traced
 * through the build's source maps, reaches schemas/, studio/ or server/) fails
 * the test; screenshots go to test-output/studio-flow-*.png.
 */
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { RunningLake } from '../../lake/lake.ts'
import type { LakeDocument } from '../../lake/mutations.ts'
import { SLUG_SOURCE_MISSING_MESSAGES } from '../../schemas/lib/slug'
import { dataset } from '../node/fixtures'
import { startBuiltStudio, type BuiltStudio } from './built-studio-harness'

const OUTPUT = resolve(import.meta.dirname, '../../test-output')

let studio: BuiltStudio
let lake: RunningLake

beforeAll(async () => {
  studio = await startBuiltStudio('flow', { viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })
  lake = studio.lake
}, 240_000)

afterAll(() => studio?.close())

const vicenza = dataset.find((document) => document._id === 'entry-vicenza-2018')
if (!vicenza) throw new Error('data/production.ndjson has no entry-vicenza-2018')

/** A draft of the test's own, `drafts.entry-flow-<name>`, written in Chinese only: city, date, summary; no slug. */
async function chineseOnlyDraft(name: string): Promise<string> {
  const id = `entry-flow-${name}`
  const { slug: _slug, headline: _headline, ...rest } = vicenza as LakeDocument & { slug?: unknown; headline?: unknown }
  const draft = {
    ...rest,
    _id: `drafts.${id}`,
    city: { _type: 'localeString', zh: '维琴察' },
    region: undefined,
    date: '2019-06',
    summary: { _type: 'localeText', zh: '贵阳市代表团访问维琴察市。' },
  }
  await lake.dataset.commit([{ createOrReplace: draft as LakeDocument }], { identity: 'test' })
  return id
}

/** Opens `path` of the built Studio at a 1280-px window under a Chinese browser, runs `steps`, then fails on any error of ours, screenshots (studio-flow-`name`.png), and closes. */
const visiting = (path: string, name: string, steps: (page: Page) => Promise<void>) => studio.visiting(path, name, steps)

const formShown = (page: Page) => page.getByTestId('document-pane').getByTestId('field-city.zh').waitFor({ timeout: 90_000 })

describe('a Chinese-first entry in the built Studio', () => {
  test('a draft with only Chinese is titled by its Chinese city and date in the list and the header, never "June 2019"', async () => {
    const id = await chineseOnlyDraft('title')
    await visiting(`/structure/entry;${id}`, 'title', async (page) => {
      await formShown(page)
      const pane = page.getByTestId('document-pane')
      await expect.poll(() => pane.getByText('维琴察，2019年6月').count(), { timeout: 30_000 }).toBeGreaterThan(0)
      const previews = page.getByTestId('document-list-pane').getByTestId('default-preview')
      await expect.poll(async () => (await previews.allInnerTexts()).some((text) => text.includes('维琴察，2019年6月')), { timeout: 60_000 }).toBe(true)
      expect(await page.getByText('June 2019').count()).toBe(0)
    })
  }, 180_000)

  test('an entry in both languages leads with Chinese under the Chinese interface, in the list and the header, and with English once the editor switches', async () => {
    const id = 'entry-flow-bilingual'
    const { headline } = vicenza as unknown as { headline: Record<'en' | 'zh', string> }
    await lake.dataset.commit([{ createOrReplace: { ...(vicenza as LakeDocument), _id: `drafts.${id}` } }], { identity: 'test' })
    await visiting(`/structure/entry;${id}`, 'bilingual', async (page) => {
      await formShown(page)
      /** The first line of the bilingual entry's row in the list. */
      const leadingLine = async () => {
        const rows = await page.getByTestId('document-list-pane').getByTestId('default-preview__header').all()
        const lines = await Promise.all(rows.map(async (row) => (await row.innerText()).split('\n')))
        return lines.find((row) => row.join(' ').includes(headline.zh) && row.join(' ').includes(headline.en))?.[0]
      }
      await expect.poll(leadingLine, { timeout: 60_000 }).toBe(headline.zh)
      // The document's header is titled by the Chinese headline (the form holds it in an input, not as text).
      await expect.poll(() => page.getByTestId('document-pane').getByText(headline.zh, { exact: true }).count(), { timeout: 30_000 }).toBeGreaterThan(0)
      await page.getByTestId('interface-language-switch').click()
      await expect.poll(leadingLine, { timeout: 60_000 }).toBe(headline.en)
      await expect.poll(() => page.getByTestId('document-pane').getByText(headline.en, { exact: true }).count(), { timeout: 30_000 }).toBeGreaterThan(0)
    })
  }, 240_000)

  test('"Generate" without an English city says to write it first, in both languages, and makes no slug', async () => {
    const id = await chineseOnlyDraft('slug')
    await visiting(`/structure/entry;${id}`, 'slug', async (page) => {
      await formShown(page)
      const slug = page.getByTestId('document-pane').getByTestId('field-slug')
      await slug.scrollIntoViewIfNeeded()
      await slug.getByRole('button', { name: /^(Generate|生成)$/ }).click()
      await slug.getByText(SLUG_SOURCE_MISSING_MESSAGES.city).waitFor({ timeout: 30_000 })
      await page.waitForTimeout(1_000)
      expect((lake.dataset.get(`drafts.${id}`) as { slug?: unknown } | undefined)?.slug).toBeUndefined()
      expect(await slug.locator('input').first().inputValue()).toBe('')
    })
  }, 180_000)

  test('the Body editor has the form’s width at a 1280-px window, its toolbar not collapsed into a menu', async () => {
    const id = await chineseOnlyDraft('body')
    await visiting(`/structure/entry;${id}`, 'body', async (page) => {
      await formShown(page)
      const body = page.getByTestId('document-pane').getByTestId('field-body.en')
      await body.scrollIntoViewIfNeeded()
      const box = await body.boundingBox()
      // Stacked, one language above the other: each has the form's width, not a column of ~130 px.
      expect(box?.width ?? 0).toBeGreaterThan(450)
      await page.screenshot({ path: resolve(OUTPUT, 'studio-flow-body-toolbar.png') })
      // The toolbar shows its style menu and decorators as buttons, not one collapsed menu.
      const toolbar = body.locator('[data-testid="pt-editor__toolbar-card"]')
      await toolbar.waitFor({ timeout: 30_000 })
      expect((await toolbar.boundingBox())?.width ?? 0).toBeGreaterThan(450)
      expect(await toolbar.getByRole('button').count()).toBeGreaterThan(4)
    })
  }, 180_000)
})
