/**
 * The lake's HTTP server: the part of Sanity's HTTP API
 * (https://www.sanity.io/docs/http-api) that the Studio and `@sanity/client`
 * call, over one dataset, for one signed-in editor, on loopback only.
 *
 * Requests come as `http://<project>.localhost:<port>/v<date>/…` (the Studio,
 * from its `apiHost`) or `http://127.0.0.1:<port>/v<date>/…` (the Worker,
 * with `useProjectHostname: false`). Any loopback host name is answered alike,
 * and no other (DNS rebinding); from a browser, only pages on loopback may call.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { actionsToMutations, type DocumentAction } from './actions.ts'
import type { Dataset, Transaction } from './dataset.ts'
import { LakeError } from './errors.ts'
import { listenOptions, mutationEvents } from './listen.ts'
import type { SanityMutation } from './mutations.ts'
import { inPerspective, parsePerspective, runQuery, urlParams } from './query.ts'

/** The one user of the lake: every request is theirs. */
export const EDITOR = {
  id: 'p-lake-editor',
  name: 'Local editor',
  email: 'editor@localhost',
  role: 'administrator',
  roles: [{ name: 'administrator', title: 'Administrator' }],
  provider: 'local',
}

/** Everything, for everyone: the lake has no access control. (An administrator's grants, as the Studio reads them.) */
const GRANTS = [{ filter: '_id in path("**")', permissions: ['read', 'create', 'history', 'update'] }]

/** Origins allowed to call from a browser: pages served from this machine. */
const LOOPBACK_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\]|[a-z0-9-]+(\.[a-z0-9-]+)*\.localhost)(:\d+)?$/i

const KEEP_ALIVE_MS = 20_000
const MAX_BODY_BYTES = 32 * 1024 * 1024

export interface LakeOptions {
  dataset: Dataset
  /** The dataset's name in URLs, such as `production`. */
  datasetName: string
  /** Called with each accepted transaction, after it is on disk (for logging). */
  onTransaction?: (transaction: Transaction) => void
  /** Called with each request refused with a 4xx, and why (for logging). */
  onRefusal?: (request: IncomingMessage, error: LakeError) => void
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
  response.end(text)
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) throw new LakeError(413, 'requestError', `Request bodies are limited to ${MAX_BODY_BYTES} bytes`)
    chunks.push(chunk as Buffer)
  }
  const text = Buffer.concat(chunks).toString('utf8')
  if (text.trim() === '') return {}
  try {
    const body = JSON.parse(text) as unknown
    if (typeof body === 'object' && body !== null && !Array.isArray(body)) return body as Record<string, unknown>
  } catch {
    // answered below
  }
  throw new LakeError(400, 'requestError', 'The request body is not a JSON object')
}

/** Sanity's `/data/query`: GET with the query in the URL, or POST with it in the body. */
async function query(request: IncomingMessage, url: URL, apiVersion: string, dataset: Dataset) {
  const body = request.method === 'POST' ? await readJson(request) : {}
  const text = typeof body.query === 'string' ? body.query : url.searchParams.get('query')
  if (!text) throw new LakeError(400, 'queryParseError', 'The request has no query: give ?query= or a JSON body {"query": …}')
  const params = { ...urlParams(url, 'queryParseError'), ...(body.params as Record<string, unknown> | undefined) }
  const perspective = parsePerspective((body.perspective as string | string[] | undefined) ?? url.searchParams.get('perspective') ?? undefined, apiVersion)
  const started = performance.now()
  const result = await runQuery(text, params, inPerspective(dataset.documents(), perspective))
  const answer: Record<string, unknown> = { ms: Math.round(performance.now() - started), result }
  if (url.searchParams.get('returnQuery') !== 'false') answer.query = text
  return answer
}

/** Sanity's `/data/listen`: a welcome, then a `mutation` event per followed document of each transaction. */
function listen(response: ServerResponse, url: URL, dataset: Dataset): void {
  const options = listenOptions(url)
  let closed = false
  const stops: (() => void)[] = []
  response.on('close', () => {
    closed = true
    for (const stop of stops) stop()
  })
  // A query that does not parse is refused now, not on the first transaction.
  void runQuery(options.query, options.params, []).then(
    () => {
      if (closed) return
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' })
      response.write(`event: welcome\ndata: ${JSON.stringify({ listenerName: `lake-${Math.random().toString(36).slice(2)}` })}\n\n`)
      let queue = Promise.resolve()
      stops.push(
        dataset.subscribe((transaction) => {
          queue = queue
            .then(async () => {
              for (const event of await mutationEvents(transaction, options)) {
                response.write(`id: ${event.eventId}\nevent: mutation\ndata: ${JSON.stringify(event)}\n\n`)
              }
            })
            .catch((error: Error) => console.error(`lake: a listener on ${options.query} failed: ${error.message}`))
        }),
      )
      const keepAlive = setInterval(() => response.write(':\n\n'), KEEP_ALIVE_MS)
      stops.push(() => clearInterval(keepAlive))
    },
    (error: LakeError) => send(response, error.status, error),
  )
}

