import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/helpers.ts';
import { createDatabase, type Database, withTransaction } from './db.ts';
import { deadlineFrom, MAX_DEADLINE_AHEAD_MS } from './http.ts';

let database: Database;
let dbUrl = '';
let drop = async () => {};
beforeAll(async () => {
  const db = await createTestDatabase();
  drop = db.drop;
  dbUrl = db.url;
  database = createDatabase({ url: db.url, max: 2, statementTimeoutMs: 8000 });
});
afterAll(async () => {
  await database.close();
  await drop();
});

describe('deadlines', () => {
  it('brings a deadline centuries ahead back within range, so the write still runs', async () => {
    const now = Date.now();
    expect(deadlineFrom('9999999999999', now)).toBe(now + MAX_DEADLINE_AHEAD_MS);
    expect(deadlineFrom(String(now + 5000), now)).toBe(now + 5000);
    expect(deadlineFrom('12345', now)).toBeNull();
    const [row] = await withTransaction(
      { database, deadline: deadlineFrom('9999999999999') },
      (tx) => tx.sql<{ timeout: string }[]>`select current_setting('statement_timeout') as timeout`,
    );
    expect(row?.timeout).toMatch(/^\d+(ms|s|min)$/);
  });
});

describe('prepared statements', () => {
  it('prepares each statement text once per connection and runs it again by name', async () => {
    const single = createDatabase({ url: dbUrl, max: 1 });
    try {
      const ids = (n: number) =>
        Array.from({ length: n }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
      for (const n of [1, 5, 50]) {
        const [row] = await single.db.execute<{ n: number }>(
          sql`select count(*)::int as n /* marker */ from unnest(${sql.param(ids(n))}::uuid[])`,
        );
        expect(row?.n).toBe(n);
      }
      const [prepared] = await single.sql<{ n: number }[]>`
        select count(*)::int as n from pg_prepared_statements where statement like ${'%/* marker */%'}`;
      expect(prepared?.n).toBe(1);
    } finally {
      await single.close();
    }
  });
});
