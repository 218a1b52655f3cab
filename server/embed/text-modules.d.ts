/**
 * The Worker's Text modules (wrangler's `*.txt` rule, which worker-configuration.d.ts declares for
 * the Worker's tsconfigs), for server/embed/tsconfig.json: it checks the element under DOM types,
 * and the element reads the map of `/embed.json` by its type (data.ts), which reaches the maps'
 * geometry (server/map/geometry.ts) and the land it imports as text.
 */
declare module '*.txt' {
  const text: string
  export default text
}
