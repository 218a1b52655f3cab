/** @jsxImportSource hono/jsx */
/**
 * The maps on the pages, drawn on the server as inline SVG (no script, no
 * tiles, nothing loaded from elsewhere, so the pages' CSP is unchanged): the
 * land, a line from Guiyang to each partner city, and the cities as links to
 * their entries, labelled in the page's language. Colours come from the page
 * stylesheet's classes (both schemes); the entry list stays the text
 * alternative, and the SVG is a named group of links with a description.
 */
import { raw } from 'hono/html'
import type { LanguageId } from '../../../schemas/languages'
import { partialDateYear } from '../../../schemas/lib/partial-date'
import type { LinkFilters, SiteUrls } from '../../../schemas/lib/site-urls'
import type { Entry } from '../../model/entry'
import type { CityOnMap, MapGeometry } from '../../map/geometry'
import { placeLabels } from '../../map/labels'
import { translator } from '../../i18n'
import { fellBackTag } from './place'

/** The label size on each map, in the SVG's px (the world map is drawn 960 px wide, the locator 320). */
export const MAP_FONT_SIZE = { world: 16, locator: 12 } as const

/** A city on the pages' map, with the `lang` of its name when that fell back to another language. */
export interface PageCity extends CityOnMap {
  lang?: string | undefined
  /** How many of the listed entries are in this city. */
  entries: number
}

/**
 * The cities of the listed entries, once each, in the order listed (newest
 * first): a city with one entry links to it, one with several to this page
 * filtered to that city (as the city filter does), other filters kept; its
 * `year` the first of its listed entries' years (when its relationship began).
 */
export function citiesOf(entries: readonly Entry[], urls: SiteUrls, language: LanguageId, filters: LinkFilters): PageCity[] {
  const cities = new Map<string, PageCity>()
  for (const entry of entries) {
    if (!entry.location) continue
    const known = cities.get(entry.cityKey)
    const year = Number(partialDateYear(entry.date.value)) || undefined
    if (known) {
      if (year !== undefined && (known.year === undefined || year < known.year)) known.year = year
      known.entries++
      known.href = urls.home(language, { ...filters, city: entry.cityKey })
      continue
    }
    cities.set(entry.cityKey, {
      ...entry.location,
      label: entry.city,
      lang: fellBackTag(entry, 'city'),
      href: urls.entryPage(entry.slug, entry.language),
      entries: 1,
      ...(year === undefined ? {} : { year }),
    })
  }
  return [...cities.values()]
}

/** A city's accessible name on a map, in `language`: its label and, when known, the year its relationship began ("Fort Worth, since 2011"). */
export function cityName(city: Pick<CityOnMap, 'label' | 'year'>, language: LanguageId): string {
  return city.year === undefined ? city.label : translator(language)('page.map.since', { city: city.label, year: city.year })
}

/** Where a city's link opens, written on each link: an SVG link does not follow a `<base target>` (Chromium opens it in place). */
export interface LinkTarget {
  target: '_top' | '_blank'
  rel?: 'noopener'
}

interface MapFigureProps {
  geometry: MapGeometry
  id: string
  title: string
  description: string
  fontSize: number
  langs?: readonly (string | undefined)[]
  /** Each city link's accessible name and tooltip (its `<title>`), where it says more than the label: since when. */
  names?: readonly (string | undefined)[]
  /** Where the cities' links open (the widget's iframe); the pages open them in place. */
  linkTarget?: LinkTarget | undefined
}

/** Each map's figure as written, by map (worldMap keeps each map it projected) and the rest of its props. */
const drawn = new WeakMap<MapGeometry, Map<string, string>>()

/**
 * One map as an SVG figure: `id` prefixes its title and description (one
 * map per page), `langs` gives each city's label its `lang` where it fell back,
 * `linkTarget` where its links open. Written once per map and props, and kept: a request only copies its bytes.
 */
export const MapFigure = (props: MapFigureProps) => {
  const byProps = drawn.get(props.geometry) ?? new Map<string, string>()
  drawn.set(props.geometry, byProps)
  const key = JSON.stringify([props.id, props.title, props.description, props.fontSize, props.langs ?? [], props.names ?? [], props.linkTarget ?? {}])
  let html = byProps.get(key)
  if (html === undefined) {
    const written = (<DrawnMap {...props} />).toString()
    if (typeof written !== 'string') throw new Error('A map is written synchronously')
    html = written
    byProps.set(key, html)
  }
  return raw(html)
}

const DrawnMap = ({ geometry, id, title, description, fontSize, langs = [], names = [], linkTarget }: MapFigureProps) => {
  const { width, height, home, cities } = geometry
  const labels = placeLabels([home, ...cities], { width, height, fontSize })
  const Label = ({ index, text, lang }: { index: number; text: string; lang?: string | undefined }) => {
    const label = labels[index]!
    return (
      <>
        {label.leader ? <line class="leader" x1={label.leader.x1} y1={label.leader.y1} x2={label.leader.x2} y2={label.leader.y2} /> : null}
        <text x={label.x} y={label.y} text-anchor={label.anchor} lang={lang}>
          {text}
        </text>
      </>
    )
  }
  return (
    <figure class={`map map-${id}`}>
      <svg viewBox={`0 0 ${width} ${height}`} role="group" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} font-size={fontSize}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {/* The build step's own path data (numbers and path commands only): written as it is, not escaped again on every render. */}
        {raw(`<path class="sea" d="${geometry.outline}"></path><path class="land" d="${geometry.land}"></path>`)}
        {cities.map((city) => (
          <path class="arc" d={city.arc} />
        ))}
        <g class="home">
          <circle cx={home.x} cy={home.y} r={fontSize / 3} />
          <Label index={0} text={home.label} />
        </g>
        {cities.map((city, index) => (
          <a {...linkTarget} href={city.href} class="city">
            {names[index] ? <title>{names[index]}</title> : null}
            <circle cx={city.x} cy={city.y} r={fontSize / 4} />
            <Label index={index + 1} text={city.label} lang={langs[index]} />
          </a>
        ))}
      </svg>
    </figure>
  )
}
