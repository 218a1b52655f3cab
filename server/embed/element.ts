/**
 * The `<meeting-the-world>` custom element, as partner sites run it. It
 * imports the rules the server follows rather than copying them: the language
 * rule, the order of a place's names, partial dates, the display options and
 * the site's URLs. Everything else is the server's: `/embed.json` (data.ts)
 * reads the filters (leaving out what it cannot use, never a 400), cuts the
 * summaries (truncate.ts) and names the links to go on, in one request.
 * build.ts bundles it with them (esbuild) into one function of a
 * `WidgetConfig`, which `/embed.js` (script.ts) calls with the interface
 * strings and its origin.
 *
 * It renders in Shadow DOM from that JSON, with `textContent` only (no
 * HTML from the API reaches the page), and never throws into the host page:
 * a value it cannot use falls back to its default, a failed request shows the
 * error state. It asks a host page's Content-Security-Policy for nothing but
 * our origin in `script-src` and `connect-src`: its stylesheet is adopted
 * (`adoptedStyleSheets`, which `style-src` does not govern), never an inline
 * `<style>` or `style=` attribute, except in a browser that cannot adopt one.
 * It is tested in Chromium (test/browser/widget.test.ts, widget-hosts.test.ts).
 */
import { DEFAULT_LANGUAGE, languageById, languageFromTag, type LanguageId } from '../../schemas/languages'
import { formatPartialDate } from '../../schemas/lib/partial-date'
import { placeParts } from '../../schemas/lib/place'
import { FILTER_NAMES, parsedSiteUrls, type Selectors, type SiteUrls } from '../../schemas/lib/site-urls'
import type { WidgetConfig, WidgetStrings } from './config'
import type { EmbedDataJson, EmbedItemJson, EmbedMapJson } from './data'
import { dataLayout, displayOptions, linkDisplayOptions, type DisplayOptions } from './display-options'
import { ELEMENT_STYLE } from './style'

const NAME = 'meeting-the-world'
const ATTRIBUTES = ['lang', ...FILTER_NAMES, 'limit', 'theme', 'layout', 'target', 'date-locale']

interface Chosen extends DisplayOptions {
  /** The filters as the attributes write them: the server reads them, leaving out what it cannot use. */
  filters: Selectors
}

/** The element's options: its attributes; for the language, its `lang`, then the page's `<html lang>`, then the default. */
function options(element: HTMLElement): Chosen {
  const values = Object.fromEntries(ATTRIBUTES.map((name) => [name, element.getAttribute(name) ?? undefined]))
  const language = languageFromTag(values.lang ?? '') ?? languageFromTag(document.documentElement.lang) ?? DEFAULT_LANGUAGE
  const filters = Object.fromEntries(FILTER_NAMES.map((name) => [name, values[name]])) as Selectors
  return { ...displayOptions(values, language), filters }
}

type Attributes = Record<string, string | null | undefined>

function fill<T extends Element>(node: T, attributes: Attributes, children: (Node | string | null)[]): T {
  for (const [name, value] of Object.entries(attributes)) if (value != null) node.setAttribute(name, value)
  node.replaceChildren(...children.filter((child) => child !== null))
  return node
}

const h = (tag: string, attributes: Attributes = {}, children: (Node | string | null)[] = []) =>
  fill(document.createElement(tag), attributes, children)

/** An SVG element, made as a node (never parsed from markup, which a host's Trusted Types refuse). */
const svg = (tag: string, attributes: Attributes = {}, children: (Node | string | null)[] = []) =>
  fill(document.createElementNS('http://www.w3.org/2000/svg', tag), attributes, children)

/** What the widget shows, in one request: the server leaves out a filter it cannot use (an unknown city…) rather than refuse it. */
async function fetchEntries(urls: SiteUrls, chosen: Chosen): Promise<EmbedDataJson> {
  const { lang, limit, layout } = linkDisplayOptions(chosen)
  const response = await fetch(urls.embedData({ ...chosen.filters, lang, limit, layout: dataLayout(layout) }), { credentials: 'omit' })
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  return (await response.json()) as EmbedDataJson
}

/** Where the widget's links open: the host's page, or with `target="new"` a new tab that cannot reach back into it. */
const linkTarget = (chosen: Chosen): Attributes => (chosen.target === 'new' ? { target: '_blank', rel: 'noopener' } : {})

