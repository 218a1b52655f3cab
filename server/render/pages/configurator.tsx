/** @jsxImportSource hono/jsx */
/**
 * `/{lang}/embed/`: where a partner city's web developer configures the widget
 * and copies its code. A plain GET form (no script needed) chooses the city,
 * the widget's language, limit, theme, layout (a list, a timeline or a map of
 * the entries' cities), new tab and date locale; the
 * page then shows the widget so configured in both forms — the web component
 * (our `/embed.js`, the one script this page runs) and the iframe of `/embed` —
 * each beside the code to paste and the Content-Security-Policy sources a
 * strict host page must add for it. The code is written for the public origin;
 * the live widget loads from this page's own, which its policy allows.
 */
import { LANGUAGES, languageById, type LanguageId } from '../../../schemas/languages'
import type { SiteUrls } from '../../../schemas/lib/site-urls'
import type { Child } from 'hono/jsx'
import { escapeToBuffer } from 'hono/utils/html'
import { widgetStrings } from '../../embed/config'
import { linkDisplayOptions, WIDGET_LAYOUTS, WIDGET_LIMIT, WIDGET_THEMES, type DisplayOptions } from '../../embed/display-options'
import { EMBED_FRAME_SANDBOX, embedFrameHeight } from '../../embed/frame'
import { translator } from '../../i18n'
import type { Settings } from '../../model/settings'
import { renderTextPage } from './layout'

/** The configurator's own styles, after the site's: the form in a grid, the code boxes full width. */
export const CONFIGURATOR_STYLE = `
.options{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.5rem 1rem;align-items:center}
.options .hint{grid-column:2;margin:0;color:var(--muted);font-size:.9rem}
.options .check{grid-column:1/-1}
.options select,.options input,.options button{font:inherit;padding:.25rem}
.options button{grid-column:1/-1;justify-self:start}
.snippet textarea,.snippet pre{display:block;width:100%;font-family:ui-monospace,monospace;font-size:.85rem;background:var(--bg);color:var(--fg);border:1px solid var(--line);padding:.5rem;white-space:pre-wrap;overflow-wrap:anywhere}
.preview{border:1px dashed var(--line);padding:.5rem;margin:.5rem 0}
.preview iframe{display:block}
`


/** A city the home page's filter lists: its key and its name in the page's language. */
export interface CityOption {
  value: string
  label: string
}

export interface ConfiguratorModel {
  /** The page's language (the widget's may differ: `options.lang`). */
  language: LanguageId
  settings: Settings
  /** The widget's options, as the form chose them (values it cannot use already at their defaults). */
  options: DisplayOptions
  /** The chosen city's key, one of `cities`; none for every city. */
  city: string | undefined
  cities: readonly CityOption[]
  /** URLs under the public origin: what the partner's code points at. */
  urls: SiteUrls
  /** The versioned `/embed/{version}.js` and its SRI value, for a partner who pins the script. */
  pin?: { src: string; integrity: string } | undefined
}

/** What a partner pastes for each form, and the CSP sources each needs on their page. */
export interface WidgetSnippets {
  element: { code: string; pinned: string | undefined; policy: string[] }
  iframe: { code: string; policy: string[] }
  sizing: { code: string; policy: string[] }
}

/** `value` safe between double quotes, written as a person reads it (`&amp;`, `&quot;`), as hono/jsx writes attributes. */
function escapeAttribute(value: string): string {
  const buffer = ['']
  escapeToBuffer(value, buffer)
  return buffer.join('')
}

const attributes = (pairs: readonly (readonly [string, string | number | undefined])[]) =>
  pairs.flatMap(([name, value]) => (value === undefined ? [] : [` ${name}="${escapeAttribute(String(value))}"`])).join('')

