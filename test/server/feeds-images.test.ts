/**
 * The feeds' icon and logo: every format names them (RSS `image`, Atom `icon`
 * and `logo`, JSON Feed `icon` and `favicon`), and the Worker serves each as
 * an image of the size the feed states, read from the PNG header itself, with
 * the right type and caching; `/favicon.ico` too, for whoever asks for it.
 */
import { describe, expect, it } from 'vitest'
import { NS, only, parseStrictXml } from './feed-readers'
import { json, request } from './helpers'

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** Width and height from a PNG's IHDR chunk, which the PNG specification puts first, right after the signature. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  expect(new TextDecoder().decode(bytes.subarray(12, 16))).toBe('IHDR')
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

/** Fetches `url` from the Worker and answers its size as a PNG, checking the answer a reader's image loader gets. */
async function servedPng(url: string): Promise<{ width: number; height: number }> {
  expect(url).toMatch(/^http:\/\/localhost\/.+\.png$/)
  const response = await request(new URL(url).pathname)
  expect(response.status).toBe(200)
  expect(response.headers.get('Content-Type')).toBe('image/png')
  return pngSize(new Uint8Array(await response.arrayBuffer()))
}

describe.each(['en', 'zh', 'zh-hant'])('the %s feeds', (lang) => {
  it('RSS names an image of at most 144 pixels wide, with its title and link, that the Worker serves at that size', async () => {
    const channel = only(parseStrictXml(await (await request(`/${lang}/rss.xml?country=US`)).text()), '', 'channel')
    const image = only(channel, '', 'image')
    const field = (name: string) => only(image, '', name).text
    expect(field('title')).toBe(only(channel, '', 'title').text)
    expect(field('link')).toBe(only(channel, '', 'link').text)
    const stated = { width: Number(field('width')), height: Number(field('height')) }
    expect(stated.width).toBeLessThanOrEqual(144)
    expect(stated.height).toBeLessThanOrEqual(400)
    expect(await servedPng(field('url'))).toEqual(stated)
  })

  it('Atom names a square icon and a 2:1 logo that the Worker serves', async () => {
    const feed = parseStrictXml(await (await request(`/${lang}/atom.xml`)).text())
    const icon = await servedPng(only(feed, NS.atom, 'icon').text)
    expect(icon.width).toBe(icon.height)
    expect(icon.width).toBeGreaterThanOrEqual(32)
    const logo = await servedPng(only(feed, NS.atom, 'logo').text)
    expect(logo.width).toBe(2 * logo.height)
  })

  it('JSON Feed names a 512-pixel icon and a 64-pixel favicon that the Worker serves', async () => {
    const feed = await json<{ icon: string; favicon: string }>(await request(`/${lang}/feed.json`))
    expect(await servedPng(feed.icon)).toEqual({ width: 512, height: 512 })
    expect(await servedPng(feed.favicon)).toEqual({ width: 64, height: 64 })
  })
})

describe('the images', () => {
  const PATHS = ['/icons/icon-64.png', '/icons/icon-144.png', '/icons/icon-512.png', '/icons/logo.png', '/favicon.ico']

  it.each(PATHS)('%s is cached until the next deploy and answers a repeated request with 304', async (path) => {
    const response = await request(path)
    expect(response.status).toBe(200)
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=3600, stale-while-revalidate=86400')
    const etag = response.headers.get('ETag') ?? ''
    expect(etag).not.toBe('')
    const again = await request(path, { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
    expect(await again.arrayBuffer()).toHaveProperty('byteLength', 0)
  })

  it('/favicon.ico is an icon file holding the mark at 16, 32 and 48 pixels', async () => {
    const response = await request('/favicon.ico')
    expect(response.headers.get('Content-Type')).toBe('image/vnd.microsoft.icon')
    const bytes = new Uint8Array(await response.arrayBuffer())
    const view = new DataView(bytes.buffer)
    // ICONDIR: reserved 0, type 1 (icon), then one 16-byte ICONDIRENTRY per image.
    expect([view.getUint16(0, true), view.getUint16(2, true)]).toEqual([0, 1])
    const images = Array.from({ length: view.getUint16(4, true) }, (_, index) => {
      const entry = 6 + 16 * index
      const size = view.getUint32(entry + 8, true)
      const offset = view.getUint32(entry + 12, true)
      return { stated: bytes[entry], png: pngSize(bytes.subarray(offset, offset + size)) }
    })
    expect(images).toEqual([16, 32, 48].map((size) => ({ stated: size, png: { width: size, height: size } })))
  })
})
