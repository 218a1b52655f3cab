/**
 * What counts as "needs translation": the GROQ filter of the Studio's list,
 * run by groq-js over the embedded dataset and crafted documents, and the
 * translation badges, which must agree with it on every document; and the
 * rule that marks a translation as possibly outdated
 * (schemas/lib/translation-status.ts), whose marks the list, the badges and an
 * export of the local lake keep.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { evaluate, parse } from 'groq-js'
import { beforeAll, describe, expect, test } from 'vitest'
import type { ObjectSchemaType, SanityDocument, SchemaType, Workspace } from 'sanity'
import { Dataset } from '../../lake/dataset.ts'
import { exportedDocuments, toNdjson } from '../../lake/working-copy.ts'
import { LOCALIZED_TYPE_NAMES, translationCompleteness } from '../../schemas/lib/localized-fields'
import {
  editedLanguages,
  marksAfterUndo,
  outdatedAfterCheck,
  outdatedLanguages,
  statusAfterEdit,
} from '../../schemas/lib/translation-status'
import { entriesQuery, entryBySlugQuery, settingsQuery } from '../../server/content/queries'
import { ENTRIES_NEEDING_TRANSLATION, ENTRY_LOCALIZED_FIELDS } from '../../studio/needs-translation'
import { openTestLake } from '../lake/helpers'
import { dataset, entryFixture, entryWith } from './fixtures'
import { createStudioWorkspace, validateInCli, validateInStudio } from './validation'

let workspace: Workspace
beforeAll(async () => {
  workspace = await createStudioWorkspace()
})

/** The ids of `documents` that the Studio's "Needs translation" list shows. */
async function needingTranslation(documents: readonly SanityDocument[]): Promise<string[]> {
  const result = await evaluate(parse(`*[${ENTRIES_NEEDING_TRANSLATION}]._id`), { dataset: documents })
  return (await result.get()) as string[]
}

/** Whether the badges of `document` show a missing or possibly outdated language. */
function badgesShowAGap(document: SanityDocument): boolean {
  return translationCompleteness(document, ENTRY_LOCALIZED_FIELDS).some(({ missing, outdated }) => missing.length + outdated.length > 0)
}

const withId = (id: string, document: SanityDocument): SanityDocument => ({ ...document, _id: id })
const summary = entryFixture.summary as { en: string; zh: string }
const headline = entryFixture.headline as { en: string; zh: string }

/** Entries with one translation gap each, by the id that says what the gap is. */
const gaps: SanityDocument[] = [
  withId('summary-in-english-only', entryWith({ summary: { _type: 'localeText', en: summary.en } })),
  withId('headline-chinese-blank', entryWith({ headline: { _type: 'localeString', en: headline.en, zh: '' } })),
  withId(
    'body-chinese-has-no-text',
    entryWith({
      body: {
        _type: 'localeBlockContent',
        en: (entryFixture.body as { en: unknown }).en,
        zh: [{ _type: 'block', _key: 'empty', style: 'normal', markDefs: [], children: [] }],
      },
    }),
  ),
  withId('region-in-chinese-only', entryWith({ region: { _type: 'localeString', zh: '韦内托大区' } })),
  withId(
    'image-alt-in-english-only',
    entryWith({
      image: { _type: 'image', asset: { _type: 'reference', _ref: 'image-a' }, alt: { _type: 'localeString', en: 'City hall' } },
    }),
  ),
  withId('drafts.entry-vicenza-2018', entryWith({ summary: { _type: 'localeText', zh: summary.zh } })),
  withId('summary-chinese-outdated', entryWith({ summary: { ...summary, _type: 'localeText', outdated: ['zh'] } })),
  withId(
    'body-english-outdated',
    entryWith({ body: { ...(entryFixture.body as object), _type: 'localeBlockContent', outdated: ['en'] } }),
  ),
  withId(
    'image-alt-chinese-outdated',
    entryWith({
      image: {
        _type: 'image',
        asset: { _type: 'reference', _ref: 'image-a' },
        alt: { _type: 'localeString', en: 'City hall', zh: '市政厅', outdated: ['zh'] },
      },
    }),
  ),
]

