import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, startEmbeddedPostgres } from './embedded-postgres.ts';

const TIMEOUT = 120_000;
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const modulePath = fileURLToPath(new URL('./embedded-postgres.ts', import.meta.url));

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

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

        const second = await startEmbeddedPostgres({ dataDir, port });
        try {
          expect(await query(second.url, (sql) => sql`select v from kept`)).toEqual([{ v: 'hello' }]);
        } finally {
          await second.stop();
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
    'fails with a clear message when the port is taken by something else',
    async () => {
      const root = await tempDir();
      const blocker = net.createServer().listen(0, '127.0.0.1');
      await once(blocker, 'listening');
      const { port } = blocker.address() as net.AddressInfo;
      try {
        await expect(startEmbeddedPostgres({ dataDir: path.join(root, 'postgres'), port })).rejects.toThrow(
          `port ${port} is already in use`,
        );
      } finally {
        blocker.close();
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
