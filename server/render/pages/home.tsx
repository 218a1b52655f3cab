/** @jsxImportSource hono/jsx */
/**
 * `/{lang}/`: the entries newest first, with filters as plain links, a world
 * map of their cities and a timeline of them by year (both follow the
 * filters), a subscribe panel (which feed to pick and its address to copy, links that open
 * it in common readers, the subscription lists) and, through the layout,
 * autodiscovery and `hreflang` alternates.
 */
import { fallbackLanguage, LANGUAGE_IDS, LANGUAGES, type LanguageId } from '../../../schemas/languages'
import type { Entry } from '../../model/entry'
import type { Settings } from '../../model/settings'
import type { FeedLink } from '../../feeds/autodiscovery'
import { translator } from '../../i18n'
import { RECOMMENDED_FEED_FORMAT, type FeedFormat, type FilterName, type LinkFilters, type SiteUrls } from '../../../schemas/lib/site-urls'
import { FEED_FORMAT_NAMES } from '../../feeds/formats'
import { listJsonLd } from './json-ld'
import { languageList, languageName } from './language-names'
import { htmlDocument, Layout, settingsFellBackTag } from './layout'
import { fellBackTag, PlaceName } from './place'
import { worldMap } from '../../map/geometry'
import { citiesOf, cityName, MAP_FONT_SIZE, MapFigure } from './map'
import { Timeline } from './timeline'

/** The values one filter can take on this page, each with its label in the page's language. */
export interface Facet {
  name: FilterName
  options: { value: string; label: string }[]
}

export interface HomePageModel {
  language: LanguageId
  settings: Settings
  entries: readonly Entry[]
  /** The filters in force (already validated, only those set). */
  filters: LinkFilters
  facets: readonly Facet[]
  /** Autodiscovery links: this page's feeds first, then the other languages'. */
  feeds: readonly FeedLink[]
  urls: SiteUrls
}

/** Feed readers that subscribe from a link, with the feed's address URL-encoded into it. */
export const FEED_READERS: readonly { name: string; subscribe: (feed: string) => string }[] = [
  { name: 'Feedly', subscribe: (feed) => `https://feedly.com/i/subscription/feed/${encodeURIComponent(feed)}` },
  { name: 'Inoreader', subscribe: (feed) => `https://www.inoreader.com/?add_feed=${encodeURIComponent(feed)}` },
  { name: 'NewsBlur', subscribe: (feed) => `https://www.newsblur.com/?url=${encodeURIComponent(feed)}` },
]

/**
 * The filters in force, labelled in the page's language: for the title as the
 * feeds' titles write them ("走向世界（城市：沃思堡）"), or for the sentence that
 * says so on the page (当前筛选条件：城市为沃思堡。), which stacks no colons.
 */
function activeFilterText(model: HomePageModel, style: 'title' | 'sentence'): string | undefined {
  const t = translator(model.language)
  const parts = model.facets.flatMap((facet) => {
    const value = model.filters[facet.name]
    if (!value) return []
    const label = facet.options.find((option) => option.value === value)?.label ?? value
    return [t(style === 'title' ? `feed.filter.${facet.name}` : `page.filters.value.${facet.name}`, { value: label })]
  })
  return parts.length ? parts.join(t(style === 'title' ? 'feed.filterSeparator' : 'page.filters.separator')) : undefined
}

