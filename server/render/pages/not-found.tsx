/** @jsxImportSource hono/jsx */
/**
 * The 404 page that a browser gets for an entry that does not exist; programs
 * that do not ask for HTML get the RFC 9457 problem instead.
 */
import { translator } from '../../i18n'
import { renderTextPage, type TextPageModel } from './layout'

/** The address asked for is `versions`, in each language. */
export type NotFoundPageModel = TextPageModel

export function renderNotFoundPage(model: NotFoundPageModel): Promise<string> {
  const t = translator(model.language)
  return renderTextPage(model, {
    heading: t('page.notFound.title'),
    description: t('page.notFound.body'),
    children: (
      <>
        <p>{t('page.notFound.body')}</p>
        <p>
          <a href={model.urls.home(model.language)}>{t('page.notFound.back')}</a>
        </p>
      </>
    ),
  })
}
