/**
 * The widget configurator (`/{lang}/embed/`), as a partner city's web developer
 * meets it: a page in each of our languages whose plain GET form chooses the
 * widget's options, and whose code to paste (each form's, with the CSP sources
 * it needs) says exactly what was chosen, and nothing a value could smuggle in.
 */
import { describe, expect, it } from 'vitest'
import { LANGUAGES } from '../../schemas/languages'
import { widgetStrings } from '../../server/embed/config'
import { embedFrameHeight } from '../../server/embed/frame'
import { en } from '../../server/i18n/strings/en'
import { zh } from '../../server/i18n/strings/zh'
import { zhHant } from '../../server/i18n/strings/zh-hant'
import { EMBED_FRAME_SANDBOX } from '../../server/embed/frame'
import { CONFIGURATOR_STYLE } from '../../server/render/pages/configurator'
import { PAGE_STYLE } from '../../server/render/pages/style'
import { traditionalConverter } from '../../server/content/traditional'
import { chineseStyleProblems } from '../node/chinese-style'
import { request, seedEntry, seedWith, type seedDocuments } from './helpers'
import { chineseText } from './page-text'

const HTML = { headers: { Accept: 'text/html' } }
const TITLES = { en: en.configurator.title, zh: zh.configurator.title, 'zh-hant': zhHant.configurator.title }

async function page(path: string, documents?: ReturnType<typeof seedDocuments>) {
  const response = await request(path, HTML, documents)
  return { response, html: await response.text() }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" }
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name] ?? '')

/** The code a partner copies from the `<textarea id>`, as the browser gives its value. */
function snippet(html: string, id: string): string {
  const match = new RegExp(`<textarea id="${id}"[^>]*>([\\s\\S]*?)</textarea>`).exec(html)
  if (!match) throw new Error(`No textarea #${id}`)
  return decode(match[1] ?? '')
}

/** The CSP sources the page asks a partner to add, per policy box, in order. */
const policies = (html: string) =>
  [...html.matchAll(/<pre id="[a-z]+-policy"><code>([\s\S]*?)<\/code><\/pre>/g)].map(([, text]) => decode(text ?? ''))

/** Every element of `html` with its attributes, as workerd's HTML parser reads them. */
async function elements(html: string): Promise<{ tag: string; attributes: Record<string, string> }[]> {
  const found: { tag: string; attributes: Record<string, string> }[] = []
  await new HTMLRewriter()
    .on('*', {
      element: (element) =>
        void found.push({
          tag: element.tagName,
          attributes: Object.fromEntries(
            [...(element.attributes as unknown as Iterable<[string, string]>)].map(([name, value]) => [name, decode(value)]),
          ),
        }),
    })
    .transform(new Response(html))
    .text()
  return found
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return btoa(String.fromCharCode(...new Uint8Array(digest)))
}

