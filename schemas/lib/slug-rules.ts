/**
 * The rules of an entry's slug, beyond the slug type's own (present,
 * unique): its format, and that it is built from the English city and the
 * year. Imports only types from 'sanity'.
 */
import type { CustomValidator, SanityDocument } from 'sanity'
import { bilingualMessage } from './bilingual'
import { SLUG_PATTERN, slugFromCityAndYear, slugMatchesCityAndYear } from './slug'

/** Slug words: lower-case ASCII letters and digits joined by hyphens. */
export const slugFormat: CustomValidator<{ current?: string } | undefined> = (value) =>
  !value?.current ||
  SLUG_PATTERN.test(value.current) || {
    code: 'custom.slug-format',
    message: bilingualMessage(
      'Use lower-case letters, digits and hyphens only, e.g. vicenza-2018',
      '只能使用小写字母、数字和连字符，例如vicenza-2018',
    ),
  }

/**
 * The slug is built from the English city and the year. A warning, not an
 * error: once an entry is published its URL must keep working, so correcting
 * the city's spelling later must not force a new slug. Checked on the document
 * (and reported on the slug) because a second rule on the slug field itself
 * would run the slug type's own uniqueness check twice.
 */
export const slugFollowsCityAndYear: CustomValidator<SanityDocument | undefined> = (document) => {
  const { slug, city, date } = (document ?? {}) as { slug?: { current?: string }; city?: { en?: unknown }; date?: unknown }
  const expected = slugFromCityAndYear(city?.en, date)
  const current = slug?.current
  if (!current || !expected || !SLUG_PATTERN.test(current) || slugMatchesCityAndYear(current, expected)) return true
  return {
    code: 'custom.slug-city-year',
    details: { expected },
    message: bilingualMessage(
      `Build the slug from the English city and the year: ${expected} (press Generate)`,
      `网址标识应由英文城市名和年份生成：${expected}（点击“生成”）`,
    ),
    path: ['slug'],
  }
}
