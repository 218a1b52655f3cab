/**
 * The Sanity HTTP API version every client of ours is written for
 * (https://www.sanity.io/docs/api-versioning): the Worker's `@sanity/client`,
 * the Studio's document lists and Vision, and the tests' clients. Plain data.
 */
export const SANITY_API_VERSION = '2025-02-19'
