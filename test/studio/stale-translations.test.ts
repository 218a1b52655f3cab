/**
 * @vitest-environment node
 *
 * Stale translations in the built Studio (issue 17), as an editor meets them:
 * the Studio built once (`sanity build`, test/studio/browser.ts) against a
 * local Content Lake on loopback (a temporary working copy of the embedded
 * dataset), opened in headless Debian Chromium through playwright-core.
 * Editing one language of a field marks the other: a note under it, a warning
 * in its badge, the entry in "Needs translation", the mark stored in the lake;
 * editing the marked language, or "Mark as checked", clears it; an update
 * begun before a reload stays an update after it. The badge speaks the
 * interface's language (English here).
 * Every test works on an entry of its own, created in the lake before it
 * opens the Studio, so any one can run alone (`-t '<name>'`). An error of ours
 * (a page error whose stack, traced through the build's source maps, reaches
 * schemas/, studio/ or server/) fails the test (built-studio-harness.ts);
 * screenshots go to test-output/studio-stale-*.png.
 */
import { resolve } from 'node:path'
import { evaluate, parse } from 'groq-js'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { RunningLake } from '../../lake/lake.ts'
import type { LakeDocument } from '../../lake/mutations.ts'
import { MARK_AS_CHECKED, outdatedNoteText } from '../../studio/components/translation-status-input'
import { ENTRIES_NEEDING_TRANSLATION } from '../../studio/needs-translation'
import { dataset } from '../node/fixtures'
import { startBuiltStudio, type BuiltStudio } from './built-studio-harness'
import { typeIntoField } from './studio-form'

const OUTPUT = resolve(import.meta.dirname, '../../test-output')

let studio: BuiltStudio
let lake: RunningLake

beforeAll(async () => {
  studio = await startBuiltStudio('stale', { viewport: { width: 1440, height: 1000 }, locale: 'en-US' })
  lake = studio.lake
}, 240_000)

afterAll(() => studio?.close())

interface Localized {
  en?: unknown
  zh?: unknown
  outdated?: string[]
}
type StoredEntry = LakeDocument & { headline?: Localized; body?: Localized; summary?: Localized }

const cupertino = dataset.find((document) => document._id === 'entry-cupertino-2017')
if (!cupertino) throw new Error('data/production.ndjson has no entry-cupertino-2017')

/** Publishes (writes to the lake) an entry of the test's own, `entry-stale-<name>`, with its own headline; says its id. */
async function ownEntry(name: string, headline: Localized): Promise<string> {
  const id = `entry-stale-${name}`
  const document = { ...cupertino, _id: id, slug: { _type: 'slug', current: `cupertino-2017-${name}` }, headline: { _type: 'localeString', ...headline } }
  await lake.dataset.commit([{ delete: { id: `drafts.${id}` } }, { createOrReplace: document as LakeDocument }], { identity: 'test' })
  return id
}

/** The version of `id` an editor is working on: the draft once there is one. */
const edited = (id: string) => (lake.dataset.get(`drafts.${id}`) ?? lake.dataset.get(id)) as StoredEntry | undefined

/** The ids the "Needs translation" filter finds in the lake now. */
async function needingTranslation(): Promise<string[]> {
  return (await (await evaluate(parse(`*[${ENTRIES_NEEDING_TRANSLATION}]._id`), { dataset: lake.dataset.documents() })).get()) as string[]
}

const visiting = (path: string, name: string, steps: (page: Page) => Promise<void>) => studio.visiting(path, name, steps)

/** The document pane of `page`, and what an editor does there. */
function editorOn(page: Page) {
  const pane = page.getByTestId('document-pane')
  return {
    pane,
    async formShown() {
      await pane.getByTestId('field-headline.en').waitFor({ timeout: 90_000 })
    },
    /** Types `text` into the string input of `path` (`headline.zh`), replacing what was there. */
    type: (path: string, text: string) => typeIntoField(pane, path, text),
    /** The note under `language` of the localized field `field`. */
    note: (field: string, language: 'en' | 'zh') => pane.getByTestId(`field-${field}`).getByTestId(`outdated-${language}`),
    /** The document's badge for Chinese. */
    chineseBadge: () => pane.getByText(/^简体中文 \d+\/\d+/).first(),
  }
}

