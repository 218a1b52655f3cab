import { describe, expect, it } from 'vitest'
import { request } from './helpers'

const PARTNER = { Origin: 'https://www.fortworthtexas.gov' }

describe("a partner city's page can read every surface from its own origin", () => {
  it.each(['/api/v1/entries?lang=en', '/en/atom.xml', '/feeds.opml', '/embed.js', '/en/', '/api/v1/entries/nowhere'])(
    '%s is readable cross-origin, and so is its revalidation',
    async (path) => {
      const response = await request(path, { headers: PARTNER })
      expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*')
      const etag = response.headers.get('ETag')
      if (!etag) return
      const revalidated = await request(path, { headers: { ...PARTNER, 'If-None-Match': etag } })
      expect(revalidated.status).toBe(304)
      expect(revalidated.headers.get('Access-Control-Allow-Origin')).toBe('*')
    },
  )

  it('answers a preflight for reading with the methods it allows and the usual security headers', async () => {
    const preflight = await request('/en/rss.xml', {
      method: 'OPTIONS',
      headers: { ...PARTNER, 'Access-Control-Request-Method': 'GET' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('Access-Control-Allow-Methods')).toBe('GET,HEAD,OPTIONS')
    expect(preflight.headers.get('X-Content-Type-Options')).toBe('nosniff')
  })
})
