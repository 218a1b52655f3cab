/**
 * A CPU profile, for reading where a benchmark's time goes. `request`: the
 * Atom feed of 100 items over the 10,000-entry dataset (query, rows to
 * entries, model, renderer, ETag), repeated; `render`: only the model and the
 * RSS, Atom and JSON Feed renderers over 100 entries already read. Bundled and run by
 * `npm run bench` (both) or `node bench/.out/profile.mjs render` after it, which writes a `.cpuprofile`
 * (open it in Chrome DevTools) and prints the heaviest functions and source
 * files by self time.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { createEmbeddedSource, parseNdjson } from '../server/content/embedded-source'
import { listEntries } from '../server/content/entries'
import { getSettings } from '../server/content/settings'
import { buildFeed } from '../server/feeds/feed'
import { linkFilters } from '../server/model/filters'
import { strongEtag } from '../server/http/conditional'
import { siteUrls } from '../schemas/lib/site-urls'
import { renderAtom } from '../server/render/atom'
import { renderJsonFeed } from '../server/render/json-feed'
import { renderRss } from '../server/render/rss'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount?: number
}

const mode = process.argv[2] === 'render' ? 'render' : 'request'
const datasetFile = 'bench/.data/entries-10000.ndjson'
const outFile = `bench/.out/${mode}.cpuprofile`
const limit = 100
const source = createEmbeddedSource(parseNdjson(readFileSync(datasetFile, 'utf8')))
const urls = siteUrls('https://meeting-the-world.example.org')

async function request(language: 'en' | 'zh') {
  const [page, settings] = await Promise.all([listEntries(source, { limit }, language), getSettings(source, language)])
  const body = renderAtom(buildFeed({ language, entries: page.entries, settings, filters: linkFilters({ limit }), urls }))
  return strongEtag(body)
}

const prepared = await Promise.all(
  (['en', 'zh'] as const).map(async (language) => ({
    language,
    entries: (await listEntries(source, { limit }, language)).entries,
    settings: await getSettings(source, language),
  })),
)
function render() {
  for (const { language, entries, settings } of prepared) {
    const feed = buildFeed({ language, entries, settings, filters: linkFilters({ limit }), urls })
    renderAtom(feed)
    renderRss(feed)
    renderJsonFeed(feed)
  }
}

if (mode === 'request') await request('en')
else for (let i = 0; i < 50; i++) render()
const session = new Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.setSamplingInterval', { interval: 100 })
await session.post('Profiler.start')
if (mode === 'request') for (let i = 0; i < 10; i++) await request(i % 2 ? 'zh' : 'en')
else for (let i = 0; i < 300; i++) render()
const { profile } = (await session.post('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[] } }
writeFileSync(outFile, JSON.stringify(profile))

// esbuild marks where each bundled file starts with a `// path` comment: name frames by source file.
const bundleLines = readFileSync(new URL(import.meta.url), 'utf8').split('\n')
const fileAt: string[] = []
let current = '(bundle)'
for (const line of bundleLines) {
  const marker = /^\/\/ ((?:node_modules|server|schemas|bench|data)\/\S+)$/.exec(line)
  if (marker) current = marker[1]!.replace(/^node_modules\//, '')
  fileAt.push(current)
}
const byFunction = new Map<string, number>()
const byFile = new Map<string, number>()
for (const node of profile.nodes) {
  const hits = node.hitCount ?? 0
  const file = node.callFrame.url.endsWith('.mjs') ? (fileAt[node.callFrame.lineNumber] ?? '(bundle)') : '(native)'
  const key = `${node.callFrame.functionName || '(anonymous)'}  ${file}`
  byFunction.set(key, (byFunction.get(key) ?? 0) + hits)
  byFile.set(file, (byFile.get(file) ?? 0) + hits)
}
const total = [...byFunction.values()].reduce((sum, hits) => sum + hits, 0)
const show = (title: string, map: Map<string, number>, count: number) => {
  console.log(`\n${title} (self time, ${total} samples)`)
  for (const [name, hits] of [...map].sort((a, b) => b[1] - a[1]).slice(0, count)) console.log(`${((hits / total) * 100).toFixed(1).padStart(5)} %  ${name}`)
}
show('By function', byFunction, 15)
show('By source file', byFile, 10)
