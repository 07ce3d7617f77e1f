import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoEquipmentId } from '../../subgraphs/assets/seed.ts';
import { SimulatedNetwork } from '../../subgraphs/monitoring/snmp/simulator.ts';
import { type GraphHarness, passes, useGraph } from '../helpers.ts';

/**
 * Monitoring as users reach it: through the gateway over every module's demo data — a demo OLT pointed at
 * a simulated agent of the test's own, its status beside what assets records of it, its going dark raising
 * a root alarm that names the subscribers it takes down, the network's counts by role, and bad input.
 */

async function ok<T = any>(
  g: GraphHarness,
  query: string,
  variables: Record<string, unknown> = {},
  role = 'NOC_ENGINEER',
) {
  const res = await g.request(query, { role: role as never, variables });
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data as T;
}

const CONFIGURE = `mutation($i: ConfigureMonitoringInput!) {
  configureMonitoring(input: $i) { monitoring { host port version hasCredentials } userErrors { code field message } }
}`;

describe('monitoring through the gateway', () => {
  const g = useGraph({ seed: true });
  const olt = demoEquipmentId('olt-prm-1');
  let net: SimulatedNetwork;

  beforeAll(async () => {
    // The demo's simulated network attaches in the background; it configures the demo OLT too.
    await passes(async () => {
      const { equipment } = await ok(g, `query($id: ID!) { equipment(id: $id) { monitoring { port } } }`, {
        id: olt,
      });
      expect(equipment.monitoring).not.toBeNull();
    }, 60_000);
    const { equipment } = await ok(g, `query($id: ID!) { equipment(id: $id) { serial model { name } } }`, {
      id: olt,
    });
    net = await SimulatedNetwork.start({
      devices: [
        {
          id: olt,
          credentials: { version: '2c', community: 'e2e-community' },
          sysName: 'olt-prm-1',
          model: equipment.model.name,
          serial: equipment.serial,
          interfaces: 8,
        },
      ],
    });
  });
  afterAll(async () => net?.stop());

  it('monitors a unit assets records, and answers its status beside its serial', async () => {
    const data = await ok(g, CONFIGURE, {
      i: {
        equipmentId: olt,
        host: '127.0.0.1',
        port: net.port(olt),
        version: 'V2C',
        community: 'e2e-community',
        intervalSeconds: 10,
        failureThreshold: 1,
      },
    });
    expect(data.configureMonitoring.userErrors).toEqual([]);
    expect(data.configureMonitoring.monitoring).toEqual({
      host: '127.0.0.1',
      port: net.port(olt),
      version: 'V2C',
      hasCredentials: true,
    });
    const unit = await passes(async () => {
      const { equipment } = await ok(
        g,
        `query($id: ID!) { equipment(id: $id) { serial role status operationalStatus { status observedSerial } interfaces { index operUp } } }`,
        { id: olt },
        'TECHNICIAN',
      );
      expect(equipment.operationalStatus.status).toBe('UP');
      expect(equipment.interfaces).toHaveLength(8);
      return equipment;
    }, 25_000);
    expect(unit.operationalStatus.observedSerial).toBe(unit.serial);
    expect(unit.status).toBe('INSTALLED');
    const { networkStatus } = await ok(g, '{ networkStatus { total byRole { role up } } }');
    expect(
      networkStatus.byRole.find((r: { role: string }) => r.role === 'ACCESS')?.up,
    ).toBeGreaterThanOrEqual(1);
  }, 60_000);

  it('raises a root alarm when the OLT goes dark, naming the subscribers it takes down', async () => {
    const { equipment } = await ok(g, `query($id: ID!) { equipment(id: $id) { servedSubscribers { id } } }`, {
      id: olt,
    });
    expect(equipment.servedSubscribers.length).toBeGreaterThan(0);
    net.goDark(olt);
    const alarm = await passes(async () => {
      const { alarms } = await ok(
        g,
        `query($id: ID!) { alarms(first: 1, filter: { equipmentId: $id, causes: [UNIT_DOWN] }) {
          nodes { id severity notified rootCause { id } affectedSubscribers { id } equipment { serial } } } }`,
        { id: olt },
      );
      expect(alarms.nodes[0]?.affectedSubscribers.length).toBeGreaterThan(0);
      return alarms.nodes[0];
    }, 40_000);
    expect(alarm.severity).toBe('CRITICAL');
    expect(alarm.notified).toBe(true);
    expect(alarm.rootCause).toBeNull();
    expect(alarm.affectedSubscribers.map((s: { id: string }) => s.id).sort()).toEqual(
      equipment.servedSubscribers.map((s: { id: string }) => s.id).sort(),
    );
    const ack = await ok(
      g,
      `mutation($i: AlarmActionInput!) { acknowledgeAlarm(input: $i) { alarm { acknowledged acknowledgedBy comments { action comment } } userErrors { code } } }`,
      { i: { alarmId: alarm.id, comment: 'crew sent' } },
    );
    expect(ack.acknowledgeAlarm.alarm.acknowledged).toBe(true);
    expect(ack.acknowledgeAlarm.alarm.comments).toEqual([{ action: 'ACKNOWLEDGED', comment: 'crew sent' }]);
    net.comeBack(olt);
  }, 60_000);

  it('refuses a unit assets does not know, and a technician configuring, writing nothing', async () => {
    const unknown = await ok(g, CONFIGURE, {
      i: { equipmentId: randomUUID(), host: '10.0.0.1', version: 'V2C', community: 'x' },
    });
    expect(unknown.configureMonitoring.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'equipmentId'] }),
    ]);
    const res = await g.request(CONFIGURE, {
      role: 'TECHNICIAN',
      variables: { i: { equipmentId: olt, host: '10.0.0.9', version: 'V2C', community: 'x' } },
    });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { equipment } = await ok(g, `query($id: ID!) { equipment(id: $id) { monitoring { host } } }`, {
      id: olt,
    });
    expect(equipment.monitoring.host).toBe('127.0.0.1');
  });
});
