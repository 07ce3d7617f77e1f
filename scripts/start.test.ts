/**
 * `npm start` as a service manager and a terminal run it: real npm, real Node, real embedded
 * PostgreSQL, stopped by a signal to the npm process alone (what a process manager sends) or to the
 * whole process group (a terminal's Ctrl-C).
 *
 * Each run is in a private network namespace (`unshare -n`, root only, as in CI): the default ports
 * (gateway 4000, every subgraph's from the registry, PostgreSQL 54329) can then collide
 * with nothing else on the machine, and the namespace's /proc/<pid>/net/tcp shows exactly what the run
 * listens on. A `sleep` holds the namespace so its ports can be read after npm exited.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { promises as fs, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphs } from '../subgraphs/registry.ts';
import { alive } from './lib/process.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const PORTS = [4000, ...subgraphs.map((s) => s.port), 54329];
/** The second checkout's subgraphs, each 10 above its default. */
const SECOND_SUBGRAPH_PORTS = Object.fromEntries(
  subgraphs.map((s) => [`SUBGRAPH_${s.name.toUpperCase()}_PORT`, String(s.port + 10)]),
);
const canUnshare = spawnSync('unshare', ['-n', 'true']).status === 0;

let root: string;
let dataDir: string;

beforeAll(async () => {
  // World-traversable, so the postgres OS user (when run as root) uses the data dir where it is.
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'npm-start-test-'));
  await fs.chmod(root, 0o755);
  dataDir = path.join(root, 'postgres');
});

afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

interface Run {
  npm: ChildProcess;
  holder: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Seconds from spawning npm to reading the up line. */
  wall: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A private network namespace, held by a `sleep`. */
async function newNamespace(): Promise<ChildProcess> {
  const holder = spawn('unshare', ['-n', 'sh', '-c', 'ip link set lo up && exec sleep 300'], {
    stdio: 'ignore',
  });
  // Ready once the shell exec'd sleep (after bringing lo up).
  for (let i = 0; !cmdline(holder.pid as number).startsWith('sleep'); i++) {
    if (i > 100) throw new Error('network namespace did not come up');
    await sleep(20);
  }
  return holder;
}

/** `npm start` in a new namespace, or in `holder`'s, with `overrides` on top of its environment. */
async function startInNamespace(holder?: ChildProcess, overrides: Record<string, string> = {}): Promise<Run> {
  holder ??= await newNamespace();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${path.join(projectRoot, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH}`,
    EMBEDDED_POSTGRES_DATA_DIR: dataDir,
    ...overrides,
  };
  // npm start's own defaults: the embedded server, its warn level (the test runner sets silent).
  delete env.DATABASE_URL;
  delete env.LOG_LEVEL;
  const began = performance.now();
  // nsenter execs npm (no fork for a network namespace), so this pid is npm's. Detached: npm leads its
  // own process group, as a terminal's foreground job does.
  const npm = spawn('nsenter', ['-t', String(holder.pid), '-n', 'npm', 'start'], {
    cwd: projectRoot,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  npm.stdout?.on('data', (c: Buffer) => {
    out += c.toString();
  });
  npm.stderr?.on('data', (c: Buffer) => {
    out += c.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    npm.once('exit', (code, signal) => resolve({ code, signal })),
  );
  for (const deadline = Date.now() + 45_000; !/OSS graph is up.*\n/.test(out); await sleep(20)) {
    if (npm.exitCode !== null || npm.signalCode !== null || Date.now() > deadline) {
      killWhatIsLeft(holder.pid as number);
      holder.kill();
      throw new Error(`npm start did not come up:\n${out}`);
    }
  }
  const wall = (performance.now() - began) / 1000;
  expect(cmdline(npm.pid as number)).toMatch(/^npm/);
  return { npm, holder, output: () => out, exited, wall };
}

function cmdline(pid: number | string): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

/** TCP ports listened on in the namespace `pid` is in. */
function listening(pid: number): number[] {
  const ports: number[] = [];
  for (const table of ['tcp', 'tcp6']) {
    for (const line of readFileSync(`/proc/${pid}/net/${table}`, 'utf8').split('\n').slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f[3] === '0A') ports.push(Number.parseInt(f[1]?.split(':').pop() ?? '', 16));
    }
  }
  return ports;
}

/** Live processes started by the run: in the holder's namespace (not the holder), or naming the data dir. */
function leftovers(holder: number): string[] {
  let ns: string | undefined;
  try {
    ns = readlinkSync(`/proc/${holder}/ns/net`);
  } catch {} // the holder is gone (already cleaned up): then only the data dirs tell

  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    if (Number(pid) === holder || Number(pid) === process.pid) continue;
    try {
      if (!alive(pid)) continue;
      const cmd = cmdline(pid);
      if ((ns && readlinkSync(`/proc/${pid}/ns/net`) === ns) || cmd.includes(root))
        found.push(`${pid} ${cmd}`);
    } catch {} // gone meanwhile, or not ours to read
  }
  return found;
}

/** Signals the run, waits for npm to exit, and checks that it stopped cleanly and left nothing. */
async function stopAndCheck(run: Run, send: () => void): Promise<void> {
  const holder = run.holder.pid as number;
  try {
    expect(listening(holder)).toEqual(expect.arrayContaining(PORTS));
    send();
    const timeout = sleep(15_000).then(() => 'timeout' as const);
    const result = await Promise.race([run.exited, timeout]);
    expect(result, run.output()).toEqual({ code: 0, signal: null });
    const out = run.output();
    expect(out).toMatch(/: stopping…\nstopped\.\n/);
    // No pino lines (a JSON object per line), e.g. the event bus's "terminating connection" warning.
    expect(out.split('\n').filter((l) => l.trimStart().startsWith('{'))).toEqual([]);
    expect(leftovers(holder)).toEqual([]);
    // Nothing at all listens in the namespace any more (whatever ports the graph opened).
    expect(listening(holder)).toEqual([]);
  } finally {
    killWhatIsLeft(holder);
    run.holder.kill();
  }
}

/** Safety net for a failed run: whatever it left is killed, PostgreSQL first and immediately. */
function killWhatIsLeft(holder: number): void {
  try {
    process.kill(Number.parseInt(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8'), 10), 'SIGQUIT');
  } catch {}
  for (const entry of leftovers(holder)) {
    try {
      process.kill(Number.parseInt(entry, 10), 'SIGKILL');
    } catch {}
  }
}

/** Asks the run's gateway on `port`, with the token it printed, how many items the catalog holds. */
function countItems(run: Run, port: number): string {
  const token = run.output().split('Development admin token')[1]?.split('\n')[1]?.trim() ?? '';
  return spawnSync(
    'nsenter',
    [
      '-t',
      String(run.holder.pid),
      '-n',
      'curl',
      '-s',
      `http://127.0.0.1:${port}/graphql`,
      '-H',
      'content-type: application/json',
      '-H',
      `authorization: Bearer ${token}`,
      '-d',
      '{"query":"{ catalogItems(first: 1) { totalCount } }"}',
    ],
    { encoding: 'utf8' },
  ).stdout;
}

