import { randomUUID } from 'node:crypto';
import { SignJWT, UnsecuredJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { USER_TOKEN_ISSUER } from '../../gateway/auth.ts';
import { signInternalToken } from '../../subgraphs/shared/auth.ts';
import { DEV_JWT_SECRET } from '../../subgraphs/shared/config.ts';
import type { Role } from '../../subgraphs/shared/roles.ts';
import { actorFor, rawRequest, useGraph, wsOperation } from '../helpers.ts';

const CREATE_ITEM = `
  mutation Create($input: CreateCatalogItemInput!) {
    createCatalogItem(input: $input) { item { id sku } userErrors { code message field } }
  }`;
const ITEM_BY_SKU = 'query BySku($sku: String!) { catalogItemBySku(sku: $sku) { id sku } }';
const COUNT_ITEMS = '{ catalogItems(first: 1) { totalCount } }';

const secret = (text: string) => new TextEncoder().encode(text);

describe('gateway authentication and authorisation', () => {
  const g = useGraph();
  let categoryId: string;

  const catalog = () => g.graph.subgraphs.get('catalog')!;
  const rowsWithSku = async (sku: string) => {
    const rows = await catalog().database.sql<{ n: number }[]>`
      select count(*)::int as n from catalog.items where lower(sku) = lower(${sku})`;
    return rows[0]!.n;
  };
  const itemInput = (sku: string) => ({
    sku,
    name: `Test ONT ${sku}`,
    kind: 'EQUIPMENT_MODEL',
    categoryId,
    unitCode: '796',
  });

  beforeAll(async () => {
    const { body } = await g.request(
      'mutation($input: CreateCatalogCategoryInput!) { createCatalogCategory(input: $input) { category { id } userErrors { code } } }',
      { variables: { input: { name: `Auth tests ${randomUUID()}` } } },
    );
    expect(body.errors).toBeUndefined();
    categoryId = body.data?.createCatalogCategory.category.id;
  });

  describe('over HTTP', () => {
    it('answers a request without a token with UNAUTHENTICATED and HTTP 401', async () => {
      const { status, body } = await g.request(COUNT_ITEMS, { token: null });
      expect(status).toBe(401);
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it.each([
      ['a malformed token', async () => 'not-a-jwt'],
      [
        'an expired token',
        async () =>
          new SignJWT({ roles: ['ADMIN'] })
            .setProtectedHeader({ alg: 'HS256' })
            .setSubject('expired-admin')
            .setIssuer(USER_TOKEN_ISSUER)
            .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
            .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
            .sign(secret(DEV_JWT_SECRET)),
      ],
      [
        'a token signed with another secret',
        async () =>
          new SignJWT({ roles: ['ADMIN'] })
            .setProtectedHeader({ alg: 'HS256' })
            .setSubject('forged-admin')
            .setIssuer(USER_TOKEN_ISSUER)
            .setExpirationTime('1h')
            .sign(secret('an-attacker-chosen-secret-of-32-characters!')),
      ],
      [
        'an unsigned (alg: none) token',
        async () => new UnsecuredJWT({ roles: ['ADMIN'] }).setSubject('unsigned-admin').encode(),
      ],
    ])('refuses %s with UNAUTHENTICATED and HTTP 401', async (_name, make) => {
      const { status, body } = await g.request(COUNT_ITEMS, { token: await make() });
      expect(status).toBe(401);
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it.each<Role>(['PARTNER', 'WAREHOUSE_KEEPER'])(
      'refuses createCatalogItem to a %s token with FORBIDDEN and writes nothing',
      async (role) => {
        const sku = `FORBID-${role}-${randomUUID().slice(0, 8)}`;
        const { body } = await g.request(CREATE_ITEM, { role, variables: { input: itemInput(sku) } });
        expect(body.data?.createCatalogItem ?? null).toBeNull();
        expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);

        const asAdmin = await g.request(ITEM_BY_SKU, { variables: { sku } });
        expect(asAdmin.body.errors).toBeUndefined();
        expect(asAdmin.body.data?.catalogItemBySku).toBeNull();
        expect(await rowsWithSku(sku)).toBe(0);
      },
    );

    it('lets a CATALOG_MANAGER create a catalog item', async () => {
      const sku = `ALLOW-${randomUUID().slice(0, 8)}`;
      const { status, body } = await g.request(CREATE_ITEM, {
        role: 'CATALOG_MANAGER',
        variables: { input: itemInput(sku) },
      });
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data?.createCatalogItem.userErrors).toEqual([]);
      expect(body.data?.createCatalogItem.item.sku).toBe(sku);

      const asAdmin = await g.request(ITEM_BY_SKU, { variables: { sku } });
      expect(asAdmin.body.data?.catalogItemBySku.id).toBe(body.data?.createCatalogItem.item.id);
      expect(await rowsWithSku(sku)).toBe(1);
    });

    it('serves introspection without a token, for the explorer', async () => {
      const { status, body } = await g.request(
        '{ __schema { queryType { name } } __type(name: "CatalogItem") { fields { name } } }',
        { token: null },
      );
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data?.__schema.queryType.name).toBe('Query');
      expect(body.data?.__type.fields.map((f: { name: string }) => f.name)).toContain('sku');
    });

    it('refuses any non-introspection field without a token, even beside introspection', async () => {
      for (const query of [COUNT_ITEMS, `{ __schema { queryType { name } } ${COUNT_ITEMS.slice(1, -1)} }`]) {
        const { status, body } = await g.request(query, { token: null });
        expect(status).toBe(401);
        expect(body.data).toBeUndefined();
        expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      }
    });
  });

  describe('a subgraph called directly', () => {
    const post = (token?: string) =>
      rawRequest(catalog().server.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query: COUNT_ITEMS }),
      });

    it('refuses an HTTP call without the internal token with 401', async () => {
      const res = await post();
      expect(res.status).toBe(401);
      expect(res.json?.data).toBeUndefined();
      expect(res.json?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it("refuses an HTTP call carrying a user's JWT instead of the internal token", async () => {
      const res = await post(await g.token('ADMIN'));
      expect(res.status).toBe(401);
      expect(res.json?.data).toBeUndefined();
      expect(res.json?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('answers an HTTP call carrying the internal token', async () => {
      const res = await post(await signInternalToken(actorFor('ADMIN'), g.graph.config.internalSecret));
      expect(res.status).toBe(200);
      expect(res.json?.data?.catalogItems.totalCount).toEqual(expect.any(Number));
    });

    it('refuses a WebSocket connection without the internal token and sends no data', async () => {
      for (const params of [undefined, { authorization: `Bearer ${await g.token('ADMIN')}` }]) {
        const outcome = await wsOperation(catalog().server.url, { query: COUNT_ITEMS }, params);
        expect(outcome.connected).toBe(false);
        expect(outcome.closeCode).toBe(4403);
        expect(outcome.results).toEqual([]);
      }
    });

    it('accepts a WebSocket connection carrying the internal token', async () => {
      const token = await signInternalToken(actorFor('ADMIN'), g.graph.config.internalSecret);
      const outcome = await wsOperation(
        catalog().server.url,
        { query: COUNT_ITEMS },
        { authorization: `Bearer ${token}` },
      );
      expect(outcome.connected).toBe(true);
      expect(outcome.results[0]?.data?.catalogItems.totalCount).toEqual(expect.any(Number));
    });
  });

  describe('over WebSocket through the gateway', () => {
    const SUBSCRIPTION = 'subscription { networkStatusChanged { total } }';

    it('refuses a connection without a token, or with an invalid one', async () => {
      for (const params of [undefined, { authorization: 'Bearer not-a-jwt' }]) {
        const outcome = await wsOperation(g.url, { query: SUBSCRIPTION }, params);
        expect(outcome.connected).toBe(false);
        expect(outcome.closeCode).toBe(4403);
        expect(outcome.results).toEqual([]);
        expect(outcome.errors).toEqual([]);
      }
    });

    it('accepts a connection with a bearer token and answers on it', async () => {
      const outcome = await wsOperation(
        g.url,
        { query: '{ networkStatus { total } }' },
        { authorization: `Bearer ${await g.token('NOC_ENGINEER')}` },
      );
      expect(outcome.connected).toBe(true);
      expect(outcome.closeCode).toBeUndefined();
      expect(outcome.errors).toEqual([]);
      expect(outcome.results).toEqual([{ data: { networkStatus: { total: expect.any(Number) } } }]);
    });
  });
});
