/**
 * The Studio: one workspace over the `production` dataset, with the schema
 * types of ../schemas. The project id comes from SANITY_STUDIO_PROJECT_ID;
 * without it the Studio builds and extracts its schema offline against the
 * placeholder project `local` (a local Content Lake can serve it).
 */
import { visionTool } from '@sanity/vision'
import { defineConfig } from 'sanity'
import { structureTool } from 'sanity/structure'
import { schemaTypes } from '../schemas'
import { structure } from './structure'
import { bilingualValidationBundle } from './validation-messages'

/** The pinned Sanity HTTP API version, as in wrangler.toml. */
export const API_VERSION = '2025-02-19'

/** Document types that exist once and are edited in place, never created or deleted by editors. */
const SINGLETON_TYPES = new Set(['settings'])
const SINGLETON_ACTIONS = new Set(['publish', 'discardChanges', 'restore'])

export default defineConfig({
  name: 'default',
  title: 'Meeting the World · 走向世界',
  projectId: process.env.SANITY_STUDIO_PROJECT_ID || 'local',
  dataset: process.env.SANITY_STUDIO_DATASET || 'production',
  plugins: [structureTool({ structure }), visionTool({ defaultApiVersion: API_VERSION })],
  schema: {
    types: schemaTypes,
    templates: (templates) => templates.filter(({ schemaType }) => !SINGLETON_TYPES.has(schemaType)),
  },
  document: {
    actions: (actions, { schemaType }) =>
      SINGLETON_TYPES.has(schemaType)
        ? actions.filter(({ action }) => action !== undefined && SINGLETON_ACTIONS.has(action))
        : actions,
    newDocumentOptions: (items, { creationContext }) =>
      creationContext.type === 'global' ? items.filter(({ templateId }) => !SINGLETON_TYPES.has(templateId)) : items,
  },
  i18n: { bundles: [bilingualValidationBundle] },
})
