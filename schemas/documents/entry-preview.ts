/**
 * How an entry is listed in the Studio (the list, the document's header, *Needs
 * translation*): its title in the editor's interface language, then its date and
 * its title in the other language. A title is the headline, or is built from the
 * city and the date as the site builds it (`entry.title` in the Worker's interface
 * strings: "Vicenza, December 2018" / "维琴察，2018年12月"), in each language that
 * has a city: a date alone names no entry. An entry written in one language only
 * is titled in it until the other exists, never by a date in the other language
 * with no city ("June 2019").
 *
 * Sanity lists documents and titles the document's header from the schema's
 * `prepare` alone (its document lists draw its value with their own default
 * preview, not `form.components.preview`), and `prepare` is not told the
 * interface language: the Studio tells this module (`listEntriesIn`, from
 * studio/components/entry-preview-language.tsx) before it draws, and English
 * leads until it does.
 */
import type { PreviewValue } from 'sanity'
import { fieldsFor, type WrittenLanguageId } from '../languages'
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

/** How each language joins a city and a date into a title, as the site's `entry.title` does. */
const CITY_DATE_SEPARATORS: Readonly<Record<WrittenLanguageId, string>> = { en: ', ', zh: '，' }

/** An entry with no title in any language. */
const UNTITLED: Readonly<Record<WrittenLanguageId, string>> = { en: 'Untitled entry', zh: '未命名条目' }

/** The written language the Studio's interface is in, which leads an entry's preview. */
let listLanguage: WrittenLanguageId = 'en'

/** Lists entries (and titles their documents) leading with `language`, the Studio's interface language, from now on. */
export function listEntriesIn(language: WrittenLanguageId): void {
  listLanguage = language
}

/** The lines an entry is listed by, leading with `lead` and followed by the other language (`fieldsFor`'s fallback). */
export function entryPreviewLines(selection: EntryPreviewSelection, lead: WrittenLanguageId): Pick<PreviewValue, 'title' | 'subtitle'> {
  const { fallback: other } = fieldsFor(lead)
  const fields: Record<WrittenLanguageId, { city?: string; headline?: string }> = {
    en: { city: selection.cityEn, headline: selection.headlineEn },
    zh: { city: selection.cityZh, headline: selection.headlineZh },
  }
  const dateIn = (language: WrittenLanguageId) => (selection.date ? formatPartialDate(selection.date, language) : undefined)
  const headlineIn = (language: WrittenLanguageId) => {
    const { headline } = fields[language]
    return hasContent(headline) ? headline : undefined
  }
  const titleIn = (language: WrittenLanguageId) => {
    const { city } = fields[language]
    return headlineIn(language) ?? (hasContent(city) ? [city, dateIn(language)].filter(Boolean).join(CITY_DATE_SEPARATORS[language]) : undefined)
  }
  const [leadTitle, otherTitle, otherHeadline] = [titleIn(lead), titleIn(other), headlineIn(other)]
  // The date leads a headline, so a narrow list that cuts the line short still shows it; a
  // title built from city and date has the date already, in the leading language too.
  if (leadTitle) return { title: leadTitle, subtitle: (otherHeadline ? [dateIn(lead), otherHeadline] : [otherTitle]).filter(Boolean).join(' · ') }
  if (otherTitle) return { title: otherTitle, subtitle: otherHeadline && dateIn(other) }
  return { title: bilingualTitle(UNTITLED[lead], UNTITLED[other]), subtitle: dateIn(lead) }
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
  prepare(selection: EntryPreviewSelection): PreviewValue {
    return { ...entryPreviewLines(selection, listLanguage), media: selection.media }
  },
}
