/**
 * Attack suite, the attacks that already held when the graph was first attacked, kept so they keep
 * holding. Those with a test of their own elsewhere run there, against the same real gateway: no token
 * → 401 and a write without the write scope → FORBIDDEN (test/e2e/gateway-auth.test.ts), a cross-site
 * GET or text/plain POST without a preflight header, a body over the limit and a batch
 * (test/e2e/gateway-errors.test.ts).
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useGraph } from '../helpers.ts';

describe('attacks that held', () => {
  const g = useGraph();
  it('refuses a fragment cycle', async () => {
    const res = await g.post({ query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }' });
    expect(res.status).toBe(400);
    expect(res.json?.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses exponentially spread fragments by their cost, without expanding them', async () => {
    const levels = 20;
    const fragments = Array.from(
      { length: levels },
      (_, i) => `fragment F${i} on CatalogItem { ${i + 1 < levels ? `...F${i + 1} ...F${i + 1}` : 'sku'} }`,
    ).join(' ');
    const res = await g.post({ query: `{ catalogItems(first: 1) { nodes { ...F0 } } } ${fragments}` });
    expect(res.status).toBe(400);
    expect(res.json?.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
  });

  it('creates one category when 20 requests with one idempotency key race', async () => {
    const input = { name: `race ${randomUUID()}`, idempotencyKey: randomUUID() };
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        g.request(
          'mutation($input: CreateCatalogCategoryInput!) { createCatalogCategory(input: $input) { category { id } userErrors { code } } }',
          { variables: { input }, role: 'CATALOG_MANAGER' },
        ),
      ),
    );
    const ids = new Set(answers.map((a) => a.body.data?.createCatalogCategory.category?.id));
    expect(ids.size).toBe(1);
    const rows = await g.graph.subgraphs.get('catalog')!.database.sql`
      select count(*)::int as n from catalog.categories where name = ${input.name}`;
    expect(rows[0]!.n).toBe(1);
  });
});
