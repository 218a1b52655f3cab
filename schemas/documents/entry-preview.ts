/**
 * How an entry is listed in the Studio: its English title, then its date and
 * Chinese title. The title is the headline, or is built from the city and the
 * date as the site builds it (`entry.title` in the Worker's interface strings:
 * "Vicenza, December 2018" / "维琴察，2018年12月"), so it exists in both
 * languages even before anyone writes a headline.
 */
import type { PreviewValue } from 'sanity'
import { bilingualTitle } from '../lib/bilingual'
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
    const titleEn = headlineEn || [cityEn, dateEn].filter(Boolean).join(', ')
    const titleZh = headlineZh || [cityZh, dateZh].filter(Boolean).join('，')
    return {
      title: titleEn || titleZh || bilingualTitle('Untitled entry', '未命名条目'),
      // The date leads a headline, so a narrow list that cuts the line short still shows it; a
      // title built from city and date has the date already, on the English line too.
      subtitle: (headlineZh ? [dateEn, headlineZh] : [titleZh]).filter(Boolean).join(' · '),
      media,
    }
  },
}
