/**
 * What the built-Studio tests need around a browser: `sanity build`, shared by
 * the test files whose Studio is the same, a static server on loopback, the
 * tests' Chromium jailed to loopback, and a way to tell an error of ours from
 * Sanity's own by the build's source maps.
 */
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm, stat, utimes } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dirname, extname, join, normalize, relative, resolve } from 'node:path'
import { promisify } from 'node:util'
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping'
import type { Browser } from 'playwright-core'
import { launchChromium as launchLoopbackChromium } from '../chromium'

const run = promisify(execFile)
const ROOT = resolve(import.meta.dirname, '../..')

/**
 * `sanity build` of studio/ into `outputDir`, with source maps so that stack
 * frames can be traced to files, working against the local Content Lake at
 * `lakeApiHost` (such as `http://localhost:3900`; fixed at build time), with
 * any other `SANITY_STUDIO_*` variables of `studioEnv` (such as the site's address).
 */
export async function buildStudio(outputDir: string, lakeApiHost: string, studioEnv: Record<string, string> = {}): Promise<void> {
  await run(process.execPath, [resolve(ROOT, 'node_modules/@sanity/cli/bin/run.js'), 'build', outputDir, '--source-maps', '-y'], {
    cwd: resolve(ROOT, 'studio'),
    env: {
      ...process.env,
      CI: 'true',
      DO_NOT_TRACK: '1',
      NO_UPDATE_NOTIFIER: '1',
      SANITY_TELEMETRY_DISABLED: '1',
      ...studioEnv,
      SANITY_STUDIO_API_HOST: lakeApiHost,
    },
    timeout: 170_000,
  })
}

/** Where built Studios are kept, one folder per Studio: its environment and its sources. */
const BUILDS = resolve(ROOT, 'test-output/studio-builds')
/** What a build is made of, besides its environment: the Studio, the schemas it imports, the packages' versions. */
const BUILT_FROM = ['studio', 'schemas', 'package-lock.json']
/** A kept build nobody has used for this long is removed when another is made. */
const KEPT_UNUSED_MS = 60 * 60 * 1000

/**
 * The lake ports the built Studios are made for, in order. The build fixes the
 * lake's address, so test files share a build only on the same port, and one at
 * a time: a file takes the first port free (its lake, or whatever holds the
 * port, is the claim), so the files of one run, one after another, share the
 * first port's build, and a run beside it takes the next port and a build of
 * its own. Below Linux's ephemeral range, so no port given out by the system
 * (freePort) lands on them.
 */
export const LAKE_PORTS: readonly number[] = Array.from({ length: 8 }, (_, index) => 29_170 + index)

/**
 * Runs `claim` on the first of LAKE_PORTS on which it does not fail with
 * EADDRINUSE (such as starting the lake on it); says what it gave and the port.
 */
export async function onFreeLakePort<T>(claim: (port: number) => Promise<T>): Promise<{ port: number; claimed: T }> {
  for (const port of LAKE_PORTS) {
    try {
      return { port, claimed: await claim(port) }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error
    }
  }
  throw new Error(`The built-Studio tests' lake ports ${LAKE_PORTS.join(', ')} are all taken: is another run, or something else, on them?`)
}

/** Every file under `path` (or `path` itself), from the repository's root, but node_modules and Sanity's generated studio/.sanity. */
async function filesOf(path: string): Promise<string[]> {
  const root = resolve(ROOT, path)
  if ((await stat(root)).isFile()) return [path]
  const entries = await readdir(root, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)))
    .filter((file) => !file.split('/').some((part) => part === 'node_modules' || part === '.sanity'))
}

/** A name for the Studio built with `env` from the files it is built from as they are now. */
async function buildKey(env: Record<string, string>): Promise<string> {
  const hash = createHash('sha256').update(JSON.stringify(Object.entries(env).sort(([a], [b]) => a.localeCompare(b))))
  const files = (await Promise.all(BUILT_FROM.map(filesOf))).flat().sort()
  for (const file of files) hash.update(`\0${file}\0`).update(await readFile(resolve(ROOT, file)))
  return hash.digest('hex').slice(0, 16)
}