/** Entries without a gap: complete, or a field left empty in every language. */
const complete: SanityDocument[] = [
  withId('no-headline-at-all', entryWith({ headline: undefined })),
  withId('region-in-both', entryWith({ region: { _type: 'localeString', en: 'Veneto', zh: '韦内托大区' } })),
  withId('empty-region-object', entryWith({ region: { _type: 'localeString' } })),
  withId('outdated-mark-on-an-empty-region', entryWith({ region: { _type: 'localeString', outdated: ['zh'] } })),
  withId('no-outdated-mark-left', entryWith({ summary: { ...summary, _type: 'localeText', outdated: [] } })),
]

describe('the localized fields of an entry', () => {
  test('are found in the schema as the Studio compiles it, nested ones included', () => {
    const found: string[] = []
    const walk = (type: SchemaType, path: string[]) => {
      if ((LOCALIZED_TYPE_NAMES as readonly string[]).includes(type.name)) found.push(path.join('.'))
      else if (type.jsonType === 'object')
        for (const field of (type as ObjectSchemaType).fields) walk(field.type, [...path, field.name])
    }
    const entry = workspace.schema.get('entry') as ObjectSchemaType
    for (const field of entry.fields) walk(field.type, [field.name])
    expect(ENTRY_LOCALIZED_FIELDS.map((field) => field.path.join('.'))).toEqual(found)
    expect(found).toEqual(['city', 'region', 'headline', 'summary', 'body', 'image.alt'])
  })
})

describe('"Needs translation"', () => {
  test('lists no entry of the embedded dataset: every field there is written in both languages', async () => {
    expect(await needingTranslation(dataset)).toEqual([])
  })

  test.each(gaps.map((document) => [document._id, document] as const))('lists an entry whose %s', async (id, document) => {
    expect(await needingTranslation([...dataset, document])).toEqual([id])
  })

  test.each(complete.map((document) => [document._id, document] as const))(
    'does not list an entry with %s',
    async (_id, document) => {
      expect(await needingTranslation([...dataset, document])).toEqual([])
    },
  )

  test('lists entries only, never the settings document', async () => {
    const settings = dataset.find((document) => document._id === 'settings')
    if (!settings) throw new Error('data/production.ndjson has no settings document')
    const halfTranslated = { ...settings, _id: 'settings-draft', publisher: { _type: 'localeString', en: 'Guiyang' } }
    expect(await needingTranslation([halfTranslated])).toEqual([])
  })

  test('agrees with the translation badges on every document', async () => {
    const documents = [...dataset.filter((document) => document._type === 'entry'), ...gaps, ...complete]
    const listed = new Set(await needingTranslation(documents))
    expect(documents.filter(badgesShowAGap).map((document) => document._id)).toEqual(
      documents.filter((document) => listed.has(document._id)).map((document) => document._id),
    )
  })
})

const both = { _type: 'localeText', en: 'Signed in May 2017.', zh: '2017年5月签署。' }

