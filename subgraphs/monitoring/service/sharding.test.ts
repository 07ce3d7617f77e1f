/**
 * Polling shared between poller processes by lease, and dead units kept off the live units' lane: real
 * `npm run poller` processes (killed with SIGKILL), simulated agents over UDP, PostgreSQL.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passes, useServiceHarness } from '../../../test/helpers.ts';
import { monitoringConfig } from '../config.ts';
import { monitoring } from '../index.ts';
import { SimulatedNetwork } from '../snmp/simulator.ts';
import { phaseSeconds } from './configure.ts';
import { sealSecret } from './credentials.ts';
import { Poller } from './poller.ts';

const POLLER = fileURLToPath(new URL('../../../scripts/poller.ts', import.meta.url));

/** Writes `n` units' monitoring at once (sealed as the verb seals), each at its phase of the interval. */
async function monitorMany(
  sql: ReturnType<typeof useServiceHarness>['database']['sql'],
  net: SimulatedNetwork,
  ids: readonly string[],
  interval: number,
  profile = 'cpe',
) {
  const { sealer } = monitoringConfig();
  const now = Date.now();
  const rows = ids.map((id) => ({
    equipment_id: id,
    host: '127.0.0.1',
    port: net.port(id),
    version: 'V2C',
    secret: sealSecret(sealer, id, { community: 'shard' }),
    interval_seconds: interval,
    profile,
    failure_threshold: 3,
    enabled: true,
    next_poll_at: new Date(now + phaseSeconds(id, interval) * 1000).toISOString(),
  }));
  await sql`insert into monitoring.targets ${sql(rows)}`;
  await sql`insert into monitoring.unit_states ${sql(ids.map((id) => ({ equipment_id: id })))}`;
}

function startPollerProcess(url: string, id: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [POLLER], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      MONITORING_POLLER_ID: id,
      MONITORING_TICK_MS: '200',
      MONITORING_TIMEOUT_MS: '300',
      MONITORING_RETRIES: '0',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`poller ${id} exited with ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('polling')) resolve(child);
    });
  });
}

describe('pollers sharing the units', () => {
  const h = useServiceHarness(monitoring);
  const ids = Array.from({ length: 40 }, () => randomUUID());
  let net: SimulatedNetwork;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    net = await SimulatedNetwork.start({
      devices: ids.map((id, i) => ({
        id,
        credentials: { version: '2c', community: 'shard' },
        sysName: `u${i}`,
        model: 'HG8245H',
        serial: `S${i}`,
        interfaces: 1,
      })),
    });
    await monitorMany(h.database.sql, net, ids, 2);
  });
  afterAll(async () => {
    for (const c of children) c.kill('SIGKILL');
    await net?.stop();
  });

  const owners = async () =>
    Object.fromEntries(
      (
        await h.database.sql<{ owner: string | null; n: number }[]>`
          select lease_owner as owner, count(*)::int as n from monitoring.targets group by 1`
      ).map((r) => [r.owner ?? '-', r.n]),
    );

  it('splits the units between two poller processes, and one takes over when the other is killed', async () => {
    children.push(await startPollerProcess(h.url, 'p1'));
    await passes(async () => expect((await owners()).p1).toBe(40));
    children.push(await startPollerProcess(h.url, 'p2'));
    // The second takes about half: the first gives back what it holds above its share.
    await passes(async () => {
      const o = await owners();
      expect(o.p1).toBeGreaterThanOrEqual(18);
      expect(o.p2).toBeGreaterThanOrEqual(18);
    });
    const [p1] = children;
    const killedAt = new Date();
    p1?.kill('SIGKILL');
    // Each of p1's units is polled by p2 once its lease runs out: the grace (1 s) after its next poll was
    // due — a poll p1 had claimed but not made (its last tick) waits one interval more.
    await passes(
      async () => {
        expect((await owners()).p2).toBe(40);
        const [stale] = await h.database.sql<{ n: number }[]>`
        select count(*)::int as n from monitoring.unit_states
        where last_polled_at is null or last_polled_at < ${killedAt.toISOString()}`;
        expect(stale?.n).toBe(0);
      },
      2 * 2_000 + 1_000 + 2_000,
    );
    const notUp = await h.database.sql<{ status: string; failure: string | null }[]>`
      select status, last_failure as failure from monitoring.unit_states where status <> 'UP'`;
    expect(notUp).toEqual([]);
  });
});

describe('dead units among live ones', () => {
  const h = useServiceHarness(monitoring);
  const live = Array.from({ length: 950 }, () => randomUUID());
  const dead = Array.from({ length: 50 }, () => randomUUID());
  let net: SimulatedNetwork;
  let poller: Poller;

  beforeAll(async () => {
    net = await SimulatedNetwork.start({
      devices: [...live, ...dead].map((id, i) => ({
        id,
        credentials: { version: '2c', community: 'shard' },
        sysName: `u${i}`,
        model: 'MA5800',
        serial: `S${i}`,
        interfaces: 2,
      })),
    });
    for (const id of dead) net.goDark(id);
    await monitorMany(h.database.sql, net, [...live, ...dead], 10, 'access');
    poller = new Poller({
      database: h.database,
      logger: pino({ level: 'silent' }),
      config: { ...monitoringConfig(), timeoutMs: 1000, retries: 0, concurrency: 16, slowConcurrency: 8 },
      tickMs: 200,
    });
    await poller.start();
  });
  afterAll(async () => {
    await poller?.stop();
    await net?.stop();
  });

  it('polls 950 live units on time while 50 dead units time out in the slow lane', {
    timeout: 60_000,
  }, async () => {
    // One interval for the dead units to fail and move to the slow lane, then two measured.
    await new Promise((r) => setTimeout(r, 11_000));
    const from = new Date();
    const missedBefore = poller.stats.missed;
    await new Promise((r) => setTimeout(r, 20_000));
    const to = new Date();
    // Each answered poll of an access unit writes one sample of the unit itself (CPU, temperature).
    const rows = await h.database.sql<{ id: string; n: number }[]>`
      select equipment_id as id, count(*)::int as n from monitoring.metrics_raw
      where if_index = 0 and at >= ${from.toISOString()} and at < ${to.toISOString()} group by 1`;
    const polled = new Map(rows.map((r) => [r.id, r.n]));
    const expected = live.length * 2;
    const done = live.reduce((sum, id) => sum + (polled.get(id) ?? 0), 0);
    // At most 5 % fewer polls of live units than two intervals hold (edges of the window aside).
    expect(done).toBeGreaterThanOrEqual(Math.floor(expected * 0.95));
    expect(live.filter((id) => (polled.get(id) ?? 0) === 0)).toEqual([]);
    expect(dead.filter((id) => polled.has(id))).toEqual([]);
    expect(poller.stats.missed - missedBefore).toBe(0);
  });
});
