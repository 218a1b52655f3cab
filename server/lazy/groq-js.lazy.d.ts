/** groq-js's query engine, bundled by build.ts into groq-js.lazy.js (generated). */
export { evaluate, parse } from 'groq-js'
