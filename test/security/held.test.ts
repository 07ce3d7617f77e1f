/**
 * Attack suite, the attacks that already held when the graph was first attacked: kept here so they keep
 * holding.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { rawRequest, useGraph } from '../helpers.ts';

describe('attacks that held', () => {
  const g = useGraph();
  const post = async (body: string, headers: Record<string, string> = {}) =>
    rawRequest(g.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await g.token('ADMIN')}`,
        ...headers,
      },
      body,
    });

  it('refuses every operation without a token', async () => {
    const res = await g.request('{ catalogItems(first: 1) { totalCount } }', { token: null });
    expect(res.status).toBe(401);
  });

  it('refuses a write to a role without the write scope', async () => {
    const res = await g.request(
      'mutation { createCatalogCategory(input: { name: "partner" }) { category { id } } }',
      { role: 'PARTNER' },
    );
    expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('refuses a cross-site GET without a preflight header (CSRF)', async () => {
    const res = await rawRequest(`${g.url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { authorization: `Bearer ${await g.token('ADMIN')}` },
    });
    expect(res.status).toBe(400);
  });

  it('refuses a body over the byte limit', async () => {
    const res = await post(
      JSON.stringify({ query: '{ __typename }', variables: { x: 'x'.repeat(1_100_000) } }),
    );
    expect(res.status).toBe(413);
  });

  it('refuses a batch of operations', async () => {
    const res = await post(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(res.status).toBe(400);
  });

  it('refuses a fragment cycle', async () => {
    const res = await post(
      JSON.stringify({ query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }' }),
    );
    expect(res.status).toBe(400);
    expect(res.json?.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('measures exponentially spread fragments in bounded time', async () => {
    const levels = 20;
    const fragments = Array.from(
      { length: levels },
      (_, i) => `fragment F${i} on CatalogItem { ${i + 1 < levels ? `...F${i + 1} ...F${i + 1}` : 'sku'} }`,
    ).join(' ');
    const started = Date.now();
    const res = await post(
      JSON.stringify({ query: `{ catalogItems(first: 1) { nodes { ...F0 } } } ${fragments}` }),
    );
    expect(Date.now() - started).toBeLessThan(5000);
    expect(res.status).not.toBe(500);
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
