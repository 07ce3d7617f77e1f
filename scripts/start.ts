/**
 * `npm start`: the whole graph in one process with demo data. With no DATABASE_URL it starts an
 * embedded PostgreSQL (data in .data/postgres, reused).
 *
 * Stops like a service on SIGINT (Ctrl-C), SIGTERM (a process manager) and SIGHUP (the terminal went
 * away): the gateway and subgraphs drain and close, then the embedded PostgreSQL stops; it prints
 * "stopped." and exits 0. The npm script is `exec node …`, so npm's shell is replaced by this process
 * and npm, which forwards SIGINT and SIGTERM to its child, forwards them here. The embedded server
 * runs in a process group of its own, so a terminal's Ctrl-C reaches this process only and the server
 * stops after every connection to it was closed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { signDevToken } from '../gateway/auth.ts';
import { loadGatewayConfig } from '../gateway/config.ts';
import { subgraphs } from '../subgraphs/registry.ts';
import { loadSharedConfig } from '../subgraphs/shared/config.ts';
import { createLogger } from '../subgraphs/shared/logger.ts';
import { type DatabaseServer, embeddedDataDir, openDatabaseServer } from './lib/database.ts';
import { EmbeddedPostgresError, portInUse } from './lib/embedded-postgres.ts';
import { type RunningGraph, startGraph } from './lib/graph.ts';
import { statFields } from './lib/process.ts';

/** An orderly stop that has not finished by then is cut short: PostgreSQL is stopped and the process exits 1. */
const STOP_DEADLINE_MS = 15_000;

/** A start-up failure the person starting the graph can fix: printed as its message alone. (Declared
 * before start-up runs: a class is not hoisted.) */
class StartError extends Error {}

// `npm start` is the development shape: its development secrets sign the admin token printed below,
// and the configuration accepts them only when NODE_ENV says so (a process without it is production).
process.env.NODE_ENV ??= 'development';
const logger = createLogger('oss-graph', process.env.LOG_LEVEL ?? 'warn');
const say = (line: string) => process.stdout.write(`${line}\n`);

let db: DatabaseServer | undefined;
let graph: RunningGraph | undefined;
let stopping: Promise<void> | undefined;

// Registered before anything starts: a signal during start-up lets start-up finish its current step,
// then stops what was started. Further signals while stopping are ignored, not escalated: a terminal's
// Ctrl-C arrives twice (from the terminal and forwarded by npm), and the stop below always ends with
// PostgreSQL stopped, within the deadline.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    stopping ??= stop(signal);
  });
}

const startup = (async () => {
  await assertPortsFree();
  say(
    process.env.DATABASE_URL
      ? '• using DATABASE_URL'
      : `• starting embedded PostgreSQL (${shortPath(embeddedDataDir(process.env))})…`,
  );
  db = await openDatabaseServer(process.env, () => {}, { ownProcessGroup: true });
  if (db.embedded && db.embedded.dataDir !== path.resolve(embeddedDataDir(process.env))) {
    say(`  (data in ${db.embedded.dataDir}: the postgres OS user cannot reach the folder above)`);
  }
  if (stopping) return;
  say('• migrating, loading demo data when empty, starting subgraphs and gateway…');
  graph = await startGraph({ databaseUrl: db.url, logger, seed: true });
})();

try {
  await startup;
} catch (error) {
  if (!stopping) {
    console.error(explain(error) ?? error);
    await db?.stop().catch(() => {});
    process.exit(1);
  }
}
if (!stopping && graph) await announce(graph);

async function announce(graph: RunningGraph): Promise<void> {
  const token = await signDevToken({ role: 'ADMIN', subject: 'dev-admin' }, graph.config.jwt.secret);
  const seconds = secondsSinceLaunch().toFixed(1);
  say('');
  say(`OSS graph is up in ${seconds} s (${memoryFigure(db?.embedded?.pid)})`);
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
}

async function stop(signal: string): Promise<void> {
  say(`\n${signal}: stopping…`);
  setTimeout(() => {
    console.error(`stopping took over ${STOP_DEADLINE_MS / 1000} s; stopping PostgreSQL and exiting`);
    void (db?.stop() ?? Promise.resolve()).finally(() => process.exit(1));
  }, STOP_DEADLINE_MS).unref();
  let code = 0;
  await startup.catch((error: unknown) => {
    console.error(explain(error) ?? error);
    code = 1;
  });
  try {
    await graph?.close();
  } catch (error) {
    console.error('closing the graph failed:', error);
    code = 1;
  }
  // Last, once no pool or event bus of ours is connected to it.
  try {
    await db?.stop();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    code = 1;
  }
  say('stopped.');
  process.exit(code);
}

