/**
 * Benchmarks of the SNMP engine: SnmpPoller, and Debian's prometheus-snmp-exporter for comparison, each
 * polling the same simulated agents (run in a child process) for the same OIDs at the same rate: every
 * device once per interval, at its phase of the interval. Each reports polls, values read, its own CPU
 * seconds (the poller's from process.cpuUsage, the exporter's from /proc/<pid>/stat) and values per
 * CPU-second, so a caller can print the ratio.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { SnmpPoller } from './client.ts';
import { DEFAULT_PROFILES, ENTITY_OIDS, IF_OIDS, SYSTEM_OIDS } from './profiles.ts';
import { type SimulatedDeviceSpec, type SimulatorProcess, startSimulatorProcess } from './simulator.ts';
import type { PollProfile } from './types.ts';

/** What a benchmark run measured. */
export interface BenchFigures {
  /** polls (or scrapes) that completed, successfully or not */
  polls: number;
  /** values read by the successful ones */
  values: number;
  /** CPU seconds (user + system) of the poller (or exporter) process over the run */
  cpuSeconds: number;
  valuesPerCpuSecond: number;
  /** scheduled polls that failed or had not finished when the run ended */
  missed: number;
}

/** Options shared by the two benchmarks. */
export interface BenchOptions {
  /** Simulated devices to start (in a child process) when `ports` is not given. */
  devices?: number;
  /** Ports of agents already running on 127.0.0.1 (v2c, `community`). */
  ports?: readonly number[];
  community?: string;
  /** How long to poll. */
  seconds: number;
  /** Each device is polled once per interval. Default 60. */
  intervalSeconds?: number;
  /** Interfaces of each simulated device. Default 4. */
  interfaces?: number;
  /** Per-request timeout and retries. Default 1000 ms and 1. */
  timeoutMs?: number;
  retries?: number;
}

const COMMUNITY = 'bench-community';
const PROFILE: PollProfile = DEFAULT_PROFILES.cpe!;

/** Simulated CPEs for a benchmark: v2c, counters growing, no random events. */
export function benchDevices(n: number, interfaces = 4, community = COMMUNITY): SimulatedDeviceSpec[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `bench-${i + 1}`,
    credentials: { version: '2c', community },
    sysName: `cpe-${i + 1}`,
    model: 'HG8245H',
    serial: `BENCH${String(i + 1).padStart(8, '0')}`,
    interfaces,
    role: 'cpe',
  }));
}

async function agents(opts: BenchOptions): Promise<{ ports: number[]; sim: SimulatorProcess | null }> {
  if (opts.ports) return { ports: [...opts.ports], sim: null };
  const devices = benchDevices(opts.devices ?? 1000, opts.interfaces ?? 4, opts.community ?? COMMUNITY);
  const sim = await startSimulatorProcess({ devices, live: true, events: false, tickMs: 5000, seed: 7 });
  return { ports: devices.map((d) => sim.ports[d.id]!), sim };
}

/**
 * Runs `poll(i)` for device i at its phase of each interval for `seconds`; resolves when every started poll
 * has settled (or the run is over by one more timeout budget).
 */
async function schedule(
  count: number,
  seconds: number,
  intervalSeconds: number,
  graceMs: number,
  poll: (i: number) => Promise<{ ok: boolean; values: number }>,
): Promise<{ polls: number; values: number; missed: number }> {
  const start = performance.now();
  const end = start + seconds * 1000;
  const slotMs = (intervalSeconds * 1000) / count;
  let polls = 0;
  let values = 0;
  let failed = 0;
  let scheduled = 0;
  const running = new Set<Promise<void>>();
  for (let k = 0; ; k++) {
    const at = start + k * slotMs;
    if (at >= end) break;
    const wait = at - performance.now();
    if (wait > 1) await sleep(wait);
    scheduled++;
    const p = poll(k % count).then(
      (r) => {
        polls++;
        if (r.ok) values += r.values;
        else failed++;
      },
      () => {
        polls++;
        failed++;
      },
    );
    const tracked = p.finally(() => running.delete(tracked));
    running.add(tracked);
  }
  await Promise.race([Promise.all(running), sleep(graceMs)]);
  return { polls, values, missed: failed + (scheduled - polls) };
}

