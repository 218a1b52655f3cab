/**
 * The widget's script pinned by its hash, `/embed/{version}.js`, for partners
 * who include it with Subresource Integrity (https://www.w3.org/TR/SRI/):
 * the version and the integrity that `embedScriptPin` gives the configurator
 * are those of the exact bytes served, kept a year, and any other version is
 * a 404 problem. With the `WIDGET_RELEASES` KV binding (emulated locally by
 * the plugin, from wrangler.toml) a version served before a deploy is still
 * served, byte for byte.
 */
import { env } from 'cloudflare:workers'
import { describe, expect, it, vi } from 'vitest'
import { createApp } from '../../server/app'
import { embedScriptPin } from '../../server/embed/script'
import type { Env } from '../../server/env'
import { request } from './helpers'

async function digest(algorithm: 'SHA-256' | 'SHA-384', bytes: ArrayBuffer): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest(algorithm, bytes))
}

/** A script's version, computed here: the first 16 hex digits of its bytes' SHA-256. */
async function versionOf(bytes: ArrayBuffer): Promise<string> {
  return [...(await digest('SHA-256', bytes)).slice(0, 8)].map((byte) => byte.toString(16).padStart(2, '0')).join('')
}

describe('/embed/{version}.js', () => {
  it('serves the bytes its integrity names, at the version its hash names, immutable', async () => {
    const pin = await embedScriptPin('http://localhost')
    expect(pin.src).toMatch(/^http:\/\/localhost\/embed\/[0-9a-f]{16}\.js$/)
    expect(pin.integrity).toMatch(/^sha384-[A-Za-z0-9+/]{64}$/)
    const response = await request(new URL(pin.src).pathname, { headers: { Origin: 'https://www.fortworthtexas.gov' } })
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toBe('application/javascript; charset=utf-8')
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable')
    // `crossorigin="anonymous"` asks with CORS, and SRI checks only what CORS lets the page read.
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*')
    const bytes = await response.arrayBuffer()
    expect(`sha384-${btoa(String.fromCharCode(...(await digest('SHA-384', bytes))))}`).toBe(pin.integrity)
    expect(pin.src).toBe(`http://localhost/embed/${await versionOf(bytes)}.js`)
  })

  it('is the script /embed.js serves, for the origin it is served from', async () => {
    const pin = await embedScriptPin('http://localhost')
    const pinned = await (await request(new URL(pin.src).pathname)).text()
    expect(pinned).toBe(await (await request('/embed.js')).text())
    const other = await embedScriptPin('https://widget.example')
    expect(other.src).toMatch(/^https:\/\/widget\.example\/embed\/[0-9a-f]{16}\.js$/)
    expect(other.integrity).not.toBe(pin.integrity)
  })

  it('answers any other version with a 404 problem', async () => {
    for (const path of ['/embed/0123456789abcdef.js', '/embed/latest.js', '/embed/x']) {
      const response = await request(path)
      expect(response.status, path).toBe(404)
      expect(response.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8')
      expect(response.headers.get('Cache-Control')).toBe('no-store')
    }
  })
})

/** An execution context whose `waitUntil` work a test can wait for, as the Worker's runs after the answer. */
function executionContext() {
  const pending: Promise<unknown>[] = []
  const ctx = { waitUntil: (promise: Promise<unknown>) => void pending.push(promise), passThroughOnException() {}, props: {} }
  return { ctx: ctx as unknown as ExecutionContext, settled: () => Promise.all(pending) }
}

/** A request to the Worker at `origin`, with the KV binding (or without: `null`), and its background work. */
async function requestAt(origin: string, path: string, releases: KVNamespace | null = env.WIDGET_RELEASES, app = createApp()) {
  const bindings: Env = { SANITY_DATASET: 'production', PUBLIC_BASE_URL: '', ...(releases && { WIDGET_RELEASES: releases }) }
  const { ctx, settled } = executionContext()
  const response = await app.request(`${origin}${path}`, {}, bindings, ctx)
  await settled()
  return response
}

async function sri(bytes: ArrayBuffer): Promise<string> {
  return `sha384-${btoa(String.fromCharCode(...(await digest('SHA-384', bytes))))}`
}

/** A script an earlier deploy served: other bytes, and their version. */
async function earlierRelease(): Promise<{ version: string; body: string }> {
  const body = `/*! <meeting-the-world>: an earlier release, with “quotes” and 中文 */\nconsole.log(${Date.now()});\n`
  return { version: await versionOf(new TextEncoder().encode(body).buffer), body }
}

describe('/embed/{version}.js after a deploy (WIDGET_RELEASES)', () => {
  it('serves a version recorded by an earlier deploy byte for byte, with the integrity of its bytes, immutable', async () => {
    const { version, body } = await earlierRelease()
    await env.WIDGET_RELEASES.put(version, body)
    const current = await embedScriptPin('http://localhost')
    expect(current.src).not.toContain(version)
    const response = await requestAt('http://localhost', `/embed/${version}.js`)
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toBe('application/javascript; charset=utf-8')
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable')
    const bytes = await response.arrayBuffer()
    expect(new Uint8Array(bytes)).toEqual(new TextEncoder().encode(body))
    expect(await sri(bytes)).toBe(await sri(new TextEncoder().encode(body).buffer))
  })

  it('records the current version once it is served, for after the next deploy', async () => {
    for (const path of ['/embed.js', '/en/embed/']) {
      // A new origin each time: this isolate records each origin's script once.
      const origin = `https://recorded-${path.length}.example`
      const pin = await embedScriptPin(origin)
      const version = new URL(pin.src).pathname.slice('/embed/'.length, -'.js'.length)
      expect(await env.WIDGET_RELEASES.get(version), path).toBeNull()
      const response = await requestAt(origin, path)
      expect(response.status, path).toBe(200)
      const kept = await env.WIDGET_RELEASES.get(version, 'arrayBuffer')
      expect(kept, path).not.toBeNull()
      expect(await sri(kept!), path).toBe(pin.integrity)
    }
    const pinnedOrigin = 'https://recorded-pinned.example'
    const pin = await embedScriptPin(pinnedOrigin)
    const served = await (await requestAt(pinnedOrigin, new URL(pin.src).pathname)).text()
    expect(await env.WIDGET_RELEASES.get(new URL(pin.src).pathname.slice(7, -3))).toBe(served)
  })

  it('answers a version never recorded, or bytes that are not their version, with a 404 problem', async () => {
    const { version } = await earlierRelease()
    const tampered = await earlierRelease()
    await env.WIDGET_RELEASES.put(tampered.version, `${tampered.body}alert(1)\n`)
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    for (const path of [`/embed/${version}.js`, `/embed/${tampered.version}.js`, '/embed/latest.js']) {
      const response = await requestAt('http://localhost', path)
      expect(response.status, path).toBe(404)
      expect(response.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8')
      expect(response.headers.get('Cache-Control')).toBe('no-store')
    }
    expect(errors).toHaveBeenCalledWith(expect.stringContaining(tampered.version))
  })

  it('without the binding serves today\'s version alone, says so in the log, and never fails', async () => {
    const { version, body } = await earlierRelease()
    await env.WIDGET_RELEASES.put(version, body)
    // A fresh isolate's modules: the warning is once per isolate.
    vi.resetModules()
    const app = (await import('../../server/app')).createApp()
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const old = await requestAt('http://localhost', `/embed/${version}.js`, null, app)
    expect(old.status).toBe(404)
    expect(old.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8')
    const pin = await embedScriptPin('https://unbound.example')
    for (const path of ['/embed.js', new URL(pin.src).pathname]) {
      expect((await requestAt('https://unbound.example', path, null, app)).status, path).toBe(200)
    }
    expect(warnings).toHaveBeenCalledOnce()
    expect(warnings.mock.calls.flat().join(' ')).toContain('will not outlive a deploy')
  })
})