/** Relative to the working directory when inside it (`.data/postgres`), else absolute. */
function shortPath(dir: string): string {
  const rel = path.relative(process.cwd(), dir);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : path.resolve(dir);
}

/**
 * The gateway's and subgraphs' ports, checked before anything starts: a second checkout's `npm start`
 * then fails at once with the port, its holder and what to change.
 */
async function assertPortsFree(): Promise<void> {
  const gateway = loadGatewayConfig(process.env);
  const shared = loadSharedConfig(process.env);
  // The internal metrics listener, where the configuration has one.
  const metrics = (gateway as { metrics?: { port: number; host: string } | null }).metrics;
  const wanted = [
    { port: gateway.port, host: gateway.host, what: 'gateway', fix: 'set GATEWAY_PORT to a free port' },
    ...(metrics ? [{ ...metrics, what: 'metrics', fix: 'set METRICS_PORT to a free port' }] : []),
    ...subgraphs.map((s) => ({
      port: shared.portFor(s.name) ?? s.port,
      host: '127.0.0.1',
      what: `subgraph ${s.name}`,
      fix: `set SUBGRAPH_${s.name.toUpperCase()}_PORT to a free port`,
    })),
  ];
  for (const { port, host, what, fix } of wanted) {
    const holder = port ? await portInUse(port, host) : undefined;
    if (holder)
      throw new StartError(`cannot start: port ${port} (${what}) is already in use by ${holder}; ${fix}`);
  }
}

/** One line for failures the person starting the graph can fix; undefined for the rest (printed whole). */
function explain(error: unknown): string | undefined {
  return error instanceof EmbeddedPostgresError || error instanceof StartError ? error.message : undefined;
}

/** True when the parent process is the npm that ran this script (then `exec` made us its child). */
function startedByNpm(): boolean {
  if (!process.env.npm_lifecycle_event) return false;
  try {
    return /(^|[/\0\s])npm([\0\s-]|$)/.test(readFileSync(`/proc/${process.ppid}/cmdline`, 'utf8'));
  } catch {
    return false;
  }
}

/**
 * Seconds since the command was typed: since npm started when npm ran us, else since this process
 * started (so npm's and Node's own start-up and the imports count too, not only our work).
 */
function secondsSinceLaunch(): number {
  const own = performance.now() / 1000; // performance.timeOrigin is this process's start
  if (!startedByNpm()) return own;
  try {
    const uptime = Number.parseFloat(readFileSync('/proc/uptime', 'utf8'));
    // starttime (field 22) is in clock ticks since boot; USER_HZ is 100 on Linux.
    const since = uptime - Number(statFields(process.ppid)[19]) / 100;
    return since >= own ? since : own;
  } catch {
    return own;
  }
}

/** Proportional set size (shared pages split between the processes sharing them), else RSS; KiB. */
function residentKiB(pid: number | string): number {
  for (const [file, field] of [
    [`/proc/${pid}/smaps_rollup`, 'Pss'],
    [`/proc/${pid}/status`, 'VmRSS'],
  ] as const) {
    try {
      const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(file, 'utf8'));
      if (m) return Number(m[1]);
    } catch {}
  }
  return 0;
}

/**
 * Memory of everything `npm start` runs: this process, the embedded PostgreSQL (the postmaster and
 * every process under it), and npm when it ran us. PostgreSQL's processes share its buffers, so their
 * proportional sizes are summed (plain RSS would count the shared pages once per process).
 */
function memoryFigure(postmaster: number | undefined): string {
  const mib = (kib: number) => Math.round(kib / 1024);
  if (process.platform !== 'linux') return `${mib(process.memoryUsage().rss / 1024)} MiB resident, Node only`;
  let postgres = 0;
  if (postmaster) {
    const children = new Map<number, number[]>();
    try {
      for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
        try {
          const ppid = Number(statFields(pid)[1]);
          children.set(ppid, [...(children.get(ppid) ?? []), Number(pid)]);
        } catch {} // exited meanwhile
      }
    } catch {}
    for (const queue = [postmaster]; queue.length > 0; ) {
      const pid = queue.pop() as number;
      postgres += residentKiB(pid);
      queue.push(...(children.get(pid) ?? []));
    }
  }
  const node = residentKiB(process.pid) || process.memoryUsage().rss / 1024;
  const npm = startedByNpm() ? residentKiB(process.ppid) : 0;
  const parts = [
    `Node ${mib(node)}`,
    ...(postmaster ? [`PostgreSQL ${mib(postgres)}`] : []),
    ...(npm ? [`npm ${mib(npm)}`] : []),
  ];
  return `process tree ${mib(node + postgres + npm)} MiB resident: ${parts.join(', ')}`;
}