/** The element's attributes for `options`: the language always (the host page's may differ), the rest when not the default. */
function elementAttributes(options: DisplayOptions, city: string | undefined) {
  const link = linkDisplayOptions(options)
  return [
    ['lang', languageById(options.lang).tag],
    ['city', city],
    ['limit', link.limit],
    ['theme', link.theme],
    ['layout', link.layout],
    ['target', link.target],
    ['date-locale', link['date-locale']],
  ] as const
}

/** The code for each form, for `options` and `city`, pointing at `urls`' origin. */
export function widgetSnippets({ options, city, urls, pin }: Pick<ConfiguratorModel, 'options' | 'city' | 'urls' | 'pin'>): WidgetSnippets {
  const origin = new URL(urls.embedScript()).origin
  const element = `<meeting-the-world${attributes(elementAttributes(options, city))}></meeting-the-world>`
  const iframe = attributes([
    ['src', urls.embedPage({ city, ...linkDisplayOptions(options) })],
    ['title', widgetStrings(options.lang).label],
    // Attributes, not `style=`, which a strict host policy refuses: full width, no border, the measured height.
    ['width', '100%'],
    ['height', embedFrameHeight(options.limit, options.layout)],
    ['frameborder', '0'],
    ['loading', 'lazy'],
  ])
  return {
    element: {
      code: `${element}\n<script src="${escapeAttribute(urls.embedScript())}" async></script>`,
      pinned: pin
        ? `${element}\n<script${attributes([
            ['src', pin.src],
            ['integrity', pin.integrity],
            ['crossorigin', 'anonymous'],
          ])} async></script>`
        : undefined,
      // Styles come as constructable stylesheets, which `style-src` does not govern.
      policy: [`script-src ${origin}`, `connect-src ${origin}`],
    },
    iframe: { code: `<iframe${iframe}></iframe>`, policy: [`frame-src ${origin}`] },
    sizing: { code: `<script src="${escapeAttribute(urls.embedFrameScript())}" async></script>`, policy: [`script-src ${origin}`] },
  }
}

/** A URL's path and query: the live widget loads from the page's own origin, whatever the public one is. */
const local = (url: string) => {
  const { pathname, search } = new URL(url)
  return pathname + search
}

