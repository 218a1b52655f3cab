/**
 * What the built-Studio test needs around a browser: `sanity build` once, a
 * static server on loopback, the tests' Chromium jailed to loopback, and a way to
 * tell an error of ours from Sanity's own by the build's source maps.
 */
import { execFile } from 'node:child_process'
import { readFile, stat } from 'node:fs/promises'
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
