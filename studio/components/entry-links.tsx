/** @jsxImportSource react */
// React, not the Worker's hono/jsx that tsconfig.json sets for server pages: test programs type-check both.
/**
 * "Open on the site / in the feed", per language, under an entry's slug: the
 * entry's page (`/{lang}/entries/{slug}`) and the Atom and RSS feeds
 * (`/{lang}/atom.xml`, `/{lang}/rss.xml`) on the production site, built by the
 * URL builder the Worker uses (schemas/lib/site-urls.ts) so the two always
 * agree. Attached to the entry's slug by components/studio-input.tsx.
 *
 * The site's address is SANITY_STUDIO_SITE_URL when the Studio was built with
 * one (a staging Studio can point at a staging Worker), else the `baseUrl` of
 * the published settings document, which the feeds use too.
 */
import { Card, Grid, Stack, Text } from '@sanity/ui'
import { useClient, useCurrentUser, useEditState, type SlugInputProps } from 'sanity'
import { SETTINGS_ID } from '../../schemas/documents/settings'
import { LANGUAGES } from '../../schemas/languages'
import { bilingualMessage, bilingualTitle, languageFieldTitle } from '../../schemas/lib/bilingual'
import { SANITY_API_VERSION } from '../../schemas/lib/api-version'
import { siteUrls } from '../../schemas/lib/site-urls'
import { DEFAULT_PREVIEW_URL, PreviewLinks } from './preview-links'
import { previewSecretsFor } from './preview-secrets'

/** The production site's origin: the environment's when set, else the settings document's; only http(s). */
export function resolveSiteBaseUrl(fromEnvironment: unknown, fromSettings: unknown): string | undefined {
  for (const candidate of [fromEnvironment, fromSettings]) {
    if (typeof candidate !== 'string' || candidate.trim() === '') continue
    try {
      const url = new URL(candidate.trim())
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.origin
    } catch {
      // Not a URL: try the next source.
    }
  }
  return undefined
}

function ExternalLink({ href, children }: { href: string; children: string }) {
  return (
    <Text size={1}>
      <a href={href} target="_blank" rel="noopener noreferrer">
        {children}
      </a>
    </Text>
  )
}

export interface EntryLinksProps {
  /** The entry's slug, once it has one. */
  slug: string | undefined
  /** The production site's origin, when known. */
  baseUrl: string | undefined
}

/** Links to the entry's page and the feeds, one column per language. */
export function EntryLinks({ slug, baseUrl }: EntryLinksProps) {
  if (!baseUrl) {
    return (
      <Card padding={3} radius={2} tone="caution">
        <Text size={1}>
          {bilingualMessage(
            'Set the base URL in Settings to get links to the site and the feeds',
            '在“设置”中填写网站地址后，这里会显示网站和订阅源的链接',
          )}
        </Text>
      </Card>
    )
  }
  const urls = siteUrls(baseUrl)
  return (
    <Card padding={3} radius={2} tone="transparent" border>
      <Stack gap={3}>
        <Text size={1} muted>
          {bilingualMessage('The site shows the published version', '网站显示的是已发布的版本')}
        </Text>
        <Grid gridTemplateColumns={LANGUAGES.length} gap={4}>
          {LANGUAGES.map((language) => (
            <Stack key={language.id} gap={3} data-language={language.id}>
              <Text size={1} weight="semibold">
                {languageFieldTitle(language)}
              </Text>
              {slug ? (
                <ExternalLink href={urls.entryPage(slug, language.id)}>
                  {bilingualTitle('Open on the site', '在网站上打开')}
                </ExternalLink>
              ) : (
                <Text size={1} muted>
                  {bilingualMessage('Generate the slug first', '请先生成网址标识')}
                </Text>
              )}
              <ExternalLink href={urls.feed(language.id, 'atom')}>{bilingualTitle('Atom feed', 'Atom订阅源')}</ExternalLink>
              <ExternalLink href={urls.feed(language.id, 'rss')}>{bilingualTitle('RSS feed', 'RSS订阅源')}</ExternalLink>
            </Stack>
          ))}
        </Grid>
      </Stack>
    </Card>
  )
}

/**
 * The slug input as Sanity draws it, with the entry's links beneath: its drafts' previews (at
 * SANITY_STUDIO_PREVIEW_URL, opened with secrets made with the signed-in editor's client), then
 * the published site's pages and feeds.
 */
export function SlugInputWithLinks(props: SlugInputProps) {
  const settings = useEditState(SETTINGS_ID, 'settings')
  const client = useClient({ apiVersion: SANITY_API_VERSION })
  const user = useCurrentUser()
  const baseUrl = resolveSiteBaseUrl(process.env.SANITY_STUDIO_SITE_URL, settings.published?.baseUrl)
  const previewOrigin = resolveSiteBaseUrl(process.env.SANITY_STUDIO_PREVIEW_URL, DEFAULT_PREVIEW_URL) ?? DEFAULT_PREVIEW_URL
  return (
    <Stack gap={3}>
      {props.renderDefault(props)}
      <PreviewLinks slug={props.value?.current} origin={previewOrigin} secrets={previewSecretsFor(client, user?.id)} />
      <EntryLinks slug={props.value?.current} baseUrl={baseUrl} />
    </Stack>
  )
}
