import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/helpers.ts';
import { MIGRATIONS_SCHEMA, migrateSubgraph } from './migrate.ts';

// Two tiny subgraphs in drizzle's format. Beta's journal is OLDER than alpha's: drizzle's migrator only
// applies migrations newer than the newest one in its journal table, so a journal shared by the two
// would skip beta once alpha ran.
const fixture = (name: string) =>
  fileURLToPath(new URL(`../../test/fixtures/migrations/${name}`, import.meta.url));
const ALPHA = { name: 'alpha', folder: fixture('alpha') };
const BETA = { name: 'beta', folder: fixture('beta') };
const ALL_TABLES = ['alpha.widget_parts', 'alpha.widgets', 'beta.gadget_notes', 'beta.gadgets'];

let url = '';
let sql: postgres.Sql;
let drop = async () => {};

beforeAll(async () => {
  const db = await createTestDatabase();
  url = db.url;
  drop = db.drop;
  sql = postgres(url, { max: 4, onnotice: () => {} });
});

afterAll(async () => {
  await sql?.end();
  await drop();
});

/** Each test starts from a database where neither fixture subgraph was ever migrated. */
beforeEach(async () => {
  await sql`drop schema if exists alpha, beta, shared_journal cascade`;
  await sql`drop table if exists ${sql(MIGRATIONS_SCHEMA)}.alpha, ${sql(MIGRATIONS_SCHEMA)}.beta`;
});

async function fixtureTables(): Promise<string[]> {
  const rows = await sql<{ name: string }[]>`
    select table_schema || '.' || table_name as name from information_schema.tables
    where table_schema in ('alpha', 'beta') order by 1`;
  return rows.map((r) => r.name);
}

async function journal(name: string): Promise<number[]> {
  const rows = await sql<{ created_at: string }[]>`
    select created_at from ${sql(MIGRATIONS_SCHEMA)}.${sql(name)} order by id`;
  return rows.map((r) => Number(r.created_at));
}

const apply = (sub: { name: string; folder: string }, client = sql) =>
  migrateSubgraph(client, sub.name, sub.folder);

describe('migrateSubgraph', () => {
  for (const order of [
    [ALPHA, BETA],
    [BETA, ALPHA],
  ]) {
    it(`applies ${order.map((o) => o.name).join(' then ')}, and a second run changes nothing`, async () => {
      for (const sub of order) await apply(sub);
      expect(await fixtureTables()).toEqual(ALL_TABLES);
      await sql`insert into alpha.widgets (name) values ('kept')`;

      for (const sub of order) await apply(sub);
      expect(await fixtureTables()).toEqual(ALL_TABLES);
      expect(await sql`select name from alpha.widgets`).toEqual([{ name: 'kept' }]);
      expect(await journal('alpha')).toEqual([1795400000000, 1795400060000]);
      expect(await journal('beta')).toEqual([1700000000000, 1700000060000]);
    });
  }

  it('applies two subgraphs started at the same time on a server that has never migrated', async () => {
    // A brand-new server: not even the journals' schema exists yet, so both runs want to create it.
    await sql`drop schema ${sql(MIGRATIONS_SCHEMA)} cascade`;
    await Promise.all([apply(ALPHA), apply(BETA)]);
    expect(await fixtureTables()).toEqual(ALL_TABLES);
    expect(await journal('alpha')).toHaveLength(2);
    expect(await journal('beta')).toHaveLength(2);
  });

  it('lets replicas of both subgraphs start together through one pool: each migration runs once', async () => {
    await Promise.all([apply(ALPHA), apply(BETA), apply(ALPHA), apply(BETA), apply(ALPHA)]);
    expect(await fixtureTables()).toEqual(ALL_TABLES);
    expect(await journal('alpha')).toHaveLength(2);
    expect(await journal('beta')).toHaveLength(2);
  });

  it('migrates through a pool of a single connection (DB_POOL_MAX=1)', async () => {
    const single = postgres(url, { max: 1, onnotice: () => {} });
    try {
      await apply(ALPHA, single);
      await apply(BETA, single);
    } finally {
      await single.end();
    }
    expect(await fixtureTables()).toEqual(ALL_TABLES);
  });

  it('needs its own journal per subgraph: a shared journal would skip the older subgraph', async () => {
    // The hazard the per-subgraph journal exists for, shown with drizzle's migrator on one table.
    const db = drizzle({ client: sql });
    const shared = { migrationsSchema: 'shared_journal', migrationsTable: 'all_subgraphs' };
    await migrate(db, { migrationsFolder: ALPHA.folder, ...shared });
    await migrate(db, { migrationsFolder: BETA.folder, ...shared });
    expect(await fixtureTables()).toEqual(['alpha.widget_parts', 'alpha.widgets']);
  });
});