/** The page in `model.language`. */
export function renderConfiguratorPage(model: ConfiguratorModel): Promise<string> {
  const { language, settings, options, city, urls } = model
  const t = translator(language)
  const text = (key: string, values: Record<string, unknown> = {}) => t(`configurator.${key}`, values)
  const query = { city, ...linkDisplayOptions(options) }
  const versions = Object.fromEntries(LANGUAGES.map((l) => [l.id, urls.embedConfigurator(l.id, query)])) as Record<LanguageId, string>
  const snippets = widgetSnippets(model)
  const code = (id: string, value: string) => (
    <div class="snippet">
      <label for={id}>{text('code')}</label>
      <textarea id={id} readonly rows={value.split('\n').reduce((rows, line) => rows + Math.ceil(line.length / 64), 1)} spellcheck={false}>
        {value}
      </textarea>
    </div>
  )
  const policy = (id: string, sources: readonly string[]) => (
    <div class="snippet">
      <p>{text('policy')}</p>
      <pre id={id}>
        <code>{sources.join(';\n')}</code>
      </pre>
    </div>
  )
  /** A `<select>` of `values`, each labelled by `form.{labels}.{value}`. */
  const choice = (name: 'theme' | 'layout', labels: string, values: readonly string[], chosen: string) => (
    <>
      <label for={name}>{text(`form.${name}`)}</label>
      <select id={name} name={name}>
        {values.map((value) => (
          <option value={value} selected={value === chosen}>
            {text(`form.${labels}.${value}`)}
          </option>
        ))}
      </select>
    </>
  )
  /** One form of the widget: its heading, what to do with it, then `body` (its code, its sources, its preview). */
  const form = (name: 'element' | 'iframe', body: Child) => (
    <section aria-labelledby={`${name}-heading`}>
      <h2 id={`${name}-heading`}>{text(`${name}.heading`)}</h2>
      <p>{text(`${name}.intro`)}</p>
      {body}
    </section>
  )
  return renderTextPage(
    { language, settings, versions, urls },
    {
      heading: text('title'),
      description: text('intro'),
      style: CONFIGURATOR_STYLE,
      children: (
        <>
          <p class="lede">{text('intro')}</p>
          <form method="get" action={local(urls.embedConfigurator(language))} class="panel" aria-labelledby="options-heading">
            <h2 id="options-heading">{text('form.heading')}</h2>
            <div class="options">
              <label for="city">{text('form.city')}</label>
              <select id="city" name="city">
                <option value="">{text('form.allCities')}</option>
                {model.cities.map((option) => (
                  <option value={option.value} selected={option.value === city}>
                    {option.label}
                  </option>
                ))}
              </select>
              <label for="lang">{text('form.lang')}</label>
              <select id="lang" name="lang">
                {LANGUAGES.map((l) => (
                  <option value={l.id} lang={l.tag} selected={l.id === options.lang}>
                    {l.nativeTitle}
                  </option>
                ))}
              </select>
              <label for="limit">{text('form.limit', { min: WIDGET_LIMIT.min, max: WIDGET_LIMIT.max })}</label>
              <input
                id="limit"
                name="limit"
                type="number"
                min={WIDGET_LIMIT.min}
                max={WIDGET_LIMIT.max}
                step={1}
                value={String(options.limit)}
              />
              {choice('theme', 'themes', WIDGET_THEMES, options.theme)}
              {choice('layout', 'layouts', WIDGET_LAYOUTS, options.layout)}
              <label for="date-locale">{text('form.dateLocale')}</label>
              <input
                id="date-locale"
                name="date-locale"
                type="text"
                value={options.dateLocale ?? ''}
                placeholder="en-US"
                aria-describedby="date-locale-hint"
                autocomplete="off"
                spellcheck={false}
              />
              <p id="date-locale-hint" class="hint">
                {text('form.dateLocaleHint')}
              </p>
              <label class="check">
                <input type="checkbox" name="target" value="new" checked={options.target === 'new'} /> {text('form.target')}
              </label>
              <button type="submit">{text('form.submit')}</button>
            </div>
          </form>
          {form(
            'element',
            <>
              {code('element-code', snippets.element.code)}
              {snippets.element.pinned ? (
                <>
                  <p>{text('pinned')}</p>
                  {code('element-pinned', snippets.element.pinned)}
                </>
              ) : null}
              {policy('element-policy', snippets.element.policy)}
              <p>{text('styles')}</p>
              <h3>{text('preview')}</h3>
              <div class="preview" id="element-preview">
                <meeting-the-world
                  {...Object.fromEntries(elementAttributes(options, city).filter(([, value]) => value !== undefined))}
                ></meeting-the-world>
              </div>
            </>,
          )}
          {form(
            'iframe',
            <>
              {code('iframe-code', snippets.iframe.code)}
              {policy('iframe-policy', snippets.iframe.policy)}
              <p>{text('iframe.sandbox')}</p>
              <pre id="iframe-sandbox">
                <code>{`sandbox="${EMBED_FRAME_SANDBOX}"`}</code>
              </pre>
              <p>{text('iframe.sizing')}</p>
              {code('sizing-code', snippets.sizing.code)}
              {policy('sizing-policy', snippets.sizing.policy)}
              <h3>{text('preview')}</h3>
              <div class="preview" id="iframe-preview">
                <iframe
                  src={local(urls.embedPage(query))}
                  title={widgetStrings(options.lang).label}
                  width="100%"
                  height={String(embedFrameHeight(options.limit, options.layout))}
                  frameborder="0"
                ></iframe>
              </div>
            </>,
          )}
          <script src={local(urls.embedScript())} async></script>
        </>
      ),
    },
  )
}
