/**
 * The poller against simulated agents over real UDP and a real database: status changes, alarms, traps,
 * v3, flapping, dead units in the slow lane, planned works, root causes, live events.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { parse, subscribe } from 'graphql';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passes, useServiceHarness } from '../../../test/helpers.ts';
import { withTransaction } from '../../shared/db.ts';
import { buildSchema } from '../../shared/subgraph.ts';
import { monitoringConfig } from '../config.ts';
import { maintenanceWindows } from '../db/tables.ts';
import { monitoring } from '../index.ts';
import { SimulatedNetwork } from '../snmp/simulator.ts';
import { startTrapReceiver } from '../snmp/traps.ts';
import type { SnmpCredentials } from '../snmp/types.ts';
import { configureMonitoring } from './configure.ts';
import { endMaintenance } from './maintenance.ts';
import { Poller } from './poller.ts';
import { handleTrap } from './traps.ts';
import { storeUnits } from './units.ts';

const logger = pino({ level: process.env.TEST_LOG ?? 'silent' });
const V3: SnmpCredentials = {
  version: '3',
  user: 'noc',
  level: 'authPriv',
  authProtocol: 'SHA-256',
  authKey: 'auth-passphrase-1',
  privProtocol: 'AES',
  privKey: 'priv-passphrase-1',
};

describe('the poller', () => {
  const h = useServiceHarness(monitoring);
  const ids: string[] = Array.from({ length: 12 }, () => randomUUID());
  const [dark, linky, v3ok, v3bad, olt, cpe1, cpe2, flappy, swapped, muted] = ids as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  let net: SimulatedNetwork;
  let poller: Poller;

  const state = async (id: string) =>
    (
      await h.database.sql<
        {
          status: string;
          consecutive_failures: number;
          last_failure: string | null;
          flapping: boolean;
          last_polled_at: Date | null;
        }[]
      >`select * from monitoring.unit_states where equipment_id = ${id}`
    )[0];
  const active = async (id: string) =>
    h.database.sql<
      {
        id: string;
        probable_cause: string;
        severity: string;
        notified: boolean;
        root_alarm_id: string | null;
        under_maintenance: boolean;
      }[]
    >`select * from monitoring.alarms where equipment_id = ${id} and cleared_at is null order by raised_at`;

  /** Configures a unit through the verb, then polls it every `interval` seconds (below the verb's floor). */
  async function monitor(id: string, credentials: SnmpCredentials, interval = 1, threshold = 3) {
    await configureMonitoring(h.context('NOC_ENGINEER'), {
      equipmentId: id,
      host: '127.0.0.1',
      port: net.port(id),
      ...(credentials.version === '2c'
        ? { version: 'V2C', community: credentials.community }
        : {
            version: 'V3',
            user: credentials.user,
            securityLevel: 'AUTH_PRIV',
            authProtocol: 'SHA256',
            authKey: credentials.authKey,
            privProtocol: 'AES',
            privKey: credentials.privKey,
          }),
      failureThreshold: threshold,
    });
    await h.database.sql`update monitoring.targets set interval_seconds = ${interval}, next_poll_at = now()
      where equipment_id = ${id}`;
  }

  beforeAll(async () => {
    net = await SimulatedNetwork.start({
      devices: ids.map((id, i) => ({
        id,
        credentials: id === v3ok || id === v3bad ? V3 : { version: '2c', community: `c${i}` },
        sysName: `unit-${i}`,
        model: 'MA5800-X7',
        serial: id === swapped ? 'SWAPPED-1' : `SN-${i}`,
        interfaces: 4,
      })),
      live: false,
      seed: 1,
    });
    poller = new Poller({
      database: h.database,
      logger,
      config: { ...monitoringConfig(), timeoutMs: 150, retries: 0, concurrency: 32, slowConcurrency: 8 },
      tickMs: 100,
      flushMs: 100,
    });
    await poller.start();
  });
  afterAll(async () => {
    await poller?.stop();
    await net?.stop();
  });

  it('makes a unit DOWN after exactly its threshold of failed polls, and UP again when it answers', async () => {
    await monitor(dark, { version: '2c', community: `c${ids.indexOf(dark)}` });
    await passes(async () => expect((await state(dark))?.status).toBe('UP'));
    const live = await h.database.live.subscribe<{ equipmentId: string; status: string }>(
      'monitoring_status',
      {
        filter: (e) => e.equipmentId === dark,
      },
    );
    net.goDark(dark);
    const down = await live.next();
    expect(down.value?.status).toBe('DOWN');
    const atDown = await state(dark);
    expect(atDown?.consecutive_failures).toBe(3);
    expect((await active(dark)).map((a) => a.probable_cause)).toEqual(['UNIT_DOWN']);
    net.comeBack(dark);
    const up = await live.next();
    expect(up.value?.status).toBe('UP');
    expect(await active(dark)).toEqual([]);
    await live.return();
  });

  it('raises LINK_DOWN from a linkDown trap before the next poll', async () => {
    const receiver = await startTrapReceiver({
      port: 0,
      communities: [`c${ids.indexOf(linky)}`],
      users: [],
      onTrap: (trap) => void handleTrap(h.database, logger, trap),
      onRejected: () => {},
    });
    try {
      await monitor(linky, { version: '2c', community: `c${ids.indexOf(linky)}` }, 600);
      await passes(async () => expect((await state(linky))?.status).toBe('UP'));
      const polledAt = String((await state(linky))?.last_polled_at);
      net.setTrapTarget?.({ host: '127.0.0.1', port: receiver.port });
      net.setLink(linky, 2, false);
      await passes(async () =>
        expect((await active(linky)).map((a) => a.probable_cause)).toEqual(['LINK_DOWN']),
      );
      expect((await state(linky))?.status).toBe('DEGRADED');
      expect(String((await state(linky))?.last_polled_at)).toBe(polledAt);
    } finally {
      await receiver.close();
    }
  });

  it('polls over SNMP v3 authPriv, and reports a wrong key as an authentication failure, not as down', async () => {
    await monitor(v3ok, V3);
    await passes(async () => expect((await state(v3ok))?.status).toBe('UP'));
    await monitor(v3bad, {
      ...V3,
      privKey: 'wrong-passphrase',
      authKey: 'wrong-auth-key',
    } as SnmpCredentials);
    await passes(async () =>
      expect((await active(v3bad)).map((a) => a.probable_cause)).toEqual(['AUTHENTICATION_FAILURE']),
    );
    await new Promise((r) => setTimeout(r, 3500));
    const s = await state(v3bad);
    expect(s?.last_failure).toBe('AUTH_FAILURE');
    expect(s?.status).not.toBe('DOWN');
    expect(s?.consecutive_failures).toBe(0);
  });

  it('marks the alarms of units below a unit that is down as its symptoms, notifying only the root', async () => {
    await storeUnits(h.database.db, [
      {
        equipmentId: olt,
        role: 'ACCESS',
        siteId: null,
        siteName: 'POP 1',
        serial: 'SN-4',
        modelName: 'MA5800',
        upstreamIds: [],
      },
      {
        equipmentId: cpe1,
        role: 'CPE',
        siteId: null,
        siteName: null,
        serial: 'SN-5',
        modelName: 'MA5800',
        upstreamIds: [olt],
      },
      {
        equipmentId: cpe2,
        role: 'CPE',
        siteId: null,
        siteName: null,
        serial: 'SN-6',
        modelName: 'MA5800',
        upstreamIds: [olt],
      },
    ]);
    for (const id of [olt, cpe1, cpe2])
      await monitor(id, { version: '2c', community: `c${ids.indexOf(id)}` }, 1, 2);
    await passes(async () => {
      for (const id of [olt, cpe1, cpe2]) expect((await state(id))?.status).toBe('UP');
    });
    for (const id of [olt, cpe1, cpe2]) net.goDark(id);
    await passes(async () => {
      for (const id of [olt, cpe1, cpe2]) expect((await state(id))?.status).toBe('DOWN');
      const [root] = await active(olt);
      for (const id of [cpe1, cpe2]) expect((await active(id))[0]?.root_alarm_id).toBe(root?.id);
    });
    const [root] = await active(olt);
    expect(root?.notified).toBe(true);
    for (const id of [cpe1, cpe2]) expect((await active(id))[0]?.notified).toBe(false);
    const res = await h.execute(
      `query($id: ID!) { alarm(id: $id) { symptoms { equipment { id } } affectedEquipment { id } } }`,
      { id: root?.id },
    );
    expect(res.data?.alarm.symptoms.map((s: { equipment: { id: string } }) => s.equipment.id).sort()).toEqual(
      [cpe1, cpe2].sort(),
    );
    expect(res.data?.alarm.affectedEquipment.map((e: { id: string }) => e.id).sort()).toEqual(
      [cpe1, cpe2].sort(),
    );
    for (const id of [olt, cpe1, cpe2]) net.comeBack(id);
  });

  it('raises at most one notification for a unit whose link flaps for 21 cycles', async () => {
    await monitor(flappy, { version: '2c', community: `c${ids.indexOf(flappy)}` });
    await passes(async () => expect((await state(flappy))?.status).toBe('UP'));
    const polls = async () =>
      String(
        (
          await h.database.sql<{ at: string }[]>`select last_polled_at as at from monitoring.unit_states
          where equipment_id = ${flappy}`
        )[0]?.at,
      );
    for (let cycle = 0; cycle < 21; cycle++) {
      const before = await polls();
      net.setLink(flappy, 1, cycle % 2 === 1);
      await passes(async () => expect(await polls()).not.toBe(before), 5000);
    }
    const [row] = await h.database.sql<{ notified: number; flapping: number }[]>`
      select count(*) filter (where notified)::int as notified,
             count(*) filter (where probable_cause = 'FLAPPING')::int as flapping
      from monitoring.alarms where equipment_id = ${flappy}`;
    expect(row?.notified).toBeLessThanOrEqual(1);
    expect(row?.flapping).toBe(1);
    expect((await state(flappy))?.flapping).toBe(true);
  });

  it('raises a WARNING when the unit reports another serial than assets records, and lists it', async () => {
    await storeUnits(h.database.db, [
      {
        equipmentId: swapped,
        role: 'CPE',
        siteId: null,
        siteName: null,
        serial: 'SN-8',
        modelName: 'MA5800-X7',
        upstreamIds: [],
      },
    ]);
    await monitor(swapped, { version: '2c', community: `c${ids.indexOf(swapped)}` });
    await passes(async () =>
      expect((await active(swapped)).map((a) => `${a.probable_cause}/${a.severity}`)).toEqual([
        'SERIAL_MISMATCH/WARNING',
      ]),
    );
    const res = await h.execute('{ observedMismatches { equipment { id } recordedSerial observedSerial } }');
    expect(res.data?.observedMismatches, JSON.stringify(res)).toContainEqual({
      equipment: { id: swapped },
      recordedSerial: 'SN-8',
      observedSerial: 'SWAPPED-1',
    });
  });

  it('raises alarms under a planned work as UNDER_MAINTENANCE, notifying nobody until the work ends', async () => {
    await h.database.db.insert(maintenanceWindows).values({
      eventId: randomUUID(),
      title: 'OLT replacement',
      equipmentIds: [muted],
      startsAt: new Date(Date.now() - 60_000),
      endsAt: new Date(Date.now() + 3_600_000),
      readAt: new Date(),
    });
    await monitor(muted, { version: '2c', community: `c${ids.indexOf(muted)}` }, 1, 1);
    await passes(async () => expect((await state(muted))?.status).toBe('UP'));
    net.goDark(muted);
    await passes(async () => expect((await active(muted))[0]?.probable_cause).toBe('UNIT_DOWN'));
    const [alarm] = await active(muted);
    expect(alarm?.under_maintenance).toBe(true);
    expect(alarm?.notified).toBe(false);
    await h.database.sql`update monitoring.maintenance_windows set ends_at = now() - interval '1 second'`;
    const ended = await endMaintenance(h.database);
    expect(ended.map((a) => a.id)).toContain(alarm?.id);
    const [after] = await active(muted);
    expect(after?.under_maintenance).toBe(false);
    expect(after?.notified).toBe(true);
    net.comeBack(muted);
  });

  it('streams status changes to a subscription of the subgraph, through NOTIFY', async () => {
    const schema = buildSchema(monitoring);
    const id = ids[10] as string;
    await monitor(id, { version: '2c', community: 'c10' });
    await passes(async () => expect((await state(id))?.status).toBe('UP'));
    const stream = (await subscribe({
      schema,
      document: parse(
        'subscription($ids: [ID!]) { equipmentStatusChanged(filter: { equipmentIds: $ids }) { equipment { id } previous status reason } }',
      ),
      variableValues: { ids: [id] },
      contextValue: h.context('TECHNICIAN'),
    })) as AsyncIterableIterator<{ data?: { equipmentStatusChanged: { status: string; previous: string } } }>;
    net.goDark(id);
    const first = await stream.next();
    expect(first.value?.data?.equipmentStatusChanged).toMatchObject({ previous: 'UP', status: 'DOWN' });
    await stream.return?.();
    net.comeBack(id);
  });

  it('answers the whole network by status and role, and a unit with its interfaces and metrics', async () => {
    const id = ids[11] as string;
    await monitor(id, { version: '2c', community: 'c11' });
    await passes(async () => {
      const [n] = await h.database.sql<{ n: number }[]>`select count(*)::int as n from monitoring.metrics_raw
        where equipment_id = ${id} and if_index > 0`;
      expect(n?.n).toBeGreaterThan(0);
    }, 10_000);
    const res = await h.execute(
      `query($r: [_Any!]!, $from: DateTime!, $to: DateTime!) {
        networkStatus { total byStatus { status count } }
        _entities(representations: $r) { ... on Equipment {
          operationalStatus { status uptimeSeconds observedSerial }
          interfaces { index name operUp inBps }
          metrics(from: $from, to: $to, step: 60, ifIndex: 1) { at inBps }
          monitoring { host version hasCredentials }
        } }
      }`,
      {
        r: [{ __typename: 'Equipment', id }],
        from: new Date(Date.now() - 600_000).toISOString(),
        to: new Date(Date.now() + 60_000).toISOString(),
      },
      'TECHNICIAN',
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const unit = res.data?._entities[0];
    expect(unit.operationalStatus.status).toBe('UP');
    expect(unit.operationalStatus.observedSerial).toBe('SN-11');
    expect(unit.interfaces).toHaveLength(4);
    expect(unit.metrics.length).toBeGreaterThan(0);
    expect(unit.monitoring).toEqual({ host: '127.0.0.1', version: 'V2C', hasCredentials: true });
    const total = res.data?.networkStatus.byStatus.reduce(
      (s: number, c: { count: number }) => s + c.count,
      0,
    );
    expect(total).toBe(res.data?.networkStatus.total);
  });

  it('counts a trap from an unknown source and acts on nothing', async () => {
    const acted = await handleTrap(h.database, logger, {
      source: { address: '192.0.2.77', port: 40_000 },
      kind: 'linkDown',
      trapOid: '1.3.6.1.6.3.1.1.5.3',
      ifIndex: 1,
      version: '2c',
      receivedAt: Date.now(),
      varbinds: [],
    });
    expect(acted).toBe(false);
  });

  it('writes nothing for a unit configured with bad input', async () => {
    const bad = randomUUID();
    for (const input of [
      { host: 'not a host!', version: 'V2C', community: 'x' },
      { host: '10.0.0.1', version: 'V2C' },
      {
        host: '10.0.0.1',
        version: 'V3',
        user: 'u',
        securityLevel: 'AUTH_PRIV',
        authKey: 'short',
        privKey: 'also',
      },
      { host: '10.0.0.1', version: 'V2C', community: 'x', profile: 'nope' },
      { host: '10.0.0.1', version: 'V2C', community: 'x', extraOids: ['1.3.6.1.2.1.1.6.0', 'sysLocation.0'] },
    ]) {
      const res = await h.execute(
        'mutation($i: ConfigureMonitoringInput!) { configureMonitoring(input: $i) { monitoring { host } userErrors { code field } } }',
        { i: { equipmentId: bad, ...input } },
        'NOC_ENGINEER',
      );
      expect(res.data?.configureMonitoring.monitoring).toBeNull();
      expect(res.data?.configureMonitoring.userErrors.length).toBeGreaterThan(0);
    }
    const [n] = await h.database.sql<
      { n: number }[]
    >`select count(*)::int as n from monitoring.targets where equipment_id = ${bad}`;
    expect(n?.n).toBe(0);
    const techie = await h.execute(
      'mutation($i: ConfigureMonitoringInput!) { configureMonitoring(input: $i) { userErrors { code } } }',
      { i: { equipmentId: bad, host: '10.0.0.1', version: 'V2C', community: 'x' } },
      'TECHNICIAN',
    );
    expect(techie.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps the stored credentials when a change omits them', async () => {
    const id = await (async () => {
      const unit = randomUUID();
      await configureMonitoring(h.context('NOC_ENGINEER'), {
        equipmentId: unit,
        host: '10.1.1.1',
        version: 'V2C',
        community: 'keep-me',
      });
      return unit;
    })();
    await withTransaction({ database: h.database }, async () => {
      await configureMonitoring(h.context('NOC_ENGINEER'), {
        equipmentId: id,
        host: '10.1.1.2',
        version: 'V2C',
      });
    });
    const res = await h.execute(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Equipment { monitoring { host hasCredentials } } } }`,
      { r: [{ __typename: 'Equipment', id }] },
    );
    expect(res.data?._entities[0].monitoring).toEqual({ host: '10.1.1.2', hasCredentials: true });
  });

  it('leaves no community or passphrase in a pg_dump of the database', async () => {
    const dump = execFileSync('pg_dump', ['--no-owner', h.url], { maxBuffer: 256 * 1024 * 1024 }).toString();
    expect(dump).toContain('monitoring.targets');
    for (const secret of ['auth-passphrase-1', 'priv-passphrase-1', 'wrong-passphrase', 'keep-me']) {
      expect(dump.includes(secret), secret).toBe(false);
    }
    for (let i = 0; i < ids.length; i++) expect(dump.includes(`\tc${i}\t`)).toBe(false);
  });
});
