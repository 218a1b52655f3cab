/**
 * schema.org structured data (https://schema.org) for the reader pages, as
 * JSON-LD. Serialized for a `<script>` element: `<`, `>` and `&` are written as
 * JSON escapes, so no editor's text can close the element or open a comment.
 */
import { languageById, translationsOf } from '../../../schemas/languages'
import type { Entry } from '../../model/entry'
import type { Settings } from '../../model/settings'
import type { SiteUrls } from '../../../schemas/lib/site-urls'

export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

function publisher(settings: Settings) {
  return { '@type': 'Organization', name: settings.publisher }
}

/**
 * An entry as a schema.org `NewsArticle` about its place: a `Place`, not a
 * `City`, since a partner may be a region (Silicon Valley).
 */
export function entryJsonLd(entry: Entry, settings: Settings, urls: SiteUrls) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': urls.entryPage(entry.slug, entry.language),
    url: urls.entryPage(entry.slug, entry.language),
    headline: entry.title,
    description: entry.summary ?? undefined,
    inLanguage: languageById(entry.language).tag,
    datePublished: entry.publishedAt ?? entry.date.start ?? undefined,
    dateModified: entry.updatedAt,
    keywords: entry.topics.map((topic) => topic.label),
    publisher: publisher(settings),
    contentLocation: {
      '@type': 'Place',
      name: entry.city,
      ...(entry.country
        ? {
            address: {
              '@type': 'PostalAddress',
              ...(entry.region ? { addressRegion: entry.region } : {}),
              addressCountry: entry.country.code,
            },
          }
        : {}),
      ...(entry.location
        ? { geo: { '@type': 'GeoCoordinates', latitude: entry.location.lat, longitude: entry.location.lng } }
        : {}),
    },
    workTranslation: translationsOf(entry.language).map((translation) => ({ '@id': urls.entryPage(entry.slug, translation.id) })),
  }
}

/** The page of entries as a schema.org `CollectionPage` listing them. */
export function listJsonLd(entries: readonly Entry[], settings: Settings, url: string, urls: SiteUrls) {
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    '@id': url,
    url,
    name: settings.title,
    description: settings.description,
    inLanguage: languageById(settings.language).tag,
    publisher: publisher(settings),
    mainEntity: {
      '@type': 'ItemList',
      itemListElement: entries.map((entry, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        url: urls.entryPage(entry.slug, entry.language),
        name: entry.title,
      })),
    },
  }
}
