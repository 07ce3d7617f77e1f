/**
 * Architecture rules (DESIGN §4, STYLE): checked by `npm run arch`, part of `npm run check`.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cross-subgraph-imports',
      comment: 'A subgraph never imports another subgraph; only subgraphs/shared is common.',
      severity: 'error',
      from: { path: '^subgraphs/([^/]+)/', pathNot: '^subgraphs/(shared|registry\\.ts)' },
      to: { path: '^subgraphs/([^/]+)/', pathNot: ['^subgraphs/$1/', '^subgraphs/shared/'] },
    },
    {
      name: 'shared-imports-no-subgraph',
      comment: 'The kit knows no subgraph.',
      severity: 'error',
      from: { path: '^subgraphs/shared/' },
      to: { path: '^subgraphs/', pathNot: '^subgraphs/shared/' },
    },
    {
      name: 'resolvers-no-drizzle',
      comment: 'Resolvers hold no SQL: they call service verbs and loaders.',
      severity: 'error',
      from: { path: '^subgraphs/[^/]+/resolvers/' },
      to: { path: '(^|/)node_modules/(drizzle-orm|postgres)/' },
    },
    {
      name: 'gateway-no-subgraph-code',
      comment:
        'The gateway reads the registry and the shared auth/http/log primitives, nothing of a subgraph.',
      severity: 'error',
      from: { path: '^gateway/' },
      to: { path: '^subgraphs/', pathNot: ['^subgraphs/registry\\.ts$', '^subgraphs/shared/'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(\\.data|drizzle)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
