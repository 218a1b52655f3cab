/**
 * The element (element.ts) as the text of a function expression of its
 * `WidgetConfig`: written by build.ts into element.bundle.js, which is
 * generated and not committed.
 */
declare const elementBundle: string
export default elementBundle
