/**
 * `/embed.json`: what the web component shows, in one request. Each item is
 * the API's entry (render/json.ts) cut to the fields the widget reads, under
 * the same names and paths, so the element reads either; the summary is cut
 * here as the widget would cut it (truncate.ts), so the reader downloads what
 * it shows and nothing more. For the map layout it carries the map, projected
 * and labelled (`widgetMap`): the element draws it without projecting anything.
 */
import { languageById, type LanguageId } from '../../schemas/languages'
import type { Selectors, SiteUrls } from '../../schemas/lib/site-urls'
import { translator } from '../i18n'
import { worldMap, type MapCity, type MapGeometry } from '../map/geometry'
import { placeLabels, type PlacedLabel } from '../map/labels'
import type { Entry } from '../model/entry'
import { renderEntryJson, type EntryJson } from '../render/json'
import { citiesOf, cityName } from '../render/pages/map'
import { WIDGET_SUMMARY_WIDTH } from './display-options'
import { truncate } from './truncate'

/** One entry as the widget shows it: a subset of the API's entry, the summary cut to the widget's width. */
export type EmbedItemJson = Pick<EntryJson, 'id' | 'title' | 'date' | 'city' | 'country' | 'summary' | 'fallback'> & {
  links: Pick<EntryJson['links'], 'page'>
}

/**
 * The widget's map (`layout=map`), projected and labelled here so that the element only draws it:
 * the world map's geometry (server/map/geometry.ts), its cities those of the entries listed, once
 * each, and where each label goes (`labels`: Guiyang's, then each city's, server/map/labels.ts),
 * for text of `fontSize` in the map's px; its name and description in the widget's language.
 */
export interface EmbedMapJson extends MapGeometry {
  /** Each city as drawn, with the `lang` of its label where it fell back and its accessible name (`name`: since when). */
  cities: (MapCity & { lang?: string | undefined; name: string })[]
  fontSize: number
  labels: PlacedLabel[]
  title: string
  description: string
}

/**
 * The labels' size in the map's px: the world map is 960 px wide, and a widget about 600, where
 * this is a little under 15 px (the pages' map, drawn at its width, has 15).
 */
export const WIDGET_MAP_FONT_SIZE = 22

export interface EmbedDataJson {
  language: string
  filters: Selectors
  items: EmbedItemJson[]
  /** With `layout=map` only, when there are entries. */
  map?: EmbedMapJson
  links: {
    /** The site's home page with the same filters: "All entries". */
    all: string
    /** The home page's subscribe panel with the same filters: "Subscribe" (a browser shows a feed's raw XML). */
    subscribe: string
  }
}

/** An entry's summary as the widget shows it (both forms): cut in the language it is written in, between words in English, by width in Chinese. */
export function widgetSummary(entry: Entry): string | null {
  if (entry.summary === null) return null
  const written = entry.fellBack.includes('summary') ? entry.fallbackLanguage : entry.language
  return truncate(entry.summary, WIDGET_SUMMARY_WIDTH, languageById(written).tag)
}

function embedItem(entry: Entry, urls: SiteUrls): EmbedItemJson {
  const { id, title, date, city, country, fallback, links } = renderEntryJson(entry, urls)
  return {
    id,
    title,
    date,
    city,
    country,
    summary: widgetSummary(entry),
    fallback,
    links: { page: links.page },
  }
}

interface WidgetContext {
  language: LanguageId
  filters: Selectors
  urls: SiteUrls
}

/** Each widget map drawn, by the geometry it was drawn on (worldMap keeps the last maps) and its language and labels' languages. */
const drawn = new WeakMap<MapGeometry, Map<string, ShownMap>>()

/** A widget's map and its JSON text, written once: `/embed.json` copies it, the iframe page draws the same object (its figure kept by it). */
export interface ShownMap {
  map: EmbedMapJson
  json: string
}

/**
 * The map of the entries' cities, in `language` (both forms: `/embed.json` and the iframe page),
 * or none when no listed entry has a place (the widget then lists them). Kept per map that
 * `worldMap` keeps and language, so a request only copies its bytes.
 */
export async function widgetMap(entries: readonly Entry[], { language, filters, urls }: WidgetContext): Promise<ShownMap | undefined> {
  const t = translator(language)
  const cities = citiesOf(entries, urls, language, filters)
  if (!cities.length) return undefined
  const geometry = await worldMap(cities, t('embed.map.home'))
  const langs = cities.map((city) => city.lang)
  const byLanguage = drawn.get(geometry) ?? new Map<string, ShownMap>()
  drawn.set(geometry, byLanguage)
  const key = JSON.stringify([language, langs])
  const known = byLanguage.get(key)
  if (known) return known
  const { width, height } = geometry
  const map: EmbedMapJson = {
    ...geometry,
    cities: geometry.cities.map((city, index) => ({ ...city, lang: langs[index], name: cityName(city, language) })),
    fontSize: WIDGET_MAP_FONT_SIZE,
    labels: placeLabels([geometry.home, ...geometry.cities], { width, height, fontSize: WIDGET_MAP_FONT_SIZE }),
    title: t('embed.map.title'),
    description: t('embed.map.description', { count: cities.length }),
  }
  const shown = { map, json: JSON.stringify(map) }
  byLanguage.set(key, shown)
  return shown
}

/** The entries the widget shows, in `language`, chosen by `filters` (those the content knew), and their map when it has one. */
export function renderEmbedData(entries: readonly Entry[], { language, filters, urls }: WidgetContext): EmbedDataJson {
  return {
    language: languageById(language).tag,
    filters,
    items: entries.map((entry) => embedItem(entry, urls)),
    links: { all: urls.home(language, filters), subscribe: urls.subscribe(language, filters) },
  }
}

/** `/embed.json`'s text: the entries' answer with the map's text, written once (`widgetMap`), in its place before the links. */
export function embedDataText(data: EmbedDataJson, map: ShownMap | undefined): string {
  const { links, ...rest } = data
  const text = JSON.stringify(rest)
  return `${text.slice(0, -1)}${map ? `,"map":${map.json}` : ''},"links":${JSON.stringify(links)}}`
}
