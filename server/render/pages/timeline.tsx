/** @jsxImportSource hono/jsx */
/**
 * The timeline on the home page: the listed entries by year, from the first
 * (1992) to the latest, oldest first, each year as its language writes it
 * (1992年) and linked to the page filtered to it (as the year filter links it),
 * with its cities linked to their entries and the kind of relationship, when
 * the entry names one.
 */
import { partialDateYear } from '../../../schemas/lib/partial-date'
import { translator } from '../../i18n'
import type { LinkFilters, SiteUrls } from '../../../schemas/lib/site-urls'
import type { Entry } from '../../model/entry'
import { fellBackTag } from './place'

/** The entries by the year of their date (as the year filter reads it), oldest year first, the entries of a year oldest first. */
export function entriesByYear(entries: readonly Entry[]): [string, Entry[]][] {
  const years = new Map<string, Entry[]>()
  for (const entry of [...entries].sort((a, b) => a.date.value.localeCompare(b.date.value))) {
    const year = partialDateYear(entry.date.value)
    if (year) years.set(year, [...(years.get(year) ?? []), entry])
  }
  return [...years].sort(([a], [b]) => a.localeCompare(b))
}

/** The timeline of `entries`, listed under `filters`: a year's link keeps the other filters. */
export const Timeline = ({ entries, urls, filters }: { entries: readonly Entry[]; urls: SiteUrls; filters: LinkFilters }) => {
  const years = entriesByYear(entries)
  if (!years.length) return null
  const language = entries[0]!.language
  const t = translator(language)
  const first = years[0]![0]
  const last = years.at(-1)![0]
  return (
    <section class="timeline" aria-labelledby="timeline">
      <h2 id="timeline">{t('page.timeline.heading')}</h2>
      <p class="count">
        {first === last
          ? t('page.timeline.oneYear', { year: t('page.timeline.year', { year: first }) })
          : t('page.timeline.span', { first: t('page.timeline.year', { year: first }), last: t('page.timeline.year', { year: last }) })}
      </p>
      <ol>
        {years.map(([year, inYear]) => (
          <li>
            <a href={urls.home(language, { ...filters, year })} aria-current={filters.year === year ? 'true' : undefined}>
              <time datetime={year}>{t('page.timeline.year', { year })}</time>
            </a>
            <ul>
              {inYear.map((entry) => (
                <li>
                  <a href={urls.entryPage(entry.slug, entry.language)} lang={fellBackTag(entry, 'city')}>
                    {entry.city}
                  </a>
                  {entry.relationship ? <span class="meta">{t('page.timeline.relationship', { relationship: entry.relationship.label })}</span> : null}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  )
}
