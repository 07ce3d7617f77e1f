import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { decodeJwt } from 'jose';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { useGraph } from '../../test/helpers.ts';
import { SERVICE_TTL_SECONDS, verifyServiceToken } from './auth.ts';
import {
  createGraphClient,
  type GraphClientOptions,
  GraphQLClientError,
  ROOT_FIELDS_PER_REQUEST,
  readRootFields,
} from './graph-client.ts';

const ITEMS = `query Items($first: Int, $after: String) {
  catalogItems(first: $first, after: $after) {
    nodes { id sku name kind unit { code } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const CREATE_CATEGORY = `mutation CreateCategory($input: CreateCatalogCategoryInput!) {
  createCatalogCategory(input: $input) { category { id name } userErrors { code message } }
}`;

/** A local HTTP server standing in for the network between a module and the gateway. */
async function stubServer(handle: (req: IncomingMessage, res: ServerResponse, body: string) => void) {
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => handle(req, res, body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  stubs.push(server);
  return `http://127.0.0.1:${port}/graphql`;
}
const stubs: Server[] = [];

afterAll(async () => {
  for (const server of stubs) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

describe('a graph client with a service identity', () => {
  const g = useGraph({ seed: true });

  const client = (overrides: Partial<GraphClientOptions> = {}) =>
    createGraphClient({
      gatewayUrl: g.url,
      service: 'warehouse',
      scopes: ['catalog:read'],
      internalSecret: g.graph.config.internalSecret,
      ...overrides,
    });

  /** Answers 503 `failures` times, then hands the request to the real gateway. */
  async function flakyGateway(failures: number) {
    const seen: string[] = [];
    const url = await stubServer(async (req, res, body) => {
      seen.push(body);
      if (seen.length <= failures) {
        res.writeHead(503, { 'content-type': 'text/plain' }).end('upstream restarting');
        return;
      }
      const answer = await fetch(g.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: req.headers.authorization ?? '',
          'x-request-id': String(req.headers['x-request-id'] ?? ''),
        },
        body,
      });
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end(await answer.text());
    });
    return { url, requests: () => seen.length };
  }

  it('reads catalog items through the gateway as service:<name> and gets data', async () => {
    const data = await client().request<{
      catalogItems: { nodes: { sku: string; kind: string; unit: { code: string }; name: string }[] };
    }>(ITEMS, { first: 5 });
    expect(data.catalogItems.nodes).toHaveLength(5);
    for (const node of data.catalogItems.nodes) {
      expect(node).toMatchObject({
        sku: expect.any(String),
        kind: expect.any(String),
        unit: { code: expect.any(String) },
      });
    }
  });

  it('records a write done with the client under the actor service:<name> and the request id it sent', async () => {
    const requestId = `warehouse-${randomUUID()}`;
    const data = await client({ scopes: ['catalog:read', 'catalog:write'] }).request<{
      createCatalogCategory: { category: { id: string } | null; userErrors: unknown[] };
    }>(
      CREATE_CATEGORY,
      { input: { name: `Spares ${randomUUID().slice(0, 8)}`, idempotencyKey: randomUUID() } },
      { requestId },
    );
    expect(data.createCatalogCategory.userErrors).toEqual([]);
    const id = data.createCatalogCategory.category?.id;
    const sql = g.graph.subgraphs.get('catalog')!.database.sql;
    const rows = await sql`select actor_id, request_id from catalog.audit_log where entity_id = ${id!}`;
    expect(rows).toEqual([{ actor_id: 'service:warehouse', request_id: requestId }]);
  });

  it('refuses a service token whose scopes lack catalog:read with a FORBIDDEN error', async () => {
    const failure = await client({ scopes: ['warehouse:read'] })
      .request(ITEMS, { first: 1 })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GraphQLClientError);
    const error = failure as GraphQLClientError;
    expect(error.codes).toContain('FORBIDDEN');
    expect(error.errors[0]?.path).toEqual(['catalogItems']);
    expect(error.message).toMatch(/FORBIDDEN/);
  });

  it('walks a connection of many pages and yields every node exactly once, in order', async () => {
    const whole = await client().request<{
      catalogItems: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean } };
    }>(ITEMS, { first: 100 });
    expect(whole.catalogItems.pageInfo.hasNextPage).toBe(false);
    const expected = whole.catalogItems.nodes.map((n) => n.id);
    // Three pages at least, the last one short.
    expect(expected.length).toBeGreaterThan(7 * 2);
    expect(expected.length % 7).not.toBe(0);
    const seen: string[] = [];
    for await (const node of client().paginate<{ id: string }>(ITEMS, { first: 7 }, ['catalogItems'])) {
      seen.push(node.id);
    }
    expect(seen).toEqual(expected);
  });

  it('reads more root fields than the gateway takes in one operation, ten an operation, each answer in its place', async () => {
    const whole = await client().request<{ catalogItems: { nodes: { sku: string }[] } }>(ITEMS, {
      first: 100,
    });
    // Every SKU of the demo catalog and two unknown ones among them: three operations at least.
    const skus = whole.catalogItems.nodes.map((n) => n.sku);
    skus.splice(3, 0, 'NO-SUCH-SKU-1');
    skus.push('NO-SUCH-SKU-2');
    expect(skus.length).toBeGreaterThan(20);
    const gateway = await flakyGateway(0);
    const answers = await readRootFields<{ sku: string }>(
      client({ gatewayUrl: gateway.url }),
      'Items',
      skus.map((sku) => ({
        field: (v) => `catalogItemBySku(sku: ${v}) { sku }`,
        type: 'String!',
        value: sku,
      })),
      { concurrency: 2 },
    );
    expect(answers).toEqual(skus.map((sku) => (sku.startsWith('NO-SUCH-') ? null : { sku })));
    expect(gateway.requests()).toBe(Math.ceil(skus.length / ROOT_FIELDS_PER_REQUEST));
  });

  it('rejects within its timeout when the server never answers', async () => {
    const url = await stubServer(() => {});
    const started = performance.now();
    const failure = await client({ gatewayUrl: url, timeoutMs: 300 })
      .request(ITEMS, { first: 1 })
      .catch((e: unknown) => e);
    const elapsed = performance.now() - started;
    expect(failure).toBeInstanceOf(GraphQLClientError);
    expect((failure as Error).message).toMatch(/did not answer within/);
    expect(elapsed).toBeLessThan(300 + 200);
  });

  it('retries a read after 503s and returns what the gateway answers', async () => {
    const flaky = await flakyGateway(2);
    const data = await client({ gatewayUrl: flaky.url, retryDelayMs: 10 }).request<{
      catalogItems: { nodes: unknown[] };
    }>(ITEMS, { first: 2 });
    expect(data.catalogItems.nodes).toHaveLength(2);
    expect(flaky.requests()).toBe(3);
  });

  it('retries a read whose attempt timed out', async () => {
    let calls = 0;
    const url = await stubServer((_req, res) => {
      calls += 1;
      if (calls === 1) return; // the first attempt hangs
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { ok: true } }));
    });
    const data = await client({
      gatewayUrl: url,
      timeoutMs: 2_000,
      attemptTimeoutMs: 200,
      retryDelayMs: 10,
    }).request('{ ok }');
    expect(data).toEqual({ ok: true });
    expect(calls).toBe(2);
  });

  it('never retries a mutation', async () => {
    const flaky = await flakyGateway(1);
    const failure = await client({ gatewayUrl: flaky.url, scopes: ['catalog:write'], retryDelayMs: 10 })
      .request(CREATE_CATEGORY, { input: { name: 'Never created', idempotencyKey: randomUUID() } })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GraphQLClientError);
    expect((failure as GraphQLClientError).status).toBe(503);
    expect(flaky.requests()).toBe(1);
  });

  it('gives up on a read after its retries, with the last failure', async () => {
    const flaky = await flakyGateway(10);
    const failure = await client({ gatewayUrl: flaky.url, retries: 2, retryDelayMs: 10 })
      .request(ITEMS, { first: 1 })
      .catch((e: unknown) => e);
    expect((failure as GraphQLClientError).message).toMatch(/HTTP 503/);
    expect(flaky.requests()).toBe(3);
  });

  describe('its token', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('reuses its token for half its life, then signs a fresh one long before it expires', async () => {
      const tokens: string[] = [];
      const url = await stubServer((req, res) => {
        tokens.push(String(req.headers.authorization).replace(/^Bearer /, ''));
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ data: { ok: true } }));
      });
      // Only the clock is faked, and only the client and this stub run meanwhile: the graph would
      // rightly refuse a token issued minutes in its future.
      vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
      const c = client({ gatewayUrl: url });
      await Promise.all([c.request('{ ok }'), c.request('{ ok }'), c.request('{ ok }')]);
      vi.setSystemTime(Date.now() + 100_000);
      await c.request('{ ok }');
      expect(new Set(tokens).size).toBe(1);

      vi.setSystemTime(Date.now() + 60_000);
      await c.request('{ ok }');
      expect(new Set(tokens).size).toBe(2);
      const renewed = tokens.at(-1)!;
      const claims = decodeJwt(renewed);
      expect(claims.sub).toBe('service:warehouse');
      expect(claims.exp! - claims.iat!).toBe(SERVICE_TTL_SECONDS);
      expect(claims.exp! * 1000 - Date.now()).toBeGreaterThan(SERVICE_TTL_SECONDS * 1000 - 1_000);
      expect(await verifyServiceToken(renewed, g.graph.config.internalSecret)).toMatchObject({
        id: 'service:warehouse',
        scopes: ['catalog:read'],
      });
    });
  });
});