const HEADLINE = { en: 'Cupertino and Guiyang sign friendship agreement at Big Data Expo', zh: '贵阳市与美国库比蒂诺市在数博会期间签署友好交流关系协议' }

describe('stale translations in the built Studio', () => {
  test('editing the English headline marks the Chinese one: a note under it, a warning in the badge, the entry in "Needs translation"', async () => {
    const id = await ownEntry('english-edit', HEADLINE)
    const corrected = 'Cupertino and Guiyang sign a friendship agreement at the Big Data Expo'
    await visiting(`/structure/entry;${id}`, 'marked', async (page) => {
      const editor = editorOn(page)
      await editor.formShown()
      expect(await editor.note('headline', 'zh').count()).toBe(0)
      await editor.type('headline.en', corrected)
      await editor.note('headline', 'zh').waitFor({ timeout: 30_000 })
      expect(await editor.note('headline', 'zh').innerText()).toContain(outdatedNoteText('zh'))
      expect(await editor.note('headline', 'en').count()).toBe(0)
      // Under the Chinese column, and the two languages' inputs still side by side (once the form has settled).
      const box = (path: string) => editor.pane.getByTestId(`field-${path}`).locator('input').first().boundingBox()
      const layout = async () => {
        const [english, chinese, note] = [await box('headline.en'), await box('headline.zh'), await editor.note('headline', 'zh').boundingBox()]
        if (!english || !chinese || !note) return 'not drawn'
        return {
          inputsSideBySide: Math.abs(english.y - chinese.y) < 2,
          noteBelowChinese: note.y >= chinese.y + chinese.height,
          noteInChineseColumn: Math.abs(note.x - chinese.x) < 2,
        }
      }
      await expect.poll(layout, { timeout: 15_000 }).toEqual({ inputsSideBySide: true, noteBelowChinese: true, noteInChineseColumn: true })
      // Stored with the edit, in the draft.
      await expect.poll(() => edited(id)?.headline, { timeout: 15_000 }).toMatchObject({ en: corrected, zh: HEADLINE.zh, outdated: ['zh'] })
      expect(await needingTranslation()).toContain(`drafts.${id}`)
      await expect.poll(() => editor.chineseBadge().innerText(), { timeout: 15_000 }).toMatch(/ · 1 may be outdated$/)
      await editor.note('headline', 'zh').scrollIntoViewIfNeeded()
      await page.screenshot({ path: resolve(OUTPUT, 'studio-stale-note.png') })
      // The list asks the lake with our filter, and shows the entry by its new English title.
      await page.goto(new URL('/structure/needs-translation', page.url()).href)
      const previews = page.getByTestId('document-list-pane').getByTestId('default-preview')
      await expect.poll(async () => (await previews.allInnerTexts()).some((text) => text.includes(corrected)), { timeout: 60_000 }).toBe(true)
    })
  }, 180_000)

  test('editing the English body (Portable Text) marks the Chinese body', async () => {
    const id = await ownEntry('body-edit', HEADLINE)
    await visiting(`/structure/entry;${id}`, 'body', async (page) => {
      const editor = editorOn(page)
      await editor.formShown()
      const body = editor.pane.getByTestId('field-body.en').locator('[contenteditable="true"]').first()
      await body.scrollIntoViewIfNeeded()
      await body.click()
      // Focusing the editor changes nothing, so marks nothing.
      await page.waitForTimeout(1_000)
      expect(edited(id)?.body?.outdated).toBeUndefined()
      await page.keyboard.press('Control+End')
      await page.keyboard.type(' Corrected.')
      await editor.note('body', 'zh').waitFor({ timeout: 30_000 })
      await expect.poll(() => edited(id)?.body?.outdated, { timeout: 15_000 }).toEqual(['zh'])
    })
  }, 180_000)

  test('editing the outdated Chinese headline clears its mark, and marks nothing', async () => {
    const id = await ownEntry('chinese-update', { ...HEADLINE, outdated: ['zh'] })
    const updated = '贵阳市与美国库比蒂诺市在2017数博会期间签署友好交流关系协议'
    await visiting(`/structure/entry;${id}`, 'updated', async (page) => {
      const editor = editorOn(page)
      await editor.formShown()
      await editor.note('headline', 'zh').waitFor({ timeout: 30_000 })
      await expect.poll(() => editor.chineseBadge().innerText(), { timeout: 15_000 }).toMatch(/ · 1 may be outdated$/)
      await editor.type('headline.zh', updated)
      await expect.poll(() => editor.note('headline', 'zh').count(), { timeout: 30_000 }).toBe(0)
      await expect.poll(() => edited(id)?.headline, { timeout: 15_000 }).toMatchObject({ zh: updated })
      expect(edited(id)?.headline?.outdated).toBeUndefined()
      expect(await editor.note('headline', 'en').count()).toBe(0)
      await expect.poll(() => editor.chineseBadge().innerText(), { timeout: 15_000 }).not.toContain('may be outdated')
      expect(await needingTranslation()).not.toContain(`drafts.${id}`)
    })
  }, 180_000)

  test('"Mark as checked" clears the mark and leaves the text as it was', async () => {
    const id = await ownEntry('checked', { ...HEADLINE, outdated: ['zh'] })
    expect(await needingTranslation()).toContain(id)
    await visiting(`/structure/entry;${id}`, 'checked', async (page) => {
      const editor = editorOn(page)
      await editor.formShown()
      await editor.note('headline', 'zh').getByRole('button', { name: MARK_AS_CHECKED }).click()
      await expect.poll(() => editor.note('headline', 'zh').count(), { timeout: 30_000 }).toBe(0)
      await expect.poll(() => edited(id)?.headline?.outdated, { timeout: 15_000 }).toBeUndefined()
      expect(edited(id)?.headline).toMatchObject(HEADLINE)
      await expect.poll(() => editor.chineseBadge().innerText(), { timeout: 15_000 }).not.toContain('may be outdated')
      expect(await needingTranslation()).not.toContain(`drafts.${id}`)
    })
  }, 180_000)

  test('an update of the Chinese headline stays an update after a reload: going on with it marks no English', async () => {
    const id = await ownEntry('reloaded-update', { ...HEADLINE, outdated: ['zh'] })
    const begun = '贵阳市与美国库比蒂诺市在2017数博会期间签署'
    const finished = '贵阳市与美国库比蒂诺市在2017数博会期间签署友好交流关系协议'
    await visiting(`/structure/entry;${id}`, 'reloaded', async (page) => {
      const editor = editorOn(page)
      await editor.formShown()
      await editor.note('headline', 'zh').waitFor({ timeout: 30_000 })
      await editor.type('headline.zh', begun)
      await expect.poll(() => edited(id)?.headline, { timeout: 15_000 }).toMatchObject({ zh: begun })
      expect(edited(id)?.headline?.outdated).toBeUndefined()
      await page.reload()
      await editor.formShown()
      await editor.type('headline.zh', finished)
      await expect.poll(() => edited(id)?.headline, { timeout: 15_000 }).toMatchObject({ zh: finished })
      // Settled: the change stored, and no mark came with it.
      await page.waitForTimeout(1_000)
      expect(edited(id)?.headline?.outdated).toBeUndefined()
      expect(await editor.note('headline', 'en').count()).toBe(0)
      expect(await needingTranslation()).not.toContain(`drafts.${id}`)
    })
  }, 180_000)
})
