/**
 * The edge cache's tags (`Cache-Tag`), named here alone. A route says what a
 * response shows (`showing`); a publish says what changed (`changeOf`, from
 * the webhook's body); both become the same tags, so a purge reaches exactly
 * the responses that show the changed document and every list or feed that
 * could now include it.
 *
 * | tag                    | on                                                        |
 * | ---------------------- | --------------------------------------------------------- |
 * | `site`                 | every response the edge may keep                          |
 * | `lang:<id>`            | what is written in that language (every language when `Accept-Language` chose it) |
 * | `kind:<kind>`          | `feed`, `opml`, `api`, `page`, `widget`, `asset`          |
 * | `entry:<document id>`  | whatever shows that entry                                 |
 * | `slug:<slug>`          | an entry looked up by its slug (page, API)                |
 * | `settings`             | whatever shows the site settings (feeds, pages, OPML)     |
 * | `list:all`             | every unfiltered list of entries (API, feeds, pages, widget) |
 * | `list:<filter>:<value>`| every list filtered by it: `list:city:fort-worth`, `list:country:us`, `list:topic:trade`, `list:year:2018` |
 *
 * A list filtered by several selectors carries a tag for each: an entry it
 * could include matches all of them, so purging any one of its selectors'
 * tags reaches the list.
 *
 * Cloudflare's limits (https://developers.cloudflare.com/workers/cache/purge/):
 * "Tag values must be printable ASCII (no spaces, no Unicode), each tag is at
 * most 1024 characters long, and a response can carry up to 1000 tags. Tag
 * matching at purge time is case-insensitive"; the header at most 16 KB
 * (https://developers.cloudflare.com/cache/how-to/purge-cache/purge-by-tags/).
 * Values are percent-encoded and lower-cased, so every tag is printable ASCII
 * without spaces or commas, and equal however it was cased.
 */
import type { Context } from 'hono'
import { isConverted, LANGUAGE_IDS, languageFromTag, type LanguageId } from '../../schemas/languages'
import { partialDateYear } from '../../schemas/lib/partial-date'
import type { PublishWebhookBody, PublishWebhookSide } from '../../schemas/lib/publish-webhook'
import { FILTER_NAMES, type FilterName, type Selectors } from '../../schemas/lib/site-urls'
import type { AppEnv } from '../env'
import { usableFilters } from '../model/filters'

/** What a response is, for `kind:<kind>`. */
export type ResponseKind = 'feed' | 'opml' | 'api' | 'page' | 'widget' | 'asset'

/** Cloudflare's limits on one response's tags. */
export const CACHE_TAG_LIMITS = { tagLength: 1024, tags: 1000, headerBytes: 16 * 1024 } as const

/** FNV-1a, 32 bits, hex: a short stand-in for a value too long to be a tag (a collision only purges more). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5
  for (const byte of new TextEncoder().encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0
  return hash.toString(16).padStart(8, '0')
}

/** `<prefix>:<value>`, the value percent-encoded and lower-cased; hashed if the tag would be too long. */
function valueTag(prefix: string, value: string): string {
  const tag = `${prefix}:${encodeURIComponent(value)}`.toLowerCase()
  return tag.length <= CACHE_TAG_LIMITS.tagLength ? tag : `${prefix}:~${fnv1a(value)}`
}

/** Every tag, by what it names. */
export const CACHE_TAGS = {
  site: 'site',
  settings: 'settings',
  allEntries: 'list:all',
  language: (id: LanguageId) => `lang:${id}`,
  kind: (kind: ResponseKind) => `kind:${kind}`,
  entry: (documentId: string) => valueTag('entry', documentId),
  slug: (slug: string) => valueTag('slug', slug),
  /** The lists filtered by one selector's value, as `FILTER_RULES` normalises it. */
  list: (name: FilterName, value: string) => valueTag(`list:${name}`, value),
} as const

/** The tags of one list of entries: `list:all` unfiltered, else one per selector it is filtered by. */
function listTags(selectors: Selectors): string[] {
  const tags = FILTER_NAMES.flatMap((name) => {
    const value = selectors[name]
    return value ? [CACHE_TAGS.list(name, value)] : []
  })
  return tags.length ? tags : [CACHE_TAGS.allEntries]
}

/** What a response shows, as a route declares it. */
export interface Shown {
  kind: ResponseKind
  /** Every entry it shows. */
  entries?: readonly { id: string }[]
  /** The slug it looked an entry up by. */
  slug?: string
  /** Whether it shows the site settings (title, description, publisher, copyright). */
  settings?: boolean
  /** Each list of entries it shows, by the selectors it is filtered by (`{}`: every entry). */
  lists?: readonly Selectors[]
}

