import { join } from 'node:path';
import type { ICruiseOptions, ICruiseResult, IViolation } from 'dependency-cruiser';
import { cruise } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(import.meta.dirname, 'fixtures');

let options: ICruiseOptions;
let tsConfig: ReturnType<typeof extractTSConfig>;

/** Cruises fixture paths with the project's own `.dependency-cruiser.cjs`, paths relative to the fixtures. */
async function cruiseFixtures(paths: string[]): Promise<ICruiseResult> {
  const result = await cruise(paths, { ...options, baseDir: fixtures }, {}, { tsConfig });
  return result.output as ICruiseResult;
}

/** `rule from → to`, packages by their import name (their resolved path depends on node_modules' layout). */
const describeViolation = (v: IViolation): string =>
  `${v.rule.name} ${v.from} → ${v.to.includes('node_modules/') ? v.unresolvedTo : v.to}`;

/** Every forbidden import in the fixtures, with the rule that must refuse it — and nothing else. */
const expected = [
  'no-cross-subgraph-imports subgraphs/offending/service/reaches-into-another-subgraph.ts → subgraphs/compliant/domain/items.ts',
  'shared-imports-no-subgraph subgraphs/shared/knows-a-subgraph.ts → subgraphs/compliant/domain/values.ts',
  'gateway-no-subgraph-code gateway/reads-subgraph-code.ts → subgraphs/compliant/index.ts',
  'no-circular subgraphs/offending/domain/cycle-a.ts → subgraphs/offending/domain/cycle-b.ts',
  'resolvers-no-drizzle subgraphs/offending/resolvers/WritesSql.ts → drizzle-orm',
  'resolvers-only-service-and-loaders subgraphs/offending/resolvers/ReadsTables.ts → subgraphs/offending/db/tables.ts',
  'resolvers-only-service-and-loaders subgraphs/offending/resolvers/ReadsEntityQueries.ts → subgraphs/offending/db/items.ts',
  'resolvers-only-service-and-loaders subgraphs/offending/resolvers/AppliesDomainRules.ts → subgraphs/offending/domain/values.ts',
  'resolvers-only-service-and-loaders subgraphs/offending/resolvers/RendersDocuments.ts → subgraphs/offending/documents/label.ts',
  'resolvers-no-db-handle subgraphs/offending/resolvers/OpensTransaction.ts → subgraphs/shared/db.ts',
  'db-no-service-or-resolvers subgraphs/offending/db/calls-a-verb.ts → subgraphs/offending/service/create-item.ts',
  'db-no-service-or-resolvers subgraphs/offending/db/calls-a-resolver.ts → subgraphs/offending/resolvers/Query.ts',
  'service-no-resolvers subgraphs/offending/service/calls-a-resolver.ts → subgraphs/offending/resolvers/Query.ts',
  'domain-imports-only-domain subgraphs/offending/domain/reads-tables.ts → subgraphs/offending/db/tables.ts',
  'domain-imports-only-domain subgraphs/offending/domain/calls-a-verb.ts → subgraphs/offending/service/create-item.ts',
  'domain-no-database subgraphs/offending/domain/uses-drizzle.ts → drizzle-orm',
  'domain-no-database subgraphs/offending/domain/uses-postgres.ts → postgres',
  'domain-no-database subgraphs/offending/domain/opens-transaction.ts → subgraphs/shared/db.ts',
];

/** The compliant module and the files around it: every edge the layer rules allow. */
const compliantFiles = [
  'subgraphs/compliant',
  'subgraphs/registry.ts',
  'subgraphs/shared/db.ts',
  'subgraphs/shared/errors.ts',
  'gateway/server.ts',
];
const allowedEdges = [
  'subgraphs/compliant/resolvers/Mutation.ts → subgraphs/compliant/service/create-item.ts',
  'subgraphs/compliant/resolvers/Query.ts → subgraphs/compliant/db/loaders.ts',
  'subgraphs/compliant/resolvers/Query.ts → subgraphs/compliant/__generated__/resolvers-types.ts',
  'subgraphs/compliant/resolvers/Query.ts → subgraphs/compliant/context.ts',
  'subgraphs/compliant/resolvers/Query.ts → subgraphs/compliant/resolvers/Item.ts',
  'subgraphs/compliant/resolvers/Query.ts → subgraphs/shared/errors.ts',
  'subgraphs/compliant/service/create-item.ts → subgraphs/compliant/db/items.ts',
  'subgraphs/compliant/service/create-item.ts → subgraphs/compliant/domain/items.ts',
  'subgraphs/compliant/service/create-item.ts → subgraphs/compliant/events.ts',
  'subgraphs/compliant/service/create-item.ts → subgraphs/shared/db.ts',
  'subgraphs/compliant/db/items.ts → subgraphs/compliant/domain/values.ts',
  'subgraphs/compliant/db/items.ts → subgraphs/shared/db.ts',
  'subgraphs/compliant/db/tables.ts → drizzle-orm',
  'subgraphs/compliant/domain/items.ts → subgraphs/compliant/domain/values.ts',
  'subgraphs/compliant/domain/items.ts → subgraphs/shared/errors.ts',
  'subgraphs/compliant/documents/delivery-note.ts → subgraphs/compliant/domain/items.ts',
  'subgraphs/compliant/seed.ts → subgraphs/compliant/db/tables.ts',
  'subgraphs/compliant/index.ts → subgraphs/compliant/resolvers/Query.ts',
  'gateway/server.ts → subgraphs/registry.ts',
  'gateway/server.ts → subgraphs/shared/errors.ts',
];

beforeAll(async () => {
  options = await extractDepcruiseOptions(join(root, '.dependency-cruiser.cjs'));
  tsConfig = extractTSConfig(join(root, 'tsconfig.json'));
});

describe('architecture rules (.dependency-cruiser.cjs)', () => {
  it('refuses each forbidden import in the fixtures under the rule meant for it, and nothing else', async () => {
    const result = await cruiseFixtures(['subgraphs', 'gateway']);
    expect(result.summary.violations.map(describeViolation).sort()).toEqual([...expected].sort());
  });

  it('has a fixture for every rule in the configuration', () => {
    const ruleNames = (options.ruleSet?.forbidden ?? []).map((rule) => rule.name);
    const covered = new Set(expected.map((line) => line.split(' ')[0]));
    expect(ruleNames.filter((name) => !covered.has(name ?? ''))).toEqual([]);
  });

  it('finds no violation in a module that follows the layers, whose allowed imports are all there', async () => {
    const result = await cruiseFixtures(compliantFiles);
    expect(result.summary.violations.map(describeViolation)).toEqual([]);
    const edges = result.modules.flatMap((m) =>
      m.dependencies.map(
        (d) => `${m.source} → ${d.resolved.includes('node_modules/') ? d.module : d.resolved}`,
      ),
    );
    expect(edges).toEqual(expect.arrayContaining(allowedEdges));
    expect(result.modules.some((m) => m.source.startsWith('subgraphs/offending/'))).toBe(false);
  });

  it('keeps the fixtures out of the project run (`npm run arch`)', () => {
    const exclude = options.exclude;
    const path = typeof exclude === 'object' && !Array.isArray(exclude) ? exclude.path : exclude;
    const patterns = [path ?? []].flat().map((p) => new RegExp(p));
    expect(
      patterns.some((p) => p.test('test/architecture/fixtures/subgraphs/offending/db/calls-a-verb.ts')),
    ).toBe(true);
  });
});