/**
 * The Studio built against the local Content Lake at `lakeApiHost` with the
 * other `SANITY_STUDIO_*` variables of `studioEnv`: the folder of a build kept
 * in test-output/studio-builds if one was made with the same environment from
 * the same sources (by an earlier test file or run), else of a new one
 * (`sanity build`, a minute or more). Builds unused for an hour are removed.
 */
export async function builtStudio(lakeApiHost: string, studioEnv: Record<string, string> = {}): Promise<string> {
  const dir = join(BUILDS, await buildKey({ ...studioEnv, SANITY_STUDIO_API_HOST: lakeApiHost }))
  const now = new Date()
  if (await stat(join(dir, 'index.html')).then(() => true, () => false)) {
    await utimes(dir, now, now)
    return dir
  }
  await mkdir(BUILDS, { recursive: true })
  for (const entry of await readdir(BUILDS)) {
    const kept = join(BUILDS, entry)
    if (now.getTime() - (await stat(kept)).mtimeMs > KEPT_UNUSED_MS) await rm(kept, { force: true, recursive: true })
  }
  // Built beside its place, at the same depth (the source maps name files relative to it), then moved
  // there in one step, so a run beside this one never serves half a build: the first one moved stays.
  const building = `${dir}-${process.pid}`
  await buildStudio(building, lakeApiHost, studioEnv)
  await rename(building, dir).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error
    await rm(building, { force: true, recursive: true })
  })
  return dir
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
}

/** Serves `dir` on 127.0.0.1 as a single-page app: unknown paths get index.html, as a Studio host must. */
export async function serveStatically(dir: string): Promise<{ url: string; server: Server }> {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname))
    let file = join(dir, path)
    if (!file.startsWith(dir) || !(await stat(file).then((info) => info.isFile(), () => false))) {
      file = join(dir, 'index.html')
    }
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' })
    response.end(await readFile(file))
  })
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}

/**
 * The tests' Chromium (test/chromium.ts), jailed to loopback: the Studio would otherwise
 * reach Sanity's servers and CDN; here nothing leaves the machine.
 */
export function launchChromium(): Promise<Browser> {
  return launchLoopbackChromium({ loopbackOnly: true })
}

/** A frame of a stack trace or message: `http://127.0.0.1:1234/static/sanity-x.js:54:2730`; maps sit beside the files. */
const FRAME = /https?:\/\/127\.0\.0\.1:\d+(\/static\/[^\s:()]+\.js):(\d+):(\d+)/g

/**
 * Traces the frames of stacks and messages through the build's source maps,
 * to the files they were built from: `../../../studio/components/entry-links.tsx`.
 */
export class StackTracer {
  readonly #maps = new Map<string, Promise<TraceMap | undefined>>()

  constructor(readonly buildDir: string) {}

  #map(path: string): Promise<TraceMap | undefined> {
    let map = this.#maps.get(path)
    if (!map) {
      map = readFile(join(this.buildDir, `${path}.map`), 'utf8').then(
        (text) => new TraceMap(text),
        () => undefined,
      )
      this.#maps.set(path, map)
    }
    return map
  }

  /** The source file of each frame in `text` (`file:line`, from the repository's root), in order. */
  async sources(text: string): Promise<string[]> {
    const sources: string[] = []
    for (const [, path, line, column] of text.matchAll(FRAME)) {
      const map = path ? await this.#map(path) : undefined
      const position = map && originalPositionFor(map, { line: Number(line), column: Number(column) - 1 })
      // Sources are relative to the map's folder: make them relative to the repository.
      const file = position?.source && relative(ROOT, resolve(dirname(join(this.buildDir, path ?? '')), position.source))
      if (file) sources.push(`${file}:${position?.line}`)
    }
    return sources
  }

  /**
   * The frames of `text` that lie in our code: schemas/, studio/ or server/;
   * not a package in node_modules, nor the entry Sanity generates in
   * studio/.sanity/, nor the lake's fetch wrapper (studio/lake-listeners.ts),
   * which is on the stack of every request the Studio makes: a request to
   * Sanity's CDN that fails offline passes through it without being ours.
   */
  async ourFrames(text: string): Promise<string[]> {
    return (await this.sources(text)).filter(
      (source) =>
        !source.includes('node_modules/') &&
        !source.startsWith('studio/.sanity/') &&
        !source.startsWith('studio/lake-listeners.ts') &&
        /^(schemas|studio|server)\//.test(source),
    )
  }
}
