/** @jsxImportSource hono/jsx */
/**
 * `/embed`: the widget as a page for an `<iframe>`, for partner sites that
 * run no script of ours. Server-rendered with the widget's own stylesheet
 * and markup; one small inline script tells the parent its height
 * (`postMessage`, embed/frame.ts), allowed by its hash in the page's
 * Content-Security-Policy. While the content cannot be read it is a short
 * message in the reader's language, with the same style and script, never
 * the problem's JSON. A frame shorter than its content scrolls.
 */
import type { Child } from 'hono/jsx'
import { languageById } from '../../../schemas/languages'
import { formatPartialDate } from '../../../schemas/lib/partial-date'
import type { Entry } from '../../model/entry'
import { widgetStrings } from '../../embed/config'
import { widgetSummary, type EmbedMapJson } from '../../embed/data'
import type { DisplayOptions } from '../../embed/display-options'
import { EMBED_HEIGHT_MESSAGE, EMBED_MEASURE_MESSAGE } from '../../embed/frame'
import { WIDGET_STYLE } from '../../embed/style'
import type { Selectors, SiteUrls } from '../../../schemas/lib/site-urls'
import { htmlDocument } from './layout'
import { MapFigure, type LinkTarget } from './map'
import { fellBackTag, PlaceName } from './place'

export { EMBED_HEIGHT_MESSAGE } from '../../embed/frame'

/**
 * The inline script: fixed text, so one hash in the CSP allows it. It posts the page's height
 * whenever it changes, and again when its parent asks (a helper that loaded after it).
 */
export const EMBED_HEIGHT_SCRIPT = `(function(){var last=0;function post(again){var height=Math.ceil(document.documentElement.getBoundingClientRect().height);if(again||height!==last){last=height;parent.postMessage({type:'${EMBED_HEIGHT_MESSAGE}',height:height},'*')}}if(window.ResizeObserver)new ResizeObserver(function(){post(false)}).observe(document.documentElement);addEventListener('load',function(){post(false)});addEventListener('message',function(event){if(event.source===parent&&event.data&&event.data.type==='${EMBED_MEASURE_MESSAGE}')post(true)});post(false)})()`

/**
 * The page around the widget's stylesheet. A map, which grows taller with the frame's width, is
 * kept within the frame's height (its padding and links below it: 4.5rem), so that the height
 * written for it (frame.ts) shows it whole in a wide frame too.
 */
export const EMBED_PAGE_STYLE = `html,body{margin:0;background:transparent}html{overflow-y:auto}\n${WIDGET_STYLE}\n.mtw.map .map svg{max-height:calc(100vh - 4.5rem)}`

export interface EmbedPageModel {
  options: DisplayOptions
  /** The filters the entries were chosen by (those the content knew). */
  filters: Selectors
  entries: readonly Entry[]
  urls: SiteUrls
  /** The entries' map, shown instead of their list (`layout=map`). */
  map?: EmbedMapJson | undefined
}

/** Where a link opens: over the partner's page (`_top`), or in a new tab (`target=new`). */
function linkTarget(options: DisplayOptions): LinkTarget {
  return options.target === 'new' ? { target: '_blank', rel: 'noopener' } : { target: '_top' }
}

/** The page around the widget's box, with its style and height script. */
function embedDocument(options: DisplayOptions, state: string, box: Child): Promise<string> {
  const strings = widgetStrings(options.lang)
  return htmlDocument(
    <html lang={languageById(options.lang).tag}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{strings.label}</title>
        <style dangerouslySetInnerHTML={{ __html: EMBED_PAGE_STYLE }} />
      </head>
      <body>
        <main>
          <section class={`mtw ${options.theme} ${options.layout}`} aria-label={strings.label} data-state={state}>
            {box}
          </section>
        </main>
        <script dangerouslySetInnerHTML={{ __html: EMBED_HEIGHT_SCRIPT }} />
      </body>
    </html>,
  )
}

export function renderEmbedPage({ options, filters, entries, urls, map }: EmbedPageModel): Promise<string> {
  const strings = widgetStrings(options.lang)
  const target = linkTarget(options)
  return embedDocument(
    options,
    entries.length ? 'ready' : 'empty',
    <>
      {entries.length && map ? (
        <MapFigure
          geometry={map}
          id="widget-map"
          title={map.title}
          description={map.description}
          fontSize={map.fontSize}
          langs={map.cities.map((city) => city.lang)}
          names={map.cities.map((city) => city.name)}
          linkTarget={target}
        />
      ) : entries.length ? (
        <ol>
          {entries.map((entry) => (
            <li>
              <p class="meta">
                <time datetime={entry.date.value}>
                  {options.dateLocale ? formatPartialDate(entry.date.value, options.lang, options.dateLocale) : entry.date.display}
                </time>
                {' · '}
                <PlaceName entry={entry} />
              </p>
              <p class="title">
                <a href={urls.entryPage(entry.slug, entry.language)} {...target}>
                  {entry.title}
                </a>
              </p>
              {entry.summary ? (
                <p class="summary" lang={fellBackTag(entry, 'summary')}>
                  {widgetSummary(entry)}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <p class="status">{strings.empty}</p>
      )}
      <p class="more">
        <a href={urls.home(options.lang, filters)} {...target}>
          {strings.all}
        </a>
        <a href={urls.subscribe(options.lang, filters)} {...target}>
          {strings.feed}
        </a>
      </p>
    </>,
  )
}

/** The page while the entries cannot be read: the widget's error message, in its language, that still reports its height. */
export function renderEmbedUnavailable(options: DisplayOptions): Promise<string> {
  return embedDocument(options, 'error', <p class="status" role="status">{widgetStrings(options.lang).error}</p>)
}
