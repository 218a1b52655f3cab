/**
 * `text::query()`, Sanity's full-text search, which groq-js parses but does
 * not evaluate. The Studio's document lists and search ask
 * `[@, _id] match text::query($__query)`; the lake answers that clause
 * itself, over every string in a document: each term must occur (a prefix
 * with `*`, a phrase in quotes), `-term` must not, and `*` alone matches
 * everything. Substring matching serves Chinese, which has no spaces between
 * words, as well as English.
 */
import type { ExprNode } from 'groq-js'
import type { LakeDocument } from './mutations.ts'

interface Terms {
  required: string[]
  excluded: string[]
}

/** The terms of a search such as `burnaby "sister city" -draft 伯纳*`. */
export function searchTerms(search: string): Terms {
  const terms: Terms = { required: [], excluded: [] }
  for (const [, negated, phrase, word] of search.matchAll(/(-?)(?:"([^"]*)"|(\S+))/g)) {
    const term = (phrase ?? word ?? '').replace(/\*/g, '').trim().toLowerCase()
    if (term !== '') (negated ? terms.excluded : terms.required).push(term)
  }
  return terms
}

const texts = new WeakMap<object, string>()

/** Every string in `value`, lower-cased, in one text; remembered per document. */
function textOf(document: LakeDocument): string {
  let text = texts.get(document)
  if (text === undefined) {
    const strings: string[] = []
    const collect = (value: unknown): void => {
      if (typeof value === 'string') strings.push(value.toLowerCase())
      else if (Array.isArray(value)) value.forEach(collect)
      else if (value && typeof value === 'object') Object.values(value).forEach(collect)
    }
    collect(document)
    text = strings.join('\n')
    texts.set(document, text)
  }
  return text
}

export function matchesSearch(document: LakeDocument, { required, excluded }: Terms): boolean {
  const text = textOf(document)
  return required.every((term) => text.includes(term)) && !excluded.some((term) => text.includes(term))
}

type Node = Record<string, unknown>

const isTextQuery = (node: unknown): node is Node & { args: ExprNode[] } =>
  typeof node === 'object' && node !== null && (node as Node).type === 'FuncCall' && (node as Node).namespace === 'text' && (node as Node).name === 'query'

/**
 * Replaces each `… match text::query(x)` in `tree` with `_id in $__lakeSearchN`,
 * where that parameter (added to `params`) holds the ids of the documents that
 * match `x`.
 */
export function answerTextQueries(tree: ExprNode, params: Record<string, unknown>, documents: readonly LakeDocument[]): void {
  let replaced = 0
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit)
    if (typeof node !== 'object' || node === null) return
    const current = node as Node
    if (current.type === 'OpCall' && current.op === 'match' && isTextQuery(current.right)) {
      const [argument] = current.right.args
      const search =
        argument?.type === 'Parameter' ? params[argument.name] : argument?.type === 'Value' ? argument.value : undefined
      const terms = searchTerms(typeof search === 'string' ? search : '')
      const name = `__lakeSearch${replaced++}`
      params[name] = documents.filter((document) => matchesSearch(document, terms)).map((document) => document._id)
      for (const key of Object.keys(current)) delete current[key]
      Object.assign(current, { type: 'OpCall', op: 'in', left: { type: 'AccessAttribute', name: '_id' }, right: { type: 'Parameter', name } })
      return
    }
    Object.values(current).forEach(visit)
  }
  visit(tree)
}
