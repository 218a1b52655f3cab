/** OpenCC's dictionaries in `opencc-js`, each a default-exported string of `source replacement` pairs joined by `|` (loaded by components/traditional-preview.tsx). */
declare module 'opencc-js/dict/*' {
  const dictionary: string
  export default dictionary
}