describe('a translation that may be outdated', () => {
  test('is marked when the other language of the field changes', () => {
    expect(statusAfterEdit({ before: both, changed: ['en'] })).toMatchObject({ outdated: ['zh'], updating: [] })
    expect(statusAfterEdit({ before: both, changed: ['zh'] })).toMatchObject({ outdated: ['en'], updating: [] })
  })

  test('stays marked while the other language goes on changing', () => {
    expect(statusAfterEdit({ before: { ...both, outdated: ['zh'] }, changed: ['en'] }).outdated).toEqual(['zh'])
  })

  test('is cleared when an editor changes it, and that change marks nothing', () => {
    expect(statusAfterEdit({ before: { ...both, outdated: ['zh'] }, changed: ['zh'] })).toMatchObject({ outdated: [], updating: ['zh'] })
  })

  test('stays cleared while the editor goes on bringing it up to date, keystroke after keystroke', () => {
    const { updating } = statusAfterEdit({ before: { ...both, outdated: ['zh'] }, changed: ['zh'] })
    expect(statusAfterEdit({ before: both, changed: ['zh'], updating })).toMatchObject({ outdated: [], updating: ['zh'] })
  })

  test('is marked again when the other language changes after the update', () => {
    expect(statusAfterEdit({ before: both, changed: ['en'], updating: ['zh'] })).toMatchObject({ outdated: ['zh'], updating: [] })
  })

  test('written Chinese first, then English: a later change of the Chinese marks the English translated from it', () => {
    const chinese = statusAfterEdit({ before: { _type: 'localeText' }, changed: ['zh'] })
    expect(chinese).toMatchObject({ outdated: [], updating: ['zh'] })
    const english = statusAfterEdit({ before: { _type: 'localeText', zh: both.zh }, changed: ['en'], updating: chinese.updating })
    expect(english).toMatchObject({ outdated: [], updating: ['en'] })
    expect(statusAfterEdit({ before: both, changed: ['zh'], updating: english.updating })).toMatchObject({ outdated: ['en'], updating: [] })
  })

  test('is not what a first translation makes of the original: writing a missing language marks nothing', () => {
    const englishOnly = { _type: 'localeText', en: both.en }
    const first = statusAfterEdit({ before: englishOnly, changed: ['zh'] })
    expect(first).toMatchObject({ outdated: [], updating: ['zh'] })
    expect(statusAfterEdit({ before: { ...englishOnly, zh: '2017' }, changed: ['zh'], updating: first.updating }).outdated).toEqual([])
  })

  test('is never a language that is not written: changing English marks no missing Chinese', () => {
    expect(statusAfterEdit({ before: { _type: 'localeText', en: both.en }, changed: ['en'] }).outdated).toEqual([])
  })

  test('is cleared, and nothing is marked, when its language is emptied', () => {
    expect(statusAfterEdit({ before: { ...both, outdated: ['zh'] }, changed: ['zh'], emptied: ['zh'] }).outdated).toEqual([])
    expect(statusAfterEdit({ before: both, changed: ['en'], emptied: ['en'] }).outdated).toEqual([])
  })

  test('remembers the English it was marked against, and goes when the English reads so again (an undo)', () => {
    const marked = statusAfterEdit({ before: both, changed: ['en'] })
    expect(marked).toEqual({ outdated: ['zh'], updating: [], markedFrom: { zh: { en: JSON.stringify(both.en) } } })
    // Further English edits keep what the mark was made against.
    const further = statusAfterEdit({ before: { ...both, en: 'Signed in June.', outdated: ['zh'] }, changed: ['en'], markedFrom: marked.markedFrom })
    expect(further.markedFrom).toEqual(marked.markedFrom)
    expect(marksAfterUndo({ ...both, en: 'Signed in June.', outdated: ['zh'] }, further.markedFrom)).toBeUndefined()
    expect(marksAfterUndo({ ...both, outdated: ['zh'] }, further.markedFrom)).toEqual([])
    // A mark someone else made, or one already there before the change, is kept.
    expect(marksAfterUndo({ ...both, outdated: ['zh'] }, {})).toBeUndefined()
    expect(statusAfterEdit({ before: { ...both, outdated: ['zh'] }, changed: ['en'] }).markedFrom).toEqual({})
    // Updating the Chinese forgets it.
    expect(statusAfterEdit({ before: { ...both, outdated: ['zh'] }, changed: ['zh'], markedFrom: marked.markedFrom }).markedFrom).toEqual({})
  })

  test('is cleared by "Mark as checked" without an edit, keeping the other marks', () => {
    expect(outdatedAfterCheck({ ...both, outdated: ['en', 'zh'] }, 'zh')).toEqual(['en'])
    expect(outdatedAfterCheck({ ...both, outdated: ['zh'] }, 'zh')).toEqual([])
  })

  test('is shown only where the language is written', () => {
    expect(outdatedLanguages({ ...both, outdated: ['zh', 'fr'] })).toEqual(['zh'])
    expect(outdatedLanguages({ _type: 'localeText', en: both.en, outdated: ['zh'] })).toEqual([])
    expect(outdatedLanguages({ ...both, zh: '   ', outdated: ['zh'] })).toEqual([])
    expect(outdatedLanguages(undefined)).toEqual([])
  })

  test("is read off the form's patches: a string, a text or a Portable Text span of one language", () => {
    expect(editedLanguages([{ type: 'setIfMissing', path: [] }, { type: 'set', path: ['en'] }])).toEqual({ changed: ['en'], emptied: [] })
    expect(editedLanguages([{ type: 'diffMatchPatch', path: ['zh', { _key: 'b1' }, 'children', { _key: 's1' }, 'text'] }])).toEqual({
      changed: ['zh'],
      emptied: [],
    })
    expect(editedLanguages([{ type: 'unset', path: ['zh'] }])).toEqual({ changed: ['zh'], emptied: ['zh'] })
    expect(editedLanguages([{ type: 'set', path: ['outdated'] }, { type: 'set', path: [] }])).toEqual({ changed: [], emptied: [] })
  })

  test('never stops an entry from being published: a marked entry validates as cleanly as the same entry unmarked', async () => {
    const marked = entryWith({ summary: { ...summary, _type: 'localeText', outdated: ['zh'] }, city: { ...(entryFixture.city as object), outdated: ['en'] } })
    const [withMarks, without] = await Promise.all([validateInStudio(workspace, marked, dataset), validateInStudio(workspace, entryFixture, dataset)])
    expect(withMarks.errors).toEqual(without.errors)
    expect((await validateInCli(workspace.schema, marked, dataset)).markers.map((marker) => marker.message)).toEqual(
      (await validateInCli(workspace.schema, entryFixture, dataset)).markers.map((marker) => marker.message),
    )
  })

  test('counts in the badges per language, by field', () => {
    const marked = entryWith({ summary: { ...summary, _type: 'localeText', outdated: ['zh'] } })
    const [english, chinese] = translationCompleteness(marked, ENTRY_LOCALIZED_FIELDS)
    expect(english?.outdated).toEqual([])
    expect(chinese?.outdated.map((field) => field.path.join('.'))).toEqual(['summary'])
    expect(chinese?.missing).toEqual([])
  })
})

