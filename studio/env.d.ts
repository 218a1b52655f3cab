/**
 * `process.env` as the Sanity CLI (Node) and the Studio build (Vite defines
 * the SANITY_STUDIO_* variables) provide it. Declared exactly as @types/node
 * declares it, so the two merge cleanly when @types/node is installed.
 */
declare namespace NodeJS {
  interface ProcessEnv {
    [key: string]: string | undefined
  }
  interface Process {
    env: ProcessEnv
  }
}
declare var process: NodeJS.Process
