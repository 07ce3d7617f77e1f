import { type AnyColumn, count, type Placeholder, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';

export type Db = PostgresJsDatabase<Record<string, never>>;

/** A handle on one unit of work: the Drizzle API and the raw postgres.js client of the same connection. */
export interface Tx {
  db: Db;
  sql: postgres.Sql | postgres.TransactionSql;
}

/**
 * One subgraph's connection pool. `stats.statements` counts every SQL statement sent, which the
 * query-count baselines read.
 */
export interface Database extends Tx {
  sql: postgres.Sql;
  stats: { statements: number };
  close(): Promise<void>;
}

export interface DatabaseOptions {
  url: string;
  max?: number;
  applicationName?: string;
  /** Session settings sent at connection start, e.g. `{ 'pg_trgm.word_similarity_threshold': '0.3' }`. */
  settings?: Record<string, string>;
}

export function createDatabase({
  url,
  max = 10,
  applicationName = 'oss-graph',
  settings = {},
}: DatabaseOptions): Database {
  const stats = { statements: 0 };
  const sql = postgres(url, {
    max,
    onnotice: () => {},
    connection: { application_name: applicationName, ...settings },
    debug: () => {
      stats.statements += 1;
    },
  });
  return {
    sql,
    db: drizzle({ client: sql }),
    stats,
    close: () => sql.end({ timeout: 5 }),
  };
}

/** Anything that can carry an open transaction: a request context, or a Tx already. */
export interface TxScope {
  database: Database;
  tx?: Tx | undefined;
}

/**
 * Runs `fn` in a transaction, reusing the scope's open transaction when there is one, so service verbs
 * compose: a verb called from another verb joins the caller's unit of work.
 */
export async function withTransaction<T>(scope: TxScope, fn: (tx: Tx) => Promise<T>): Promise<T> {
  if (scope.tx) return fn(scope.tx);
  const pool = scope.database.sql;
  return pool.begin((raw) => fn(txHandle(raw, pool.options))) as Promise<T>;
}

/**
 * Drizzle over one transaction's connection. The transaction client lacks the pool's `options`, which
 * Drizzle reads its type parsers from, so they are lent to it.
 */
function txHandle(raw: postgres.TransactionSql, options: postgres.Sql['options']): Tx {
  const client = Object.assign(raw, { options }) as unknown as postgres.Sql;
  return { sql: raw, db: drizzle({ client }) };
}

/**
 * Runs `fn` in a savepoint of `tx`: a failure undoes only what `fn` did (used where a batch keeps its
 * good rows and reports the bad ones).
 */
export async function withSavepoint<T>(tx: Tx, fn: (inner: Tx) => Promise<T>): Promise<T> {
  const outer = tx.sql as postgres.TransactionSql;
  const options = (outer as unknown as postgres.Sql).options;
  return outer.savepoint((raw) => fn(txHandle(raw, options))) as Promise<T>;
}

/** The connection to read with: the open transaction if any, else the pool. */
export function reader(scope: TxScope): Db {
  return scope.tx?.db ?? scope.database.db;
}

/**
 * `column = any($1::uuid[])`: one array parameter whatever the number of ids, so the statement text —
 * and the server's prepared statement — is the same for 1 id or 5,000, and building it costs nothing per
 * id (Drizzle's `inArray` makes a parameter of each).
 */
export function anyId(column: AnyColumn, ids: readonly string[] | Placeholder): SQL {
  return sql`${column} = any(${Array.isArray(ids) ? sql.param([...ids]) : ids}::uuid[])`;
}

const preparedByHandle = new WeakMap<Db, Map<string, unknown>>();

/**
 * A Drizzle prepared query, built once per connection handle and reused: the hot lookups behind the
 * loaders skip query building (which costs more CPU than the round trip for a one-row lookup). Values go
 * in through `sql.placeholder`s; pass timestamps as ISO strings.
 */
export function preparedOnce<Q>(db: Db, name: string, build: (db: Db) => Q): Q {
  let queries = preparedByHandle.get(db);
  if (!queries) {
    queries = new Map();
    preparedByHandle.set(db, queries);
  }
  let query = queries.get(name) as Q | undefined;
  if (!query) {
    query = build(db);
    queries.set(name, query);
  }
  return query;
}

/** An ILIKE pattern matching `text` anywhere, its own `%`, `_` and `\\` taken literally. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** `select count(*) from table where …`. */
export async function countRows(db: Db, table: PgTable, where: SQL | undefined): Promise<number> {
  const [row] = await db.select({ n: count() }).from(table).where(where);
  return row?.n ?? 0;
}
