/**
 * Attack suite, authorization and limits: forged and odd tokens, persisted queries, sensitive fields,
 * subgraphs reached directly, schema hints, metrics, long-lived sockets.
 */
import { createHash, randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { USER_TOKEN_ISSUER } from '../../gateway/auth.ts';
import { loadGatewayConfig } from '../../gateway/config.ts';
import { signInternalToken } from '../../subgraphs/shared/auth.ts';
import { DEV_INTERNAL_SECRET, DEV_JWT_SECRET, loadSharedConfig } from '../../subgraphs/shared/config.ts';
import { actorFor, rawRequest, useGraph, wsOperation } from '../helpers.ts';

const key = (text: string) => new TextEncoder().encode(text);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A user token signed with the development secret, with any claims. */
function userToken(claims: Record<string, unknown>, opts: { exp?: number | null; sub?: string } = {}) {
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(opts.sub ?? 'attacker')
    .setIssuer(USER_TOKEN_ISSUER)
    .setIssuedAt();
  if (opts.exp !== null) jwt.setExpirationTime(opts.exp ?? Math.floor(Date.now() / 1000) + 600);
  return jwt.sign(key(DEV_JWT_SECRET));
}

const CREATE_CATEGORY = `mutation($input: CreateCatalogCategoryInput!) {
  createCatalogCategory(input: $input) { category { id } userErrors { code } } }`;

describe('tokens', () => {
  const g = useGraph();

  it.each([
    ['a nested array in the roles claim', { roles: [['ADMIN']] }, {}],
    ['an object in the roles claim', { roles: { 0: 'ADMIN' } }, {}],
    ['an unknown role', { roles: ['SUPERUSER'] }, {}],
    ['no expiry', { roles: ['ADMIN'] }, { exp: null }],
    [
      'an expiry 100 years out',
      { roles: ['ADMIN'] },
      { exp: Math.floor(Date.now() / 1000) + 100 * 365 * 86400 },
    ],
  ])('refuses a token with %s with 401 and writes nothing', async (_name, claims, opts) => {
    const name = `forged ${randomUUID()}`;
    const res = await g.request(CREATE_CATEGORY, {
      token: await userToken(claims, opts as { exp?: number | null }),
      variables: { input: { name } },
    });
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const rows = await g.graph.subgraphs.get('catalog')!.database.sql`
      select 1 from catalog.categories where name = ${name}`;
    expect(rows).toHaveLength(0);
  });

  it('requires JWT_ISSUER and JWT_AUDIENCE with a JWKS URL in production', () => {
    const base = {
      NODE_ENV: 'production',
      INTERNAL_TOKEN_SECRET: 'x'.repeat(40),
      JWKS_URL: 'https://idp.example/jwks',
    };
    expect(() => loadGatewayConfig(base)).toThrow(/JWT_ISSUER/);
    expect(() => loadGatewayConfig({ ...base, JWT_ISSUER: 'https://idp.example' })).toThrow(/JWT_AUDIENCE/);
    expect(() =>
      loadGatewayConfig({ ...base, JWT_ISSUER: 'https://idp.example', JWT_AUDIENCE: 'oss-graph' }),
    ).not.toThrow();
  });
});

describe('persisted queries', () => {
  const g = useGraph();

  it('applies every limit to a persisted query replayed by its hash', async () => {
    const query = `query($n: Int) { catalogCategories(first: $n) { nodes {
      items(first: $n) { nodes { sku priceHistory { amount } barcodes { code } } } } } }`;
    const extensions = { persistedQuery: { version: 1, sha256Hash: sha256(query) } };
    const registered = await g.post({ query, variables: { n: 1 }, extensions });
    expect(registered.status).toBe(200);
    const replayed = await g.post({ variables: { n: 100 }, extensions });
    expect(replayed.status).toBe(400);
    expect(replayed.json?.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
  });

  it('counts lists without a page argument by their real bound', async () => {
    const query = `{ catalogCategories(first: 100) { nodes { children { children { children { name } } } } } }`;
    const res = await g.request(query);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
  });

  it('refuses an operation with too many directives', async () => {
    const query = `{ catalogItems(first: 1) { ${'totalCount @include(if: true) '.repeat(60)} } }`;
    const res = await g.request(query);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_DIRECTIVES');
  });

  it('answers a hash that does not match its query with 400 BAD_USER_INPUT', async () => {
    const res = await g.post({
      query: '{ __typename }',
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ other }') } },
    });
    expect(res.status).toBe(400);
    expect(res.json?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('sensitive fields', () => {
  const g = useGraph({ seed: true });
  let itemId: string;

  beforeAll(async () => {
    const { body } = await g.request(
      '{ catalogItems(first: 1, filter: { kind: SERVICE }) { nodes { id } } }',
    );
    itemId = body.data?.catalogItems.nodes[0].id;
    expect(itemId).toEqual(expect.any(String));
  });

  it('hides the audit trail from a PARTNER and a DISPATCHER, shows it to a CATALOG_MANAGER and an ADMIN', async () => {
    const query = `query($id: ID!) { catalogItem(id: $id) { sku auditTrail { actorId actorRoles after } } }`;
    for (const role of ['PARTNER', 'DISPATCHER'] as const) {
      const res = await g.request(query, { role, variables: { id: itemId } });
      expect(res.body.data?.catalogItem.sku).toEqual(expect.any(String));
      expect(res.body.data?.catalogItem.auditTrail ?? null).toBeNull();
      expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    }
    for (const role of ['CATALOG_MANAGER', 'ADMIN'] as const) {
      const res = await g.request(query, { role, variables: { id: itemId } });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data?.catalogItem.auditTrail.length).toBeGreaterThan(0);
    }
  });

  it('hides promo codes from a PARTNER, even inside a quote', async () => {
    const res = await g.request(`{ promotions(first: 20) { nodes { name promoCode } } }`, {
      role: 'PARTNER',
    });
    expect(res.body.data?.promotions.nodes.length).toBeGreaterThan(0);
    expect(res.body.data?.promotions.nodes.every((p: { promoCode: unknown }) => p.promoCode === null)).toBe(
      true,
    );
    expect(new Set(res.body.errors?.map((e) => e.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
    const manager = await g.request(`{ promotions(first: 20) { nodes { promoCode } } }`, {
      role: 'CATALOG_MANAGER',
    });
    expect(manager.body.errors).toBeUndefined();
    expect(manager.body.data?.promotions.nodes.some((p: { promoCode: unknown }) => p.promoCode)).toBe(true);
  });
});

describe('a subgraph outside development', () => {
  it('binds to 127.0.0.1 and refuses the development secret unless explicitly in development', () => {
    expect(() => loadSharedConfig({})).toThrow(/INTERNAL_TOKEN_SECRET/);
    expect(() => loadSharedConfig({ NODE_ENV: 'staging' })).toThrow();
    expect(loadSharedConfig({ NODE_ENV: 'development' }).INTERNAL_TOKEN_SECRET).toBe(DEV_INTERNAL_SECRET);
    expect(loadSharedConfig({ NODE_ENV: 'test' }).INTERNAL_TOKEN_SECRET).toBe(DEV_INTERNAL_SECRET);
    expect(loadSharedConfig({ INTERNAL_TOKEN_SECRET: 'y'.repeat(40) }).HOST).toBe('127.0.0.1');
  });
});

describe('internal tokens', () => {
  const g = useGraph();

  it('refuses an internal token that lives longer than the gateway issues them, over HTTP and WebSocket', async () => {
    const forged = await new SignJWT({ roles: ['ADMIN'], scopes: actorFor('ADMIN').scopes })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('forged-actor')
      .setIssuer('oss-gateway')
      .setAudience('oss-subgraphs')
      .setIssuedAt()
      .setExpirationTime('3650d')
      .sign(key(g.graph.config.internalSecret));
    const url = g.graph.subgraphs.get('catalog')!.server.url;
    const res = await rawRequest(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${forged}` },
      body: JSON.stringify({ query: CREATE_CATEGORY, variables: { input: { name: 'forged' } } }),
    });
    expect(res.status).toBe(401);
    const ws = await wsOperation(url, { query: '{ __typename }' }, { authorization: `Bearer ${forged}` });
    expect(ws.connected).toBe(false);
    expect(ws.closeCode).toBe(4403);
  });

  it('accepts an internal token as the gateway signs it', async () => {
    const token = await signInternalToken(actorFor('ADMIN'), g.graph.config.internalSecret);
    const res = await rawRequest(g.graph.subgraphs.get('catalog')!.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.status).toBe(200);
  });
});

describe('schema hints and metrics in production', () => {
  const g = useGraph({
    env: {
      NODE_ENV: 'production',
      JWT_SECRET: 'attack-suite-jwt-secret-0123456789abcdefghijkl',
      INTERNAL_TOKEN_SECRET: 'attack-suite-internal-secret-0123456789abcdef',
    },
  });

  it.each([
    ['a field', '{ catalogItem(id: "x") { skux } }'],
    ['a root field', '{ catalogItemz(first: 1) { totalCount } }'],
    ['an argument', '{ catalogItems(firts: 1) { totalCount } }'],
    ['an enum value', '{ catalogItems(first: 1, filter: { kind: SERVIC }) { totalCount } }'],
    ['an input field', '{ catalogItems(first: 1, filter: { serch: "a" }) { totalCount } }'],
  ])('gives no suggestion for a mistyped %s', async (_name, query) => {
    const res = await g.request(query);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(res.body)).not.toMatch(/Did you mean/);
  });

  it('gives no suggestion for a mistyped enum value in variables', async () => {
    const res = await g.request(
      'query($k: CatalogItemKind) { catalogItems(first: 1, filter: { kind: $k }) { totalCount } }',
      {
        variables: { k: 'SERVIC' },
      },
    );
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).not.toMatch(/Did you mean/);
  });

  it('does not serve /metrics on the public port; the internal listener does', async () => {
    const publicMetrics = await rawRequest(g.url.replace(/\/graphql$/, '/metrics'));
    expect(publicMetrics.status).toBe(404);
    const internal = await rawRequest(`${g.graph.metricsUrl}`);
    expect(internal.status).toBe(200);
    expect(internal.text).toMatch(/graphql_requests_total/);
  });
});

describe('long-lived sockets', () => {
  const g = useGraph();

  it('closes a gateway WebSocket with 4403 when the caller token expires', async () => {
    const token = await userToken({ roles: ['ADMIN'] }, { exp: Math.floor(Date.now() / 1000) + 2 });
    const { createClient } = await import('graphql-ws');
    const { WebSocket } = await import('ws');
    const closed = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('not closed')), 10_000);
      const client = createClient({
        url: g.url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        lazy: false,
        onNonLazyError: () => {},
        connectionParams: { authorization: `Bearer ${token}` },
        on: {
          closed: (event) => {
            clearTimeout(timer);
            resolve((event as { code: number }).code);
            void client.dispose();
          },
        },
      });
    });
    expect(closed).toBe(4403);
  });

  it('refuses new operations on a subgraph socket once its internal token has expired', async () => {
    const token = await signInternalToken(actorFor('ADMIN'), g.graph.config.internalSecret, 2);
    const url = g.graph.subgraphs.get('catalog')!.server.url;
    const { createClient } = await import('graphql-ws');
    const { WebSocket } = await import('ws');
    let code: number | undefined;
    const client = createClient({
      url: url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: () => {},
      connectionParams: { authorization: `Bearer ${token}` },
      on: {
        closed: (event) => {
          code = (event as { code: number }).code;
        },
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const results: unknown[] = [];
    await new Promise<void>((resolve) => {
      client.subscribe(
        { query: '{ __typename }' },
        { next: (r) => void results.push(r), error: () => resolve(), complete: () => resolve() },
      );
    });
    await client.dispose();
    expect(results).toEqual([]);
    expect(code).toBe(4403);
  });

  it('accepts an operation carrying a fresh internal token of its own on a socket whose token has expired', async () => {
    const secret = g.graph.config.internalSecret;
    const url = g.graph.subgraphs.get('catalog')!.server.url;
    const { createClient } = await import('graphql-ws');
    const { WebSocket } = await import('ws');
    const client = createClient({
      url: url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: () => {},
      connectionParams: { authorization: `Bearer ${await signInternalToken(actorFor('ADMIN'), secret, 1)}` },
    });
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const fresh = await signInternalToken(actorFor('ADMIN'), secret);
    const results: { data?: Record<string, unknown> | null }[] = [];
    await new Promise<void>((resolve, reject) => {
      client.subscribe(
        {
          query: '{ catalogItems(first: 1) { totalCount } }',
          extensions: { authorization: `Bearer ${fresh}` },
        },
        { next: (r) => void results.push(r as (typeof results)[number]), error: reject, complete: resolve },
      );
    });
    await client.dispose();
    expect(results[0]?.data?.catalogItems).toEqual({ totalCount: expect.any(Number) });
  });
});
