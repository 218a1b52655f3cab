/**
 * The `<meeting-the-world>` custom element, as partner sites run it. It
 * imports the rules the server follows rather than copying them: the language
 * rule, the order of a place's names, city keys, the country and topic
 * vocabularies, the display options, summary cutting and the site's URLs.
 * build.ts bundles it with them (esbuild) into one function of a
 * `WidgetConfig`, which `/embed.js` (script.ts) calls with the interface
 * strings and its origin.
 *
 * It renders in Shadow DOM from the JSON API, with `textContent` only (no
 * HTML from the API reaches the page), and never throws into the host page:
 * a value it cannot use falls back to its default, a failed request shows the
 * error state. It is tested in Chromium (test/browser/widget.test.ts).
 */
import { DEFAULT_LANGUAGE, languageById, languageFromTag, type LanguageId } from '../../schemas/languages'
import { placeParts } from '../../schemas/lib/place'
import { FILTER_NAMES, siteUrls, type Selectors, type SiteUrls } from '../../schemas/lib/site-urls'
import { usableFilters } from '../model/filters'
import type { EntryJson, EntryListJson } from '../render/json'
import { displayOptions, WIDGET_SUMMARY_WIDTH, type DisplayOptions } from './display-options'
import type { WidgetConfig, WidgetStrings } from './config'
import { WIDGET_STYLE } from './style'
import { displayWidth, truncate } from './truncate'

const NAME = 'meeting-the-world'
const ATTRIBUTES = ['lang', ...FILTER_NAMES, 'limit', 'theme', 'layout']

interface Chosen extends DisplayOptions {
  filters: Selectors
}

/** The element's options: its attributes; for the language, its `lang`, then the page's `<html lang>`, then the default. */
function options(element: HTMLElement): Chosen {
  const values = Object.fromEntries(ATTRIBUTES.map((name) => [name, element.getAttribute(name) ?? undefined]))
  const language = languageFromTag(values.lang ?? '') ?? languageFromTag(document.documentElement.lang) ?? DEFAULT_LANGUAGE
  return { ...displayOptions(values, language), filters: usableFilters(values) }
}

function h(tag: string, attributes: Record<string, string | null | undefined> = {}, children: (Node | string | null)[] = []) {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) if (value != null) node.setAttribute(name, value)
  node.replaceChildren(...children.filter((child) => child !== null))
  return node
}

const hasFilters = (filters: Selectors) => Object.values(filters).some((value) => value !== undefined)

/** The entries; when the API refuses the filters (an unknown city…), every entry instead. */
async function fetchEntries(urls: SiteUrls, chosen: Chosen): Promise<{ body: EntryListJson; filters: Selectors }> {
  const get = async (filters: Selectors): ReturnType<typeof fetchEntries> => {
    const response = await fetch(urls.entries({ lang: chosen.lang, limit: chosen.limit, ...filters }), {
      headers: { Accept: 'application/json' },
      credentials: 'omit',
    })
    if (response.status === 400 && hasFilters(filters)) return get({})
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
    return { body: (await response.json()) as EntryListJson, filters }
  }
  return get(chosen.filters)
}

function moreLinks(urls: SiteUrls, chosen: Chosen, strings: WidgetStrings, filters: Selectors) {
  return h('p', { class: 'more' }, [
    h('a', { href: urls.home(chosen.lang, filters) }, [strings.all]),
    h('a', { href: urls.feed(chosen.lang, 'atom', filters), type: 'application/atom+xml' }, [strings.feed]),
  ])
}

/** The entry's city and country, in the order and with the separator its language writes them ("Vicenza, Italy", 意大利维琴察). */
function placeName(item: EntryJson, language: LanguageId): (Node | string)[] {
  const fellBack: readonly string[] = item.fallback?.fields ?? []
  const otherTag = item.fallback?.language
  const { parts, separator } = placeParts<Node | string>(language, {
    city: h('span', { lang: fellBack.includes('city') ? otherTag : null }, [item.city ?? '']),
    country: item.country?.name,
  })
  return parts.flatMap((part, index) => (index && separator ? [separator, part] : [part]))
}

function entryItem(item: EntryJson, language: LanguageId) {
  const fellBack: readonly string[] = item.fallback?.fields ?? []
  const otherTag = item.fallback?.language
  return h('li', {}, [
    h('p', { class: 'meta' }, [h('time', { datetime: item.date?.value }, [item.date?.display ?? '']), ' · ', ...placeName(item, language)]),
    h('p', { class: 'title' }, [h('a', { href: item.links?.page }, [item.title ?? ''])]),
    item.summary
      ? h('p', { class: 'summary', lang: fellBack.includes('summary') ? otherTag : null }, [truncate(item.summary, WIDGET_SUMMARY_WIDTH)])
      : null,
  ])
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
  const urls = siteUrls(origin)

  class MeetingTheWorld extends HTMLElement {
    static observedAttributes = ATTRIBUTES
    /** For tests and curious developers: how summaries are measured and cut. */
    static truncate = truncate
    static displayWidth = displayWidth

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
      const style = h('style', {}, [`:host{display:block}:host([hidden]){display:none}\n${WIDGET_STYLE}`])
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
        [status],
      )
      root.replaceChildren(style, box)
      fetchEntries(urls, chosen)
        .then(({ body, filters }) => {
          if (run !== this.run) return
          const items = body?.items ?? []
          box.removeAttribute('aria-busy')
          if (!items.length) {
            status.textContent = strings.empty
            box.setAttribute('data-state', 'empty')
          } else {
            status.remove()
            box.appendChild(h('ol', {}, items.map((item) => entryItem(item, chosen.lang))))
            box.setAttribute('data-state', 'ready')
          }
          box.appendChild(moreLinks(urls, chosen, strings, filters))
        })
        .catch(() => {
          if (run !== this.run) return
          box.removeAttribute('aria-busy')
          status.textContent = strings.error
          box.setAttribute('data-state', 'error')
          box.appendChild(moreLinks(urls, chosen, strings, chosen.filters))
        })
    }
  }

  customElements.define(NAME, MeetingTheWorld)
}