/** How `/data/mutate` and `/data/actions` commit a request's `body`: as the editor, under the caller's transaction id if it gave one. */
function commitOptions(body: Record<string, unknown>, url: URL, errorType: string): { transactionId?: string; identity: string } {
  if (url.searchParams.get('dryRun') === 'true' || body.dryRun === true) throw new LakeError(400, errorType, 'The local lake does not do dry runs')
  return { transactionId: typeof body.transactionId === 'string' ? body.transactionId : undefined, identity: EDITOR.id }
}

/**
 * Each `{delete: {query, params}}` as a delete of every document the query finds among all
 * documents as stored, as Sanity's API deletes by query (`@sanity/preview-url-secret` so deletes
 * the preview secrets that have expired); every other mutation as it is.
 */
async function deletesByQueryById(mutations: unknown[], dataset: Dataset): Promise<SanityMutation[]> {
  const byId: SanityMutation[] = []
  for (const mutation of mutations) {
    const query = (mutation as { delete?: { query?: unknown; params?: Record<string, unknown> } } | null)?.delete
    if (typeof query?.query !== 'string') {
      byId.push(mutation as SanityMutation)
      continue
    }
    const found = await runQuery(query.query, query.params ?? {}, dataset.documents())
    const ids = (Array.isArray(found) ? found : [found]).map((document) => (document as { _id?: unknown } | null)?._id)
    if (!ids.every((id) => typeof id === 'string')) throw new LakeError(400, 'mutationError', `Delete by query: "${query.query}" must find documents`)
    byId.push(...ids.map((id) => ({ delete: { id: id as string } })))
  }
  return byId
}

async function mutate(request: IncomingMessage, url: URL, dataset: Dataset) {
  const body = await readJson(request)
  const options = commitOptions(body, url, 'mutationError')
  if (!Array.isArray(body.mutations)) throw new LakeError(400, 'mutationError', 'The request needs "mutations": an array of create, createIfNotExists, createOrReplace, delete or patch')
  const transaction = await dataset.commit(await deletesByQueryById(body.mutations, dataset), options)
  const returnDocuments = url.searchParams.get('returnDocuments') === 'true'
  const answer: Record<string, unknown> = {
    transactionId: transaction.id,
    results: transaction.changes.map(({ id, previous, result }) => ({
      id,
      operation: !previous ? 'create' : !result ? 'delete' : 'update',
      ...(returnDocuments && result ? { document: result } : {}),
    })),
  }
  if (returnDocuments) answer.documents = transaction.changes.flatMap(({ result }) => (result ? [result] : []))
  return answer
}

async function act(request: IncomingMessage, url: URL, dataset: Dataset) {
  const body = await readJson(request)
  const options = commitOptions(body, url, 'actionError')
  const transaction = await dataset.commit((lookup) => actionsToMutations(body.actions as DocumentAction[], lookup), options)
  return { transactionId: transaction.id }
}