const Facets = ({ model }: { model: HomePageModel }) => {
  const t = translator(model.language)
  return (
    <details class="facets" open={Object.keys(model.filters).length > 0}>
      <summary>{t('page.filters.heading')}</summary>
      <dl>
        {model.facets.map((facet) => {
          const current = model.filters[facet.name]
          const without = { ...model.filters, [facet.name]: undefined }
          return (
            <>
              <dt id={`facet-${facet.name}`}>{t(`page.filters.${facet.name}`)}</dt>
              <dd>
                <ul aria-labelledby={`facet-${facet.name}`}>
                  <li>
                    <a href={model.urls.home(model.language, without)} aria-current={current ? undefined : 'true'}>
                      {t('page.filters.all')}
                    </a>
                  </li>
                  {facet.options.map((option) => (
                    <li>
                      <a
                        href={model.urls.home(model.language, { ...model.filters, [facet.name]: option.value })}
                        aria-current={current === option.value ? 'true' : undefined}
                      >
                        {option.label}
                      </a>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )
        })}
      </dl>
    </details>
  )
}

/** The formats in the order the panel offers them: the recommended one first, RSS last, for readers that read nothing else. */
const PANEL_FORMATS: readonly FeedFormat[] = [RECOMMENDED_FEED_FORMAT, 'json', 'rss']

/**
 * Which feed to pick: the recommended one for most readers (with links that
 * open it in common ones), JSON Feed for the readers that support it, RSS for
 * those that read nothing else; and the subscription lists, each language once
 * (`/feeds.opml` and `/json-feeds.opml` list every language, `/{lang}/feeds.opml` the page's).
 */
const Subscribe = ({ model }: { model: HomePageModel }) => {
  const t = translator(model.language)
  const { urls, language } = model
  const feeds = PANEL_FORMATS.flatMap((format) =>
    model.feeds.filter((feed) => feed.language === language && feed.format === format),
  )
  const filtered = Object.keys(model.filters).length > 0
  const every = languageList(LANGUAGE_IDS, language)
  return (
    <section class="panel" aria-labelledby="subscribe">
      <h2 id="subscribe">{t('page.subscribe.heading')}</h2>
      <p>{t('page.subscribe.intro')}</p>
      {filtered ? <p>{t('page.subscribe.filtered')}</p> : null}
      <ul class="feeds">
        {feeds.map((feed) => {
          const format = FEED_FORMAT_NAMES[feed.format]
          return (
            <li>
              <label for={`feed-${feed.format}`}>{t(`page.subscribe.for.${feed.format}`, { format })}</label>
              <input id={`feed-${feed.format}`} type="url" readonly value={feed.href} />{' '}
              <a href={feed.href} type={feed.type} aria-label={t('page.subscribe.openFeed', { format })}>
                {t('page.subscribe.open')}
              </a>
              {feed.format === RECOMMENDED_FEED_FORMAT ? (
                <ul class="readers">
                  {FEED_READERS.map((reader) => (
                    <li>
                      <a href={reader.subscribe(feed.href)} rel="external">
                        {t('page.subscribe.openIn', { reader: reader.name })}
                      </a>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          )
        })}
      </ul>
      <h3 id="subscribe-lists">{t('page.subscribe.lists.heading')}</h3>
      <p>{t('page.subscribe.lists.intro')}</p>
      <ul class="lists" aria-labelledby="subscribe-lists">
        <li>
          <a href={urls.feedList()} type="text/x-opml">
            {t('page.subscribe.lists.all', { languages: every })}
          </a>
        </li>
        <li>
          <a href={urls.feedList({ lang: language })} type="text/x-opml">
            {t('page.subscribe.lists.own', { language: languageName(language, language) })}
          </a>
        </li>
        <li>
          <a href={urls.feedList({ kind: 'json' })} type="text/x-opml">
            {t('page.subscribe.lists.json', { languages: every })}
          </a>
        </li>
      </ul>
      {filtered ? <p>{t('page.subscribe.lists.unfiltered')}</p> : null}
    </section>
  )
}

export const EntrySummary = ({ entry, urls }: { entry: Entry; urls: SiteUrls }) => (
  <li>
    <p class="meta">
      <time datetime={entry.date.value}>{entry.date.display}</time> · <PlaceName entry={entry} />
    </p>
    <h3>
      <a href={urls.entryPage(entry.slug, entry.language)}>{entry.title}</a>
    </h3>
    {entry.summary ? <p lang={fellBackTag(entry, 'summary')}>{entry.summary}</p> : null}
  </li>
)

/** The world map of the listed entries' cities, with Guiyang; none when no listed entry has a place. */
async function HomeMap({ model }: { model: HomePageModel }) {
  const t = translator(model.language)
  const cities = citiesOf(model.entries, model.urls, model.language, model.filters)
  if (!cities.length) return null
  return (
    <MapFigure
      geometry={await worldMap(cities, t('page.map.home'))}
      id="world-map"
      title={t('page.map.title')}
      description={t('page.map.description', { count: cities.length })}
      fontSize={MAP_FONT_SIZE.world}
      langs={cities.map((city) => city.lang)}
      names={cities.map((city) => cityName(city, model.language))}
    />
  )
}

/** The page of entries, as a complete HTML document. */
export async function renderHomePage(model: HomePageModel): Promise<string> {
  const t = translator(model.language)
  const { settings, urls, language } = model
  const map = await HomeMap({ model })
  const filters = activeFilterText(model, 'title')
  const canonical = urls.home(language, model.filters)
  const versions = Object.fromEntries(LANGUAGES.map((l) => [l.id, urls.home(l.id, model.filters)])) as Record<LanguageId, string>
  // The site's own words that are not in the page's language: tagged with theirs, and said so, as an entry's are.
  const titleLang = settingsFellBackTag(settings, 'title')
  const descriptionLang = settingsFellBackTag(settings, 'description')
  const fellBack = titleLang ?? descriptionLang
  return htmlDocument(
    <Layout
      language={language}
      title={filters ? t('feed.filteredTitle', { title: settings.title, filters }) : settings.title}
      description={settings.description}
      descriptionLang={descriptionLang}
      settings={settings}
      canonical={canonical}
      versions={versions}
      // The bare address sends each reader to their language, filters kept.
      defaultVersion={new URL(`/${new URL(canonical).search}`, canonical).toString()}
      feeds={model.feeds}
      jsonLd={listJsonLd(model.entries, settings, canonical, urls)}
      urls={urls}
      mainId="entries"
    >
      <main id="main">
        <h1 lang={titleLang}>{settings.title}</h1>
        {fellBack ? (
          <p class="panel">{t('page.fellBack', { language: languageName(fallbackLanguage(language), language) })}</p>
        ) : null}
        <p class="lede" lang={descriptionLang}>
          {settings.description}
        </p>
        <Facets model={model} />
        {map}
        <section aria-labelledby="entries">
          <h2 id="entries" tabindex={-1}>
            {t('page.entriesHeading')}
          </h2>
          {filters ? (
            <p>
              {t('page.filters.active', { filters: activeFilterText(model, 'sentence') })} <a href={urls.home(language)}>{t('page.filters.clear')}</a>
            </p>
          ) : null}
          <p class="count">{t('page.count', { count: model.entries.length })}</p>
          {model.entries.length ? (
            <ol class="entries">
              {model.entries.map((entry) => (
                <EntrySummary entry={entry} urls={urls} />
              ))}
            </ol>
          ) : (
            <p>{t('page.empty')}</p>
          )}
        </section>
        <Timeline entries={model.entries} urls={urls} filters={model.filters} />
        <Subscribe model={model} />
      </main>
    </Layout>,
  )
}
