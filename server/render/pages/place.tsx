/** @jsxImportSource hono/jsx */
/**
 * An entry's place as the pages print it, in the order and with the
 * separator its language writes (schemas/lib/place.ts: "Berkeley, California,
 * United States", 美国加利福尼亚州伯克利); a name that fell back to another
 * language carries that language's `lang`.
 */
import { languageById } from '../../../schemas/languages'
import { placeParts } from '../../../schemas/lib/place'
import type { Entry, FallbackField } from '../../model/entry'

/** The `lang` of a field that fell back to `entry.fallbackLanguage`, or nothing when it is in the entry's language. */
export function fellBackTag(entry: Entry, field: FallbackField): string | undefined {
  return entry.fellBack.includes(field) ? languageById(entry.fallbackLanguage).tag : undefined
}

/** The entry's city and country, and its region when `withRegion`. */
export const PlaceName = ({ entry, withRegion = false }: { entry: Entry; withRegion?: boolean }) => {
  const { parts, separator } = placeParts(entry.language, {
    city: { text: entry.city, lang: fellBackTag(entry, 'city') },
    region: withRegion && entry.region ? { text: entry.region, lang: fellBackTag(entry, 'region') } : null,
    country: entry.country ? { text: entry.country.name, lang: undefined } : null,
  })
  return (
    <>
      {parts.map((part, index) => (
        <>
          {index ? separator : ''}
          {part.lang ? <span lang={part.lang}>{part.text}</span> : part.text}
        </>
      ))}
    </>
  )
}
