/**
 * Content from the embedded dataset (`data/production.ndjson`, Sanity's export
 * format), queried with `groq-js`: the default, offline source. The dataset is
 * parsed once per isolate; drafts and versions are left out, as Sanity's
 * `published` perspective does.
 */
import { evaluate, parse } from 'groq-js'
import embeddedDataset from '../../data/production.ndjson'
import type { ContentSource, QueryParams } from './source'

export interface SanityDocument {
  _id: string
  _type: string
  [field: string]: unknown
}

/** Parses Sanity's NDJSON export format: one document per non-empty line. */
export function parseNdjson(text: string): SanityDocument[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as SanityDocument)
}

function isPublished(document: SanityDocument): boolean {
  return !document._id.startsWith('drafts.') && !document._id.startsWith('versions.')
}

let embeddedDocuments: SanityDocument[] | undefined

/** The embedded dataset by default; tests pass documents of their own. */
export function createEmbeddedSource(documents?: SanityDocument[]): ContentSource {
  const dataset = () => {
    if (documents) return documents.filter(isPublished)
    embeddedDocuments ??= parseNdjson(embeddedDataset).filter(isPublished)
    return embeddedDocuments
  }
  return {
    kind: 'embedded',
    description: documents ? 'in-memory dataset' : 'data/production.ndjson',
    async fetch<Result>(query: string, params: QueryParams) {
      // groq-js needs the parameters at parse time to allow them in slices.
      const tree = parse(query, { params })
      const value = await evaluate(tree, { dataset: dataset(), params })
      return (await value.get()) as Result
    },
  }
}
