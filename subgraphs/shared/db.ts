import { type AnyColumn, count, getTableColumns, type Placeholder, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { DeadlineExceeded, pgErrorCode } from './errors.ts';
import { LiveHub } from './live.ts';

export type Db = PostgresJsDatabase<Record<string, never>>;

/** A handle on one unit of work: the Drizzle API and the raw postgres.js client of the same connection. */
export interface Tx {
  db: Db;
  sql: postgres.Sql | postgres.TransactionSql;
}

/**
 * What a pool has sent (kept unless the pool was made with `countStatements: false`): `statements`
 * counts every SQL statement, which the query-count baselines read;
 * while `log` is an array, each statement's text is appended to it (to print what a baseline caught).
 */
export interface StatementStats {
  statements: number;
  log: string[] | null;
}

/** One subgraph's connection pool. */
export interface Database extends Tx {
  sql: postgres.Sql;
  stats: StatementStats;
  /**
   * The pool's live channels (LISTEN/NOTIFY for GraphQL subscriptions), made on first use; one per pool,
   * on its single listening connection. Closing the pool ends every subscription.
   */
  readonly live: LiveHub;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  url: string;
  max?: number;
  applicationName?: string;
  /** Session settings sent at connection start, e.g. `{ 'pg_trgm.word_similarity_threshold': '0.3' }`. */
  settings?: Record<string, string>;
  /** Longest a statement may run, in ms (PostgreSQL's `statement_timeout`); the server's default if unset. */
  statementTimeoutMs?: number;
  /**
   * Keep `stats` (the query-count baselines read it; on by default). Servers turn it off: postgres.js
   * counts through its `debug` hook, which also captures a stack trace for every query (about a tenth of
   * a verb's CPU) and makes an error's query and parameters enumerable, so logs would carry them.
   */
  countStatements?: boolean;
}

const ARRAY_TYPES_QUERY = /^\s*select b\.oid, b\.typarray\s+from pg_catalog\.pg_type/;

export function createDatabase({
  url,
  max = 10,
  applicationName = 'oss-graph',
  settings = {},
  statementTimeoutMs,
  countStatements = true,
}: DatabaseOptions): Database {
  const stats: StatementStats = { statements: 0, log: null };
  const sql = postgres(url, {
    max,
    onnotice: () => {},
    connection: {
      application_name: applicationName,
      ...(statementTimeoutMs ? { statement_timeout: statementTimeoutMs } : {}),
      ...settings,
    },
    ...(countStatements
      ? {
          debug: (_connection: number, query: string) => {
            // postgres.js reads the array types once on each new connection: setup, not the operation's work.
            if (ARRAY_TYPES_QUERY.test(query)) return;
            stats.statements += 1;
            stats.log?.push(query);
          },
        }
      : {}),
  });
  let hub: LiveHub | undefined;
  return {
    sql,
    db: drizzle({ client: preparing(sql) }),
    stats,
    get live() {
      hub ??= new LiveHub({ sql });
      return hub;
    },
    close: async () => {
      await hub?.close();
      await sql.end({ timeout: 5 });
    },
  };
}

/** A piece of SQL with its parameters (postgres.js), to send inside a larger statement. */
export type Fragment = postgres.PendingQuery<postgres.Row[]>;

/**
 * Sends `writes` (each an INSERT, UPDATE or DELETE) and `final` as one statement — `with w1 as (…), w2
 * as (…) final` — so a change made of several writes costs one round trip. PostgreSQL runs every part
 * whether `final` reads it or not, all under one snapshot: a part sees none of the others' rows, so
 * parts must not depend on each other. `final` (a plain statement, not a WITH) answers the rows.
 */
export function inOneStatement<T extends postgres.Row = postgres.Row>(
  tx: Tx,
  writes: readonly Fragment[],
  final?: Fragment,
): Promise<T[]> {
  const sql = tx.sql;
  const last = final ?? sql`select 1`;
  if (!writes.length) return last as unknown as Promise<T[]>;
  const list = writes
    .map((w, i) => sql`${sql.unsafe(`w${i + 1}`)} as (${w})`)
    .reduce((all, part) => sql`${all}, ${part}`);
  return sql`with ${list} ${last}` as unknown as Promise<T[]>;
}

/** Anything that can carry an open transaction: a request context, or a Tx already. */
export interface TxScope {
  database: Database;
  tx?: Tx | undefined;
  /** When the caller stops waiting (ms since the epoch): no transaction commits after it. */
  deadline?: number | null | undefined;
}

/**
 * Runs `fn` in a transaction, reusing the scope's open transaction when there is one, so service verbs
 * compose: a verb called from another verb joins the caller's unit of work.
 *
 * With a deadline, no statement of the transaction runs past it (`statement_timeout` is set to the time
 * left) and the transaction rolls back instead of committing once it has passed: the gateway has told
 * the client the request failed, so the write must not appear later (a frozen or stalled process that
 * resumes rolls back). A commit sent just before the deadline can still land after the client gave up;
 * clients retry writes with their idempotency key, which replays the first result.
 */
export async function withTransaction<T>(scope: TxScope, fn: (tx: Tx) => Promise<T>): Promise<T> {
  if (scope.tx) return fn(scope.tx);
  const pool = scope.database.sql;
  const deadline = scope.deadline ?? null;
  if (deadline !== null && Date.now() >= deadline) throw new DeadlineExceeded();
  return pool.begin(async (raw) => {
    if (deadline !== null) {
      const left = Math.max(1, Math.floor(deadline - Date.now()));
      await raw`select set_config('statement_timeout', ${String(left)}, true)`;
    }
    try {
      const result = await fn(txHandle(raw, pool.options));
      if (deadline !== null && Date.now() >= deadline) throw new DeadlineExceeded();
      return result;
    } catch (error) {
      // 57014: the statement ran into the deadline's timeout.
      if (deadline !== null && pgErrorCode(error, '57014') && Date.now() >= deadline - 50) {
        throw new DeadlineExceeded();
      }
      throw error;
    }
  }) as Promise<T>;
}

/**
 * Drizzle over one transaction's connection. The transaction client lacks the pool's `options`, which
 * Drizzle reads its type parsers from, so they are lent to it.
 */
function txHandle(raw: postgres.TransactionSql, options: postgres.Sql['options']): Tx {
  const client = Object.assign(raw, { options }) as unknown as postgres.Sql;
  return { sql: raw, db: drizzle({ client: preparing(client) }) };
}

/**
 * The client as Drizzle sees it, with every statement a prepared one: Drizzle asks postgres.js for a
 * named statement only for `.prepare(name)` queries, so every other statement was parsed and planned
 * again on each call. postgres.js keeps one prepared statement per connection and statement text; the
 * texts are the code's (values travel as parameters, id lists as one array), so they are few.
 */
function preparing(client: postgres.Sql): postgres.Sql {
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property !== 'unsafe') return Reflect.get(target, property, receiver);
      return (query: string, parameters?: unknown[], options?: { prepare?: boolean }) =>
        target.unsafe(query, parameters as never[], { ...options, prepare: true });
    },
  });
}