describe('the widget configurator', () => {
  it.each(LANGUAGES.map((language) => [language.id, language.tag] as const))(
    'is served in %s, tagged %s, with every other language as an alternate',
    async (id, tag) => {
      const { response, html } = await page(`/${id}/embed/?city=fort-worth`)
      expect(response.status).toBe(200)
      expect(response.headers.get('Content-Type')).toBe('text/html; charset=UTF-8')
      expect(response.headers.get('Content-Language')).toBe(tag)
      expect(html).toContain(`<html lang="${tag}"`)
      expect(html).toContain(`<h1>${TITLES[id]}</h1>`)
      // The widget speaks the page's language unless told otherwise.
      expect(snippet(html, 'element-code')).toContain(`<meeting-the-world lang="${tag}" city="fort-worth">`)
      for (const other of LANGUAGES) {
        expect(html).toContain(
          `<link rel="alternate" hreflang="${other.tag}" href="http://localhost/${other.id}/embed/?lang=${id}&amp;city=fort-worth"/>`,
        )
      }
      expect(html).toContain(
        `<link rel="alternate" hreflang="x-default" href="http://localhost/en/embed/?lang=${id}&amp;city=fort-worth"/>`,
      )
      expect(html).toContain(`<link rel="canonical" href="http://localhost/${id}/embed/?lang=${id}&amp;city=fort-worth"/>`)
      // Each language is named in itself, so a partner finds theirs whatever the page's.
      for (const language of LANGUAGES) {
        expect(html).toMatch(new RegExp(`<option value="${language.id}" lang="${language.tag}"[^>]*>${language.nativeTitle}</option>`))
      }
    },
  )

  it.each(['/zh/embed/', '/zh-hant/embed/'])(
    '%s writes Chinese as the review asks: full-width punctuation, no space before Latin words or digits',
    async (path) => {
      const { html } = await page(path)
      // The code to paste (in its textareas) is HTML, not Chinese text.
      const texts = (await chineseText(html)).filter((node) => !node.classes.includes('copyright') && node.element !== 'textarea')
      expect(texts.length).toBeGreaterThan(20)
      expect(texts.flatMap((node) => chineseStyleProblems(node.text))).toEqual([])
      expect(texts.filter((node) => /English|Chinese/.test(node.text))).toEqual([])
      if (path.startsWith('/zh-hant/')) {
        const convert = await traditionalConverter([])
        expect(texts.filter((node) => node.lang === 'zh-Hant' && convert(node.text) !== node.text).map((node) => node.text)).toEqual([])
      }
    },
  )

  it('is linked from every page’s footer, in the page’s language', async () => {
    for (const [id, footer] of [
      ['en', en.page.footer.widget],
      ['zh', zh.page.footer.widget],
      ['zh-hant', zhHant.page.footer.widget],
    ] as const) {
      for (const path of [`/${id}/`, `/${id}/entries/fort-worth-2011`]) {
        expect((await page(path)).html, path).toContain(`<a href="http://localhost/${id}/embed/">${footer}</a>`)
      }
    }
  })

  it('lists the cities the home page filters by, named in the page’s language', async () => {
    const { html } = await page('/zh/embed/')
    expect(html).toContain('<option value="fort-worth">沃思堡</option>')
    expect(html).toContain('<option value="vicenza">维琴察</option>')
    expect(html).toContain(`<option value="">${zh.configurator.form.allCities}</option>`)
  })

  it('writes every option the form chose into both forms’ code and the live preview', async () => {
    const { html } = await page('/en/embed/?city=fort-worth&lang=zh&limit=3&theme=dark&layout=timeline&target=new&date-locale=en-us')
    expect(snippet(html, 'element-code')).toBe(
      '<meeting-the-world lang="zh-Hans" city="fort-worth" limit="3" theme="dark" layout="timeline" target="new" date-locale="en-US"></meeting-the-world>\n' +
        '<script src="http://localhost/embed.js" async></script>',
    )
    const query = 'lang=zh&city=fort-worth&limit=3&theme=dark&layout=timeline&target=new&date-locale=en-US'
    expect(snippet(html, 'iframe-code')).toBe(
      // Written as HTML: `&` in an attribute is `&amp;`.
      `<iframe src="http://localhost/embed?${query.replaceAll('&', '&amp;')}" title="${widgetStrings('zh').label}" width="100%" height="${embedFrameHeight(3, 'timeline')}" frameborder="0" loading="lazy"></iframe>`,
    )
    expect(snippet(html, 'sizing-code')).toBe('<script src="http://localhost/embed-frame.js" async></script>')
    // The form shows what it chose, so the next change starts from it.
    expect(html).toContain('<option value="fort-worth" selected="">Fort Worth</option>')
    expect(html).toMatch(/<option value="zh" lang="zh-Hans" selected="">/)
    expect(html).toContain('<option value="dark" selected="">Dark</option>')
    expect(html).toContain('<option value="timeline" selected="">Timeline</option>')
    expect(html).toMatch(/<input id="limit" name="limit" type="number" min="1" max="20" step="1" value="3"\/>/)
    expect(html).toContain('<input type="checkbox" name="target" value="new" checked=""/>')
    expect(html).toMatch(/<input id="date-locale" name="date-locale" type="text" value="en-US"/)
    // The live widget is the pasted one, loaded from this page's own origin.
    const shown = await elements(html)
    expect(shown.find((element) => element.tag === 'meeting-the-world')?.attributes).toEqual({
      lang: 'zh-Hans',
      city: 'fort-worth',
      limit: '3',
      theme: 'dark',
      layout: 'timeline',
      target: 'new',
      'date-locale': 'en-US',
    })
    expect(shown.find((element) => element.tag === 'iframe')?.attributes.src).toBe(`/embed?${query}`)
    expect(shown.filter((element) => element.tag === 'script').map((element) => element.attributes.src)).toEqual(['/embed.js'])
    expect(shown.find((element) => element.tag === 'form')?.attributes).toMatchObject({ method: 'get', action: '/en/embed/' })
  })

  it('offers the map layout in each language, and writes it into both forms with the map’s height', async () => {
    for (const [language, label] of [['en', 'Map'], ['zh', '地图'], ['zh-hant', '地圖']] as const) {
      const { html } = await page(`/${language}/embed/?layout=map&limit=7`)
      expect(html, language).toMatch(new RegExp(`<option value="map" selected="">${label}</option>`))
    }
    const { html } = await page('/en/embed/?layout=map&limit=7&theme=dark')
    expect(snippet(html, 'element-code').split('\n')[0]).toBe('<meeting-the-world lang="en" limit="7" theme="dark" layout="map"></meeting-the-world>')
    expect(snippet(html, 'iframe-code')).toContain(`src="http://localhost/embed?lang=en&amp;limit=7&amp;theme=dark&amp;layout=map"`)
    expect(snippet(html, 'iframe-code')).toContain(`height="${embedFrameHeight(7, 'map')}"`)
    // The preview shows it: the element so configured, and the iframe of the map.
    const shown = await elements(html)
    expect(shown.find((element) => element.tag === 'meeting-the-world')?.attributes).toMatchObject({ layout: 'map', limit: '7' })
    expect(shown.find((element) => element.tag === 'iframe')?.attributes).toMatchObject({
      src: '/embed?lang=en&limit=7&theme=dark&layout=map',
      height: String(embedFrameHeight(7, 'map')),
    })
  })

  it('names the sources a strict page must allow for each form, for the public origin', async () => {
    const { html } = await page('/en/embed/')
    expect(html).toContain(`<pre id="iframe-sandbox"><code>sandbox=&quot;${EMBED_FRAME_SANDBOX}&quot;</code></pre>`)
    expect(policies(html)).toEqual([
      'script-src http://localhost;\nconnect-src http://localhost',
      'frame-src http://localhost',
      'script-src http://localhost',
    ])
    const behindProxy = await request('/en/embed/', HTML, undefined, {
      SANITY_DATASET: 'production',
      PUBLIC_BASE_URL: 'https://world.guiyang.gov.cn/',
    })
    const proxied = await behindProxy.text()
    expect(policies(proxied)[0]).toBe('script-src https://world.guiyang.gov.cn;\nconnect-src https://world.guiyang.gov.cn')
    expect(snippet(proxied, 'element-code')).toContain('<script src="https://world.guiyang.gov.cn/embed.js" async></script>')
  })

  it('offers the script pinned to today’s version, with the integrity value its bytes have', async () => {
    const { html } = await page('/en/embed/?limit=2')
    const [element, script] = snippet(html, 'element-pinned').split('\n')
    expect(element).toBe('<meeting-the-world lang="en" limit="2"></meeting-the-world>')
    const pinned = (await elements(script ?? ''))[0]?.attributes ?? {}
    expect(pinned).toMatchObject({ crossorigin: 'anonymous', async: '' })
    expect(pinned.src).toMatch(/^http:\/\/localhost\/embed\/[0-9a-f]{16}\.js$/)
    const served = await request(new URL(pinned.src ?? '').pathname)
    expect(served.status).toBe(200)
    const digest = await crypto.subtle.digest('SHA-384', await served.arrayBuffer())
    expect(pinned.integrity).toBe(`sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`)
  })

  it('falls back to the defaults for values the widget cannot use, as the widget does', async () => {
    const bad = '?city=atlantis&lang=klingon&limit=99&theme=neon&layout=grid&target=maybe&date-locale=not%20a%20locale'
    expect(snippet((await page(`/zh-hant/embed/${bad}`)).html, 'element-code').split('\n')[0]).toBe(
      '<meeting-the-world lang="zh-Hant"></meeting-the-world>',
    )
    const { html } = await page(`/en/embed/${bad}`)
    expect(snippet(html, 'element-code').split('\n')[0]).toBe('<meeting-the-world lang="en"></meeting-the-world>')
    expect(snippet(html, 'iframe-code')).toContain(
      `src="http://localhost/embed?lang=en" title="${widgetStrings('en').label}" width="100%" height="${embedFrameHeight(5, 'list')}"`,
    )
    // A language may be asked by any tag the widget reads.
    expect(snippet((await page('/en/embed/?lang=zh-TW')).html, 'element-code')).toMatch(/^<meeting-the-world lang="zh-Hant">/)
  })

  it('lets no value break out of the code or the page: a city whose name has quotes and tags, a hostile date locale', async () => {
    const entry = seedEntry('fort-worth-2011')
    const documents = seedWith({ ...entry, city: { ...(entry.city as object), en: 'Fort "Worth" <img src=x onerror=alert(1)>' } })
    const key = 'fort-"worth"-<img-src=x-onerror=alert(1)>'
    const { html } = await page(
      `/en/embed/?city=${encodeURIComponent(key)}&date-locale=${encodeURIComponent('"><script>alert(1)</script>')}`,
      documents,
    )
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<script>alert')
    const code = snippet(html, 'element-code')
    const pasted = await elements(code)
    expect(pasted.map((element) => element.tag)).toEqual(['meeting-the-world', 'script'])
    expect(pasted[0]?.attributes).toEqual({ lang: 'en', city: key })
    const frame = await elements(snippet(html, 'iframe-code'))
    expect(frame.map((element) => element.tag)).toEqual(['iframe'])
    expect(new URL(frame[0]?.attributes.src ?? '').searchParams.get('city')).toBe(key)
    const shown = await elements(html)
    expect(shown.find((element) => element.tag === 'meeting-the-world')?.attributes.city).toBe(key)
    expect(shown.filter((element) => element.tag === 'script').map((element) => element.attributes.src)).toEqual(['/embed.js'])
  })

  it('runs under a strict policy: our own script, data and frame, its hashed styles, a form that submits here', async () => {
    const { response, html } = await page('/zh/embed/')
    const policy = response.headers.get('Content-Security-Policy') ?? ''
    const directives = Object.fromEntries(
      policy.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1).join(' ')]),
    )
    expect(directives).toEqual({
      'default-src': "'none'",
      'style-src': `'sha256-${await sha256(PAGE_STYLE)}' 'sha256-${await sha256(CONFIGURATOR_STYLE)}'`,
      'script-src': "'self'",
      'connect-src': "'self'",
      'frame-src': "'self'",
      'img-src': "'self'",
      'base-uri': "'none'",
      'form-action': "'self'",
      'frame-ancestors': "'self'",
    })
    // Every style on the page is one the policy allows; no inline script.
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, text]) => text)
    expect(styles).toEqual([PAGE_STYLE, CONFIGURATOR_STYLE])
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>/)
    expect(html).not.toMatch(/\sstyle="/)
  })
})
