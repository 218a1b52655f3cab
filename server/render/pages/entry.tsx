/** @jsxImportSource hono/jsx */
/**
 * `/{lang}/entries/{slug}`: one entry with its body, its partner city's
 * coordinates and a map link, and the way to its other-language version.
 * Text that fell back to the other language carries that language's `lang`.
 */
import { LANGUAGES, languageById, translationsOf, type LanguageId } from '../../../schemas/languages'
import type { Entry, FallbackField } from '../../model/entry'
import type { Settings } from '../../model/settings'
import type { FeedLink } from '../../feeds/autodiscovery'
import { translator } from '../../i18n'
import type { SiteUrls } from '../../../schemas/lib/site-urls'
import { entryJsonLd } from './json-ld'
import { htmlDocument, Layout } from './layout'

export interface EntryPageModel {
  entry: Entry
  settings: Settings
  feeds: readonly FeedLink[]
  urls: SiteUrls
}

/** The partner city on OpenStreetMap, with a marker. */
export function openStreetMapUrl({ lat, lng }: { lat: number; lng: number }): string {
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=11/${lat}/${lng}`
}

/** Coordinates as people write them: 45.5455° N, 11.5354° E. */
function formatCoordinates({ lat, lng }: { lat: number; lng: number }): string {
  return `${Math.abs(lat)}° ${lat >= 0 ? 'N' : 'S'}, ${Math.abs(lng)}° ${lng >= 0 ? 'E' : 'W'}`
}

export function renderEntryPage({ entry, settings, feeds, urls }: EntryPageModel): Promise<string> {
  const t = translator(entry.language)
  const other = languageById(entry.fallbackLanguage)
  const fellBack = (field: FallbackField) => (entry.fellBack.includes(field) ? other.tag : undefined)
  const versions = Object.fromEntries(LANGUAGES.map((l) => [l.id, urls.entryPage(entry.slug, l.id)])) as Record<LanguageId, string>
  return htmlDocument(
    <Layout
      language={entry.language}
      title={`${entry.title} · ${settings.title}`}
      description={entry.summary ?? settings.description}
      siteTitle={settings.title}
      canonical={versions[entry.language]}
      versions={versions}
      feeds={feeds}
      jsonLd={entryJsonLd(entry, settings, urls)}
      urls={urls}
      mainId="main"
    >
      <main id="main" tabindex={-1}>
        <article>
          <p class="meta">
            <a href={urls.home(entry.language)}>{t('page.entry.back')}</a>
          </p>
          <h1>{entry.title}</h1>
          {entry.fellBack.length ? <p class="panel">{t('page.entry.fellBack', { language: other.nativeTitle })}</p> : null}
          {entry.summary ? (
            <p class="lede" lang={fellBack('summary')}>
              {entry.summary}
            </p>
          ) : null}
          <dl class="facts">
            <dt>{t('page.entry.date')}</dt>
            <dd>
              <time datetime={entry.date.value}>{entry.date.display}</time>
            </dd>
            <dt>{t('page.entry.place')}</dt>
            <dd>
              <span lang={fellBack('city')}>{entry.city}</span>
              {entry.region ? t('page.placeSeparator') : ''}
              {entry.region ? <span lang={fellBack('region')}>{entry.region}</span> : null}
              {entry.country ? `${t('page.placeSeparator')}${entry.country.name}` : ''}
            </dd>
            {entry.relationship ? (
              <>
                <dt>{t('page.entry.relationship')}</dt>
                <dd>{entry.relationship.label}</dd>
              </>
            ) : null}
            {entry.topics.length ? (
              <>
                <dt>{t('page.entry.topics')}</dt>
                <dd>
                  {entry.topics.map((topic, index) => (
                    <>
                      {index ? t('feed.filterSeparator') : ''}
                      <a href={urls.home(entry.language, { topic: topic.code })}>{topic.label}</a>
                    </>
                  ))}
                </dd>
              </>
            ) : null}
            {entry.location ? (
              <>
                <dt>{t('page.entry.coordinates')}</dt>
                <dd>
                  <span class="geo">{formatCoordinates(entry.location)}</span>
                  {' · '}
                  <a href={openStreetMapUrl(entry.location)} rel="external">
                    {t('page.entry.map', { city: entry.city })}
                  </a>
                </dd>
              </>
            ) : null}
          </dl>
          <div class="body" lang={fellBack('body')} dangerouslySetInnerHTML={{ __html: entry.body.html }} />
          <ul class="translations">
            {translationsOf(entry.language).map((translation) => (
              <li>
                <a href={versions[translation.id]} hreflang={translation.tag} lang={translation.tag} rel="alternate">
                  {translator(translation.id)('page.entry.otherLanguage', { language: translation.nativeTitle })}
                </a>
              </li>
            ))}
          </ul>
        </article>
      </main>
    </Layout>,
  )
}
