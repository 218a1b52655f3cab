/** `.ndjson` files are bundled as text (see `[[rules]]` in wrangler.toml). */
declare module '*.ndjson' {
  const text: string
  export default text
}
