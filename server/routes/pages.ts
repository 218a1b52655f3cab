/**
 * The reader pages: `/` sends each reader to their language, `/{lang}/` lists
 * the entries, `/{lang}/entries/{slug}` shows one. Server-rendered HTML that
 * needs no JavaScript; what "view the feed in a browser" means now that
 * browsers are dropping XSLT. A page's path names its language, which never
 * changes silently; filters that are not valid are left out, never an error.
 */
import { Hono, type Context, type MiddlewareHandler } from 'hono'
import { etag } from 'hono/etag'
import { LANGUAGE_IDS, LANGUAGES, languageById, type LanguageId } from '../../schemas/languages'
import { TOPIC_CODES } from '../../schemas/vocabulary'
import { cityKey } from '../../schemas/lib/city'
import { findEntry, listEntries } from '../content/entries'
import type { Entry } from '../content/entry'
import { getSettings } from '../content/settings'
import type { ContentSource } from '../content/source'
import type { AppEnv } from '../env'
import { feedLinks } from '../feeds/autodiscovery'
import { LIMIT, usableFilters, type UsableFilters } from '../filters'
import { negotiateLanguage } from '../../schemas/languages'
import { translator } from '../i18n'
import { siteUrls, type LinkFilters } from '../../schemas/lib/site-urls'
import { publicOrigin } from '../origin'
import { contentSecurityPolicy } from '../csp'
import { problemResponse } from '../problem'
import { renderEntryPage } from '../render/pages/entry'
import { renderHomePage, type Facet } from '../render/pages/home'
import { renderNotFoundPage } from '../render/pages/not-found'
import { PAGE_STYLE } from '../render/pages/style'

/** Pages change when editors publish; a minute of freshness, as for the API. */
const PAGE_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300'

/** Matches only our language ids, so `/fr/` falls through to the 404. */
const LANGUAGE_SEGMENT = `/:lang{${LANGUAGE_IDS.join('|')}}`

/** A page is written in its path's language, its problems included. */
const inPathLanguage: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set('uiLanguage', c.req.param('lang') as LanguageId)
  await next()
}

let pagePolicy: Promise<string> | undefined

/** Pages run no script and load nothing: their one inline stylesheet is allowed by its hash. */
async function pageHeaders(c: Context<AppEnv>, language: LanguageId, cacheControl = PAGE_CACHE_CONTROL) {
  pagePolicy ??= contentSecurityPolicy({ styles: [PAGE_STYLE], frameAncestors: "'self'" })
  c.header('Content-Security-Policy', await pagePolicy)
  c.header('Content-Language', languageById(language).tag)
  c.header('Cache-Control', cacheControl)
}

/** Every value each filter can take, from the entries themselves, labelled in `language`. */
async function facetsOf(source: ContentSource, language: LanguageId): Promise<Facet[]> {
  const [inLanguage, inEnglish] = await Promise.all(
    [language, 'en' as const].map((lang) => listEntries(source, { limit: LIMIT.max }, lang)),
  )
  // A city is filtered by its English name ("fort-worth") and shown in the page's language.
  const englishCity = new Map((inEnglish?.entries ?? []).map((entry) => [entry.id, entry.city]))
  const entries: Entry[] = inLanguage?.entries ?? []
  const collator = new Intl.Collator(languageById(language).tag)
  const unique = (options: { value: string; label: string }[]) =>
    [...new Map(options.map((option) => [option.value, option])).values()]
  return [
    {
      name: 'city',
      options: unique(entries.map((entry) => ({ value: cityKey(englishCity.get(entry.id) ?? entry.city), label: entry.city }))).sort(
        (a, b) => collator.compare(a.label, b.label),
      ),
    },
    {
      name: 'country',
      options: unique(entries.flatMap((entry) => (entry.country ? [{ value: entry.country.code, label: entry.country.name }] : []))).sort(
        (a, b) => collator.compare(a.label, b.label),
      ),
    },
    {
      name: 'topic',
      options: unique(entries.flatMap((entry) => entry.topics.map((topic) => ({ value: topic.code, label: topic.label })))).sort(
        (a, b) => TOPIC_CODES.indexOf(a.value as never) - TOPIC_CODES.indexOf(b.value as never),
      ),
    },
    {
      name: 'year',
      options: unique(entries.map((entry) => ({ value: entry.date.value.slice(0, 4), label: entry.date.value.slice(0, 4) }))).sort(
        (a, b) => b.value.localeCompare(a.value),
      ),
    },
  ]
}

