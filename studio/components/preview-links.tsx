/** @jsxImportSource react */
// React, not the Worker's hono/jsx that tsconfig.json sets for server pages: test programs type-check both.
/**
 * "Preview the draft", per language, under an entry's slug: the Worker's
 * drafts preview (`/preview/{lang}/entries/{slug}`, server/routes/preview.ts),
 * which shows the entry as it will read once published. Attached with the
 * entry's other links by components/entry-links.tsx.
 *
 * The Worker is SANITY_STUDIO_PREVIEW_URL (default `http://127.0.0.1:8787`,
 * `npm start`), and the links carry SANITY_STUDIO_PREVIEW_SECRET, the Worker's
 * PREVIEW_SECRET: the Studio bundle holds the secret, so it is only for a
 * Studio that only editors can open (README, Editors, says how to rotate it).
 */
import { Card, Flex, Stack, Text } from '@sanity/ui'
import { LANGUAGES } from '../../schemas/languages'
import { bilingualMessage, bilingualTitle, LANGUAGE_NAMES } from '../../schemas/lib/bilingual'
import { siteUrls } from '../../schemas/lib/site-urls'

/** The Worker that previews drafts when SANITY_STUDIO_PREVIEW_URL names none: `npm start`'s. */
export const DEFAULT_PREVIEW_URL = 'http://127.0.0.1:8787'

/** Where previews are, and the secret that opens them, as the Studio was built. */
export interface PreviewSite {
  /** The Worker's origin. */
  origin: string
  /** The Worker's PREVIEW_SECRET; absent: the Studio was built without one. */
  secret: string | undefined
}

export interface PreviewLinksProps {
  /** The entry's slug, once it has one. */
  slug: string | undefined
  site: PreviewSite
}

/** One link per language to the entry's draft as readers will see it. */
export function PreviewLinks({ slug, site: { origin, secret } }: PreviewLinksProps) {
  const urls = siteUrls(origin)
  const note = (text: string) => (
    <Text size={1} muted>
      {text}
    </Text>
  )
  return (
    <Card padding={3} radius={2} tone={secret ? 'transparent' : 'caution'} border>
      <Stack gap={3}>
        <Text size={1} weight="semibold">
          {bilingualTitle('Preview the draft', '预览草稿')}
        </Text>
        {!secret ? (
          note(bilingualMessage('Build the Studio with SANITY_STUDIO_PREVIEW_SECRET to preview drafts', '构建 Studio 时设置 SANITY_STUDIO_PREVIEW_SECRET 后即可预览草稿'))
        ) : !slug ? (
          note(bilingualMessage('Generate the slug first', '请先生成网址标识'))
        ) : (
          <Flex gap={4} wrap="wrap">
            {LANGUAGES.map((language) => (
              <Text size={1} key={language.id} data-preview-language={language.id}>
                <a href={urls.entryPreview(slug, language.id, secret)} target="_blank" rel="noopener noreferrer">
                  {bilingualTitle(`Preview in ${LANGUAGE_NAMES[language.id].en}`, `预览${LANGUAGE_NAMES[language.id].zh}版`)}
                </a>
              </Text>
            ))}
          </Flex>
        )}
      </Stack>
    </Card>
  )
}
