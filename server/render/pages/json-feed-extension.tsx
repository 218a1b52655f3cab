/** @jsxImportSource hono/jsx */
/**
 * The page that describes our JSON Feed extension, `_meeting_the_world`
 * (render/json-feed.ts), in one language: what JSON Feed 1.1 asks an
 * extension's `about` to point at, "for a human looking at the feed"
 * (https://www.jsonfeed.org/version/1.1/#extensions). Each key is written as
 * the feeds write it (`<code data-key="item.translations.url">`), so a test can
 * hold this page to what the feeds send.
 */
import { translator } from '../../i18n'
import { renderTextPage, type TextPageModel } from './layout'

/** The extension's keys, on the feed and on each item; a nested object lists its own keys. */
const KEYS = {
  feed: { about: [], translations: ['language', 'title', 'home_page_url', 'feed_url'] },
  item: { date: [], topics: [], translations: ['language', 'title', 'url'] },
} as const satisfies Record<'feed' | 'item', Record<string, readonly string[]>>

/** The page in `model.language`; `model.versions` is its address in each language. */
export function renderJsonFeedExtensionPage(model: TextPageModel): Promise<string> {
  const t = translator(model.language)
  const text = (key: string) => t(`page.jsonFeedExtension.${key}`)
  const term = (path: string, name: string) => (
    <dt>
      <code data-key={path}>{name}</code>
    </dt>
  )
  return renderTextPage(model, {
    heading: text('title'),
    description: text('intro'),
    children: (
      <>
        <p>{text('intro')}</p>
        {Object.entries(KEYS).map(([object, keys]) => (
          <section>
            <h2>{text(`${object}.heading`)}</h2>
            <dl>
              {Object.entries(keys).map(([name, members]: [string, readonly string[]]) => (
                <>
                  {term(`${object}.${name}`, name)}
                  {members.length === 0 ? (
                    <dd>{text(`${object}.${name}`)}</dd>
                  ) : (
                    <dd>
                      {text(`${object}.${name}.what`)}
                      <dl>
                        {members.map((member) => (
                          <>
                            {term(`${object}.${name}.${member}`, member)}
                            <dd>{text(`${object}.${name}.${member}`)}</dd>
                          </>
                        ))}
                      </dl>
                    </dd>
                  )}
                </>
              ))}
            </dl>
          </section>
        ))}
      </>
    ),
  })
}
