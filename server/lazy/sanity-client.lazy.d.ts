/** `@sanity/client`'s `createClient`, bundled by build.ts into sanity-client.lazy.js (generated). */
export { createClient } from '@sanity/client'
