/**
 * Content from the embedded dataset (`data/production.ndjson`, Sanity's export
 * format), queried with `groq-js` (loaded on the first query:
 * server/lazy/modules.ts): the default, offline source. The dataset is parsed
 * once per isolate; drafts and versions are left out, as Sanity's `published`
 * perspective does.
 */
import embeddedDataset from '../../data/production.ndjson'
import { loadGroqJs } from '../lazy/modules'
import { indexDocuments, type SanityDocument } from './embedded-index'
import { textRevision } from './revision'
import type { ContentSource, QueryParams } from './source'

export type { SanityDocument }

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

/**
 * Answers already given over the embedded dataset, by query and parameters.
 * The bundled dataset cannot change while an isolate lives, so an answer
 * never goes stale; readers poll the same few feeds, so a small bound keeps
 * the hits. Callers never mutate answers (rows are mapped into new objects).
 */
const embeddedAnswers = new Map<string, Promise<unknown>>()
const MAX_EMBEDDED_ANSWERS = 256

/** Runs `query` with groq-js over `dataset`. Exported for the index's test, which runs it over all documents. */
export async function runQuery(dataset: readonly SanityDocument[], query: string, params: QueryParams): Promise<unknown> {
  const groq = await loadGroqJs()
  // groq-js needs the parameters at parse time to allow them in slices.
  const tree = groq.parse(query, { params })
  const value = await groq.evaluate(tree, { dataset: dataset as SanityDocument[], params })
  return value.get()
}

/** The published documents with their index (embedded-index.ts): groq-js sees only the candidates it names. */
function indexed(documents: SanityDocument[]) {
  const published = documents.filter(isPublished)
  const index = indexDocuments(published)
  return { published, index, run: (query: string, params: QueryParams) => runQuery(index.candidatesFor(query, params) ?? published, query, params) }
}

let embedded: ReturnType<typeof indexed> | undefined

/** The embedded dataset's content revision (content/revision.ts). */
const embeddedRevision = textRevision(embeddedDataset)

/**
 * The embedded dataset by default; tests and benchmarks pass documents of their own:
 * indexed for that source alone, answers never cached.
 */
export function createEmbeddedSource(documents?: SanityDocument[]): ContentSource {
  let own: ReturnType<typeof indexed> | undefined
  return {
    kind: 'embedded',
    description: documents ? 'in-memory dataset' : 'data/production.ndjson',
    // The bundled dataset's hash: fixed for the deployment. Documents of one's own name no revision.
    ...(documents ? {} : embeddedRevision),
    async fetch<Result>(query: string, params: QueryParams) {
      if (documents) return (await (own ??= indexed(documents)).run(query, params)) as Result
      embedded ??= indexed(parseNdjson(embeddedDataset))
      const key = `${query}\u0000${JSON.stringify(params)}`
      let answer = embeddedAnswers.get(key)
      if (!answer) {
        if (embeddedAnswers.size >= MAX_EMBEDDED_ANSWERS) embeddedAnswers.delete(embeddedAnswers.keys().next().value ?? '')
        answer = embedded.run(query, params)
        embeddedAnswers.set(key, answer)
        // A failed evaluation is not remembered: the next request tries again.
        answer.catch(() => embeddedAnswers.delete(key))
      }
      return (await answer) as Result
    },
  }
}
