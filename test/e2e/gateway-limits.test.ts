import { describe, expect, it } from 'vitest';
import { countRequests, type GraphHarness, useGraph, wsOperation } from '../helpers.ts';

/** A valid query exactly `depth` fields deep: catalogCategory → parent → … → id. */
function queryOfDepth(depth: number): string {
  const parents = depth - 2;
  return `{ catalogCategory(id: "00000000-0000-0000-0000-000000000000") { ${'parent { '.repeat(parents)}id${' }'.repeat(parents)} } }`;
}

const NORMAL = '{ catalogItems(first: 1) { totalCount nodes { sku } } }';
const ALIASES_50 = `{ catalogItems(first: 1) { nodes { ${Array.from({ length: 50 }, (_, i) => `a${i}: sku`).join(' ')} } } }`;
const TOKENS_20000 = `{ catalogItems(first: 1) { nodes { ${'a '.repeat(20_000)}} } }`;
const PAGE_101 = '{ catalogItems(first: 101) { totalCount } }';

/** Sends the query and reports the response and how many HTTP requests the catalog subgraph received. */
async function sendCounting(
  g: GraphHarness,
  query: string,
  variables?: Record<string, unknown>,
): Promise<Awaited<ReturnType<GraphHarness['request']>> & { subgraphRequests: number }> {
  const counter = countRequests(g.graph.subgraphs.get('catalog')!.server.httpServer);
  try {
    const res = await g.request(query, variables ? { variables } : {});
    return { ...res, subgraphRequests: counter.count() };
  } finally {
    counter.stop();
  }
}

describe('gateway operation limits (defaults)', () => {
  // No background work: "before any subgraph is called" counts the test's requests only.
  const g = useGraph({ background: false });

  it('lets a normal query through to the catalog subgraph', async () => {
    const res = await sendCounting(g, NORMAL);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.catalogItems.totalCount).toEqual(expect.any(Number));
    expect(res.subgraphRequests).toBeGreaterThan(0);
  });

  it.each([
    ['a query 20 fields deep', queryOfDepth(20), undefined, 'QUERY_TOO_DEEP'],
    ['a query with 50 aliases', ALIASES_50, undefined, 'TOO_MANY_ALIASES'],
    ['a document of 20,000 tokens', TOKENS_20000, undefined, 'TOO_MANY_TOKENS'],
    ['a page of 101 items', PAGE_101, undefined, 'PAGE_SIZE_EXCEEDED'],
    [
      'a page of 101 items asked through a variable',
      'query Page($n: Int) { catalogItems(first: $n) { totalCount } }',
      { n: 101 },
      'PAGE_SIZE_EXCEEDED',
    ],
  ])('refuses %s with HTTP 400 before any subgraph is called', async (_name, query, variables, code) => {
    const res = await sendCounting(g, query, variables);
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors?.[0]?.extensions?.code).toBe(code);
    expect(res.subgraphRequests).toBe(0);
  });

  it('authenticates before anything else: a query too deep without a token is 401, and reaches no subgraph', async () => {
    const counter = countRequests(g.graph.subgraphs.get('catalog')!.server.httpServer);
    const res = await g.request(queryOfDepth(20), { token: null });
    counter.stop();
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(counter.count()).toBe(0);
  });

  it('refuses a subscription over WebSocket that exceeds a limit, with the limit code', async () => {
    // A valid subscription 20 levels deep: an alarm's root cause's root cause…
    const deep = `subscription { alarmChanged { alarm { ${'rootCause { '.repeat(18)}id${' }'.repeat(18)} } } }`;
    const outcome = await wsOperation(
      g.url,
      { query: deep },
      { authorization: `Bearer ${await g.token('ADMIN')}` },
    );
    expect(outcome.connected).toBe(true);
    expect(outcome.results).toEqual([]);
    expect(outcome.errors.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_DEEP']);
  });
});

describe('gateway operation limits (configured)', () => {
  const g = useGraph({
    background: false,
    configure: (c) => ({ ...c, limits: { ...c.limits, maxDepth: 3 } }),
  });

  it('refuses a query deeper than the configured maximum depth, reporting the limit', async () => {
    const res = await sendCounting(g, '{ catalogItems(first: 1) { nodes { category { name } } } }');
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', limit: 3, actual: 4 });
    expect(res.subgraphRequests).toBe(0);
  });

  it('still answers a query at exactly the configured depth', async () => {
    const res = await sendCounting(g, NORMAL);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.subgraphRequests).toBeGreaterThan(0);
  });
});
