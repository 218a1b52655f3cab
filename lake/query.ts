/**
 * GROQ over the lake's documents with groq-js, the reference implementation,
 * seen through a perspective (https://www.sanity.io/docs/perspectives):
 * `raw` (everything), `published` (no drafts or versions), `drafts` (each
 * document's draft in place of the published one), or releases stacked over
 * drafts.
 */
import { getPublishedId, isPublishedId as isPublished, type DocumentId } from '@sanity/id-utils'
import { evaluate, parse } from 'groq-js'
import { LakeError } from './errors.ts'
import type { LakeDocument } from './mutations.ts'
import { answerTextQueries } from './text-search.ts'

const DRAFTS = 'drafts.'
const VERSIONS = 'versions.'

/** The published id of a draft or version id (`drafts.a` and `versions.r1.a` → `a`). */
export const publishedIdOf = (id: string): string => getPublishedId(id as DocumentId)

export const isPublishedId = (id: string): boolean => isPublished(id as DocumentId)

/**
 * A perspective as the API takes it: `raw`, `published`, `drafts`
 * (`previewDrafts` is its old name), or a stack of release names, usually
 * ending in `drafts` (`r1,drafts`). Absent, it is `published` from API
 * version 2025-02-19 on and `raw` before, as in Sanity's API.
 */
export function parsePerspective(value: string | readonly string[] | undefined, apiVersion: string): readonly string[] {
  const names = (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [])
    .map((name) => name.trim())
    .filter((name) => name !== '')
  if (names.length === 0) return [apiVersion >= '2025-02-19' ? 'published' : 'raw']
  if (names.length === 1 && (names[0] === 'raw' || names[0] === 'published')) return names
  const layers = names.map((name) => (name === 'previewDrafts' ? 'drafts' : name))
  const wrong = layers.find((name) => name === 'raw' || name === 'published' || !/^[A-Za-z0-9_-]+$/.test(name))
  if (wrong !== undefined) {
    throw new LakeError(400, 'queryParseError', `Perspective "${names.join(',')}" is not valid: use raw, published, drafts, or release names followed by drafts`)
  }
  return layers
}

/** Each snapshot's views by perspective: a snapshot stays the same until the next transaction, and so do its views. */
const views = new WeakMap<readonly LakeDocument[], Map<string, readonly LakeDocument[]>>()

/** The documents a query sees in `perspective`, given a snapshot of the dataset (`Dataset.documents()`). */
export function inPerspective(documents: readonly LakeDocument[], perspective: readonly string[]): readonly LakeDocument[] {
  let byPerspective = views.get(documents)
  if (!byPerspective) views.set(documents, (byPerspective = new Map()))
  const key = perspective.join(',')
  let view = byPerspective.get(key)
  if (!view) byPerspective.set(key, (view = viewOf(documents, perspective)))
  return view
}

function viewOf(documents: readonly LakeDocument[], perspective: readonly string[]): readonly LakeDocument[] {
  const [first] = perspective
  if (first === 'raw') return documents
  if (first === 'published') return documents.filter((document) => isPublishedId(document._id))
  // Stacked: the first of the perspective's layers that has a copy wins; published is the bottom layer.
  const prefixes = perspective.map((layer) => (layer === 'drafts' ? DRAFTS : `${VERSIONS}${layer}.`))
  const rank = (id: string) => {
    const index = prefixes.findIndex((prefix) => id.startsWith(prefix))
    return index === -1 ? (isPublishedId(id) ? prefixes.length : -1) : index
  }
  const chosen = new Map<string, { rank: number; document: LakeDocument }>()
  for (const document of documents) {
    const documentRank = rank(document._id)
    if (documentRank === -1) continue
    const publishedId = publishedIdOf(document._id)
    const held = chosen.get(publishedId)
    if (!held || documentRank < held.rank) chosen.set(publishedId, { rank: documentRank, document })
  }
  return [...chosen.values()].map(({ document }) =>
    isPublishedId(document._id) ? document : { ...document, _id: publishedIdOf(document._id), _originalId: document._id },
  )
}

/** Query parameters written `$name=<JSON>` in a URL; one that is not JSON is a 400 of type `errorType`. */
export function urlParams(url: URL, errorType: string): Record<string, unknown> {
  const params: Record<string, unknown> = {}
  for (const [name, value] of url.searchParams) {
    if (!name.startsWith('$')) continue
    try {
      params[name.slice(1)] = JSON.parse(value)
    } catch {
      throw new LakeError(400, errorType, `Parameter ${name} is not JSON: ${value}`)
    }
  }
  return params
}

/** Runs `query` with `params` over `documents`; a syntax error is the caller's 400, as in Sanity's API. */
export async function runQuery(query: string, params: Record<string, unknown>, documents: readonly LakeDocument[]): Promise<unknown> {
  let tree
  try {
    tree = parse(query, { params })
  } catch (error) {
    throw new LakeError(400, 'queryParseError', `The GROQ query is not valid: ${(error as Error).message}`)
  }
  const allParams = { ...params }
  answerTextQueries(tree, allParams, documents)
  try {
    return await (await evaluate(tree, { dataset: documents, params: allParams })).get()
  } catch (error) {
    throw new LakeError(400, 'queryError', `The GROQ query failed: ${(error as Error).message}`)
  }
}
