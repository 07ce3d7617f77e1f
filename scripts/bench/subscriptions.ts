/**
 * `npm run bench:subscriptions`: status changes committed to PostgreSQL and delivered to 1,000 clients
 * subscribed through the gateway, in the production shape (monitoring subgraph and gateway, each its own
 * process), beside a plain graphql-ws server fed by the same NOTIFY channel with 1,000 clients of its
 * own (graphql-js executing each client's subscription for each event). Phases run one after the other:
 * for each, the time from a change's commit to its arrival at every client (p50, p99, max), the server
 * CPU per delivered event (from /proc), and the server's memory per connection (RSS with the clients
 * subscribed, less RSS before they connected).
 *
 *   npm run bench:subscriptions [-- --clients 1000 --events 100 --interval 100]
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type Client, createClient } from 'graphql-ws';
import postgres from 'postgres';
import { WebSocket } from 'ws';
import { signDevToken } from '../../gateway/auth.ts';
import { cpuSeconds, freePort, spawnNodeUntilReady } from '../lib/process.ts';
import { BENCH_SECRETS, benchDatabase, machineLine, percentile, projectRoot, say } from './common.ts';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '1000' },
    events: { type: 'string', default: '100' },
    /** Milliseconds between two commits. */
    interval: { type: 'string', default: '100' },
  },
});
const CLIENTS = Number(values.clients);
const EVENTS = Number(values.events);
const INTERVAL = Number(values.interval);

const { JWT_SECRET, INTERNAL_TOKEN_SECRET: INTERNAL_SECRET } = BENCH_SECRETS;
const root = projectRoot;

const { server, url: dbUrl } = await benchDatabase('oss_bench_subscriptions');
const production = {
  ...process.env,
  NODE_ENV: 'production',
  JWT_SECRET,
  INTERNAL_TOKEN_SECRET: INTERNAL_SECRET,
  SECRETS_KEY: BENCH_SECRETS.SECRETS_KEY,
  LOG_LEVEL: 'error',
  DATABASE_URL: dbUrl,
  METRICS_PORT: 'off',
  MONITORING_POLLER: 'off',
};
const [monitoringPort, gatewayPort, plainPort] = [await freePort(), await freePort(), await freePort()];
const monitoring = await spawnNodeUntilReady('monitoring', ['scripts/start-subgraph.ts', 'monitoring'], {
  cwd: root,
  env: {
    ...production,
    PORT: String(monitoringPort),
    GATEWAY_URL: `http://127.0.0.1:${gatewayPort}/graphql`,
  },
  ready: /listening on/,
  timeoutMs: 60_000,
});
const gateway = await spawnNodeUntilReady('gateway', ['gateway/server.ts'], {
  cwd: root,
  env: {
    ...production,
    GATEWAY_PORT: String(gatewayPort),
    SUBGRAPH_MONITORING_URL: `http://127.0.0.1:${monitoringPort}/graphql`,
    SUBSCRIPTIONS_MAX: String(CLIENTS * 2),
  },
  ready: /gateway listening/,
});
const plain = await spawnNodeUntilReady('plain graphql-ws', ['scripts/bench/plain-ws-server.ts'], {
  cwd: root,
  env: { ...production, PORT: String(plainPort) },
  ready: /plain graphql-ws listening/,
});
const token = await signDevToken({ role: 'NOC_ENGINEER', ttl: '2h' }, JWT_SECRET);
const sql = postgres(dbUrl, { max: 1, onnotice: () => {} });

const rssBytes = (pid: number) =>
  Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) * 1024;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const QUERY = 'subscription { equipmentStatusChanged { status previous reason at equipment { id } } }';

interface Phase {
  name: string;
  p50: number;
  p99: number;
  max: number;
  delivered: number;
  expected: number;
  cpuPerDelivery: number[];
  rssPerConnection: number;
}

