import { join } from 'node:path';
import postgres from 'postgres';
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

/** Creates `name` on the server behind `url` unless it exists; returns the URL of that database. */
export async function ensureDatabase(url: string, name: string): Promise<string> {
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await admin`select 1 as ok from pg_database where datname = ${name}`;
    if (!row) await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const target = new URL(url);
  target.pathname = `/${name}`;
  return target.toString();
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
