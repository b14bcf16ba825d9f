/**
 * The architecture, checked in CI (`npm run lint`): dependencies point inwards, to `domain`.
 * README "Architecture" draws the same picture.
 */
const LAYERS = ['domain', 'store', 'ingest', 'publish', 'app', 'web', 'cli'];
const others = (...allowed) =>
  `^src/(${LAYERS.filter((l) => !allowed.includes(l)).join('|')})/`;

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'no import circle in src/', from: { path: '^src/' }, to: { circular: true } },
    {
      name: 'domain-imports-nothing-else',
      severity: 'error',
      comment: 'domain: types and rules, no I/O; it imports only itself',
      from: { path: '^src/domain/' },
      to: { path: others('domain') },
    },
    {
      name: 'domain-has-no-io',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { dependencyTypes: ['core'], path: '^(fs|fs/promises|net|http|https|http2|child_process|dgram|dns|tls|worker_threads|cluster)$' },
    },
    {
      name: 'store-imports-only-domain',
      severity: 'error',
      from: { path: '^src/store/' },
      to: { path: others('domain', 'store') },
    },
    {
      name: 'ingest-imports-only-domain',
      severity: 'error',
      comment: 'readers: bytes in, parsed documents out',
      from: { path: '^src/ingest/' },
      to: { path: others('domain', 'ingest') },
    },
    {
      name: 'publish-reads-only-public-store',
      severity: 'error',
      comment: 'formats: records in, bytes out, read through the public scope of the store',
      from: { path: '^src/publish/' },
      to: { path: ['^src/(ingest|app|web|cli)/', '^src/store/(?!public/)'] },
    },
    {
      name: 'app-is-below-adapters',
      severity: 'error',
      from: { path: '^src/app/' },
      to: { path: '^src/(web|cli)/' },
    },
    {
      name: 'web-is-an-adapter',
      severity: 'error',
      from: { path: '^src/web/' },
      to: { path: ['^src/(cli|ingest)/', '^src/store/(database|storeDb|rowMappers)\\.ts$', '^src/store/migrations/'] },
    },
    {
      name: 'public-web-reads-public-scope',
      severity: 'error',
      comment: 'pages, the API, feeds, OParl and downloads show only what the public scope gives',
      from: { path: '^src/web/(portal|pages|api|feeds|oparl|exports)/' },
      to: { path: '^src/store/repositories/' },
    },
    {
      name: 'cli-is-an-adapter',
      severity: 'error',
      from: { path: '^src/cli/' },
      to: { path: ['^src/ingest/', '^src/store/(database|storeDb|rowMappers)\\.ts$', '^src/store/migrations/'] },
    },
    {
      name: 'sql-only-in-store',
      severity: 'error',
      comment: 'no SQL outside src/store',
      from: { path: '^src/(?!store/)' },
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg'], path: '^node_modules/(kysely|better-sqlite3|pg)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.tsx', '.js'] },
  },
};
