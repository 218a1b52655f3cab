/** @jsxImportSource hono/jsx */
/**
 * The frame every reader page shares: `lang` and `dir`, the page's language
 * versions as `hreflang` alternates (https://developers.google.com/search/docs/specialty/international/localized-versions),
 * the site's icons, feed autodiscovery links, structured data, a skip link, the landmarks
 * (header, nav, main, footer), a language switch, and a footer naming the
 * publisher and the copyright from the site settings. No JavaScript.
 */
import type { TFunction } from 'i18next'
import type { Child, FC } from 'hono/jsx'
import { DEFAULT_LANGUAGE, fallbackLanguage, LANGUAGES, languageById, type LanguageId } from '../../../schemas/languages'
import type { FeedLink } from '../../feeds/autodiscovery'
import { translator } from '../../i18n'
import type { Settings, SettingsFallbackField } from '../../model/settings'
import { IMAGE_PATHS, type SiteUrls } from '../../../schemas/lib/site-urls'
import { serializeJsonLd } from './json-ld'
import { PAGE_STYLE } from './style'

export interface LayoutProps {
  language: LanguageId
  /** The document title. */
  title: string
  description: string
  /** The description's language when it fell back to another one (its `lang`). */
  descriptionLang?: string | undefined
  /** The site settings in the page's language: its title, publisher and copyright. */
  settings: Settings
  /** This page's address. */
  canonical: string
  /** This page in each language (the language switch and `hreflang` alternates). */
  versions: Record<LanguageId, string>
  /**
   * The address for readers whose language we cannot tell (`hreflang="x-default"`): the
   * page in the default language, unless the page has an address that chooses (the home page's `/`).
   */
  defaultVersion?: string
  feeds: readonly FeedLink[]
  jsonLd?: unknown
  urls: SiteUrls
  /** The id of the main content, the skip link's target: the list of entries, or the page's text. */
  mainId: 'entries' | 'main'
  /** A stylesheet of the page's own after the site's (the page's policy must allow its hash too). */
  style?: string
  children?: Child
}

/** The `lang` of a settings field that fell back to another language, or nothing when it is in the page's. */
export function settingsFellBackTag(settings: Settings, field: SettingsFallbackField): string | undefined {
  return settings.fellBack.includes(field) ? languageById(fallbackLanguage(settings.language)).tag : undefined
}

/**
 * The string `key` with its `{{name}}` replaced by `node`, an element (text
 * in another language, with its own `lang`) where `t` could only put text.
 */
export function withElement(t: TFunction, key: string, name: string, node: Child) {
  const marker = '\u0000'
  const [before = '', after = ''] = t(key, { [name]: marker }).split(marker)
  return (
    <>
      {before}
      {node}
      {after}
    </>
  )
}

export const Layout: FC<LayoutProps> = (props) => {
  const t = translator(props.language)
  const { settings } = props
  const titleLang = settingsFellBackTag(settings, 'title')
  const publisherLang = settingsFellBackTag(settings, 'publisher')
  return (
    <html lang={languageById(props.language).tag} dir="ltr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
        <meta name="description" lang={props.descriptionLang} content={props.description} />
        <link rel="canonical" href={props.canonical} />
        {LANGUAGES.map((language) => (
          <link rel="alternate" hreflang={language.tag} href={props.versions[language.id]} />
        ))}
        <link rel="alternate" hreflang="x-default" href={props.defaultVersion ?? props.versions[DEFAULT_LANGUAGE]} />
        {/* From the page's own origin, which its policy allows (`img-src 'self'`), whatever PUBLIC_BASE_URL says. */}
        <link rel="icon" href={IMAGE_PATHS.favicon} sizes="16x16 32x32 48x48" />
        <link rel="icon" type="image/png" href={IMAGE_PATHS.icon(64)} sizes="64x64" />
        {props.feeds.map((feed) => (
          <link rel={feed.rel} type={feed.type} hreflang={feed.hreflang} title={feed.title} href={feed.href} />
        ))}
        <style dangerouslySetInnerHTML={{ __html: PAGE_STYLE }} />
        {props.style ? <style dangerouslySetInnerHTML={{ __html: props.style }} /> : null}
        {props.jsonLd ? (
          <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(props.jsonLd) }} />
        ) : null}
      </head>
      <body>
        <a class="skip" href={`#${props.mainId}`}>
          {t(`page.skipLink.${props.mainId}`)}
        </a>
        <header>
          <a class="site" href={props.urls.home(props.language)} lang={titleLang}>
            {settings.title}
          </a>
          <nav aria-label={t('page.languageNav')}>
            <ul>
              {LANGUAGES.map((language) => (
                <li>
                  {language.id === props.language ? (
                    <a href={props.versions[language.id]} lang={language.tag} hreflang={language.tag} aria-current="page">
                      {language.nativeTitle}
                    </a>
                  ) : (
                    <a href={props.versions[language.id]} lang={language.tag} hreflang={language.tag} rel="alternate">
                      {language.nativeTitle}
                    </a>
                  )}
                </li>
              ))}
            </ul>
          </nav>
        </header>
        {props.children}
        <footer>
          <p class="publisher">
            {withElement(t, 'page.footer.publisher', 'publisher', publisherLang ? <span lang={publisherLang}>{settings.publisher}</span> : settings.publisher)}
          </p>
          {settings.copyright ? (
            <p class="copyright" lang={settingsFellBackTag(settings, 'copyright')}>
              {settings.copyright}
            </p>
          ) : null}
          <ul class="readers">
            <li>
              <a href={props.urls.entries({ lang: props.language })}>{t('page.footer.api')}</a>
            </li>
            <li>
              <a href={props.urls.feedList()}>OPML</a>
            </li>
            <li>
              <a href={props.urls.embedConfigurator(props.language)}>{t('page.footer.widget')}</a>
            </li>
          </ul>
        </footer>
      </body>
    </html>
  )
}

/** What a page of text is about: its language, the site, and its address in each language (its own is canonical). */
export interface TextPageModel {
  language: LanguageId
  settings: Settings
  versions: Record<LanguageId, string>
  urls: SiteUrls
}

/**
 * A page of text in the site's frame, with no feeds of its own (the 404 page, the JSON Feed
 * extension's, the widget configurator), under `heading`; `style` is its own stylesheet, if any.
 */
export function renderTextPage(
  { language, settings, versions, urls }: TextPageModel,
  { heading, description, style, children }: { heading: string; description: string; style?: string; children: Child },
): Promise<string> {
  return htmlDocument(
    <Layout
      language={language}
      title={`${heading} · ${settings.title}`}
      description={description}
      settings={settings}
      canonical={versions[language]}
      versions={versions}
      feeds={[]}
      urls={urls}
      mainId="main"
      style={style}
    >
      <main id="main" tabindex={-1}>
        <h1>{heading}</h1>
        {children}
      </main>
    </Layout>,
  )
}

/** A complete HTML document from a page element (hono/jsx renders to a string, or a promise of one). */
export async function htmlDocument(page: { toString(): string }): Promise<string> {
  // At run time a JSX node, whose toString returns a promise when a component is async.
  const html = await (page.toString() as string | Promise<string>)
  return `<!doctype html>\n${html}`
}