/** "All entries" and "Subscribe": as the server names them, or, when it could not be reached, with the filters as written. */
function moreLinks(chosen: Chosen, strings: WidgetStrings, links: EmbedDataJson['links']) {
  return h('p', { class: 'more' }, [
    h('a', { href: links.all, ...linkTarget(chosen) }, [strings.all]),
    h('a', { href: links.subscribe, ...linkTarget(chosen) }, [strings.feed]),
  ])
}

/** The entry's city and country, in the order and with the separator its language writes them ("Vicenza, Italy", 意大利维琴察). */
function placeName(item: EmbedItemJson, language: LanguageId): (Node | string)[] {
  const fellBack: readonly string[] = item.fallback?.fields ?? []
  const otherTag = item.fallback?.language
  const { parts, separator } = placeParts<Node | string>(language, {
    city: h('span', { lang: fellBack.includes('city') ? otherTag : null }, [item.city ?? '']),
    country: item.country?.name,
  })
  return parts.flatMap((part, index) => (index && separator ? [separator, part] : [part]))
}

/** The entry's date: at its precision in the host's `date-locale` when it asks ("May 26, 2018"), else as the API writes it in the widget's language. */
function dateText(item: EmbedItemJson, chosen: Chosen): string {
  const value = item.date?.value
  return chosen.dateLocale && value ? formatPartialDate(value, chosen.lang, chosen.dateLocale) : (item.date?.display ?? '')
}

function entryItem(item: EmbedItemJson, chosen: Chosen) {
  const fellBack: readonly string[] = item.fallback?.fields ?? []
  return h('li', {}, [
    h('p', { class: 'meta' }, [h('time', { datetime: item.date?.value }, [dateText(item, chosen)]), ' · ', ...placeName(item, chosen.lang)]),
    h('p', { class: 'title' }, [h('a', { href: item.links?.page, ...linkTarget(chosen) }, [item.title ?? ''])]),
    // Cut by the server, between words in English and by width in Chinese.
    item.summary ? h('p', { class: 'summary', lang: fellBack.includes('summary') ? item.fallback?.language : null }, [item.summary]) : null,
  ])
}

/**
 * The entries' cities on a world map, as `/embed.json` projected and labelled it (data.ts), drawn
 * as the iframe page draws it (render/pages/map.tsx): the sea and land, a line from Guiyang to each
 * city, Guiyang, and each city a link to its entry named by its label, which the keyboard reaches
 * in the list's order. Its `viewBox` makes it as wide as the widget.
 */
function worldMap(map: EmbedMapJson, chosen: Chosen) {
  const label = (index: number, text: string, lang?: string) => {
    const placed = map.labels[index]
    if (!placed) return []
    const { leader } = placed
    return [
      leader ? svg('line', { class: 'leader', x1: `${leader.x1}`, y1: `${leader.y1}`, x2: `${leader.x2}`, y2: `${leader.y2}` }) : null,
      svg('text', { x: `${placed.x}`, y: `${placed.y}`, 'text-anchor': placed.anchor, lang }, [text]),
    ]
  }
  const dot = (point: { x: number; y: number }, radius: number) => svg('circle', { cx: `${point.x}`, cy: `${point.y}`, r: `${radius}` })
  const { fontSize } = map
  return h('figure', { class: 'map map-widget-map' }, [
    svg(
      'svg',
      { viewBox: `0 0 ${map.width} ${map.height}`, role: 'group', 'aria-label': map.title, 'aria-description': map.description, 'font-size': `${fontSize}` },
      [
        svg('path', { class: 'sea', d: map.outline }),
        svg('path', { class: 'land', d: map.land }),
        ...map.cities.map((city) => svg('path', { class: 'arc', d: city.arc })),
        svg('g', { class: 'home' }, [dot(map.home, fontSize / 3), ...label(0, map.home.label)]),
        ...map.cities.map((city, index) =>
          svg('a', { class: 'city', href: city.href, ...linkTarget(chosen) }, [
            // Its accessible name and tooltip: since when ("Fort Worth, since 2011"), as the iframe page's.
            svg('title', {}, [city.name ?? city.label]),
            dot(city, fontSize / 4),
            ...label(index + 1, city.label, city.lang),
          ]),
        ),
      ],
    ),
  ])
}

/**
 * Placeholder entries, as many as asked for and shaped like them (a date and place, a title, two
 * lines of summary), or a map's empty frame, hidden from assistive technology: they hold the
 * widget's height until the entries arrive.
 */
