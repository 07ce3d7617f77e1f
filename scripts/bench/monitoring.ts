/**
 * `npm run bench:monitoring`: the monitoring module's poller over `--units` simulated units (10,000) polled
 * every `--interval` seconds (60), in a database of its own.
 *
 * The simulated agents run in a child process (their CPU and sockets apart from the poller's), each on its
 * own loopback UDP port, v2c, 4 interfaces, counters growing. The units' monitoring is written straight
 * into `monitoring.targets` (credentials sealed as the verb seals them), each at its phase of the interval.
 * The poller then runs exactly as a serving process runs it — leases, two lanes, batched writes of states,
 * interfaces and metric samples — for `--intervals` intervals (3) after one interval of warm-up, and the
 * bench reports: polls, missed intervals (a poll started more than one interval late), the poller's CPU per
 * poll and values per CPU-second, PostgreSQL's CPU over the same time. Then `--dark` units (20) go dark and
 * the time from that moment to their DOWN status committed is measured against the bound of one interval
 * plus N × timeout (N = the failure threshold, 3; timeout × (retries + 1) per poll).
 *
 * Last, Debian's `prometheus-snmp-exporter` scrapes the same agents (same OIDs, same rate of requests) for
 * the same time, and its values per CPU-second give the ratio (goal ≥ 1.0; `--no-exporter` skips it).
 * Uses DATABASE_URL's server when set, else the embedded PostgreSQL. Prints figures and a JSON line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pino from 'pino';
import postgres from 'postgres';
import { loadMonitoringConfig } from '../../subgraphs/monitoring/config.ts';
import { phaseSeconds } from '../../subgraphs/monitoring/service/configure.ts';
import { sealSecret } from '../../subgraphs/monitoring/service/credentials.ts';
import { Poller } from '../../subgraphs/monitoring/service/poller.ts';
import { benchExporter } from '../../subgraphs/monitoring/snmp/bench.ts';
import { startSimulatorProcess } from '../../subgraphs/monitoring/snmp/simulator.ts';
import { createDatabase } from '../../subgraphs/shared/db.ts';
import { benchDatabase, machineLine, percentile, say } from './common.ts';

const { values } = parseArgs({
  options: {
    units: { type: 'string', default: '10000' },
    interval: { type: 'string', default: '60' },
    intervals: { type: 'string', default: '3' },
    dark: { type: 'string', default: '20' },
    'no-exporter': { type: 'boolean', default: false },
  },
});
const UNITS = Number(values.units);
const INTERVAL = Number(values.interval);
const INTERVALS = Number(values.intervals);
const DARK = Number(values.dark);
const TIMEOUT_MS = 1000;
const RETRIES = 1;
const THRESHOLD = 3;

/** CPU seconds (user + system) of every PostgreSQL process, from /proc. */
function postgresCpuSeconds(): number {
  const ticks = 100;
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      if (!name.startsWith('postgres')) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += (Number(fields[11]) + Number(fields[12])) / ticks;
    } catch {
      // The process ended meanwhile.
    }
  }
  return total;
}

const cpuOfThis = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

say(machineLine());
say(`units ${UNITS}, interval ${INTERVAL} s, ${INTERVALS} measured intervals after one of warm-up`);
const { server, url } = await benchDatabase('oss_bench_monitoring');
const sql = postgres(url, { max: 4, onnotice: () => {} });
const config = loadMonitoringConfig({ ...process.env, NODE_ENV: 'development' });

const devices = Array.from({ length: UNITS }, (_, i) => ({
  id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
  credentials: { version: '2c' as const, community: 'bench-community' },
  sysName: `cpe-${i + 1}`,
  model: 'HG8245H',
  serial: `BENCH${String(i + 1).padStart(8, '0')}`,
  interfaces: 4,
}));
say(`starting ${UNITS} simulated agents in a child process…`);
const started = Date.now();
const sim = await startSimulatorProcess({ devices, live: true, events: false, tickMs: 5000, seed: 7 });
say(`  agents up in ${((Date.now() - started) / 1000).toFixed(1)} s`);

const now = Date.now();
const rows = devices.map((d) => ({
  equipment_id: d.id,
  host: '127.0.0.1',
  port: sim.ports[d.id] as number,
  version: 'V2C',
  secret: sealSecret(config.sealer, d.id, { community: 'bench-community' }),
  interval_seconds: INTERVAL,
  profile: 'cpe',
  failure_threshold: THRESHOLD,
  enabled: true,
  next_poll_at: new Date(now + phaseSeconds(d.id, INTERVAL) * 1000).toISOString(),
}));
for (let i = 0; i < rows.length; i += 2000) {
  await sql`insert into monitoring.targets ${sql(rows.slice(i, i + 2000))}`;
  await sql`insert into monitoring.unit_states ${sql(
    rows.slice(i, i + 2000).map((r) => ({ equipment_id: r.equipment_id })),
  )}`;
}
const database = createDatabase({ url, max: 8, applicationName: 'bench-poller', countStatements: false });
const poller = new Poller({
  database,
  logger: pino({ level: 'warn' }),
  config: { ...config, timeoutMs: TIMEOUT_MS, retries: RETRIES },
});
await poller.start();
say('warm-up interval…');
await new Promise((r) => setTimeout(r, INTERVAL * 1000));

