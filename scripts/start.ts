/**
 * `npm start`: the whole graph in one process with demo data. With no DATABASE_URL it starts an
 * embedded PostgreSQL (data in .data/postgres, reused). Ctrl-C stops everything cleanly.
 */
import { performance } from 'node:perf_hooks';
import { signDevToken } from '../gateway/auth.ts';
import { createLogger } from '../subgraphs/shared/logger.ts';
import { openDatabaseServer } from './lib/database.ts';
import { startGraph } from './lib/graph.ts';

const started = performance.now();
const logger = createLogger('oss-graph', process.env.LOG_LEVEL ?? 'warn');
const say = (line: string) => process.stdout.write(`${line}\n`);

say(process.env.DATABASE_URL ? '• using DATABASE_URL' : '• starting embedded PostgreSQL (.data/postgres)…');
const db = await openDatabaseServer(process.env);
say('• migrating, loading demo data when empty, starting subgraphs and gateway…');
let graph: Awaited<ReturnType<typeof startGraph>>;
try {
  graph = await startGraph({ databaseUrl: db.url, logger, seed: true });
} catch (error) {
  console.error('start-up failed:', error);
  await db.stop();
  process.exit(1);
}
const token = await signDevToken({ role: 'ADMIN', subject: 'dev-admin' }, graph.config.jwt.secret);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const rss = Math.round(process.memoryUsage().rss / 1024 / 1024);
say('');
say(`OSS graph is up in ${seconds} s (${rss} MiB resident)`);
say(`  explorer and endpoint:  ${graph.gateway.url}`);
for (const [name, s] of graph.subgraphs) say(`  subgraph ${name.padEnd(12)}  ${s.server.url}`);
say('');
say('Development admin token (12 h), send as  Authorization: Bearer <token>');
say(token);
say('');
say(
  `Try:  curl -s ${graph.gateway.url} -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" \\`,
);
say(`        -d '{"query":"{ catalogItems(first: 5) { totalCount nodes { sku name } } }"}'`);
say('Ctrl-C stops everything.');

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  say(`\n${signal}: stopping…`);
  // Never hang on the way out: a stuck client or server gets 20 s, then the process ends regardless.
  setTimeout(() => {
    console.error('shutdown took too long; exiting');
    process.exit(1);
  }, 20_000).unref();
  try {
    await graph.close();
  } finally {
    await db.stop();
  }
  say('stopped.');
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