async function phase(name: string, url: string, pids: { server: number; others: number[] }): Promise<Phase> {
  const committed = new Map<string, number>();
  const latencies: number[] = [];
  let delivered = 0;
  let subscribed = 0;
  const rssBefore = rssBytes(pids.server);
  const clients: Client[] = [];
  for (let i = 0; i < CLIENTS; i++) {
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
      on: {
        connected: () => {
          subscribed += 1;
        },
      },
    });
    client.subscribe(
      { query: QUERY },
      {
        next: (result) => {
          const change = (result.data as { equipmentStatusChanged?: { reason: string } } | null)
            ?.equipmentStatusChanged;
          const at = change && committed.get(change.reason);
          if (at === undefined) return;
          delivered += 1;
          latencies.push(performance.now() - at);
        },
        error: (error) => say(`${name}: a client failed: ${JSON.stringify(error)}`),
        complete: () => {},
      },
    );
    clients.push(client);
  }
  while (subscribed < CLIENTS) await sleep(100);
  // Subscriptions are sent right after the acknowledgement; give them a moment to be in place upstream.
  await sleep(2_000);
  const rssWith = rssBytes(pids.server);
  const cpuBefore = [pids.server, ...pids.others].map((pid) => cpuSeconds(pid));
  for (let i = 0; i < EVENTS; i++) {
    const reason = randomUUID();
    const event = {
      equipmentId: randomUUID(),
      previous: 'UP',
      status: 'DOWN',
      at: new Date().toISOString(),
      reason,
    };
    await sql`select pg_notify('monitoring_status', ${JSON.stringify(event)})`;
    committed.set(reason, performance.now());
    await sleep(INTERVAL);
  }
  const expected = EVENTS * CLIENTS;
  for (let waited = 0; delivered < expected && waited < 10_000; waited += 100) await sleep(100);
  const cpuAfter = [pids.server, ...pids.others].map((pid) => cpuSeconds(pid));
  await Promise.all(clients.map((c) => Promise.resolve(c.dispose()).catch(() => {})));
  latencies.sort((a, b) => a - b);
  return {
    name,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? 0,
    delivered,
    expected,
    cpuPerDelivery: cpuAfter.map(
      (after, i) => ((after - (cpuBefore[i] ?? 0)) / Math.max(1, delivered)) * 1e6,
    ),
    rssPerConnection: (rssWith - rssBefore) / CLIENTS,
  };
}

say(`${CLIENTS} clients, ${EVENTS} status changes ${INTERVAL} ms apart per phase`);
const ours = await phase('through the gateway', `ws://127.0.0.1:${gatewayPort}/graphql`, {
  server: gateway.pid!,
  others: [monitoring.pid!],
});
const reference = await phase('plain graphql-ws', `ws://127.0.0.1:${plainPort}/graphql`, {
  server: plain.pid!,
  others: [],
});
await sql.end();
for (const child of [gateway, monitoring, plain]) child.kill('SIGTERM');
await server.stop();

say('');
say(machineLine());
say(
  '| server | delivered | commit → client p50 ms | p99 ms | max ms | server CPU µs per delivery | memory per connection KiB |',
);
say('|---|---|---|---|---|---|---|');
for (const p of [ours, reference]) {
  const cpu = p.cpuPerDelivery.map((c) => c.toFixed(1));
  say(
    `| ${p.name} | ${p.delivered} of ${p.expected} | ${p.p50.toFixed(1)} | ${p.p99.toFixed(1)} | ${p.max.toFixed(1)} | ${cpu[0]}${cpu.length > 1 ? ` (+ monitoring ${cpu.slice(1).join(', ')})` : ''} | ${(p.rssPerConnection / 1024).toFixed(1)} |`,
  );
}
say(
  `CPU per delivery, gateway / plain graphql-ws: ${((ours.cpuPerDelivery[0] ?? 0) / (reference.cpuPerDelivery[0] ?? 1)).toFixed(2)}`,
);
process.exit(0);
