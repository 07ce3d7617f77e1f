/**
 * Attack suite, writes after a timeout: when the gateway has told a client that a write failed, the
 * write must never appear later — a frozen subgraph process, or one stuck behind a lock, rolls back once
 * the gateway's deadline has passed.
 */
import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningGateway, startGateway } from '../../gateway/app.ts';
import { signDevToken } from '../../gateway/auth.ts';
import { loadGatewayConfig } from '../../gateway/config.ts';
import { supergraphSdl } from '../../gateway/supergraph.ts';
import { DEV_JWT_SECRET } from '../../subgraphs/shared/config.ts';
import {
  createTestDatabase,
  memoryLogger,
  rawRequest,
  type SubgraphProcess,
  startSubgraphProcess,
} from '../helpers.ts';

const CREATE = `mutation($input: CreateCatalogCategoryInput!) {
  createCatalogCategory(input: $input) { category { id } userErrors { code } } }`;

describe('a write the client was told failed', () => {
  let database: { url: string; drop(): Promise<void> };
  let subgraph: SubgraphProcess;
  let gateway: RunningGateway;
  let sql: postgres.Sql;

  beforeAll(async () => {
    database = await createTestDatabase();
    sql = postgres(database.url, { max: 2, onnotice: () => {} });
    subgraph = await startSubgraphProcess('catalog', database.url);
    const config = loadGatewayConfig({ NODE_ENV: 'test' });
    gateway = await startGateway({
      config: { ...config, port: 0, subgraphTimeoutMs: 2000, subgraphUrls: { catalog: subgraph.url } },
      supergraphSdl: supergraphSdl(),
      logger: memoryLogger().logger,
    });
  });
  afterAll(async () => {
    await gateway?.close();
    await subgraph?.stop();
    await sql?.end();
    await database?.drop();
  });

  const create = async (name: string) =>
    rawRequest(gateway.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await signDevToken({ role: 'CATALOG_MANAGER' }, DEV_JWT_SECRET)}`,
      },
      body: JSON.stringify({ query: CREATE, variables: { input: { name } } }),
    });
  const exists = async (name: string) =>
    (await sql`select 1 from catalog.categories where name = ${name}`).length > 0;

  it('never commits a write that a frozen subgraph process resumes after the deadline', async () => {
    const name = `frozen ${randomUUID()}`;
    subgraph.freeze();
    const res = await create(name);
    expect(res.json?.data?.createCatalogCategory ?? null).toBeNull();
    expect(res.json?.errors?.length).toBeGreaterThan(0);
    subgraph.resume();
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(await exists(name)).toBe(false);
    // The subgraph works again and writes what arrives in time.
    const next = `after ${randomUUID()}`;
    const ok = await create(next);
    expect(ok.json?.data?.createCatalogCategory.userErrors).toEqual([]);
    expect(await exists(next)).toBe(true);
  });

  it('rolls back a write stuck behind a lock until after the deadline', async () => {
    const name = `locked ${randomUUID()}`;
    const release = sql.begin(async (tx) => {
      await tx`select pg_advisory_xact_lock(hashtext('catalog:category-tree'))`;
      await new Promise((resolve) => setTimeout(resolve, 3500));
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const res = await create(name);
    expect(res.json?.data?.createCatalogCategory ?? null).toBeNull();
    await release;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await exists(name)).toBe(false);
  });
});