/**
 * The tags for what a response shows, less the site and language (which
 * `withCacheTags` adds): the ones a purge must not miss first, each entry's
 * last, as a long list may lose these to the header's limits without harm
 * (each list is purged by its own tags whenever an entry it could show changes).
 */
export function tagsShowing({ kind, entries = [], slug, settings = false, lists = [] }: Shown): string[] {
  return unique([
    CACHE_TAGS.kind(kind),
    ...(settings ? [CACHE_TAGS.settings] : []),
    ...lists.flatMap(listTags),
    ...(slug === undefined ? [] : [CACHE_TAGS.slug(slug)]),
    ...entries.map((entry) => CACHE_TAGS.entry(entry.id)),
  ])
}

/** Declares what the response being built shows; `withCacheTags` writes the tags if the edge may keep it. */
export function showing(c: Context<AppEnv>, shown: Shown): void {
  c.set('cacheTags', unique([...(c.get('cacheTags') ?? []), ...tagsShowing(shown)]))
}

/**
 * The language tags of a response: those of its `Content-Language`, or every
 * language when it varies with `Accept-Language`, because Cloudflare keeps
 * one purge identity for all variants of a URL ("All variants must therefore
 * use the same Cache-Tag values").
 */
export function languageTags(headers: Headers): string[] {
  const vary = (headers.get('Vary') ?? '').toLowerCase().split(',').map((name) => name.trim())
  const contentLanguage = headers.get('Content-Language')
  if (!contentLanguage) return []
  const languages = vary.includes('accept-language')
    ? LANGUAGE_IDS
    : contentLanguage.split(',').flatMap((tag) => languageFromTag(tag) ?? [])
  return unique(languages.map(CACHE_TAGS.language))
}

/** The `Cache-Tag` value for `tags`, in order, within Cloudflare's limits (what does not fit is left out). */
export function cacheTagHeader(tags: readonly string[]): string {
  const kept: string[] = []
  let bytes = 0
  for (const tag of unique(tags)) {
    const added = tag.length + (kept.length ? 1 : 0)
    if (kept.length === CACHE_TAG_LIMITS.tags || bytes + added > CACHE_TAG_LIMITS.headerBytes) break
    kept.push(tag)
    bytes += added
  }
  return kept.join(',')
}

/** What a publish changed: the documents it names and every list that could show them before or after. */
export interface Change {
  /** The site settings changed. */
  settings: boolean
  /** The entries' document ids. */
  entries: string[]
  /** The slugs the entry had before and has after. */
  slugs: string[]
  /** Every list that could show the entry before or after: the unfiltered one and one per selector value. */
  lists: Selectors[]
}

/**
 * The single-selector lists one side of an entry's change falls in: each of its selector values,
 * read by the rule a request's filter is read by (`usableFilters`), so that the tag purged is the
 * tag the list carries; a value no request could select (an unknown country) names no list.
 */
function listsOf(side: PublishWebhookSide | null): Selectors[] {
  if (!side) return []
  const values: Record<FilterName, readonly (string | null | undefined)[]> = {
    city: [side.city],
    country: [side.country],
    topic: side.topics ?? [],
    year: [partialDateYear(side.date)],
  }
  return FILTER_NAMES.flatMap((name) =>
    values[name].flatMap((value) => {
      const list = usableFilters({ [name]: value ?? undefined })
      return list[name] ? [list] : []
    }),
  )
}

/** What the webhook's body says changed (`schemas/lib/publish-webhook.ts`). */
export function changeOf(body: PublishWebhookBody): Change {
  if (body._type === 'settings') return { settings: true, entries: [], slugs: [], lists: [] }
  const sides = [body.before, body.after]
  const lists = [{}, ...sides.flatMap(listsOf)]
  return {
    settings: false,
    entries: [body._id],
    slugs: unique(sides.flatMap((side) => (side?.slug ? [side.slug] : []))),
    lists: [...new Map(lists.map((list) => [listTags(list).join(','), list])).values()],
  }
}

/**
 * The tags a change purges. A settings change purges what shows the settings and every answer in a
 * converted language (the Traditional Chinese edition), whose text the settings' corrections rewrite.
 */
export function tagsForChange(change: Change): string[] {
  return unique([
    ...(change.settings ? [CACHE_TAGS.settings, ...LANGUAGE_IDS.filter(isConverted).map(CACHE_TAGS.language)] : []),
    ...change.entries.map(CACHE_TAGS.entry),
    ...change.slugs.map(CACHE_TAGS.slug),
    ...change.lists.flatMap(listTags),
  ])
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)]
}
