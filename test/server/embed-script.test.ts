/**
 * The widget's script pinned by its hash, `/embed/{version}.js`, for partners
 * who include it with Subresource Integrity (https://www.w3.org/TR/SRI/):
 * the version and the integrity that `embedScriptPin` gives the configurator
 * are those of the exact bytes served, kept a year, and any other version is
 * a 404 problem.
 */
import { describe, expect, it } from 'vitest'
import { embedScriptPin } from '../../server/embed/script'
import { request } from './helpers'

async function digest(algorithm: 'SHA-256' | 'SHA-384', bytes: ArrayBuffer): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest(algorithm, bytes))
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
    const version = [...(await digest('SHA-256', bytes)).slice(0, 8)].map((byte) => byte.toString(16).padStart(2, '0')).join('')
    expect(pin.src).toBe(`http://localhost/embed/${version}.js`)
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
