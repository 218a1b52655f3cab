/**
 * Draws the site's images from its one mark (mark.svg) with Chromium, once:
 * the square icons of `ICON_SIZES`, the 2:1 logo (the mark and the site's name
 * in both languages) and `favicon.ico` (16, 32 and 48 pixels, each a PNG, as
 * ICO files may hold since Windows Vista). The PNGs and the ICO are committed;
 * the Worker serves them (images.ts). Run again after changing the mark:
 *
 *     npx node server/assets/rasterize.ts
 *
 * Node only (Debian's Chromium through playwright-core, see test/chromium.ts);
 * never bundled into the Worker.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ICON_SIZES, LOGO_SIZE } from '../../schemas/lib/site-urls.ts'
import { launchChromium } from '../../test/chromium.ts'

const HERE = import.meta.dirname
const FAVICON_SIZES = [16, 32, 48]

/** A page that shows only `body`, on a transparent background, at `width` × `height` CSS pixels. */
function page(body: string, width: number, height: number): string {
  return `<!doctype html><meta charset="utf-8"><style>
    html, body { margin: 0; width: ${width}px; height: ${height}px; overflow: hidden; background: transparent; }
    img { display: block; width: ${width}px; height: ${height}px; }
  </style>${body}`
}

/** The logo: the mark on the left, the name in English and Chinese on the right, on white. */
function logoPage(markUrl: string): string {
  const { width, height } = LOGO_SIZE
  return `<!doctype html><meta charset="utf-8"><style>
    html, body { margin: 0; width: ${width}px; height: ${height}px; overflow: hidden; }
    body { display: flex; align-items: center; justify-content: center; gap: 20px; padding: 0 24px; box-sizing: border-box; background: #fff; color: #0b4f8a; }
    img { width: 112px; height: 112px; flex: none; }
    p { margin: 0; line-height: 1.15; white-space: nowrap; }
    .en { font: 700 26px 'DejaVu Sans', sans-serif; letter-spacing: -0.5px; }
    .zh { font: 700 46px 'Noto Sans CJK SC', sans-serif; margin-top: 8px; }
  </style><img src="${markUrl}" alt=""><div><p class="en">Meeting the World</p><p class="zh" lang="zh-Hans">走向世界</p></div>`
}

/** An ICO file holding each PNG as one image (the directory's 0 means 256 and more). */
function icoOf(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(images.length, 4)
  let offset = header.length
  images.forEach(({ size, png }, index) => {
    const entry = 6 + 16 * index
    header.writeUInt8(size >= 256 ? 0 : size, entry)
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1)
    header.writeUInt16LE(1, entry + 4)
    header.writeUInt16LE(32, entry + 6)
    header.writeUInt32LE(png.length, entry + 8)
    header.writeUInt32LE(offset, entry + 12)
    offset += png.length
  })
  return Buffer.concat([header, ...images.map(({ png }) => png)])
}

const mark = await readFile(join(HERE, 'mark.svg'))
const markUrl = `data:image/svg+xml;base64,${mark.toString('base64')}`
const browser = await launchChromium()
try {
  const tab = await browser.newPage({ deviceScaleFactor: 1 })
  const draw = async (html: string, width: number, height: number, transparent = true) => {
    await tab.setViewportSize({ width, height })
    await tab.setContent(html)
    await tab.evaluate(() => document.fonts.ready)
    return tab.screenshot({ type: 'png', omitBackground: transparent, clip: { x: 0, y: 0, width, height } })
  }
  const square = (size: number) => draw(page(`<img src="${markUrl}" alt="">`, size, size), size, size)
  for (const size of ICON_SIZES) await writeFile(join(HERE, `icon-${size}.png`), await square(size))
  await writeFile(join(HERE, 'logo.png'), await draw(logoPage(markUrl), LOGO_SIZE.width, LOGO_SIZE.height, false))
  const favicons = []
  for (const size of FAVICON_SIZES) favicons.push({ size, png: await square(size) })
  await writeFile(join(HERE, 'favicon.ico'), icoOf(favicons))
} finally {
  await browser.close()
}