const s0 = { ...poller.stats };
const c0 = cpuOfThis();
const p0 = postgresCpuSeconds();
const t0 = Date.now();
say(`measuring ${INTERVALS} intervals…`);
await new Promise((r) => setTimeout(r, INTERVALS * INTERVAL * 1000));
const seconds = (Date.now() - t0) / 1000;
const polls = poller.stats.polls - s0.polls;
const valuesRead = poller.stats.values - s0.values;
const missed = poller.stats.missed - s0.missed;
const failures = poller.stats.failures - s0.failures;
const cpu = cpuOfThis() - c0;
const pgCpu = postgresCpuSeconds() - p0;
const ours = {
  polls,
  pollsPerSecond: polls / seconds,
  missed,
  failures,
  values: valuesRead,
  cpuSeconds: cpu,
  cpuMsPerPoll: (cpu * 1000) / polls,
  valuesPerCpuSecond: valuesRead / cpu,
  postgresCpuSeconds: pgCpu,
  valuesPerCpuSecondWithPostgres: valuesRead / (cpu + pgCpu),
};
say(
  `poller: ${polls} polls in ${seconds.toFixed(0)} s (${ours.pollsPerSecond.toFixed(1)}/s, expected ${(UNITS / INTERVAL).toFixed(1)}/s), missed ${missed}, failed ${failures}`,
);
say(
  `  CPU ${cpu.toFixed(2)} s: ${ours.cpuMsPerPoll.toFixed(3)} ms per poll, ${Math.round(ours.valuesPerCpuSecond)} values per CPU-second; PostgreSQL ${pgCpu.toFixed(2)} CPU-s (${Math.round(ours.valuesPerCpuSecondWithPostgres)} values per CPU-second with it)`,
);

// Going dark: time from the moment to the DOWN status committed.
const dark = devices.slice(0, DARK).map((d) => d.id);
const darkAt = Date.now();
for (const id of dark) await sim.control({ op: 'goDark', id });
const downAt = new Map<string, number>();
while (downAt.size < dark.length && Date.now() - darkAt < (INTERVAL * 2 + 60) * 1000) {
  const down = await sql<{ id: string; since: Date }[]>`
    select equipment_id as id, since from monitoring.unit_states
    where equipment_id = any(${dark}::uuid[]) and status = 'DOWN'`;
  for (const r of down) if (!downAt.has(r.id)) downAt.set(r.id, Date.now() - darkAt);
  await new Promise((r) => setTimeout(r, 200));
}
const waits = [...downAt.values()].sort((a, b) => a - b);
const bound = INTERVAL * 1000 + THRESHOLD * TIMEOUT_MS * (RETRIES + 1);
const darkFigures = {
  units: dark.length,
  down: waits.length,
  p50Ms: percentile(waits, 50),
  p95Ms: percentile(waits, 95),
  maxMs: waits.at(-1) ?? null,
  boundMs: bound,
};
say(
  `dark → DOWN committed: ${waits.length}/${dark.length} units, p50 ${(darkFigures.p50Ms / 1000).toFixed(1)} s, p95 ${(darkFigures.p95Ms / 1000).toFixed(1)} s, max ${((darkFigures.maxMs ?? 0) / 1000).toFixed(1)} s (bound: interval + N × timeout = ${(bound / 1000).toFixed(0)} s)`,
);
await poller.stop();
for (const id of dark) await sim.control({ op: 'comeBack', id });

let exporter: Awaited<ReturnType<typeof benchExporter>> | null = null;
if (!values['no-exporter']) {
  say(`prometheus-snmp-exporter over the same agents for ${INTERVALS * INTERVAL} s…`);
  exporter = await benchExporter({
    ports: devices.map((d) => sim.ports[d.id] as number),
    community: 'bench-community',
    seconds: INTERVALS * INTERVAL,
    intervalSeconds: INTERVAL,
  });
  say(
    `  exporter: ${exporter.polls} scrapes, ${exporter.values} values, ${exporter.cpuSeconds.toFixed(2)} CPU-s, ${Math.round(exporter.valuesPerCpuSecond)} values per CPU-second, missed ${exporter.missed}`,
  );
  say(
    `  ratio (ours ÷ exporter, values per CPU-second): ${(ours.valuesPerCpuSecond / exporter.valuesPerCpuSecond).toFixed(2)}`,
  );
}
say(
  JSON.stringify({
    bench: 'monitoring',
    units: UNITS,
    interval: INTERVAL,
    ours,
    dark: darkFigures,
    exporter,
  }),
);
await sim.stop();
await database.close();
await sql.end();
await server.stop();