/**
 * `column = any($1::uuid[])`: one array parameter whatever the number of ids, so the statement text —
 * and the server's prepared statement — is the same for 1 id or 5,000, and building it costs nothing per
 * id (Drizzle's `inArray` makes a parameter of each).
 */
export function anyId(column: AnyColumn, ids: readonly string[] | Placeholder): SQL {
  return sql`${column} = any(${Array.isArray(ids) ? sql.param([...ids]) : ids}::uuid[])`;
}

/** `column = any($1::text[])`: {@link anyId} for text values such as barcodes. */
export function anyText(column: AnyColumn, values: readonly string[]): SQL {
  return sql`${column} = any(${sql.param([...values])}::text[])`;
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

/**
 * Inserts many rows of one table in one statement whatever their number: the rows travel as a single
 * JSON parameter unpacked by `jsonb_to_recordset`, so neither the client nor the server handles a
 * parameter per value (Drizzle's multi-row `values()` does: 18 columns × 1,000 rows cost ~200 ms more
 * per thousand). Only the columns the first row gives a value (null included) are written; the others take
 * their defaults.
 * With `onConflictDoNothing`, a row a unique index refuses is skipped; the ids of the rows inserted are
 * returned when the table has an `id` column.
 */
export async function insertMany<T extends PgTable>(
  db: Db,
  table: T,
  rows: readonly T['$inferInsert'][],
  opts: { onConflictDoNothing?: boolean } = {},
): Promise<string[]> {
  const first = rows[0];
  if (!first) return [];
  const columns = Object.entries(getTableColumns(table)).filter(
    ([key]) => (first as Record<string, unknown>)[key] !== undefined,
  ) as [string, AnyPgColumn][];
  const records = rows.map((row) =>
    Object.fromEntries(
      columns.map(([key, column]) => [column.name, (row as Record<string, unknown>)[key] ?? null]),
    ),
  );
  const names = sql.join(
    columns.map(([, column]) => sql.identifier(column.name)),
    sql`, `,
  );
  const types = sql.raw(columns.map(([, column]) => `"${column.name}" ${column.getSQLType()}`).join(', '));
  const idColumn = (getTableColumns(table) as Record<string, AnyPgColumn>).id;
  const inserted = await db.execute<{ id: string }>(sql`
    insert into ${table} (${names})
    select ${names} from jsonb_to_recordset(${JSON.stringify(records)}::jsonb) as v(${types})
    ${opts.onConflictDoNothing ? sql`on conflict do nothing` : sql``}
    ${idColumn ? sql`returning ${sql.identifier(idColumn.name)} as id` : sql``}`);
  return inserted.map((r) => String(r.id));
}
