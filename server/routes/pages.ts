/**
 * The reader pages: `/` sends each reader to their language, `/{lang}/` lists
 * the entries, `/{lang}/entries/{slug}` shows one, `/{lang}/json-feed-extension`
 * describes what the JSON Feeds add to the format, `/{lang}/embed/` is where a
 * partner configures the widget and copies its code. Server-rendered HTML that
 * needs no JavaScript; what "view the feed in a browser" means now that
 * browsers are dropping XSLT. A page's path names its language, which never
 * changes silently; filters that are not valid are left out, never an error.
 */
import { Hono, type Context } from 'hono'
import { LANGUAGE_IDS, LANGUAGES, languageById, languageFromTag, type LanguageId } from '../../schemas/languages'
import { partialDateYear } from '../../schemas/lib/partial-date'
import { siteUrls, type LinkFilters } from '../../schemas/lib/site-urls'
import { TOPIC_CODES } from '../../schemas/vocabulary'
import { findEntry, listEntries } from '../content/entries'
import { getSettings } from '../content/settings'
import type { ContentSource } from '../content/source'
import type { AppEnv } from '../env'
import { feedLinks } from '../feeds/autodiscovery'
import { answerInLanguage, CACHE_CONTROL, type CachePolicy } from '../http/cache-control'
import { showing } from '../http/cache-tags'
import { declareCanonicalRequest } from '../http/canonical-request'
import { contentSecurityPolicy } from '../http/csp'
import { withEtag } from '../http/etag'
import { knownFilters } from '../http/filters'
import { publicOrigin } from '../http/origin'
import { problemResponse } from '../http/problem'
import { LANGUAGE_SEGMENT } from '../i18n/language'
import { LIMIT, usableFilters } from '../model/filters'
import { displayOptions, linkDisplayOptions } from '../embed/display-options'
import { recordEmbedScript } from '../embed/releases'
import { embedScriptPin } from '../embed/script'
import { CONFIGURATOR_STYLE, renderConfiguratorPage } from '../render/pages/configurator'
import { renderEntryPage } from '../render/pages/entry'
import { renderHomePage, type Facet } from '../render/pages/home'
import { renderJsonFeedExtensionPage } from '../render/pages/json-feed-extension'
import { renderNotFoundPage } from '../render/pages/not-found'
import { PAGE_STYLE } from '../render/pages/style'

let pagePolicy: Promise<string> | undefined
let configuratorPolicy: Promise<string> | undefined

/**
 * Pages run no script and load nothing but the site's icons from their own origin: their one
 * inline stylesheet is allowed by its hash. (Previews send them too.)
 */
export async function pageHeaders(c: Context<AppEnv>, policy: CachePolicy = 'content') {
  pagePolicy ??= contentSecurityPolicy({ styles: [PAGE_STYLE], images: ["'self'"], frameAncestors: "'self'" })
  c.header('Content-Security-Policy', await pagePolicy)
  answerInLanguage(c, policy)
}

/**
 * The configurator's policy: the pages' own, and what its live widget loads from this origin (the
 * web component's script and data, the iframe page); its form submits here (GET).
 */
async function configuratorHeaders(c: Context<AppEnv>) {
  configuratorPolicy ??= contentSecurityPolicy({
    styles: [PAGE_STYLE, CONFIGURATOR_STYLE],
    images: ["'self'"],
    sources: { scripts: ["'self'"], connect: ["'self'"], frames: ["'self'"], forms: ["'self'"] },
    frameAncestors: "'self'",
  })
  c.header('Content-Security-Policy', await configuratorPolicy)
  answerInLanguage(c, 'content')
}

/** Every value each filter can take, from the entries themselves, labelled in `language` (also the benchmarks' home page, bench/maps.ts). */
export async function facetsOf(source: ContentSource, language: LanguageId): Promise<Facet[]> {
  const { entries } = await listEntries(source, { limit: LIMIT.max }, language)
  const years = entries.map((entry) => partialDateYear(entry.date.value)).filter((year) => year !== undefined)
  const collator = new Intl.Collator(languageById(language).tag)
  const unique = (options: { value: string; label: string }[]) =>
    [...new Map(options.map((option) => [option.value, option])).values()]
  const byLabel = (options: { value: string; label: string }[]) => unique(options).sort((a, b) => collator.compare(a.label, b.label))
  return [
    // A city is filtered by its key ("fort-worth") and shown in the page's language.
    { name: 'city', options: byLabel(entries.map((entry) => ({ value: entry.cityKey, label: entry.city }))) },
    {
      name: 'country',
      options: byLabel(entries.flatMap((entry) => (entry.country ? [{ value: entry.country.code, label: entry.country.name }] : []))),
    },
    {
      name: 'topic',
      options: unique(entries.flatMap((entry) => entry.topics.map((topic) => ({ value: topic.code, label: topic.label })))).sort(
        (a, b) => TOPIC_CODES.indexOf(a.value as never) - TOPIC_CODES.indexOf(b.value as never),
      ),
    },
    {
      name: 'year',
      options: unique(years.map((year) => ({ value: year, label: year }))).sort(
        (a, b) => b.value.localeCompare(a.value),
      ),
    },
  ]
}

