/**
 * The architecture's import rules, checked by dependency-cruiser on every `npm test`
 * (`npm run check:deps`). Data flows one way — request → language → source → model →
 * renderer → response — and a lower layer never imports a higher one. Type-only imports
 * count: a type is a dependency too. README (Layout) lists the rules in prose.
 */
/** A forbidden import: nothing whose path matches `from` may import anything whose path matches `to`. */
const forbid = (name, from, to, comment) => ({ name, severity: 'error', comment, from: { path: from }, to: { path: to } })

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Modules that import each other, directly or around a loop, are one module in two files: move what both need down a layer.',
      from: {},
      to: { circular: true },
    },
    forbid('content-not-to-render', '^server/content/', '^server/render/',
      'The content layer (sources, queries) hands neutral model objects up; it knows nothing of how they are rendered.'),
    forbid('render-not-to-content', '^server/render/', '^server/content/',
      'Renderers know nothing about Sanity or the content source: they take model objects (server/model/).'),
    forbid('model-only-on-schemas', '^server/model/', '^server/(?!model/)',
      'server/model/ is what content and render share (Entry, Settings, filters, text, Portable Text → HTML): it stands on schemas/ alone.'),
    forbid('i18n-below-the-layers', '^server/i18n/', '^server/(content|render|routes|http|feeds|embed|model)/',
      'Interface strings and the request language are read by every layer, so they import none of them.'),
    forbid('content-below-http', '^server/content/', '^server/(routes|http|feeds|embed)/',
      'Content sources answer queries; how a request is read or answered is not their business.'),
    forbid('feeds-model-is-neutral', '^server/feeds/', '^server/(content|render|routes|http|embed)/',
      'The feed model is built from model objects and rendered by render/: it reads no content and writes no syntax.'),
    forbid('render-is-pure', '^server/render/', '^server/(routes|http)/',
      'Renderers are pure functions of the model: no request, no response.'),
    forbid('http-below-routes', '^server/http/', '^server/(routes|render|feeds|embed)/',
      'HTTP plumbing serves every route and knows none of them.'),
    {
      name: 'routes-only-from-app',
      severity: 'error',
      comment: 'Routes are assembled in server/site.ts alone; nothing else depends on a route.',
      from: { path: '^server/', pathNot: '^server/(site\\.ts$|routes/)' },
      to: { path: '^server/routes/' },
    },
    forbid('map-is-geometry', '^server/map/', '^server/(?!map/|build-output\\.ts$)',
      'The maps\' geometry (projection, land, arcs) is drawn by renderers and the widget; it imports none of them.'),
    {
      name: 'worker-never-bundles-d3',
      severity: 'error',
      comment: 'Land is projected at build time (server/map/build.ts): the Worker projects its points itself and never bundles d3-geo, topojson or the atlas.',
      from: { path: '^server/', pathNot: '(^|/)build\\.ts$' },
      to: { path: '^node_modules/(d3-geo|d3-array|topojson-client|world-atlas)/', reachable: true },
    },
    forbid('schemas-not-to-studio-or-server', '^schemas/', '^(studio|server)/',
      'Schemas are the shared ground of the Studio and the Worker; they import neither.'),
    forbid('server-not-to-studio-or-lake', '^server/', '^(studio|lake)/',
      'The Worker must not drag the Studio (and `sanity`) or the local Content Lake (Node only) into its bundle.'),
    forbid('server-not-to-schema-types', '^server/', '^(schemas/(documents|objects)/|schemas/index\\.ts$)',
      "Schema types import 'sanity', which would drag the Studio into the Worker: the Worker takes plain rules from schemas/ (languages, vocabulary, lib/) and the generated types."),
    {
      name: 'server-never-reaches-sanity',
      severity: 'error',
      comment: "Nothing the Worker imports may lead, however indirectly, to the Studio's packages.",
      from: { path: '^server/' },
      to: { path: '^node_modules/(sanity|@sanity/ui|react|react-dom|styled-components)/', reachable: true },
    },
    forbid('lake-not-to-server', '^lake/', '^server/',
      "The local Content Lake stands in for Sanity's API: it knows nothing of the Worker that reads it."),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Build output: the Studio's, and the widget's bundle (server/embed/build.ts), generated from files checked here.
    exclude: { path: ['^studio/dist/', '^studio/\\.sanity/', '\\.bundle\\.js$'] },
    moduleSystems: ['es6', 'cjs'],
    // Read TypeScript before it is compiled, so that `import type` counts like any import.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
}
