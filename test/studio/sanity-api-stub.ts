/**
 * Just enough of Sanity's HTTP API, answered inside the page, for the built
 * Studio to sign an editor in and show `documents`: who the user is, what they
 * may do, GROQ queries (through groq-js, as the Worker's offline source does),
 * documents by id and a listener that only says hello. Everything else gets an
 * empty answer. A test aid, not a Content Lake: enough to see our structure,
 * previews, form, badges and links in the real Studio without the network.
 */
import { evaluate, parse } from 'groq-js'
import type { Route } from 'playwright-core'
import type { SanityDocument } from 'sanity'

const EDITOR = {
  id: 'editor',
  name: 'Editor',
  email: 'editor@example.org',
  role: 'administrator',
  roles: [{ name: 'administrator', title: 'Administrator' }],
  provider: 'sanity',
}

/** An editor's grants: read, create and change every document. */
const GRANTS = [{ filter: '_id in path("**")', permissions: ['read', 'create', 'update', 'history'] }]

/**
 * The Studio's document lists search with `text::query`, which groq-js does
 * not implement; with no search term typed, the clause matches everything.
 */
const SEARCH_CLAUSE = '([@, _id] match text::query($__query) || references($__rawQuery)) && '

async function query(documents: readonly SanityDocument[], url: URL): Promise<unknown> {
  const text = (url.searchParams.get('query') ?? '').replace(SEARCH_CLAUSE, '')
  const params: Record<string, unknown> = {}
  for (const [name, value] of url.searchParams) if (name.startsWith('$')) params[name.slice(1)] = JSON.parse(value)
  return (await evaluate(parse(text, { params }), { dataset: documents, params })).get()
}

/** Answers a request to `*.api.sanity.io` from `documents`; `queries` collects every GROQ query the Studio sent. */
export async function answerSanityApi(route: Route, documents: readonly SanityDocument[], queries: string[]) {
  const url = new URL(route.request().url())
  const path = url.pathname.replace(/^\/v[^/]+/, '')
  if (path === '/users/me') return route.fulfill({ json: EDITOR })
  if (path.endsWith('/acl')) return route.fulfill({ json: GRANTS })
  if (path.startsWith('/data/query/')) {
    queries.push(url.searchParams.get('query') ?? '')
    return route.fulfill({ json: { ms: 1, query: url.searchParams.get('query'), result: await query(documents, url) } })
  }
  if (path.startsWith('/data/doc/')) {
    const ids = decodeURIComponent(path.split('/').pop() ?? '').split(',')
    const found = ids.flatMap((id) => documents.filter((document) => document._id === id))
    return route.fulfill({ json: { documents: found, omitted: [] } })
  }
  if (path.startsWith('/data/listen/')) {
    // A route cannot hold a stream open: say hello, and ask not to be called again for ten minutes.
    return route.fulfill({
      headers: { 'content-type': 'text/event-stream' },
      body: 'retry: 600000\nevent: welcome\ndata: {"listenerName":"stub"}\n\n',
    })
  }
  if (path.includes('/keyvalue/') || path.includes('access-requests')) return route.fulfill({ json: [] })
  return route.fulfill({ json: {} })
}