describe.runIf(canUnshare)('npm start', () => {
  it('stops cleanly on SIGTERM to the npm process; the up line counts from npm start and sums the tree', async () => {
    const run = await startInNamespace();
    const line =
      /OSS graph is up in ([\d.]+) s \(process tree (\d+) MiB resident: Node (\d+), PostgreSQL (\d+), npm (\d+)\)/.exec(
        run.output(),
      );
    expect(line, run.output()).not.toBeNull();
    const [, seconds, tree, node, postgres, npm] = (line as RegExpExecArray).map(Number);
    // Counted from npm's start (just after our spawn), so within the wall time we measured, give or take.
    expect(seconds).toBeLessThanOrEqual(run.wall + 0.1);
    expect(seconds).toBeGreaterThan(run.wall - 1.5);
    expect(postgres).toBeGreaterThan(5);
    expect(
      Math.abs((tree as number) - (node as number) - (postgres as number) - (npm as number)),
    ).toBeLessThanOrEqual(2);
    // The graph answers with the printed token before it is stopped.
    expect(countItems(run, 4000)).toMatch(/"totalCount":[1-9]/);
    await stopAndCheck(run, () => process.kill(run.npm.pid as number, 'SIGTERM'));
  }, 60_000);

  it('stops cleanly on SIGINT to the npm process', async () => {
    const run = await startInNamespace();
    await stopAndCheck(run, () => process.kill(run.npm.pid as number, 'SIGINT'));
  }, 60_000);

  it('stops cleanly on Ctrl-C in a terminal, pressed twice, with a SIGTERM on top', async () => {
    const run = await startInNamespace();
    const group = -(run.npm.pid as number);
    await stopAndCheck(run, () => {
      // A terminal sends SIGINT to the whole foreground group (npm, Node; PostgreSQL has its own).
      process.kill(group, 'SIGINT');
      setTimeout(() => {
        for (const [target, signal] of [
          [group, 'SIGINT'],
          [run.npm.pid as number, 'SIGTERM'],
        ] as const) {
          try {
            process.kill(target, signal);
          } catch {} // already gone
        }
      }, 150);
    });
  }, 60_000);

  it('runs side by side with a second checkout on other ports and another data folder', async () => {
    const first = await startInNamespace();
    const holder = first.holder.pid as number;
    const secondDataDir = path.join(root, 'second-postgres');
    try {
      const second = await startInNamespace(first.holder, {
        EMBEDDED_POSTGRES_DATA_DIR: secondDataDir,
        EMBEDDED_POSTGRES_PORT: '54331',
        GATEWAY_PORT: '4010',
        ...SECOND_SUBGRAPH_PORTS,
        METRICS_PORT: '9410',
      });
      expect(second.output()).toContain('http://127.0.0.1:4010/graphql');
      expect(listening(holder)).toEqual(
        expect.arrayContaining([...PORTS, 4010, ...Object.values(SECOND_SUBGRAPH_PORTS).map(Number), 54331]),
      );
      expect(countItems(first, 4000)).toMatch(/"totalCount":[1-9]/);
      expect(countItems(second, 4010)).toMatch(/"totalCount":[1-9]/);
      // Stopping one leaves the other serving.
      process.kill(second.npm.pid as number, 'SIGTERM');
      expect(await second.exited, second.output()).toEqual({ code: 0, signal: null });
      expect(second.output()).toMatch(/stopped\.\n/);
      expect(countItems(first, 4000)).toMatch(/"totalCount":[1-9]/);
      await stopAndCheck(first, () => process.kill(first.npm.pid as number, 'SIGTERM'));
    } finally {
      killWhatIsLeft(holder);
      first.holder.kill();
    }
  }, 90_000);
});
