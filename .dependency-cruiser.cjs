/**
 * Architecture rules (DESIGN §4, STYLE): checked by `npm run arch`, part of `npm run check`.
 * test/architecture/dependency-rules.test.ts proves that each rule fires, on fixtures with one
 * forbidden import per rule.
 *
 * Layer rules follow STYLE's dependency direction, `resolvers → service | db/loaders → domain | db →
 * shared`, inside every subgraph folder (`$1` is the module of the importing file). Tests beside the
 * code (`*.test.ts`) build data through verbs and harnesses, so the direction rules of resolvers/,
 * service/ and db/ skip them; domain/ stays pure in its tests too (unit tests, no database).
 */
const inModule = '^subgraphs/((?!shared/)[^/]+)/';
const notTest = '\\.test\\.ts$';
const database = '(^|/)node_modules/(drizzle-orm|postgres)/';

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
      to: { path: database },
    },
    {
      name: 'resolvers-only-service-and-loaders',
      comment:
        'A resolver reads through db/loaders.ts and writes through service/ verbs; its own module gives it ' +
        'nothing else but __generated__/ types, context.ts and sibling resolvers — no db/tables.ts, no ' +
        'db/<entity>.ts queries, no domain/ rules (a verb applies them), no documents/.',
      severity: 'error',
      from: { path: `${inModule}resolvers/`, pathNot: notTest },
      to: {
        path: '^subgraphs/$1/',
        pathNot: '^subgraphs/$1/(service/|db/loaders\\.ts$|__generated__/|context\\.ts$|resolvers/)',
      },
    },
    {
      name: 'resolvers-no-db-handle',
      comment: 'The kit is open to resolvers except its Drizzle handle and transactions (shared/db.ts).',
      severity: 'error',
      from: { path: `${inModule}resolvers/`, pathNot: notTest },
      to: { path: '^subgraphs/shared/db\\.ts$' },
    },
    {
      name: 'db-no-service-or-resolvers',
      comment: 'db/ is below the verbs and the resolvers: it never calls up into them.',
      severity: 'error',
      from: { path: `${inModule}db/`, pathNot: notTest },
      to: { path: '^subgraphs/$1/(service|resolvers)/' },
    },
    {
      name: 'service-no-resolvers',
      comment: 'Verbs are called by resolvers, seeds and jobs; they never depend on the GraphQL layer.',
      severity: 'error',
      from: { path: `${inModule}service/`, pathNot: notTest },
      to: { path: '^subgraphs/$1/resolvers/' },
    },
    {
      name: 'domain-imports-only-domain',
      comment:
        'domain/ holds pure rules: of its module it imports only domain/ (no db/, service/, resolvers/, ' +
        "documents/, context or events); the kit and pure packages are fine, and so are a module's " +
        "data shapes that hold no code (monitoring's snmp/types.ts).",
      severity: 'error',
      from: { path: `${inModule}domain/` },
      to: { path: '^subgraphs/$1/', pathNot: '^subgraphs/$1/(domain/|snmp/types\\.ts$)' },
    },
    {
      name: 'domain-no-database',
      comment: 'domain/ is unit-tested without a database: no drizzle-orm, postgres or the kit’s db.ts.',
      severity: 'error',
      from: { path: `${inModule}domain/` },
      to: { path: [database, '^subgraphs/shared/db\\.ts$'] },
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
    // The architecture fixtures break every rule on purpose; their test cruises them on their own.
    exclude: { path: '^(\\.data|drizzle)/|^test/architecture/fixtures/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
