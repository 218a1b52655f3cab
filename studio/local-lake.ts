/**
 * The Studio over the local Content Lake (`npm run studio`), and what it
 * offers there. The lake (../lake) speaks the part of Sanity's API that
 * documents need, and none of Sanity's hosted services: no asset store, no
 * releases or schedules, no comments or tasks (the add-on dataset they live
 * in), no announcements or Media Library. A Studio that offered them there
 * would fail as the editor used them, so on the lake they are switched off,
 * and the image field, which Sanity cannot hide without hiding the alt text
 * an entry may already have, says why it takes no image. On Sanity
 * (SANITY_STUDIO_API_HOST unset) nothing here changes the Studio.
 */
import type { PluginOptions, WorkspaceOptions } from 'sanity'
import { LakeImageInput } from './components/lake-image-input'
import { shardLakeListeners } from './lake-listeners'

/** The local Content Lake's address, when the Studio works against it. */
export const LAKE_API_HOST = process.env.SANITY_STUDIO_API_HOST || undefined
if (LAKE_API_HOST) shardLakeListeners(LAKE_API_HOST)

/** The workspace options that switch Sanity's hosted services off; Sanity reads them from the workspace itself, not from plugins. */
type LakeWorkspaceOptions = Pick<WorkspaceOptions, 'releases' | 'scheduledDrafts' | 'scheduledPublishing' | 'tasks' | 'announcements' | 'mediaLibrary' | 'apps'>

/**
 * What the Studio leaves out on the lake, each because the lake has not the
 * service it needs: Releases and "Schedule publish" (scheduled drafts, and the
 * older Scheduled Publishing tool), Tasks, the Media Library and Canvas, and
 * Sanity's announcements (fetched from Sanity). Spread into the workspace's
 * config; empty on Sanity.
 */
export function lakeWorkspaceOptions(apiHost: string | undefined = LAKE_API_HOST): LakeWorkspaceOptions {
  if (!apiHost) return {}
  return {
    releases: { enabled: false },
    scheduledDrafts: { enabled: false },
    scheduledPublishing: { enabled: false },
    tasks: { enabled: false },
    announcements: { enabled: false },
    mediaLibrary: { enabled: false },
    apps: { canvas: { enabled: false } },
  }
}

/**
 * The document and form options of the lake, as a plugin beside the
 * workspace's own: no Comments (they live in an add-on dataset the lake has
 * not), and no uploads or asset browsers for images and files (the lake
 * stores no assets); the image field says so (components/lake-image-input.tsx).
 * None on Sanity.
 */
export function lakePlugins(apiHost: string | undefined = LAKE_API_HOST): PluginOptions[] {
  if (!apiHost) return []
  return [
    {
      name: 'meeting-the-world/local-lake',
      document: { comments: { enabled: false } },
      form: {
        image: { directUploads: false, assetSources: () => [] },
        file: { directUploads: false, assetSources: () => [] },
        components: { input: LakeImageInput },
      },
    },
  ]
}
