/**
 * Real-shaped documents for the schema tests: the embedded dataset, and an
 * entry of it to break one field at a time.
 */
import type { SanityDocument } from 'sanity'
import { readDataset } from './dataset-file'

export const dataset: readonly SanityDocument[] = readDataset()

/** The first entry of the embedded dataset (Vicenza, December 2018). */
export const entryFixture: SanityDocument = (() => {
  const entry = dataset.find((document) => document._type === 'entry')
  if (!entry) throw new Error('data/production.ndjson has no entry')
  return entry
})()

/** An image asset as the Content Lake stores one, so that an entry can reference it. */
export const imageAsset: SanityDocument = {
  _id: 'image-2d1f0a9c8b7e6d5c4b3a29180706f5e4d3c2b1a0-1200x800-jpg',
  _type: 'sanity.imageAsset',
  _createdAt: '2026-11-01T00:00:00Z',
  _updatedAt: '2026-11-01T00:00:00Z',
  _rev: 'asset-1',
  mimeType: 'image/jpeg',
  extension: 'jpg',
}

/** The entry with `changes` applied (a field set to `undefined` is removed). */
export function entryWith(changes: Record<string, unknown>): SanityDocument {
  const document: Record<string, unknown> = { ...entryFixture, ...changes }
  for (const [field, value] of Object.entries(changes)) if (value === undefined) delete document[field]
  return document as SanityDocument
}

/** A one-paragraph Portable Text body whose single word links to `href`. */
export function bodyLinkingTo(href: string) {
  return {
    _type: 'localeBlockContent',
    en: [
      {
        _type: 'block',
        _key: 'link-block',
        style: 'normal',
        markDefs: [{ _type: 'link', _key: 'link', href }],
        children: [{ _type: 'span', _key: 'link-span', text: 'Guiyang', marks: ['link'] }],
      },
    ],
    zh: (entryFixture.body as { zh: unknown }).zh,
  }
}

/** The first day of next year, which is always in the future. */
export function nextYear(today: Date = new Date()): string {
  return String(today.getUTCFullYear() + 1)
}
