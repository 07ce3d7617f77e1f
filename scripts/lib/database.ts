import { join } from 'node:path';
import postgres from 'postgres';
import { defaultDataDir, type EmbeddedPostgresHandle, startEmbeddedPostgres } from './embedded-postgres.ts';

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

/**
 * The database `npm start` uses: `DATABASE_URL` when set, else an embedded PostgreSQL whose data stays
 * in `.data/postgres` between runs.
 */
export async function openDatabaseServer(
  env: NodeJS.ProcessEnv,
  log: (msg: string) => void = () => {},
): Promise<DatabaseServer> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: null, stop: async () => {} };
  const port = Number(env.EMBEDDED_POSTGRES_PORT ?? EMBEDDED_PORT);
  const embedded = await startEmbeddedPostgres({ dataDir: defaultDataDir(projectRoot), port, log });
  const url = await ensureDatabase(embedded.url, APP_DATABASE);
  return { url, embedded, stop: () => embedded.stop() };
}
