/**
 * `npm run bench:gateway`: our gateway against a vanilla `@apollo/gateway` (same version, no plugins) in
 * front of the same catalog subgraph, in the production shape — every one its own process — over a
 * catalog of 20,000 items. Rounds interleave the gateways and scenarios after a warm-up; the load comes
 * from autocannon in a process of its own (16 connections). For each run: requests per second, p50 and
 * p99 latency, and CPU seconds per 1,000 requests of the gateway, the subgraph and PostgreSQL (from
 * /proc; PostgreSQL: the backends of the benchmark's database). Prints a table and the ratios of ours to vanilla.
 *
 *   npm run bench:gateway [-- --items 20000 --categories 1000 --seconds 8 --rounds 3 --connections 16]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { signDevToken } from '../../gateway/auth.ts';
import { cpuSeconds, freePort, spawnNodeUntilReady } from '../lib/process.ts';
import { loadBenchCatalog } from './catalog-data.ts';
import { BENCH_SECRETS, benchDatabase, machineLine, projectRoot, say } from './common.ts';

const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '20000' },
    categories: { type: 'string', default: '1000' },
    seconds: { type: 'string', default: '8' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '16' },
    /** Run only the scenarios whose name contains this text. */
    only: { type: 'string', default: '' },
    /** Skip the vanilla gateway (a quick look at ours). */
    'ours-only': { type: 'boolean', default: false },
  },
});
const SECONDS = Number(values.seconds);
const ROUNDS = Number(values.rounds);
const CONNECTIONS = Number(values.connections);

const { JWT_SECRET, INTERNAL_TOKEN_SECRET: INTERNAL_SECRET } = BENCH_SECRETS;
const root = projectRoot;
const node = process.execPath;

// ---------------------------------------------------------------------------------------------- data
const DATABASE = 'oss_bench_gateway';
const { server, url: dbUrl } = await benchDatabase(DATABASE);
const sql = postgres(dbUrl, { max: 2, onnotice: () => {} });
say(`loading ${values.categories} categories and ${values.items} items…`);
await loadBenchCatalog(sql, { items: Number(values.items), categories: Number(values.categories) });
const sample = (await sql`select id from catalog.items order by random() limit 500`).map(
  (r) => r.id as string,
);
// Mid-level categories: their subtree holds more than a page, so a heavy page is always 50 rows.
const pages = (await sql`select id from catalog.categories where depth = 1 order by id limit 100`).map(
  (r) => r.id as string,
);
await sql.end();

// ------------------------------------------------------------------------------------------ processes
const production = {
  ...process.env,
  NODE_ENV: 'production',
  JWT_SECRET,
  INTERNAL_TOKEN_SECRET: INTERNAL_SECRET,
  LOG_LEVEL: 'error',
  DATABASE_URL: dbUrl,
  METRICS_PORT: 'off',
};

const subgraphPort = await freePort();
const oursPort = await freePort();
const vanillaPort = await freePort();
const subgraphUrl = `http://127.0.0.1:${subgraphPort}/graphql`;
const subgraph = await spawnNodeUntilReady('subgraph', ['scripts/start-subgraph.ts', 'catalog'], {
  cwd: root,
  env: { ...production, PORT: String(subgraphPort), DB_POOL_MAX: '10' },
  ready: /listening on/,
});
const ours = await spawnNodeUntilReady('our gateway', ['gateway/server.ts'], {
  cwd: root,
  env: { ...production, GATEWAY_PORT: String(oursPort), SUBGRAPH_CATALOG_URL: subgraphUrl },
  ready: /gateway listening/,
});
const vanilla = await spawnNodeUntilReady('vanilla gateway', ['scripts/bench/vanilla-gateway.ts'], {
  cwd: root,
  env: { ...production, PORT: String(vanillaPort), SUBGRAPH_CATALOG_URL: subgraphUrl },
  ready: /vanilla gateway listening/,
});
const token = await signDevToken({ role: 'ADMIN', ttl: '2h' }, JWT_SECRET);

// -------------------------------------------------------------------------------------------- measure
/**
 * CPU seconds the PostgreSQL backends serving the benchmark's database have used so far: only those, as
 * the server may be shared (other databases' work would count otherwise). The subgraph's pool keeps its
 * connections for the whole run, so no backend's time is lost by it exiting.
 */
function postgresSeconds(): number {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const comm = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
      if (comm !== 'postgres' && !comm.startsWith('postgres:')) continue;
      // A backend's title: "postgres: [cluster: ]user database host state".
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(` ${DATABASE} `))
        total += cpuSeconds(Number(pid));
    } catch {}
  }
  return total;
}

