/**
 * The Studio: one workspace over the `production` dataset, with the schema
 * types of ../schemas. The project id comes from SANITY_STUDIO_PROJECT_ID;
 * without it the Studio builds and extracts its schema offline against the
 * placeholder project `local`. SANITY_STUDIO_API_HOST (such as
 * `http://localhost:3900`, as `npm run studio` sets it) points the Studio at
 * the local Content Lake in ../lake instead of Sanity's API.
 *
 * On top of the schema: the content list (structure.ts), Vision for GROQ,
 * the settings singleton, a translation badge per language, the links under an
 * entry's slug (components/studio-input.tsx), an entry's Traditional Chinese
 * view (structure.ts, components/traditional-preview.tsx), an entry's Publish and
 * Duplicate buttons that keep *Published at* the time of its first publish
 * (publication-time.ts), an Unpublish that lands on the kept draft (unpublish.ts),
 * and Sanity's own validation messages in both languages. Over the local lake,
 * what the lake cannot do is left out or explained (local-lake.ts).
 */
import { visionTool } from '@sanity/vision'
import { defineConfig, type DocumentBadgeComponent } from 'sanity'
import { structureTool } from 'sanity/structure'
import { schemaTypes } from '../schemas'
import { entry } from '../schemas/documents/entry'
import { settings } from '../schemas/documents/settings'
import { localizedFields } from '../schemas/lib/localized-fields'
import { SANITY_API_VERSION as API_VERSION } from '../schemas/lib/api-version'
import { bilingualTitle } from '../schemas/lib/bilingual'
import { StudioInput } from './components/studio-input'
import { ListingInInterfaceLanguage } from './components/entry-preview-language'
import { LAKE_API_HOST, lakePlugins, lakeWorkspaceOptions } from './local-lake'
import { LOCALE_BUNDLES, LOCALE_PLUGINS } from './locales'
import { keepingPublicationTime } from './publication-time'
import { defaultDocumentNode, structure } from './structure'
import { translationBadges } from './translation-badges'
import { unpublishingToDraft } from './unpublish'

export { API_VERSION }

/** Document types that exist once and are edited in place, never created or deleted by editors. */
const SINGLETON_TYPES = new Set(['settings'])
const SINGLETON_ACTIONS = new Set(['publish', 'discardChanges', 'restore'])

/** The translation badges of each document type with localized fields. */
const BADGES_BY_TYPE = new Map<string, DocumentBadgeComponent[]>(
  [entry, settings].map((type) => [type.name, translationBadges(localizedFields(type.fields))]),
)

export default defineConfig({
  name: 'default',
  title: 'Meeting the World · 走向世界',
  projectId: process.env.SANITY_STUDIO_PROJECT_ID || 'local',
  dataset: process.env.SANITY_STUDIO_DATASET || 'production',
  ...(LAKE_API_HOST ? { apiHost: LAKE_API_HOST } : {}),
  ...lakeWorkspaceOptions(),
  plugins: [
    // Tool titles are options, not locale strings: bilingual, like every label of ours.
    structureTool({ structure, defaultDocumentNode, title: bilingualTitle('Content', '内容') }),
    visionTool({ defaultApiVersion: API_VERSION, title: bilingualTitle('GROQ query', 'GROQ查询') }),
    ...LOCALE_PLUGINS,
    ...lakePlugins(),
  ],
  schema: {
    types: schemaTypes,
    templates: (templates) => templates.filter(({ schemaType }) => !SINGLETON_TYPES.has(schemaType)),
  },
  document: {
    actions: (actions, { schemaType }) => {
      if (SINGLETON_TYPES.has(schemaType)) return actions.filter(({ action }) => action !== undefined && SINGLETON_ACTIONS.has(action))
      const landingOnDraft = unpublishingToDraft(actions)
      return schemaType === entry.name ? keepingPublicationTime(landingOnDraft) : landingOnDraft
    },
    badges: (badges, { schemaType }) => [...badges, ...(BADGES_BY_TYPE.get(schemaType) ?? [])],
    newDocumentOptions: (items, { creationContext }) =>
      creationContext.type === 'global' ? items.filter(({ templateId }) => !SINGLETON_TYPES.has(templateId)) : items,
  },
  studio: { components: { layout: ListingInInterfaceLanguage } },
  form: { components: { input: StudioInput } },
  i18n: { bundles: LOCALE_BUNDLES },
})
