/**
 * The Sanity CLI's configuration, read by `sanity dev`, `sanity build`,
 * `sanity schema extract` and `sanity typegen generate` (run from studio/).
 * Paths are relative to studio/.
 */
import { defineCliConfig } from 'sanity/cli'

export default defineCliConfig({
  api: {
    projectId: process.env.SANITY_STUDIO_PROJECT_ID || 'local',
    dataset: process.env.SANITY_STUDIO_DATASET || 'production',
  },
  /** `sanity schema extract` writes here; typegen reads it back. Committed. */
  schemaExtraction: {
    path: '../schemas/schema.json',
  },
  /** Types for the schema and for every `defineQuery` in the Worker's queries. Committed. */
  typegen: {
    path: '../server/content/queries.ts',
    schema: '../schemas/schema.json',
    generates: '../server/content/sanity.types.ts',
  },
  deployment: {
    autoUpdates: false,
  },
})
