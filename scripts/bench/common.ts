/** What every benchmark script shares: output, the machine line, percentiles, a database, GraphQL calls. */
import { cpus, totalmem } from 'node:os';
import { type DatabaseServer, freshDatabase, openDatabaseServer } from '../lib/database.ts';

// Benchmarks run the graph as the tests do (development secrets, e.g. monitoring's SECRETS_KEY), whatever
// the shell says: monitoring reads its settings from the process environment, not from startGraph's env.
process.env.NODE_ENV ??= 'test';

/** The secrets of benchmarks' production-mode processes (never a real deployment's). */
export const BENCH_SECRETS = {
  JWT_SECRET: 'bench-jwt-secret-0123456789abcdefghijklmnopqrstuv',
  INTERNAL_TOKEN_SECRET: 'bench-internal-secret-0123456789abcdefghijklmno',
  SECRETS_KEY: Buffer.from('bench-secrets-key-0123456789abcd').toString('base64'),
};
/** The project's root folder, where benchmarks start their processes. */
export const projectRoot = new URL('../..', import.meta.url).pathname;

export const say = (line: string) => process.stdout.write(`${line}\n`);

/** The line that says what the figures ran on. */
export function machineLine(): string {
  return `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

/** The nearest-rank percentile `p` (0–100) of `sorted` (ascending). */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

/**
 * The benchmark's own database `name`, empty and migrated, on `DATABASE_URL` or the embedded server;
 * `server.stop()` when done.
 */
export async function benchDatabase(name: string): Promise<{ server: DatabaseServer; url: string }> {
  const server = await openDatabaseServer(process.env);
  return { server, url: await freshDatabase(server.url, name, { migrate: true }) };
}

/** One GraphQL request with a bearer token; throws on GraphQL errors, else returns `data`. */
export async function graphql(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data ?? {};
}
