/** @jsxImportSource hono/jsx */
/**
 * The 404 page that a browser gets for an entry that does not exist; programs
 * that do not ask for HTML get the RFC 9457 problem instead.
 */
import type { LanguageId } from '../../../schemas/languages'
import type { Settings } from '../../model/settings'
import { translator } from '../../i18n'
import type { SiteUrls } from '../../../schemas/lib/site-urls'
import { htmlDocument, Layout } from './layout'

export interface NotFoundPageModel {
  language: LanguageId
  settings: Settings
  /** The address asked for, in each language. */
  versions: Record<LanguageId, string>
  urls: SiteUrls
}

export function renderNotFoundPage({ language, settings, versions, urls }: NotFoundPageModel): Promise<string> {
  const t = translator(language)
  return htmlDocument(
    <Layout
      language={language}
      title={`${t('page.notFound.title')} · ${settings.title}`}
      description={t('page.notFound.body')}
      siteTitle={settings.title}
      canonical={versions[language]}
      versions={versions}
      feeds={[]}
      urls={urls}
      mainId="main"
    >
      <main id="main" tabindex={-1}>
        <h1>{t('page.notFound.title')}</h1>
        <p>{t('page.notFound.body')}</p>
        <p>
          <a href={urls.home(language)}>{t('page.notFound.back')}</a>
        </p>
      </main>
    </Layout>,
  )
}
