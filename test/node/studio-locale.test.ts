/**
 * The Studio's Chinese interface: @sanity/locale-zh-hans with our overrides
 * (studio/locales/) against the English of the installed sanity and
 * @sanity/vision, namespace by namespace, as the Studio resolves them.
 *
 * English and the package's Chinese come from a workspace of our config
 * without our bundles; the Chinese an editor reads ("effective") from the
 * Studio's own workspace.
 */
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest'
import { createClient } from '@sanity/client'
import { createWorkspaceFromConfig, type CurrentUser, type Workspace } from 'sanity'
import studioConfig from '../../studio/sanity.config'
import { CHINESE_BUNDLES, CHINESE_LOCALE, ENGLISH_LOCALE, interfaceLocaleFor, startingIn } from '../../studio/locales'
import { chineseStyleProblems } from './chinese-style'

type Strings = Readonly<Record<string, string>>

const EDITOR: CurrentUser = { id: 'editor', name: 'Editor', email: 'editor@example.org', role: 'editor', roles: [] }

/** A workspace of `config`, whose client is never asked anything. */
const workspaceOf = (config: typeof studioConfig) =>
  createWorkspaceFromConfig({
    ...config,
    currentUser: EDITOR,
    getClient: ({ apiVersion }) => createClient({ projectId: config.projectId, dataset: config.dataset, apiVersion, useCdn: false }),
  })

/** Every namespace's strings in each locale, as i18next holds them once loaded. */
async function stringsOf(workspace: Workspace): Promise<Map<string, Record<string, Strings>>> {
  const i18next = workspace.__internal.i18next
  const namespaces = [i18next.options.ns ?? []].flat()
  await i18next.loadLanguages([ENGLISH_LOCALE, CHINESE_LOCALE])
  await i18next.loadNamespaces(namespaces)
  return new Map(
    namespaces.map((namespace) => [
      namespace,
      Object.fromEntries(
        [ENGLISH_LOCALE, CHINESE_LOCALE].map((locale) => [locale, (i18next.getResourceBundle(locale, namespace) ?? {}) as Strings]),
      ),
    ]),
  )
}

let sanity: Map<string, Record<string, Strings>>
let effective: Map<string, Record<string, Strings>>
/** Our overrides, per namespace, as the files in studio/locales/ give them. */
const overrides = new Map<string, Strings>()

beforeAll(async () => {
  sanity = await stringsOf(await workspaceOf({ ...studioConfig, i18n: { bundles: [] } }))
  effective = await stringsOf(await workspaceOf(studioConfig))
  for (const bundle of CHINESE_BUNDLES) {
    const loaded = typeof bundle.resources === 'function' ? await bundle.resources() : bundle.resources
    overrides.set(bundle.namespace, ('default' in loaded ? loaded.default : loaded) as Strings)
  }
})

const english = (namespace: string) => sanity.get(namespace)?.[ENGLISH_LOCALE] ?? {}
const packaged = (namespace: string) => sanity.get(namespace)?.[CHINESE_LOCALE] ?? {}
const chinese = (namespace: string) => effective.get(namespace)?.[CHINESE_LOCALE] ?? {}

/**
 * Plural forms Chinese never asks for: i18next picks a plural by
 * `Intl.PluralRules`, which has only `other` for Chinese, so `…_one` (and
 * `_zero`, `_two` …) of a key that has an `…_other` is never read under zh-Hans.
 */
const PLURAL_CHINESE_NEVER_READS = /_(zero|one|two|few|many)$/
const readInChinese = (key: string, strings: Strings) =>
  !(PLURAL_CHINESE_NEVER_READS.test(key) && key.replace(PLURAL_CHINESE_NEVER_READS, '_other') in strings)

/** What i18next reads as a token: `{{count}}`, `$t(key)`, and the tags a `<Trans>` fills (`<Strong>`, `</Strong>`, `<Link/>`). */
const tokensOf = (text: string) =>
  [...new Set(text.match(/\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?[A-Za-z][\w-]*\s*\/?>/g) ?? [])].map((token) => token.replace(/\s+\/>$/, '/>')).sort()

