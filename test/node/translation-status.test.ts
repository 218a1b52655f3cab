/**
 * What counts as "needs translation": the GROQ filter of the Studio's list,
 * run by groq-js over the embedded dataset and crafted documents, and the
 * translation badges, which must agree with it on every document.
 */
import { evaluate, parse } from 'groq-js'
import { beforeAll, describe, expect, test } from 'vitest'
import type { ObjectSchemaType, SanityDocument, SchemaType, Workspace } from 'sanity'
import { LOCALIZED_TYPE_NAMES, translationCompleteness } from '../../schemas/lib/localized-fields'
import { ENTRIES_NEEDING_TRANSLATION, ENTRY_LOCALIZED_FIELDS } from '../../studio/needs-translation'
import { dataset, entryFixture, entryWith } from './fixtures'
import { createStudioWorkspace } from './validation'

let workspace: Workspace
beforeAll(async () => {
  workspace = await createStudioWorkspace()
})

/** The ids of `documents` that the Studio's "Needs translation" list shows. */
async function needingTranslation(documents: readonly SanityDocument[]): Promise<string[]> {
  const result = await evaluate(parse(`*[${ENTRIES_NEEDING_TRANSLATION}]._id`), { dataset: documents })
  return (await result.get()) as string[]
}

/** Whether the badges of `document` show a missing language. */
function badgesShowAGap(document: SanityDocument): boolean {
  return translationCompleteness(document, ENTRY_LOCALIZED_FIELDS).some(({ missing }) => missing.length > 0)
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
]

/** Entries without a gap: complete, or a field left empty in every language. */
const complete: SanityDocument[] = [
  withId('no-headline-at-all', entryWith({ headline: undefined })),
  withId('region-in-both', entryWith({ region: { _type: 'localeString', en: 'Veneto', zh: '韦内托大区' } })),
  withId('empty-region-object', entryWith({ region: { _type: 'localeString' } })),
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
