/** OpenCC's dictionaries in `opencc-js`, each a default-exported string of `source replacement` pairs joined by `|`. */
declare module 'opencc-js/dict/*' {
  const dictionary: string
  export default dictionary
}
