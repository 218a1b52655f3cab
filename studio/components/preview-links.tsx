/** @jsxImportSource react */
// React, not the Worker's hono/jsx that tsconfig.json sets for server pages: test programs type-check both.
/**
 * "Preview the draft", per language, under an entry's slug: the Worker's
 * drafts preview (`/preview/{lang}/entries/{slug}`, server/routes/preview.ts),
 * which shows the entry as it will read once published. Attached with the
 * entry's other links by components/entry-links.tsx.
 *
 * The Worker is SANITY_STUDIO_PREVIEW_URL (default `http://127.0.0.1:8787`,
 * `npm start`). A preview opens only with a secret the signed-in editor's
 * Studio creates in the dataset when they open it (preview-secrets.ts), so a
 * link's address carries none until it is clicked: the click opens the tab at
 * once (a tab opened after waiting would be blocked as a pop-up), then sends it
 * to the preview with a fresh secret.
 */
import { Card, Flex, Stack, Text } from '@sanity/ui'
import { useState, type MouseEvent } from 'react'
import { LANGUAGES, type LanguageId } from '../../schemas/languages'
import { bilingualMessage, bilingualTitle, EDITION_NAMES } from '../../schemas/lib/bilingual'
import { siteUrls } from '../../schemas/lib/site-urls'
import type { PreviewSecrets } from './preview-secrets'

/** The Worker that previews drafts when SANITY_STUDIO_PREVIEW_URL names none: `npm start`'s. */
export const DEFAULT_PREVIEW_URL = 'http://127.0.0.1:8787'

export interface PreviewLinksProps {
  /** The entry's slug, once it has one. */
  slug: string | undefined
  /** The Worker's origin. */
  origin: string
  /** Where the links get the secret that opens a preview. */
  secrets: PreviewSecrets
}

/** Sends `tab` (opened by the click, still blank) to `url`, cut off from the Studio's window; a new tab when none could be opened. */
function navigate(tab: Window | null, url: string): void {
  if (!tab) {
    window.open(url, '_blank', 'noopener,noreferrer')
    return
  }
  tab.opener = null
  tab.location.replace(url)
}

/** One link per language to the entry's draft as readers will see it. */
export function PreviewLinks({ slug, origin, secrets }: PreviewLinksProps) {
  const [failure, setFailure] = useState<string>()
  const urls = siteUrls(origin)
  const note = (text: string) => (
    <Text size={1} muted>
      {text}
    </Text>
  )

  /** Opens `language`'s preview with a fresh secret, whatever the click (plain, middle, with a modifier). */
  const open = (url: (secret: string) => string) => async (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.type === 'auxclick' && event.button !== 1) return
    event.preventDefault()
    const tab = window.open('', '_blank')
    try {
      const { secret } = await secrets.fresh()
      navigate(tab, url(secret))
      setFailure(undefined)
    } catch (error) {
      tab?.close()
      setFailure((error as Error).message)
    }
  }

  const link = (slug: string, language: LanguageId) => {
    const handler = open((secret) => urls.entryPreview(slug, language, secret))
    return (
      <Text size={1} key={language} data-preview-language={language}>
        <a href={urls.entryPreview(slug, language)} target="_blank" rel="noopener noreferrer" onClick={handler} onAuxClick={handler}>
          {bilingualTitle(`Preview in ${EDITION_NAMES[language].en}`, `预览${EDITION_NAMES[language].zh}版`)}
        </a>
      </Text>
    )
  }

  return (
    <Card padding={3} radius={2} tone={failure ? 'critical' : 'transparent'} border>
      <Stack gap={3}>
        <Text size={1} weight="semibold">
          {bilingualTitle('Preview the draft', '预览草稿')}
        </Text>
        {!slug ? (
          note(bilingualMessage('Generate the slug first', '请先生成网址标识'))
        ) : (
          <Flex gap={4} wrap="wrap">
            {LANGUAGES.map((language) => link(slug, language.id))}
          </Flex>
        )}
        {failure &&
          note(
            bilingualMessage(
              `The preview could not be opened: the Studio could not create its secret (${failure})`,
              `无法打开预览：Studio未能创建预览密钥（${failure}）`,
            ),
          )}
      </Stack>
    </Card>
  )
}
