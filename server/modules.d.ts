/** `.ndjson` files are bundled as text (see `[[rules]]` in wrangler.toml). */
declare module '*.ndjson' {
  const text: string
  export default text
}

/** `.txt` files are bundled as text (wrangler's default `Text` rule): the Traditional Chinese dictionaries. */
declare module '*.txt' {
  const text: string
  export default text
}
