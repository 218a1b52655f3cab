/**
 * The Studio over the local Content Lake (`npm run studio`), and what it
 * offers there. (Being built: issue 17.)
 */
import { shardLakeListeners } from './lake-listeners'

/** The local Content Lake's address, when the Studio works against it. */
export const LAKE_API_HOST = process.env.SANITY_STUDIO_API_HOST || undefined
if (LAKE_API_HOST) shardLakeListeners(LAKE_API_HOST)