describe('the marks in the local Content Lake', () => {
  test('are found by the "Needs translation" filter in the lake, and survive its export and an import of that export', async () => {
    const { lake, client, close } = await openTestLake()
    let closed = false
    const exportDir = await mkdtemp(join(tmpdir(), 'outdated-export-'))
    try {
      const id = 'drafts.entry-vicenza-2018'
      const draft = { ...entryFixture, _id: id }
      // As the Studio writes a mark: in the same transaction as the edit that causes it.
      await client
        .transaction()
        .createOrReplace(draft)
        .patch(id, (patch) => patch.set({ 'summary.en': `${summary.en} (corrected)`, 'summary.outdated': ['zh'] }))
        .commit()
      expect(await client.fetch(`*[${ENTRIES_NEEDING_TRANSLATION}]._id`)).toEqual([id])
      expect(await client.fetch(`*[_id == $id][0].summary.outdated`, { id })).toEqual(['zh'])

      const file = join(exportDir, 'production.ndjson')
      // What `npm run lake:export` writes, here to a file of the test's own rather than to data/.
      await writeFile(file, toNdjson(exportedDocuments(lake.dataset.documents())))
      await close()
      closed = true
      const { dataset: imported } = await Dataset.open({ file: join(exportDir, 'imported.ndjson'), seedFile: file })
      try {
        const documents = [...imported.documents()] as SanityDocument[]
        expect((documents.find((document) => document._id === id)?.summary as { outdated?: unknown }).outdated).toEqual(['zh'])
        expect(await needingTranslation(documents)).toEqual([id])
      } finally {
        await imported.close()
      }
    } finally {
      if (!closed) await close()
      await rm(exportDir, { recursive: true, force: true })
    }
  })
})

describe('the marks and readers', () => {
  test("never reach the Worker's answers: every query reads one language of a field, in each language", async () => {
    const marked = (value: unknown) => ({ ...(value as object), outdated: ['en', 'zh'] })
    const documents = dataset.map((document) =>
      Object.fromEntries(
        Object.entries(document).map(([key, value]) =>
          [key, value && typeof value === 'object' && 'en' in value ? marked(value) : value],
        ),
      ),
    ) as SanityDocument[]
    expect(JSON.stringify(documents).match(/"outdated"/g)?.length).toBeGreaterThan(20)
    const filters = { cities: null, country: null, topic: null, year: null, afterDate: null, afterId: null, end: 100 }
    for (const [lang, fallback] of [['en', 'zh'], ['zh', 'en']] as const) {
      for (const [query, params] of [
        [entriesQuery, filters],
        [entryBySlugQuery, { slug: 'vicenza-2018' }],
        [settingsQuery, {}],
      ] as const) {
        const all = { lang, fallback, ...params }
        const answer = await (await evaluate(parse(query, { params: all }), { dataset: documents, params: all })).get()
        expect(answer).toBeTruthy()
        expect(JSON.stringify(answer)).not.toContain('outdated')
      }
    }
  })
})
