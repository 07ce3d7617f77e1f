import { join } from 'node:path';
import postgres from 'postgres';
import { subgraphs } from '../../subgraphs/registry.ts';
import { migrateSubgraph } from '../../subgraphs/shared/migrate.ts';
import {
  defaultDataDir,
  EmbeddedPostgresError,
  type EmbeddedPostgresHandle,
  startEmbeddedPostgres,
} from './embedded-postgres.ts';

export const projectRoot = join(import.meta.dirname, '..', '..');
export const EMBEDDED_PORT = 54329;
export const APP_DATABASE = 'oss_graph';

export interface DatabaseServer {
  /** URL of the application database. */
  url: string;
  embedded: EmbeddedPostgresHandle | null;
  stop(): Promise<void>;
}

/** The URL of database `name` on the server behind `url`. */
export function databaseUrl(url: string, name: string): string {
  const target = new URL(url);
  target.pathname = `/${name}`;
  return target.toString();
}

/** Runs `fn` with a one-connection client of the server behind `url`, closed after. */
async function withAdmin<T>(url: string, fn: (admin: postgres.Sql) => Promise<T>): Promise<T> {
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}

/** Creates `name` on the server behind `url` unless it exists; returns the URL of that database. */
export async function ensureDatabase(url: string, name: string): Promise<string> {
  await withAdmin(url, async (admin) => {
    const [row] = await admin`select 1 as ok from pg_database where datname = ${name}`;
    if (!row) await admin.unsafe(`create database "${name}"`);
  });
  return databaseUrl(url, name);
}

/**
 * Database `name` on the server behind `url`, empty (dropped first if it exists, whoever is connected)
 * or a copy of `template`; with `migrate`, every subgraph's migrations applied. Returns its URL.
 */
export async function freshDatabase(
  url: string,
  name: string,
  opts: { template?: string; migrate?: boolean } = {},
): Promise<string> {
  await withAdmin(url, async (admin) => {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.unsafe(`create database "${name}"${opts.template ? ` template "${opts.template}"` : ''}`);
  });
  const target = databaseUrl(url, name);
  if (opts.migrate) {
    const sql = postgres(target, { max: 1, onnotice: () => {} });
    try {
      for (const entry of subgraphs) {
        const module = await entry.load();
        await migrateSubgraph(sql, module.name, module.migrationsFolder);
      }
    } finally {
      await sql.end();
    }
  }
  return target;
}

/** Drops database `name` on the server behind `url`, whoever is connected to it. */
export async function dropDatabase(url: string, name: string): Promise<void> {
  await withAdmin(url, (admin) => admin.unsafe(`drop database if exists "${name}" with (force)`));
}

/** The embedded server's data dir: `EMBEDDED_POSTGRES_DATA_DIR`, else `.data/postgres` of this checkout. */
export function embeddedDataDir(env: NodeJS.ProcessEnv): string {
  return env.EMBEDDED_POSTGRES_DATA_DIR || defaultDataDir(projectRoot);
}

/**
 * The database `npm start` uses: `DATABASE_URL` when set, else an embedded PostgreSQL whose data stays
 * in `.data/postgres` (or `EMBEDDED_POSTGRES_DATA_DIR`) between runs, on `EMBEDDED_POSTGRES_PORT`.
 * `ownProcessGroup` is for callers that stop the server themselves on SIGINT/SIGTERM (see
 * `startEmbeddedPostgres`).
 */
export async function openDatabaseServer(
  env: NodeJS.ProcessEnv,
  log: (msg: string) => void = () => {},
  opts: { ownProcessGroup?: boolean } = {},
): Promise<DatabaseServer> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: null, stop: async () => {} };
  const port = Number(env.EMBEDDED_POSTGRES_PORT || EMBEDDED_PORT);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new EmbeddedPostgresError(
      `EMBEDDED_POSTGRES_PORT must be a port number, not "${env.EMBEDDED_POSTGRES_PORT}"`,
    );
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: embeddedDataDir(env),
    port,
    log,
    portVariable: 'EMBEDDED_POSTGRES_PORT',
    ...(opts.ownProcessGroup ? { ownProcessGroup: true } : {}),
  });
  try {
    const url = await ensureDatabase(embedded.url, APP_DATABASE);
    return { url, embedded, stop: () => embedded.stop() };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}