const SCENARIOS = [
  {
    name: 'tiny: one item by id',
    body: (i: number) => ({
      query: 'query($id: ID!) { catalogItem(id: $id) { id sku name } }',
      variables: { id: sample[i % sample.length] },
    }),
    distinct: true,
  },
  {
    name: 'heavy: 50-item page, nested (distinct pages)',
    body: (i: number) => ({ query: HEAVY, variables: { id: pages[i % pages.length] } }),
    distinct: true,
  },
  {
    name: 'heavy: 50-item page, 16 identical clients',
    body: () => ({ query: HEAVY, variables: { id: pages[0] } }),
    distinct: false,
  },
];
const HEAVY = `query($id: ID!) { catalogItems(first: 50, filter: { categoryId: $id }) { totalCount nodes {
  id sku name category { name breadcrumbs { name } effectiveTemplate { key type required } }
  price { amount currency } priceHistory { amount validFrom validTo }
  certificates { number validTo } } } }`;

interface Run {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  gatewayCpu: number;
  subgraphCpu: number;
  postgresCpu: number;
}

/** One load run with autocannon in its own process; the CPU each process spent on it. */
async function load(port: number, gateway: ChildProcess, scenario: (typeof SCENARIOS)[number]): Promise<Run> {
  const bodies = Array.from({ length: scenario.distinct ? 100 : 1 }, (_, i) =>
    JSON.stringify(scenario.body(i)),
  );
  const before = { g: cpuSeconds(gateway.pid!), s: cpuSeconds(subgraph.pid!), p: postgresSeconds() };
  const result = await new Promise<{
    requests: { average: number; total: number };
    latency: { p50: number; p99: number };
    non2xx: number;
    errors: number;
  }>((resolve, reject) => {
    const child = spawn(node, ['scripts/bench/load.ts'], {
      cwd: root,
      stdio: ['pipe', 'pipe', 'inherit'],
      env: { ...process.env },
    });
    let out = '';
    child.stdout.on('data', (c) => {
      out += String(c);
    });
    child.once('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`load exited ${code}`)),
    );
    child.stdin.end(
      JSON.stringify({
        url: `http://127.0.0.1:${port}/graphql`,
        token,
        bodies,
        connections: CONNECTIONS,
        seconds: SECONDS,
      }),
    );
  });
  if (result.non2xx || result.errors)
    throw new Error(`${scenario.name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  const per1000 = (seconds: number) => (seconds / result.requests.total) * 1000;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    gatewayCpu: per1000(cpuSeconds(gateway.pid!) - before.g),
    subgraphCpu: per1000(cpuSeconds(subgraph.pid!) - before.s),
    postgresCpu: per1000(postgresSeconds() - before.p),
  };
}

const gateways = [
  { name: 'ours', port: oursPort, process: ours },
  { name: 'vanilla', port: vanillaPort, process: vanilla },
].filter((g) => !values['ours-only'] || g.name === 'ours');
const scenarios = SCENARIOS.filter((s) => s.name.includes(values.only ?? ''));
say(`warming up…`);
for (const g of gateways) for (const s of scenarios) await load(g.port, g.process, s);
const runs = new Map<string, Run[]>();
for (let round = 1; round <= ROUNDS; round++) {
  say(`round ${round} of ${ROUNDS}…`);
  for (const s of scenarios) {
    for (const g of round % 2 ? gateways : [...gateways].reverse()) {
      const key = `${s.name}|${g.name}`;
      runs.set(key, [...(runs.get(key) ?? []), await load(g.port, g.process, s)]);
    }
  }
}
for (const child of [ours, vanilla, subgraph]) child.kill('SIGTERM');
await server.stop();

// --------------------------------------------------------------------------------------------- report
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const summary = (key: string) => {
  const list = runs.get(key) ?? [];
  const pick = (f: (r: Run) => number) => median(list.map(f));
  return {
    rps: pick((r) => r.rps),
    p50: pick((r) => r.p50),
    p99: pick((r) => r.p99),
    gatewayCpu: pick((r) => r.gatewayCpu),
    subgraphCpu: pick((r) => r.subgraphCpu),
    postgresCpu: pick((r) => r.postgresCpu),
  };
};
say('');
say(machineLine());
say(
  `${values.items} items; ${CONNECTIONS} connections; ${ROUNDS} interleaved rounds of ${SECONDS} s per gateway and scenario (medians)`,
);
say('| scenario | gateway | req/s | p50 ms | p99 ms | CPU s / 1000 req: gateway | subgraph | PostgreSQL |');
say('|---|---|---|---|---|---|---|---|');
const report: Record<string, unknown> = {};
for (const s of scenarios) {
  const o = summary(`${s.name}|ours`);
  const v = values['ours-only'] ? o : summary(`${s.name}|vanilla`);
  report[s.name] = { ours: o, vanilla: v };
  for (const [name, r] of [
    ['ours', o],
    ['vanilla', v],
  ] as const) {
    say(
      `| ${s.name} | ${name} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.gatewayCpu.toFixed(2)} | ${r.subgraphCpu.toFixed(2)} | ${r.postgresCpu.toFixed(2)} |`,
    );
  }
  say(`| ${s.name} | **ours / vanilla** | **${(o.rps / v.rps).toFixed(2)}×** | | | | | |`);
}
say(JSON.stringify(report));
process.exit(0);
