import { describe, expect, it } from 'vitest';
import { countRequests, type GraphHarness, useGraph } from '../helpers.ts';

const PAGE = 'query($n: Int) { catalogItems(first: $n) { totalCount nodes { sku } } }';

/**
 * Sends the operations at once while the catalog's items table is locked, so every one of them is in
 * flight together; reports what each got and how many HTTP requests reached the catalog subgraph.
 */
async function together(
  g: GraphHarness,
  operations: {
    query: string;
    variables?: Record<string, unknown>;
    role?: 'ADMIN' | 'PARTNER' | 'CATALOG_MANAGER';
  }[],
) {
  const db = g.graph.subgraphs.get('catalog')!.database;
  const counter = countRequests(g.graph.subgraphs.get('catalog')!.server.httpServer);
  let release!: () => void;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const lock = db.sql.begin(async (tx) => {
    await tx`lock table catalog.items in access exclusive mode`;
    await held;
  });
  await new Promise((resolve) => setTimeout(resolve, 50));
  const answers = Promise.all(
    operations.map((o) => g.request(o.query, { variables: o.variables, role: o.role })),
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
  release();
  await lock;
  const results = await answers;
  counter.stop();
  return { results, subgraphRequests: counter.count() };
}

describe('identical subgraph reads in flight', () => {
  // No background work: every subgraph request counted here is the test's own.
  const g = useGraph({ seed: true, background: false });

  it('sends two identical concurrent queries of one caller as one subgraph request, and both get the answer', async () => {
    const { results, subgraphRequests } = await together(g, [
      { query: PAGE, variables: { n: 5 } },
      { query: PAGE, variables: { n: 5 } },
    ]);
    expect(subgraphRequests).toBe(1);
    for (const r of results) {
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data?.catalogItems.nodes).toHaveLength(5);
    }
    expect(results[0]!.body).toEqual(results[1]!.body);
  });

  it('keeps callers apart: the same query of two identities is two requests', async () => {
    const { subgraphRequests } = await together(g, [
      { query: PAGE, variables: { n: 5 }, role: 'ADMIN' },
      { query: PAGE, variables: { n: 5 }, role: 'PARTNER' },
    ]);
    expect(subgraphRequests).toBe(2);
  });

  it('keeps variables apart: the same query with other variables is two requests', async () => {
    const { subgraphRequests } = await together(g, [
      { query: PAGE, variables: { n: 5 } },
      { query: PAGE, variables: { n: 6 } },
    ]);
    expect(subgraphRequests).toBe(2);
  });

  it('never shares a mutation', async () => {
    const create = `mutation { createCatalogCategory(input: { name: "Одинаковая" }) { category { id } userErrors { code } } }`;
    const { results, subgraphRequests } = await together(g, [{ query: create }, { query: create }]);
    expect(subgraphRequests).toBe(2);
    const outcomes = results.map((r) =>
      r.body.data?.createCatalogCategory.userErrors.map((e: { code: string }) => e.code),
    );
    expect(outcomes.sort()).toEqual([[], ['DUPLICATE']]);
  });

  it("keeps the gateway's own marking of writes to itself: no subgraph request carries it", async () => {
    const server = g.graph.subgraphs.get('catalog')!.server.httpServer;
    const headers: string[][] = [];
    const listener = (req: import('node:http').IncomingMessage) =>
      void headers.push(Object.keys(req.headers));
    server.on('request', listener);
    try {
      const write = await g.request(
        'mutation { createCatalogCategory(input: { name: "Помеченная" }) { category { id } userErrors { code } } }',
      );
      expect(write.body.errors).toBeUndefined();
      const read = await g.request(PAGE, { variables: { n: 1 } });
      expect(read.body.errors).toBeUndefined();
    } finally {
      server.off('request', listener);
    }
    expect(headers.length).toBeGreaterThanOrEqual(2);
    for (const names of headers) {
      expect(names).toContain('authorization');
      expect(names.filter((n) => n.startsWith('x-oss-'))).toEqual([]);
    }
  });

  it('counts shared requests in the gateway metrics', async () => {
    const metrics = await fetch(g.graph.metricsUrl!).then((r) => r.text());
    expect(metrics).toMatch(/gateway_subgraph_requests_shared_total\{subgraph="[^"]+"\} [1-9]/);
  });
});

describe('with sharing turned off', () => {
  const g = useGraph({
    seed: true,
    background: false,
    configure: (c) => ({ ...c, dedupeSubgraphReads: false }),
  });

  it('sends every query to the subgraph', async () => {
    const { subgraphRequests } = await together(g, [
      { query: PAGE, variables: { n: 5 } },
      { query: PAGE, variables: { n: 5 } },
    ]);
    expect(subgraphRequests).toBe(2);
  });
});
