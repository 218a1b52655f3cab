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

/**
 * Answers already given over the embedded dataset, by query and parameters.
 * The bundled dataset cannot change while an isolate lives, so an answer
 * never goes stale; readers poll the same few feeds, so a small bound keeps
 * the hits. Callers never mutate answers (rows are mapped into new objects).
 */
const embeddedAnswers = new Map<string, Promise<unknown>>()
const MAX_EMBEDDED_ANSWERS = 256

async function runQuery(dataset: SanityDocument[], query: string, params: QueryParams): Promise<unknown> {
  // groq-js needs the parameters at parse time to allow them in slices.
  const tree = parse(query, { params })
  const value = await evaluate(tree, { dataset, params })
  return value.get()
}

/** The embedded dataset by default; tests pass documents of their own (never cached). */
export function createEmbeddedSource(documents?: SanityDocument[]): ContentSource {
  return {
    kind: 'embedded',
    description: documents ? 'in-memory dataset' : 'data/production.ndjson',
    async fetch<Result>(query: string, params: QueryParams) {
      if (documents) return (await runQuery(documents.filter(isPublished), query, params)) as Result
      embeddedDocuments ??= parseNdjson(embeddedDataset).filter(isPublished)
      const key = `${query}\u0000${JSON.stringify(params)}`
      let answer = embeddedAnswers.get(key)
      if (!answer) {
        if (embeddedAnswers.size >= MAX_EMBEDDED_ANSWERS) embeddedAnswers.delete(embeddedAnswers.keys().next().value ?? '')
        answer = runQuery(embeddedDocuments, query, params)
        embeddedAnswers.set(key, answer)
        // A failed evaluation is not remembered: the next request tries again.
        answer.catch(() => embeddedAnswers.delete(key))
      }
      return (await answer) as Result
    },
  }
}
