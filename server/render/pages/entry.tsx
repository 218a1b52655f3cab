/** @jsxImportSource hono/jsx */
/**
 * `/{lang}/entries/{slug}`: one entry with its body, its place's coordinates,
 * a small world map locating it and Guiyang, and a map link, and the way to its version in each other language. Text
 * that fell back to another language carries that language's `lang`, and a
 * notice names the language in the page's own.
 */
import type { TFunction } from 'i18next'
import { LANGUAGES, translationsOf, type LanguageId } from '../../../schemas/languages'
import type { Entry } from '../../model/entry'
import type { Settings } from '../../model/settings'
import type { FeedLink } from '../../feeds/autodiscovery'
import { translator } from '../../i18n'
import type { SiteUrls } from '../../../schemas/lib/site-urls'
import { entryJsonLd } from './json-ld'
import { languageName } from './language-names'
import { htmlDocument, Layout, settingsFellBackTag } from './layout'
import { fellBackTag, PlaceName } from './place'
import { worldMap } from '../../map/geometry'
import { MAP_FONT_SIZE, MapFigure } from './map'

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

/** Coordinates as the page's language writes them: 45.5455° N, 11.5354° E; 北纬45.5455°，东经11.5354°. */
function formatCoordinates(t: TFunction, { lat, lng }: { lat: number; lng: number }): string {
  return t('page.entry.position', {
    latitude: t(lat >= 0 ? 'page.entry.latitude.north' : 'page.entry.latitude.south', { degrees: Math.abs(lat) }),
    longitude: t(lng >= 0 ? 'page.entry.longitude.east' : 'page.entry.longitude.west', { degrees: Math.abs(lng) }),
  })
}

/** The locator: a small world map of the entry's city (linked to OpenStreetMap) and Guiyang; none without coordinates. */
async function Locator({ entry }: { entry: Entry }) {
  if (!entry.location) return null
  const t = translator(entry.language)
  const city = { ...entry.location, label: entry.city, href: openStreetMapUrl(entry.location) }
  return (
    <MapFigure
      geometry={await worldMap([city], t('page.map.home'), 'locator')}
      id="locator"
      title={t('page.entry.locator.title', { city: entry.city })}
      description={t('page.entry.locator.description', { city: entry.city })}
      fontSize={MAP_FONT_SIZE.locator}
      langs={[fellBackTag(entry, 'city')]}
    />
  )
}

export async function renderEntryPage({ entry, settings, feeds, urls }: EntryPageModel): Promise<string> {
  const t = translator(entry.language)
  const fellBack = (field: Parameters<typeof fellBackTag>[1]) => fellBackTag(entry, field)
  const locator = await Locator({ entry })
  const versions = Object.fromEntries(LANGUAGES.map((l) => [l.id, urls.entryPage(entry.slug, l.id)])) as Record<LanguageId, string>
  return htmlDocument(
    <Layout
      language={entry.language}
      title={`${entry.title} · ${settings.title}`}
      description={entry.summary ?? settings.description}
      descriptionLang={entry.summary ? fellBack('summary') : settingsFellBackTag(settings, 'description')}
      settings={settings}
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
          {entry.fellBack.length ? (
            <p class="panel">{t('page.entry.fellBack', { language: languageName(entry.fallbackLanguage, entry.language) })}</p>
          ) : null}
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
              <PlaceName entry={entry} withRegion />
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
                      {index ? t('listSeparator') : ''}
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
                  <span class="geo">{formatCoordinates(t, entry.location)}</span>
                  {' · '}
                  <a href={openStreetMapUrl(entry.location)} rel="external">
                    {t('page.entry.map', { city: entry.city })}
                  </a>
                </dd>
              </>
            ) : null}
          </dl>
          {locator}
          <div class="body" lang={fellBack('body')} dangerouslySetInnerHTML={{ __html: entry.body.html }} />
          <ul class="translations">
            {translationsOf(entry.language).map((translation) => (
              <li>
                <a href={versions[translation.id]} hreflang={translation.tag} lang={translation.tag} rel="alternate">
                  {/* Each link in the language it leads to, as the language switch names it. */}
                  {translator(translation.id)('page.entry.otherLanguage', { language: languageName(translation.id, translation.id) })}
                </a>
              </li>
            ))}
          </ul>
        </article>
      </main>
    </Layout>,
  )
}
