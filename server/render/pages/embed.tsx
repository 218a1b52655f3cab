/** @jsxImportSource hono/jsx */
/**
 * `/embed`: the widget as a page for an `<iframe>`, for partner sites that
 * run no script of ours. Server-rendered with the widget's own stylesheet
 * and markup; one small inline script tells the parent its height
 * (`postMessage`), allowed by its hash in the page's Content-Security-Policy.
 */
import { languageById } from '../../../schemas/languages'
import type { Entry } from '../../model/entry'
import { widgetStrings } from '../../embed/config'
import { WIDGET_SUMMARY_WIDTH, type DisplayOptions } from '../../embed/display-options'
import { WIDGET_STYLE } from '../../embed/style'
import { truncate } from '../../embed/truncate'
import type { Selectors, SiteUrls } from '../../../schemas/lib/site-urls'
import { htmlDocument } from './layout'
import { fellBackTag, PlaceName } from './place'

/** The message the iframe page posts to its parent whenever its height changes. */
export const EMBED_HEIGHT_MESSAGE = 'meeting-the-world:height'

/** The inline script: fixed text, so one hash in the CSP allows it. */
export const EMBED_HEIGHT_SCRIPT = `(function(){var last=0;function post(){var height=Math.ceil(document.documentElement.getBoundingClientRect().height);if(height!==last){last=height;parent.postMessage({type:'${EMBED_HEIGHT_MESSAGE}',height:height},'*')}}if(window.ResizeObserver)new ResizeObserver(post).observe(document.documentElement);addEventListener('load',post);post()})()`

export const EMBED_PAGE_STYLE = `html,body{margin:0;background:transparent}\n${WIDGET_STYLE}`

export interface EmbedPageModel {
  options: DisplayOptions
  /** The filters the entries were chosen by (those the content knew). */
  filters: Selectors
  entries: readonly Entry[]
  urls: SiteUrls
}

export function renderEmbedPage({ options, filters, entries, urls }: EmbedPageModel): Promise<string> {
  const strings = widgetStrings(options.lang)
  const tag = languageById(options.lang).tag
  return htmlDocument(
    <html lang={tag}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{strings.label}</title>
        <style dangerouslySetInnerHTML={{ __html: EMBED_PAGE_STYLE }} />
      </head>
      <body>
        <main>
          <section
            class={`mtw ${options.theme} ${options.layout}`}
            aria-label={strings.label}
            data-state={entries.length ? 'ready' : 'empty'}
          >
            {entries.length ? (
              <ol>
                {entries.map((entry) => (
                  <li>
                    <p class="meta">
                      <time datetime={entry.date.value}>{entry.date.display}</time>
                      {' · '}
                      <PlaceName entry={entry} />
                    </p>
                    <p class="title">
                      <a href={urls.entryPage(entry.slug, entry.language)} target="_top">
                        {entry.title}
                      </a>
                    </p>
                    {entry.summary ? (
                      <p class="summary" lang={fellBackTag(entry, 'summary')}>
                        {truncate(entry.summary, WIDGET_SUMMARY_WIDTH)}
                      </p>
                    ) : null}
                  </li>
                ))}
              </ol>
            ) : (
              <p class="status">{strings.empty}</p>
            )}
            <p class="more">
              <a href={urls.home(options.lang, filters)} target="_top">
                {strings.all}
              </a>
              <a href={urls.feed(options.lang, 'atom', filters)} type="application/atom+xml" target="_top">
                {strings.feed}
              </a>
            </p>
          </section>
        </main>
        <script dangerouslySetInnerHTML={{ __html: EMBED_HEIGHT_SCRIPT }} />
      </body>
    </html>,
  )
}
