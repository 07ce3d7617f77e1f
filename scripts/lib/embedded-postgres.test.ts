import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, EmbeddedPostgresError, startEmbeddedPostgres } from './embedded-postgres.ts';
import { alive, freePort, statFields } from './process.ts';

const TIMEOUT = 120_000;
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const modulePath = fileURLToPath(new URL('./embedded-postgres.ts', import.meta.url));

/** A temp dir that the postgres OS user can traverse (mkdtemp makes it 0700). */
async function tempDir(mode = 0o755): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'embedded-pg-test-'));
  await fs.chmod(dir, mode);
  return dir;
}

async function query<T extends readonly object[]>(
  url: string,
  run: (sql: postgres.Sql) => Promise<T>,
): Promise<T> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await run(sql);
  } finally {
    await sql.end();
  }
}

/** Safety net: interrupt a server a failed test may have left behind. */
function killLeftover(dataDir: string): void {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  try {
    process.kill(Number.parseInt(readFileSync(pidFile, 'utf8'), 10), 'SIGINT');
  } catch {}
}

/** uid/gid the server runs as: the postgres OS user when we are root, else ourselves. */
function serverUser(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

describe('startEmbeddedPostgres', () => {
  it('defaultDataDir is <projectRoot>/.data/postgres', () => {
    expect(defaultDataDir('/srv/app')).toBe('/srv/app/.data/postgres');
  });

  it(
    'starts, answers queries, stops, and reuses its data on the next start',
    async () => {
      const root = await tempDir();
      const dataDir = path.join(root, 'postgres');
      const port = await freePort();
      try {
        const first = await startEmbeddedPostgres({ dataDir, port });
        expect(first.url).toBe(`postgres://postgres:postgres@127.0.0.1:${port}/postgres`);
        expect(first.dataDir).toBe(dataDir);
        expect(await query(first.url, (sql) => sql`select 1 as one`)).toEqual([{ one: 1 }]);
        await query(first.url, (sql) =>
          sql`create table kept (v text); insert into kept values ('hello')`.simple(),
        );
        await first.stop();
        await first.stop(); // idempotent
        expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);

        // A socket lock a killed server left, naming a pid reused meanwhile by a live process of the
        // server's OS user (PostgreSQL itself would take that for a live owner): removed, not obeyed.
        const reused = spawn('sleep', ['120'], { stdio: 'ignore', ...serverUser() });
        await fs.writeFile(path.join(dataDir, `.s.PGSQL.${port}.lock`), `${reused.pid}\n${dataDir}\n`);
        try {
          const second = await startEmbeddedPostgres({ dataDir, port });
          try {
            expect(await query(second.url, (sql) => sql`select v from kept`)).toEqual([{ v: 'hello' }]);
          } finally {
            await second.stop();
          }
        } finally {
          reused.kill();
        }
      } finally {
        killLeftover(dataDir);
        await fs.rm(root, { recursive: true, force: true });
      }
    },
    TIMEOUT,
  );

  it(
    'recovers after the Node process that started it was SIGKILLed',
    async () => {
      const root = await tempDir();
      const dataDir = path.join(root, 'postgres');
      const port = await freePort();
      const script = path.join(root, 'child.mjs');
      await fs.writeFile(
        script,
        `import { startEmbeddedPostgres } from ${JSON.stringify(pathToFileURL(modulePath).href)};\n` +
          'const pg = await startEmbeddedPostgres({ dataDir: process.argv[2], port: Number(process.argv[3]) });\n' +
          'console.log(pg.url);\n' +
          'setInterval(() => {}, 1 << 30);\n',
      );
      try {
        const child = spawn(
          path.join(projectRoot, 'node_modules/.bin/node'),
          [script, dataDir, String(port)],
          {
            stdio: ['ignore', 'pipe', 'inherit'],
          },
        );
        const url = await new Promise<string>((resolve, reject) => {
          let out = '';
          child.stdout.on('data', (chunk: Buffer) => {
            out += chunk.toString();
            const line = out.split('\n').find((l) => l.startsWith('postgres://'));
            if (line) resolve(line.trim());
          });
          child.once('exit', (code) =>
            reject(new Error(`child exited (${code}) before printing the url: ${out}`)),
          );
        });
        await query(url, (sql) =>
          sql`create table survivor (v int); insert into survivor values (42)`.simple(),
        );
        child.kill('SIGKILL');
        await once(child, 'exit');

        // The orphaned server is still up and holds the port.
        const orphan = Number.parseInt(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8'), 10);
        expect(() => process.kill(orphan, 0)).not.toThrow();
        expect(await query(url, (sql) => sql`select 1 as one`)).toEqual([{ one: 1 }]);

        const logs: string[] = [];
        const pg = await startEmbeddedPostgres({ dataDir, port, log: (m) => logs.push(m) });
        try {
          expect(logs.some((m) => m.includes(`pid ${orphan}`))).toBe(true);
          expect(await query(pg.url, (sql) => sql`select v from survivor`)).toEqual([{ v: 42 }]);
        } finally {
          await pg.stop();
        }
      } finally {
        killLeftover(dataDir);
        await fs.rm(root, { recursive: true, force: true });
      }
    },
    TIMEOUT,
  );

  it(
    'fails with one line naming the port, its holder and the variable to set when the port is taken',
    async () => {
      const root = await tempDir();
      const blocker = net.createServer().listen(0, '127.0.0.1');
      await once(blocker, 'listening');
      const { port } = blocker.address() as net.AddressInfo;
      try {
        const dataDir = path.join(root, 'postgres');
        const error = await startEmbeddedPostgres({
          dataDir,
          port,
          portVariable: 'TEST_EMBEDDED_POSTGRES_PORT',
        }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(EmbeddedPostgresError);
        const message = (error as Error).message;
        expect(message).toMatch(
          new RegExp(
            `^cannot start embedded PostgreSQL: port ${port} is already in use by pid ${process.pid} \\(.+\\); ` +
              'set TEST_EMBEDDED_POSTGRES_PORT to a free port$',
          ),
        );
        expect(message).not.toContain('\n');
        // Without a caller's variable the line names both.
        await expect(startEmbeddedPostgres({ dataDir, port })).rejects.toThrow(
          'set EMBEDDED_POSTGRES_PORT (npm start) or TEST_EMBEDDED_POSTGRES_PORT (tests) to a free port',
        );
      } finally {
        blocker.close();
        await fs.rm(root, { recursive: true, force: true });
      }
    },
    TIMEOUT,
  );

  it(
    'keeps its socket in the data dir: a foreign lock in /tmp for its port does not stop it',
    async () => {
      const root = await tempDir();
      const dataDir = path.join(root, 'postgres');
      let port = await freePort();
      while (existsSync(`/tmp/.s.PGSQL.${port}.lock`)) port = await freePort();
      // The lock file a server of another checkout or container writes, naming a live process.
      const foreign = spawn('sleep', ['120'], { stdio: 'ignore' });
      const lockFile = `/tmp/.s.PGSQL.${port}.lock`;
      const lock = `${foreign.pid}\n/elsewhere/data\n1700000000\n${port}\n/tmp\n*\n  ${port}001         0\nready   \n`;
      await fs.writeFile(lockFile, lock);
      try {
        const pg = await startEmbeddedPostgres({ dataDir, port });
        try {
          expect(pg.socketDir).toBe(dataDir);
          expect(existsSync(path.join(dataDir, `.s.PGSQL.${port}`))).toBe(true);
          expect(existsSync(`/tmp/.s.PGSQL.${port}`)).toBe(false);
          expect(readFileSync(lockFile, 'utf8')).toBe(lock);
          expect(await query(pg.url, (sql) => sql`select 1 as one`)).toEqual([{ one: 1 }]);
        } finally {
          await pg.stop();
        }
      } finally {
        foreign.kill();
        await fs.rm(lockFile, { force: true });
        killLeftover(dataDir);
        await fs.rm(root, { recursive: true, force: true });
      }
    },
    TIMEOUT,
  );

  it(
    'runs two servers side by side (different data dirs and ports), in or out of its own process group',
    async () => {
      const root = await tempDir();
      const dirs = [path.join(root, 'a'), path.join(root, 'b')];
      const ports = [await freePort(), await freePort()];
      try {
        const [a, b] = await Promise.all([
          startEmbeddedPostgres({ dataDir: dirs[0] as string, port: ports[0] as number }),
          startEmbeddedPostgres({
            dataDir: dirs[1] as string,
            port: ports[1] as number,
            ownProcessGroup: true,
          }),
        ]);
        try {
          for (const [i, pg] of [a, b].entries()) {
            await query(pg.url, (sql) =>
              sql.unsafe(`create table mine (v int); insert into mine values (${i})`),
            );
            expect(existsSync(path.join(dirs[i] as string, `.s.PGSQL.${ports[i]}`))).toBe(true);
          }
          expect(await query(a.url, (sql) => sql`select v from mine`)).toEqual([{ v: 0 }]);
          expect(await query(b.url, (sql) => sql`select v from mine`)).toEqual([{ v: 1 }]);
          // Process group (field 5 of /proc/<pid>/stat): ours, or the server's own.
          expect(Number(statFields(a.pid as number)[2])).toBe(Number(statFields(process.pid)[2]));
          expect(Number(statFields(b.pid as number)[2])).toBe(b.pid);
        } finally {
          await Promise.all([a.stop(), b.stop()]);
        }
      } finally {
        for (const dir of dirs) killLeftover(dir);
        await fs.rm(root, { recursive: true, force: true });
      }
    },
    TIMEOUT,
  );

  it(
    'listens on TCP only when the socket path would exceed 107 bytes',
    async () => {
      const root = await tempDir();
      const dataDir = path.join(root, 'a'.repeat(60), 'b'.repeat(40), 'postgres');
      const port = await freePort();
      try {
        const pg = await startEmbeddedPostgres({ dataDir, port });
        try {
          expect(pg.socketDir).toBeNull();
          expect(await query(pg.url, (sql) => sql`select 1 as one`)).toEqual([{ one: 1 }]);
          expect(existsSync(`/tmp/.s.PGSQL.${port}`)).toBe(false);
        } finally {
          await pg.stop();
        }
      } finally {
        killLeftover(dataDir);
        await fs.rm(root, { recursive: true, force: true });
      }
    },
    TIMEOUT,
  );

  it.each([
    ['calls process.exit()', 'process.exit(0);', { code: 0, signal: null }],
    [
      'gets a SIGTERM it has no handler for',
      'process.kill(process.pid, "SIGTERM");',
      { code: null, signal: 'SIGTERM' },
    ],
  ])(
    'stops the server when its Node process, without calling stop(), %s',
    async (_, ending, expected) => {
      const root = await tempDir();
      const dataDir = path.join(root, 'postgres');
      const script = path.join(root, 'child.mjs');
      await fs.writeFile(
        script,
        `import { startEmbeddedPostgres } from ${JSON.stringify(pathToFileURL(modulePath).href)};\n` +
          'const pg = await startEmbeddedPostgres({ dataDir: process.argv[2], port: Number(process.argv[3]), ownProcessGroup: true });\n' +
          'console.log(pg.pid);\n' +
          'setInterval(() => {}, 1 << 30);\n' +
          `${ending}\n`,
      );
      try {
        const child = spawn(
          path.join(projectRoot, 'node_modules/.bin/node'),
          [script, dataDir, String(await freePort())],
          { stdio: ['ignore', 'pipe', 'inherit'] },
        );
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
        });
        const [code, signal] = await once(child, 'exit');
        // The process ends as it would have without the server: same exit code or signal.
        expect({ code, signal }).toEqual(expected);
        const pid = Number.parseInt(out, 10);
        expect(pid).toBeGreaterThan(0);
        // It asked for a fast shutdown; the server, in its own process group, finishes it alone.
        for (const deadline = Date.now() + 15_000; alive(pid) && Date.now() < deadline; ) {
          await new Promise((r) => setTimeout(r, 100));
        }
        expect(alive(pid)).toBe(false);
        expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
      } finally {
        killLeftover(dataDir);
        await fs.rm(root, { recursive: true, force: true });
      }
    },
    TIMEOUT,
  );

  it.runIf(process.getuid?.() === 0)(
    'as root, moves a data dir the postgres user cannot reach to /tmp',
    async () => {
      const root = await tempDir(0o700);
      const dataDir = path.join(root, 'postgres');
      let used: string | undefined;
      try {
        const pg = await startEmbeddedPostgres({ dataDir, port: await freePort() });
        used = pg.dataDir;
        try {
          expect(used).not.toBe(dataDir);
          expect(used.startsWith('/tmp/embedded-postgres-data-')).toBe(true);
          expect(await query(pg.url, (sql) => sql`select 1 as one`)).toEqual([{ one: 1 }]);
        } finally {
          await pg.stop();
        }
      } finally {
        if (used) {
          killLeftover(used);
          await fs.rm(path.dirname(used), { recursive: true, force: true });
        }
        await fs.rm(root, { recursive: true, force: true });
      }
    },
    TIMEOUT,
  );
});
