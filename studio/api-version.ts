/** The pinned Sanity HTTP API version, as in wrangler.toml: for Vision, document lists and the tests' client. */
export const API_VERSION = '2025-02-19'