/** Answers one request; `null` means "not part of the API the lake speaks". */
async function answer(request: IncomingMessage, response: ServerResponse, options: LakeOptions): Promise<unknown> {
  const url = new URL(request.url ?? '/', 'http://lake.localhost')
  const versioned = /^\/v(\d{4}-\d{2}-\d{2}|1|X)(\/.*)$/.exec(url.pathname)
  const apiVersion = versioned?.[1] && versioned[1].length === 10 ? versioned[1] : '2021-03-25'
  const path = versioned?.[2] ?? url.pathname
  const method = request.method ?? 'GET'
  const { dataset, datasetName } = options

  const data = /^\/data\/(query|doc|listen|mutate|actions|history|references|ping)\/([^/]+)(\/.*)?$/.exec(path)
  if (data) {
    const [, endpoint, name, rest] = data
    if (name !== datasetName) throw new LakeError(404, 'notFoundError', `Dataset "${name}" not found; this lake has "${datasetName}"`)
    if (endpoint === 'query') return query(request, url, apiVersion, dataset)
    if (endpoint === 'doc' && rest) {
      let ids: string[]
      try {
        ids = decodeURIComponent(rest.slice(1)).split(',')
      } catch {
        throw new LakeError(400, 'requestError', 'The document ids are not a valid URL path')
      }
      const found = ids.map((id) => dataset.get(id))
      return {
        documents: found.filter((document) => document !== undefined),
        omitted: ids.filter((_, at) => found[at] === undefined).map((id) => ({ id, reason: 'existence' })),
      }
    }
    if (endpoint === 'listen') return listen(response, url, dataset)
    if (endpoint === 'mutate' && method === 'POST') return mutate(request, url, dataset)
    if (endpoint === 'actions' && method === 'POST') return act(request, url, dataset)
    // No history: the Studio's history panel shows nothing, and says so.
    if (endpoint === 'history' && rest?.startsWith('/events/documents/')) return { events: {}, nextCursor: '' }
    if (endpoint === 'history' && rest?.startsWith('/transactions/')) {
      response.writeHead(200, { 'content-type': 'application/x-ndjson' })
      return void response.end()
    }
    if (endpoint === 'history') return { documents: [] }
    // No reference index: the delete dialog finds nothing pointing at a document.
    if (endpoint === 'references') return { totalCount: 0, references: [] }
    if (endpoint === 'ping') return 'PONG'
    return null
  }
  if (path === '/users/me') return EDITOR
  if (/^\/users\/[^/]+$/.test(path)) return [{ id: EDITOR.id, displayName: EDITOR.name }]
  if (path.startsWith('/users/me/keyvalue')) return method === 'GET' ? [] : readJson(request)
  if (/^\/projects\/[^/]+\/datasets\/[^/]+\/acl$/.test(path)) return GRANTS
  // Only the main dataset: a "comments" add-on dataset would switch on comments, which the lake does not keep.
  if (/^\/projects\/[^/]+\/datasets$/.test(path)) return url.searchParams.has('datasetProfile') ? [] : [{ name: datasetName, aclMode: 'public' }]
  const project = /^\/projects\/([^/]+)$/.exec(path)
  if (project) return { id: project[1], displayName: 'Local Content Lake', organizationId: null, members: [] }
  // What Sanity's hosted services answer when none of their features is on.
  if (/^\/projects\/[^/]+\/grants$/.test(path)) return {}
  if (/^\/projects\/[^/]+\/user-applications$/.test(path) || path === '/access/requests/me' || path === '/features') return []
  if (path.startsWith('/schedules/')) return { schedules: [] }
  if (path.startsWith('/journey/') || path === '/help') return {}
  if (path === '/intake/telemetry-status') return { status: 'denied' }
  if (path === '/ping') return 'PONG'
  return null
}

/** The lake as a Node HTTP server; call `listen(port, '127.0.0.1')` on it. */
export function createLakeServer(options: LakeOptions): Server {
  if (options.onTransaction) options.dataset.subscribe(options.onTransaction)
  return createServer((request, response) => {
    // No page on another site may reach the lake by pointing its own host name at 127.0.0.1 (DNS rebinding).
    if (!LOOPBACK_ORIGIN.test(`http://${request.headers.host ?? ''}`)) {
      return send(response, 403, new LakeError(403, 'hostError', `The local lake answers loopback host names only, not ${request.headers.host}`))
    }
    const origin = request.headers.origin
    if (origin && LOOPBACK_ORIGIN.test(origin)) {
      response.setHeader('access-control-allow-origin', origin)
      response.setHeader('access-control-allow-credentials', 'true')
      response.setHeader('vary', 'origin')
    } else if (origin) {
      return send(response, 403, new LakeError(403, 'corsError', `The local lake answers pages on this machine only, not ${origin}`))
    }
    if (request.method === 'OPTIONS') {
      response.writeHead(204, {
        'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
        'access-control-allow-headers': request.headers['access-control-request-headers'] ?? 'content-type, authorization',
        'access-control-max-age': '600',
      })
      return response.end()
    }
    answer(request, response, options).then(
      (body) => {
        if (response.headersSent) return
        if (body === null) send(response, 404, new LakeError(404, 'notFoundError', `The local lake does not answer ${request.method} ${new URL(request.url ?? '/', 'http://lake').pathname}`))
        else if (body !== undefined) send(response, 200, body)
      },
      (error: unknown) => {
        if (response.headersSent) return response.end()
        if (error instanceof LakeError) {
          options.onRefusal?.(request, error)
          return send(response, error.status, error)
        }
        console.error(error)
        send(response, 500, new LakeError(500, 'serverError', 'The local lake failed; see its log'))
      },
    )
  })
}