/** Polls simulated agents with SnmpPoller (the cpe profile) and measures this process's CPU. */
export async function benchPoller(opts: BenchOptions): Promise<BenchFigures> {
  const { ports, sim } = await agents(opts);
  const poller = new SnmpPoller();
  const credentials = { version: '2c' as const, community: opts.community ?? COMMUNITY };
  const timeoutMs = opts.timeoutMs ?? 1000;
  const retries = opts.retries ?? 1;
  const targets = ports.map((port) => ({ host: '127.0.0.1', port, credentials, timeoutMs, retries }));
  try {
    // One untimed round opens the sessions, as a poller that has been running has them.
    await Promise.all(targets.slice(0, Math.min(targets.length, 2000)).map((t) => poller.poll(t, PROFILE)));
    const cpu0 = process.cpuUsage();
    const figures = await schedule(
      targets.length,
      opts.seconds,
      opts.intervalSeconds ?? 60,
      timeoutMs * (retries + 1) + 500,
      async (i) => {
        const o = await poller.poll(targets[i]!, PROFILE);
        return { ok: o.ok, values: o.ok ? o.sample.values : 0 };
      },
    );
    const cpu = process.cpuUsage(cpu0);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    return { ...figures, cpuSeconds, valuesPerCpuSecond: cpuSeconds > 0 ? figures.values / cpuSeconds : 0 };
  } finally {
    await poller.close();
    await sim?.stop();
  }
}

const EXPORTER = '/usr/bin/prometheus-snmp-exporter';

/** The snmp.yml module (exporter 0.21 format) reading the cpe profile's OIDs with the same auth. */
export function exporterModule(community: string, timeoutMs: number, retries: number): string {
  const indexed = (name: string, oid: string, type: string, label = 'ifIndex') =>
    `  - name: ${name}\n    oid: ${oid}\n    type: ${type}\n    indexes:\n    - labelname: ${label}\n      type: gauge\n`;
  const scalar = (name: string, oid: string, type: string) =>
    `  - name: ${name}\n    oid: ${oid}\n    type: ${type}\n`;
  const walks = [
    IF_OIDS.ifDescr,
    IF_OIDS.ifAdminStatus,
    IF_OIDS.ifOperStatus,
    IF_OIDS.ifInErrors,
    IF_OIDS.ifName,
    IF_OIDS.ifHCInOctets,
    IF_OIDS.ifHCOutOctets,
  ];
  const gets = [
    `${SYSTEM_OIDS.sysUpTime}.0`,
    `${SYSTEM_OIDS.sysDescr}.0`,
    `${SYSTEM_OIDS.sysName}.0`,
    `${ENTITY_OIDS.entPhysicalSerialNum}.1`,
    `${ENTITY_OIDS.entPhysicalModelName}.1`,
  ];
  return [
    'bench:\n',
    '  walk:\n',
    ...walks.map((w) => `  - ${w}\n`),
    '  get:\n',
    ...gets.map((g) => `  - ${g}\n`),
    '  metrics:\n',
    scalar('sysUpTime', SYSTEM_OIDS.sysUpTime, 'gauge'),
    scalar('sysDescr', SYSTEM_OIDS.sysDescr, 'DisplayString'),
    scalar('sysName', SYSTEM_OIDS.sysName, 'DisplayString'),
    indexed('ifDescr', IF_OIDS.ifDescr, 'DisplayString'),
    indexed('ifAdminStatus', IF_OIDS.ifAdminStatus, 'gauge'),
    indexed('ifOperStatus', IF_OIDS.ifOperStatus, 'gauge'),
    indexed('ifInErrors', IF_OIDS.ifInErrors, 'counter'),
    indexed('ifName', IF_OIDS.ifName, 'DisplayString'),
    indexed('ifHCInOctets', IF_OIDS.ifHCInOctets, 'counter'),
    indexed('ifHCOutOctets', IF_OIDS.ifHCOutOctets, 'counter'),
    indexed('entPhysicalSerialNum', ENTITY_OIDS.entPhysicalSerialNum, 'DisplayString', 'entPhysicalIndex'),
    indexed('entPhysicalModelName', ENTITY_OIDS.entPhysicalModelName, 'DisplayString', 'entPhysicalIndex'),
    '  version: 2\n',
    '  max_repetitions: 25\n',
    `  retries: ${retries}\n`,
    `  timeout: ${timeoutMs}ms\n`,
    '  auth:\n',
    `    community: ${community}\n`,
  ].join('');
}

function freeTcpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** CPU seconds (user + system) of a process, from /proc/<pid>/stat (clock ticks of 1/100 s). */
export function processCpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Metric samples in an exposition body, leaving out comments and the exporter's own snmp_scrape_* lines. */
function countSamples(body: string): number {
  let n = 0;
  for (const line of body.split('\n')) {
    if (line === '' || line.startsWith('#') || line.startsWith('snmp_scrape')) continue;
    n++;
  }
  return n;
}

/**
 * Scrapes the same agents with prometheus-snmp-exporter (a generated module with the cpe profile's OIDs
 * and the same community, timeout and retries), one `/snmp?target=…&module=bench` per device per interval,
 * and measures the exporter's CPU. The HTTP client's CPU (here) is not counted, as Prometheus's would not be.
 */
export async function benchExporter(opts: BenchOptions): Promise<BenchFigures> {
  if (!existsSync(EXPORTER)) {
    throw new Error(`${EXPORTER} is missing: run \`apt-get install prometheus-snmp-exporter\``);
  }
  const timeoutMs = opts.timeoutMs ?? 1000;
  const retries = opts.retries ?? 1;
  const dir = await mkdtemp(join(tmpdir(), 'snmp-exporter-'));
  const config = join(dir, 'snmp.yml');
  await writeFile(config, exporterModule(opts.community ?? COMMUNITY, timeoutMs, retries));
  const { ports, sim } = await agents(opts);
  const httpPort = await freeTcpPort();
  const exporter = spawn(
    EXPORTER,
    [`--config.file=${config}`, `--web.listen-address=127.0.0.1:${httpPort}`],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let log = '';
  exporter.stderr?.on('data', (d) => {
    log = (log + String(d)).slice(-4000);
  });
  const base = `http://127.0.0.1:${httpPort}`;
  try {
    for (let i = 0; ; i++) {
      if (exporter.exitCode !== null) throw new Error(`prometheus-snmp-exporter exited:\n${log}`);
      try {
        const r = await fetch(`${base}/metrics`);
        await r.text();
        if (r.ok) break;
      } catch {
        // Not listening yet.
      }
      if (i > 100) throw new Error(`prometheus-snmp-exporter did not start:\n${log}`);
      await sleep(100);
    }
    const scrape = async (port: number) => {
      const r = await fetch(`${base}/snmp?target=127.0.0.1:${port}&module=bench`);
      const body = await r.text();
      const ok = r.ok && /snmp_scrape_pdus_returned \d/.test(body) && !body.includes('An error has occurred');
      return { ok, values: ok ? countSamples(body) : 0 };
    };
    await Promise.all(ports.slice(0, Math.min(ports.length, 200)).map((p) => scrape(p)));
    const cpu0 = processCpuSeconds(exporter.pid!);
    const figures = await schedule(
      ports.length,
      opts.seconds,
      opts.intervalSeconds ?? 60,
      timeoutMs * (retries + 1) + 2000,
      (i) => scrape(ports[i]!),
    );
    const cpuSeconds = processCpuSeconds(exporter.pid!) - cpu0;
    return { ...figures, cpuSeconds, valuesPerCpuSecond: cpuSeconds > 0 ? figures.values / cpuSeconds : 0 };
  } finally {
    const gone = new Promise((resolve) => exporter.once('exit', resolve));
    if (exporter.exitCode === null) exporter.kill('SIGTERM');
    await gone;
    await sim?.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
