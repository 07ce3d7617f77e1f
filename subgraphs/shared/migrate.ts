import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import type postgres from 'postgres';

/**
 * Applies one subgraph's migrations from `drizzle/<name>/`. Each subgraph keeps its own journal table
 * (`drizzle_migrations.<name>`): drizzle's migrator only compares against the newest applied
 * timestamp, so a journal shared by two subgraphs would silently skip the older one's migrations.
 * (The journal is not inside the subgraph's schema because the first migration creates that schema.)
 * A session advisory lock per subgraph makes concurrent starts (replicas, test workers) take turns;
 * re-running is harmless.
 */
export const MIGRATIONS_SCHEMA = 'drizzle_migrations';

export async function migrateSubgraph(
  sql: postgres.Sql,
  name: string,
  migrationsFolder: string,
): Promise<void> {
  const conn = await sql.reserve();
  try {
    await conn`select pg_advisory_lock(hashtext(${`oss-graph:migrate:${name}`}))`;
    try {
      // The lock is held by `conn`; the migrator may use any connection of the pool.
      await migrate(drizzle({ client: sql }), {
        migrationsFolder,
        migrationsSchema: MIGRATIONS_SCHEMA,
        migrationsTable: name,
      });
    } finally {
      await conn`select pg_advisory_unlock(hashtext(${`oss-graph:migrate:${name}`}))`;
    }
  } finally {
    conn.release();
  }
}