/** The prose of a string, for the typography check: tokens, tags and code stand for the words they become. */
const proseOf = (text: string) =>
  text
    .replace(/<code>.*?<\/code>|`[^`]*`/g, 'CODE')
    .replace(/\{\{[^}]*\}\}/g, 'X')
    // Spaces beside a tag part the components it stands for (a search filter's field, operator and value).
    .replace(/\s*<\/?[A-Za-z][\w-]*\s*\/?>\s*/g, '')

/**
 * The glossary of studio/locales/README.md, as checks on every Chinese string
 * an editor can meet: where Sanity's English says the term, the Chinese says
 * ours; and the words we replaced never appear.
 */
/** Our word for a release (a set of changes published together): no 版本 in it, so it is never read as a published version (已发布版本). */
const RELEASE = '发布批次'
const GLOSSARY: readonly { english: RegExp; chinese: string }[] = [
  { english: /\breleases?\b/i, chinese: RELEASE },
  { english: /\bscheduled drafts?\b/i, chinese: '计划草稿' },
  { english: /\bunpublish(ing)?\b|\b(be|been|was|were) unpublished\b/i, chinese: '取消发布' },
  { english: /\bdrafts?\b/i, chinese: '草稿' },
  { english: /\bversions?\b/i, chinese: '版本' },
  { english: /\bdocuments?\b/i, chinese: '文档' },
]
const REJECTED: readonly { term: RegExp; instead: string }[] = [
  { term: /发布版本/, instead: `${RELEASE}, or 已发布的版本 for a published version` },
  { term: /预定的?草稿|计划中的草稿/, instead: '计划草稿' },
  { term: /丢弃/, instead: '放弃' },
  { term: /存档/, instead: '归档' },
  { term: /工作室/, instead: 'Studio' },
  { term: /Slug/i, instead: '网址标识' },
]
/** English that names no term of ours: code, tokens and tags. */
const englishProse = (text: string) => text.replace(/<code>.*?<\/code>|\{\{[^}]*\}\}|<[^>]*>/g, ' ')

describe('the Chinese interface', () => {
  test('has Chinese for every English string of the installed sanity and @sanity/vision, namespace by namespace', () => {
    expect([...sanity.keys()]).toEqual(expect.arrayContaining(['studio', 'structure', 'validation', 'vision', 'releases']))
    const untranslated = [...sanity.keys()].flatMap((namespace) =>
      Object.keys(english(namespace))
        .filter((key) => readInChinese(key, english(namespace)) && !chinese(namespace)[key])
        .map((key) => `${namespace}:${key} (“${english(namespace)[key]}”)`),
    )
    expect(untranslated).toEqual([])
  })

  test('needed our overrides: the package alone lacks hundreds of strings, releases and scheduled drafts entirely', () => {
    const lacking = (namespace: string) =>
      Object.keys(english(namespace)).filter((key) => readInChinese(key, english(namespace)) && !packaged(namespace)[key])
    expect(lacking('releases').length).toBeGreaterThan(200)
    expect(lacking('studio').length).toBeGreaterThan(50)
    expect(chinese('releases')['overview.title']).toBe(RELEASE)
  })

  test('overrides only keys Sanity has, in namespaces the Studio loads', () => {
    const stale = [...overrides].flatMap(([namespace, strings]) =>
      Object.keys(strings)
        .filter((key) => !(key in english(namespace)))
        .map((key) => `${namespace}:${key}`),
    )
    expect(stale).toEqual([])
  })

  test('keeps every token of the English in every override: {{values}}, $t(…) and the tags a <Trans> fills', () => {
    const changed = [...overrides].flatMap(([namespace, strings]) =>
      Object.entries(strings)
        .filter(([key, text]) => tokensOf(text).join() !== tokensOf(english(namespace)[key] ?? '').join())
        .map(([key, text]) => `${namespace}:${key}: “${english(namespace)[key]}” → “${text}”`),
    )
    expect(changed).toEqual([])
  })

  test('keeps every token of the English in every string of the package it keeps', () => {
    const changed = [...sanity.keys()].flatMap((namespace) =>
      Object.entries(packaged(namespace))
        .filter(([key]) => key in english(namespace) && !overrides.get(namespace)?.[key])
        .filter(([key, text]) => tokensOf(text).join() !== tokensOf(english(namespace)[key] ?? '').join())
        .map(([key, text]) => `${namespace}:${key}: “${english(namespace)[key]}” → “${text}”`),
    )
    expect(changed).toEqual([])
  })

  test('writes every Chinese string the Studio shows in our typography, the package’s and ours: full-width punctuation, no space between Chinese and Latin words or digits', () => {
    // The keys Sanity's English has are the ones the Studio asks for; the package's others are never shown.
    const problems = [...effective.keys()].flatMap((namespace) =>
      Object.entries(chinese(namespace))
        .filter(([key]) => key in english(namespace))
        .flatMap(([key, text]) => chineseStyleProblems(proseOf(text)).map((problem) => `${namespace}:${key}: ${problem}`)),
    )
    expect(problems).toEqual([])
  })

  test(`says ${RELEASE} only where the English says release or bundle`, () => {
    const against = [...effective.keys()].flatMap((namespace) =>
      Object.entries(chinese(namespace))
        .filter(([key, text]) => text.includes(RELEASE) && !/\breleas(e|es|ed|ing)\b|\bbundles?\b/i.test(english(namespace)[key] ?? ''))
        .map(([key, text]) => `${namespace}:${key}: “${english(namespace)[key]}” → “${text}”`),
    )
    expect(against).toEqual([])
  })

  test.each(GLOSSARY)('says $chinese wherever the English says $english', ({ english: term, chinese: ours }) => {
    const against = [...effective.keys()].flatMap((namespace) =>
      Object.entries(chinese(namespace))
        .filter(([key, text]) => term.test(englishProse(english(namespace)[key] ?? '')) && !text.includes(ours))
        .map(([key, text]) => `${namespace}:${key}: “${english(namespace)[key]}” → “${text}”`),
    )
    expect(against).toEqual([])
  })

  test.each(REJECTED)('never says $term (but $instead)', ({ term }) => {
    const against = [...effective.keys()].flatMap((namespace) =>
      Object.entries(chinese(namespace))
        .filter(([, text]) => term.test(englishProse(text)))
        .map(([key, text]) => `${namespace}:${key}: “${text}”`),
    )
    expect(against).toEqual([])
  })

  test('names the Publish button, the perspective menu and a validation message in Chinese', () => {
    expect(chinese('structure')['action.publish.label']).toBe('发布')
    expect(chinese('studio')['release.navbar.drafts']).toBe('草稿')
    expect(chinese('studio')['release.navbar.published']).toBe('已发布')
    expect(chinese('validation')['slug.not-unique']).toBe('网址标识已被其他条目使用')
    expect(chinese('validation')['generic.required']).toBe('必填')
  })

  test('tells a published version from a release, names Sanity Studio whole, and says an update is available rather than done', () => {
    expect(chinese('structure')['events.compare-with-published.title']).toBe('与已发布的版本比较')
    expect(chinese('structure')['action.publish.disabled.not-publishable']).toContain(RELEASE)
    expect(chinese('studio')['about-dialog.version-info.update-button.tooltip']).toContain('Sanity Studio')
    expect(chinese('studio')['package-version.new-package-available.title']).toBe('Sanity Studio有可用更新！')
    expect(chinese('studio')['release.toast.reschedule-scheduled-draft.error']).not.toContain('计划计划')
  })
})

describe('the interface language an editor starts in', () => {
  test.each([
    [['zh-CN', 'zh', 'en'], CHINESE_LOCALE],
    [['zh'], CHINESE_LOCALE],
    [['zh-Hans'], CHINESE_LOCALE],
    [['zh-SG'], CHINESE_LOCALE],
    [['zh-TW', 'zh'], CHINESE_LOCALE],
    [['zh-HK'], CHINESE_LOCALE],
    [['fr-FR', 'zh-CN'], CHINESE_LOCALE],
    [['en-US', 'zh-CN'], ENGLISH_LOCALE],
    [['en-GB'], ENGLISH_LOCALE],
    [['fr-FR', 'de'], ENGLISH_LOCALE],
    [[], ENGLISH_LOCALE],
  ])('is %j → %s', (preferred, locale) => {
    expect(interfaceLocaleFor(preferred)).toBe(locale)
  })

  test('is put last among the locales, where Sanity looks when the editor has chosen none in the user menu', () => {
    const locales = [{ id: ENGLISH_LOCALE }, { id: CHINESE_LOCALE }]
    expect(startingIn(ENGLISH_LOCALE, locales).map(({ id }) => id)).toEqual([CHINESE_LOCALE, ENGLISH_LOCALE])
    expect(startingIn(CHINESE_LOCALE, locales).map(({ id }) => id)).toEqual([ENGLISH_LOCALE, CHINESE_LOCALE])
  })

  afterEach(() => {
    vi.unstubAllGlobals()
  })

  test.each([
    [['zh-TW'], CHINESE_LOCALE, '发布'],
    [['en-US'], ENGLISH_LOCALE, 'Publish'],
  ])('is what the Studio starts in for a browser preferring %j: %s, where Publish reads “%s”', async (languages, locale, publish) => {
    vi.stubGlobal('navigator', { languages, language: languages[0] })
    const workspace = await workspaceOf(studioConfig)
    const i18next = workspace.__internal.i18next
    if (!i18next.isInitialized) await new Promise((initialized) => i18next.on('initialized', initialized))
    await i18next.loadNamespaces(['structure'])
    expect(workspace.i18n.locales.map(({ id }) => id).sort()).toEqual([CHINESE_LOCALE, ENGLISH_LOCALE].sort())
    expect(i18next.language).toBe(locale)
    expect(i18next.t('structure:action.publish.label')).toBe(publish)
  })
})