/** Autodiscovery links: the page's own language first, then the other's, all with the page's filters. */
export async function pageFeeds(c: Context<AppEnv>, filters: LinkFilters = {}) {
  const source = c.get('source')
  const language = c.get('language')
  const ordered = [language, ...LANGUAGE_IDS.filter((id) => id !== language)]
  const settings = await Promise.all(ordered.map((id) => getSettings(source, id)))
  return feedLinks(siteUrls(publicOrigin(c)), settings.map((s) => ({ language: s.language, title: s.title })), filters)
}

/** The page of the request's language, with the query it came with (filters carry over), less `lang`. */
function redirectToLanguage(c: Context<AppEnv>, status: 301 | 302) {
  const query = new URL(c.req.url).searchParams
  query.delete('lang')
  const search = query.size ? `?${query}` : ''
  return c.redirect(siteUrls(publicOrigin(c)).home(c.get('language')) + search, status)
}

export const pagesRoutes = new Hono<AppEnv>()

// `/zh` is `/zh/` without its slash. (A pattern like `/:lang{en|zh}` would also catch longer paths.)
for (const language of LANGUAGE_IDS) {
  pagesRoutes.get(`/${language}`, (c) => {
    c.header('Cache-Control', CACHE_CONTROL.untilDeploy)
    showing(c, { kind: 'page' })
    return redirectToLanguage(c, 301)
  })
}

pagesRoutes
  .get('/', (c) => {
    c.header('Cache-Control', CACHE_CONTROL.perReader)
    return redirectToLanguage(c, 302)
  })
  .get(`${LANGUAGE_SEGMENT}/`, withEtag, async (c) => {
    const language = c.get('language')
    const source = c.get('source')
    const urls = siteUrls(publicOrigin(c))
    const usable = usableFilters(c.req.query())
    declareCanonicalRequest(c, urls.home(language, usable))
    const [filters, facets] = await Promise.all([knownFilters(source, usable), facetsOf(source, language)])
    // A city there is no entry for is left out: the page is then the unfiltered one.
    declareCanonicalRequest(c, urls.home(language, filters))
    const [page, settings, feeds] = await Promise.all([
      listEntries(source, { ...filters, limit: LIMIT.max }, language),
      getSettings(source, language),
      pageFeeds(c, filters),
    ])
    await pageHeaders(c)
    // The facets list every value of every entry: the page shows the unfiltered list too.
    showing(c, { kind: 'page', entries: page.entries, settings: true, lists: [filters, {}] })
    return c.html(await renderHomePage({ language, settings, entries: page.entries, filters, facets, feeds, urls }))
  })
  .get(`${LANGUAGE_SEGMENT}/entries/:slug`, withEtag, async (c) => {
    const language = c.get('language')
    const source = c.get('source')
    const slug = c.req.param('slug')
    const urls = siteUrls(publicOrigin(c))
    declareCanonicalRequest(c, urls.entryPage(slug, language))
    const [entry, settings] = await Promise.all([findEntry(source, slug, language), getSettings(source, language)])
    if (!entry) {
      // Browsers get a page they can read and leave; programs the problem the API gives.
      if (!c.req.header('Accept')?.includes('text/html')) return problemResponse(c, 'entryNotFound', { values: { slug } })
      await pageHeaders(c, 'none')
      const versions = Object.fromEntries(LANGUAGES.map((l) => [l.id, urls.entryPage(slug, l.id)])) as Record<LanguageId, string>
      return c.html(await renderNotFoundPage({ language, settings, versions, urls }), 404)
    }
    await pageHeaders(c)
    showing(c, { kind: 'page', entries: [entry], slug, settings: true })
    return c.html(await renderEntryPage({ entry, settings, feeds: await pageFeeds(c), urls }))
  })
  // What the JSON Feeds' extension holds: the page their `about` names.
  .get(`${LANGUAGE_SEGMENT}/json-feed-extension`, withEtag, async (c) => {
    const language = c.get('language')
    const urls = siteUrls(publicOrigin(c))
    declareCanonicalRequest(c, urls.jsonFeedExtension(language))
    const settings = await getSettings(c.get('source'), language)
    const versions = Object.fromEntries(LANGUAGES.map((l) => [l.id, urls.jsonFeedExtension(l.id)])) as Record<LanguageId, string>
    await pageHeaders(c)
    showing(c, { kind: 'page', settings: true })
    return c.html(await renderJsonFeedExtensionPage({ language, settings, versions, urls }))
  })
  // Where a partner configures the widget: its options are the query, as the widget's are.
  .get(`${LANGUAGE_SEGMENT}/embed/`, withEtag, async (c) => {
    const language = c.get('language')
    const source = c.get('source')
    const urls = siteUrls(publicOrigin(c))
    const query = c.req.query()
    // The widget's language is the form's choice, else the page's.
    const options = displayOptions(query, (query.lang && languageFromTag(query.lang)) || language)
    const [facets, settings, pin] = await Promise.all([facetsOf(source, language), getSettings(source, language), embedScriptPin(publicOrigin(c))])
    // The pin it gives must outlive the next deploy.
    recordEmbedScript(c)
    // The cities the home page's filter lists; any other value is every city.
    const cities = facets.find((facet) => facet.name === 'city')?.options ?? []
    const city = cities.find((option) => option.value === query.city)?.value
    declareCanonicalRequest(c, urls.embedConfigurator(language, { city, ...linkDisplayOptions(options) }))
    await configuratorHeaders(c)
    showing(c, { kind: 'page', settings: true, lists: [{}] })
    return c.html(await renderConfiguratorPage({ language, settings, options, city, cities, urls, pin }))
  })
