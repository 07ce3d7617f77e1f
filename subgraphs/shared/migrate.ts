import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import type postgres from 'postgres';

/**
 * Applies one subgraph's migrations from `drizzle/<name>/`. Each subgraph keeps its own journal table
 * (`drizzle_migrations.<name>`): drizzle's migrator only compares against the newest applied
 * timestamp, so a journal shared by two subgraphs would silently skip the older one's migrations.
 * (The journal is not inside the subgraph's schema because the first migration creates that schema.)
 * Everything runs in one transaction on one connection under a transaction-scoped advisory lock, so
 * concurrent starts (replicas, test workers, several subgraphs of one process) take turns and
 * re-running is harmless. One connection, because a lock held on one pooled connection while the
 * migrator waits for another deadlocks a small pool; one lock for all subgraphs, because each run
 * creates the shared journal schema and two concurrent `CREATE SCHEMA IF NOT EXISTS` collide.
 */
export const MIGRATIONS_SCHEMA = 'drizzle_migrations';

export async function migrateSubgraph(
  sql: postgres.Sql,
  name: string,
  migrationsFolder: string,
): Promise<void> {
  await sql.begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(hashtext('oss-graph:migrate'))`;
    // Drizzle reads type parsers from `options` and opens its own transaction with `begin`: inside
    // ours that is a savepoint.
    const client = Object.assign(tx, {
      options: sql.options,
      begin: (fn: (inner: postgres.TransactionSql) => Promise<unknown>) => tx.savepoint(fn),
    }) as unknown as postgres.Sql;
    await migrate(drizzle({ client }), {
      migrationsFolder,
      migrationsSchema: MIGRATIONS_SCHEMA,
      migrationsTable: name,
    });
  });
}
