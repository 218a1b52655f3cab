/**
 * How an entry is listed in the Studio (the list, the document's header, *Needs
 * translation*): its English title, then its date and Chinese title. A title is
 * the headline, or is built from the city and the date as the site builds it
 * (`entry.title` in the Worker's interface strings: "Vicenza, December 2018" /
 * "维琴察，2018年12月"), in each language that has a city: a date alone names
 * no entry. An entry written in Chinese first is titled in Chinese until its
 * English exists, never by an English date with no city ("June 2019").
 */
import type { PreviewValue } from 'sanity'
import { bilingualTitle } from '../lib/bilingual'
import { hasContent } from '../lib/localized-rules'
import { formatPartialDate } from '../lib/partial-date'

/** What an entry's preview selects: its titles and date in both languages, and its image. */
interface EntryPreviewSelection {
  cityEn?: string
  cityZh?: string
  headlineEn?: string
  headlineZh?: string
  date?: string
  media?: PreviewValue['media']
}

export const entryPreview = {
  select: {
    cityEn: 'city.en',
    cityZh: 'city.zh',
    headlineEn: 'headline.en',
    headlineZh: 'headline.zh',
    date: 'date',
    media: 'image',
  },
  prepare({ cityEn, cityZh, headlineEn, headlineZh, date, media }: EntryPreviewSelection): PreviewValue {
    const dateEn = date ? formatPartialDate(date, 'en') : undefined
    const dateZh = date ? formatPartialDate(date, 'zh') : undefined
    const headlineInZh = hasContent(headlineZh) ? headlineZh : undefined
    const titleEn = hasContent(headlineEn) ? headlineEn : hasContent(cityEn) ? [cityEn, dateEn].filter(Boolean).join(', ') : undefined
    const titleZh = headlineInZh ?? (hasContent(cityZh) ? [cityZh, dateZh].filter(Boolean).join('，') : undefined)
    // The date leads a headline, so a narrow list that cuts the line short still shows it; a
    // title built from city and date has the date already, on the English line too.
    if (titleEn) return { title: titleEn, subtitle: (headlineInZh ? [dateEn, headlineInZh] : [titleZh]).filter(Boolean).join(' · '), media }
    if (titleZh) return { title: titleZh, subtitle: headlineInZh && dateZh, media }
    return { title: bilingualTitle('Untitled entry', '未命名条目'), subtitle: dateZh, media }
  },
}