/** Autodiscovery links: the page's own language first, then the other's, all with the page's filters. */
async function pageFeeds(c: Context<AppEnv>, language: LanguageId, filters: LinkFilters = {}) {
  const source = c.get('source')
  const ordered = [language, ...LANGUAGE_IDS.filter((id) => id !== language)]
  const settings = await Promise.all(ordered.map((id) => getSettings(source, id)))
  return feedLinks(siteUrls(publicOrigin(c)), settings.map((s) => ({ language: s.language, title: s.title })), filters)
}

export const pagesRoutes = new Hono<AppEnv>()

// `/zh` is `/zh/` without its slash. (A pattern like `/:lang{en|zh}` would also catch longer paths.)
for (const language of LANGUAGE_IDS) {
  pagesRoutes.get(`/${language}`, (c) => c.redirect(siteUrls(publicOrigin(c)).home(language) + new URL(c.req.url).search, 301))
}

pagesRoutes
  .get('/', (c) => {
    const language = negotiateLanguage(c.req.header('Accept-Language'))
    c.header('Vary', 'Accept-Language', { append: true })
    c.header('Cache-Control', 'private, max-age=0')
    // Filters in the query carry over to the page.
    return c.redirect(siteUrls(publicOrigin(c)).home(language) + new URL(c.req.url).search, 302)
  })
  .get(`${LANGUAGE_SEGMENT}/`, inPathLanguage, etag(), async (c) => {
    const language = c.get('uiLanguage')
    const source = c.get('source')
    const requested = usableFilters(c.req.query())
    const facets = await facetsOf(source, language)
    // Only values that exist: a misspelt city shows every entry rather than none.
    const cities = facets.find((facet) => facet.name === 'city')?.options ?? []
    const filters = requested.city && !cities.some((city) => city.value === requested.city) ? { ...requested, city: undefined } : requested
    const active = Object.fromEntries(Object.entries(filters).filter(([, value]) => value)) as UsableFilters
    const [page, settings, feeds] = await Promise.all([
      listEntries(source, { ...active, limit: LIMIT.max }, language),
      getSettings(source, language),
      pageFeeds(c, language, active),
    ])
    await pageHeaders(c, language)
    return c.html(
      await renderHomePage({ language, settings, entries: page.entries, filters: active, facets, feeds, urls: siteUrls(publicOrigin(c)) }),
    )
  })
  .get(`${LANGUAGE_SEGMENT}/entries/:slug`, inPathLanguage, etag(), async (c) => {
    const language = c.get('uiLanguage')
    const source = c.get('source')
    const slug = c.req.param('slug')
    const urls = siteUrls(publicOrigin(c))
    const [entry, settings] = await Promise.all([findEntry(source, slug, language), getSettings(source, language)])
    if (!entry) {
      // Browsers get a page they can read and leave; programs the problem the API gives.
      if (c.req.header('Accept')?.includes('text/html')) {
        await pageHeaders(c, language, 'no-store')
        const versions = Object.fromEntries(LANGUAGES.map((l) => [l.id, urls.entryPage(slug, l.id)])) as Record<LanguageId, string>
        return c.html(await renderNotFoundPage({ language, settings, versions, urls }), 404)
      }
      const t = translator(language)
      return problemResponse(
        c,
        { type: '/problems/not-found', title: t('problem.entryNotFound.title'), status: 404, detail: t('problem.entryNotFound.detail', { slug }) },
        language,
      )
    }
    await pageHeaders(c, language)
    return c.html(await renderEntryPage({ entry, settings, feeds: await pageFeeds(c, language), urls }))
  })