function skeleton({ limit, layout }: Chosen) {
  const bones = (count: number) => Array.from({ length: count }, () => h('i'))
  // The map's own proportions (style.ts), however many cities it will show.
  if (layout === 'map') return h('div', { class: 'skeleton map', 'aria-hidden': 'true' }, bones(1))
  const item = () => h('li', {}, [h('p', { class: 'meta' }, bones(1)), h('p', { class: 'title' }, bones(1)), h('p', { class: 'summary' }, bones(2))])
  return h('ol', { class: 'skeleton', 'aria-hidden': 'true' }, Array.from({ length: limit }, item))
}

let sheet: CSSStyleSheet | undefined

/**
 * The element's stylesheet, adopted by its shadow root (one constructed sheet shared by every
 * widget of the page), which a Content-Security-Policy without `'unsafe-inline'` allows; as a
 * `<style>` to put in the root only in a browser that cannot adopt stylesheets.
 */
function styleFor(root: ShadowRoot): Node[] {
  try {
    if ('adoptedStyleSheets' in root) {
      if (!sheet) {
        const made = new CSSStyleSheet()
        made.replaceSync(ELEMENT_STYLE)
        sheet = made
      }
      root.adoptedStyleSheets = [sheet]
      return []
    }
  } catch {
    // a browser with adoptedStyleSheets but no constructable stylesheets: the <style> below
  }
  return [h('style', {}, [ELEMENT_STYLE])]
}

/** Defines `<meeting-the-world>`, once, in a browser that has custom elements; elsewhere does nothing. */
export function defineMeetingTheWorld(config: WidgetConfig): void {
  if (typeof window === 'undefined' || !window.customElements || customElements.get(NAME)) return

  // The API lives where this script came from, whatever page embeds it.
  let origin = config.origin
  try {
    const script = document.currentScript
    if (script instanceof HTMLScriptElement && script.src) origin = new URL(script.src, location.href).origin
  } catch {
    // keep the configured origin
  }
  const urls = parsedSiteUrls(origin)

  class MeetingTheWorld extends HTMLElement {
    static observedAttributes = ATTRIBUTES

    private run = 0
    private queued = false

    connectedCallback() {
      this.schedule()
    }

    attributeChangedCallback() {
      if (this.isConnected) this.schedule()
    }

    /** Several attribute changes in a row make one request. */
    private schedule() {
      if (this.queued) return
      this.queued = true
      void Promise.resolve().then(() => {
        this.queued = false
        try {
          this.load()
        } catch (error) {
          console.warn(NAME, error)
        }
      })
    }

    private load() {
      const run = ++this.run
      const chosen = options(this)
      const strings = config.strings[chosen.lang]
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' })
      const status = h('p', { class: 'status', role: 'status' }, [strings.loading])
      const box = h(
        'section',
        {
          class: `mtw ${chosen.theme} ${chosen.layout}`,
          lang: languageById(chosen.lang).tag,
          'aria-label': strings.label,
          'aria-busy': 'true',
          'data-state': 'loading',
          part: 'container',
        },
        [status, skeleton(chosen)],
      )
      root.replaceChildren(...styleFor(root), box)
      fetchEntries(urls, chosen)
        .then((body) => {
          if (run !== this.run) return
          const items = body?.items ?? []
          box.querySelector('.skeleton')?.remove()
          box.removeAttribute('aria-busy')
          if (!items.length) {
            status.textContent = strings.empty
            box.setAttribute('data-state', 'empty')
          } else {
            status.remove()
            box.appendChild(body.map ? worldMap(body.map, chosen) : h('ol', {}, items.map((item) => entryItem(item, chosen))))
            box.setAttribute('data-state', 'ready')
          }
          box.appendChild(moreLinks(chosen, strings, body.links))
        })
        .catch(() => {
          if (run !== this.run) return
          box.querySelector('.skeleton')?.remove()
          box.removeAttribute('aria-busy')
          status.textContent = strings.error
          box.setAttribute('data-state', 'error')
          box.appendChild(moreLinks(chosen, strings, { all: urls.home(chosen.lang, chosen.filters), subscribe: urls.subscribe(chosen.lang, chosen.filters) }))
        })
    }
  }

  customElements.define(NAME, MeetingTheWorld)
}
