/**
 * OpenCC's dictionaries in `opencc-js`, each a default-exported string of `source replacement` pairs
 * joined by `|`: read by the Worker's build step (content/traditional/build.ts) and the Studio's
 * Traditional preview (studio/components/traditional-preview.tsx, whose tsconfig includes this file).
 */
declare module 'opencc-js/dict/*' {
  const dictionary: string
  export default dictionary
}
