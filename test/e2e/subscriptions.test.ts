import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoEquipmentId } from '../../subgraphs/assets/seed.ts';
import { SimulatedNetwork } from '../../subgraphs/monitoring/snmp/simulator.ts';
import { type GraphHarness, metric, passes, subscribe, useGraph, wsOperation } from '../helpers.ts';

/**
 * Subscriptions through the gateway as clients use them: one graphql-ws connection to the graph, events
 * of the monitoring subgraph with fields of assets, catalog and subscribers filled in, shared upstream.
 */

const STATUS = `subscription($ids: [ID!]) {
  equipmentStatusChanged(filter: { equipmentIds: $ids }) {
    previous
    status
    equipment {
      id
      serial
      model { name }
      place { __typename ... on NetworkSite { name } }
      servedSubscriberCount
      operationalStatus { status }
    }
  }
}`;

const ALARMS = `subscription($id: ID!) {
  alarmChanged(filter: { equipmentId: $id }) {
    change
    alarm { id acknowledged equipment { serial model { name } } }
  }
}`;

async function ok<T = any>(g: GraphHarness, query: string, variables: Record<string, unknown> = {}) {
  const res = await g.request(query, { role: 'NOC_ENGINEER', variables });
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data as T;
}

describe('subscriptions through the gateway', () => {
  const g = useGraph({ seed: true });
  const olt = demoEquipmentId('olt-prm-1');
  let net: SimulatedNetwork;
  let expected: { serial: string; model: { name: string }; place: { name: string } };
  let alarmId: string;

  beforeAll(async () => {
    await passes(async () => {
      const { equipment } = await ok(g, `query($id: ID!) { equipment(id: $id) { monitoring { port } } }`, {
        id: olt,
      });
      expect(equipment.monitoring).not.toBeNull();
    }, 60_000);
    ({ equipment: expected } = await ok(
      g,
      `query($id: ID!) { equipment(id: $id) { serial model { name } place { ... on NetworkSite { name } } } }`,
      { id: olt },
    ));
    net = await SimulatedNetwork.start({
      devices: [
        {
          id: olt,
          credentials: { version: '2c', community: 'sub-community' },
          sysName: 'olt-prm-1',
          model: expected.model.name,
          serial: expected.serial,
          interfaces: 4,
        },
      ],
    });
    const configured = await ok(
      g,
      `mutation($i: ConfigureMonitoringInput!) { configureMonitoring(input: $i) { userErrors { code } } }`,
      {
        i: {
          equipmentId: olt,
          host: '127.0.0.1',
          port: net.port(olt),
          version: 'V2C',
          community: 'sub-community',
          intervalSeconds: 10,
          failureThreshold: 1,
        },
      },
    );
    expect(configured.configureMonitoring.userErrors).toEqual([]);
    await passes(async () => {
      const { equipment } = await ok(
        g,
        `query($id: ID!) { equipment(id: $id) { operationalStatus { status } } }`,
        { id: olt },
      );
      expect(equipment.operationalStatus.status).toBe('UP');
    }, 30_000);
  }, 120_000);
  afterAll(async () => net?.stop());

  it('delivers one event when a unit goes dark, with fields from assets, catalog and subscribers', async () => {
    const client = await subscribe(g.url, await g.token('NOC_ENGINEER'), STATUS, { ids: [olt] });
    await passes(async () => expect(await metric(g, 'gateway_upstream_subscriptions_active')).toBe(1));
    net.goDark(olt);
    await passes(async () => expect(client.events.length).toBeGreaterThanOrEqual(1), 40_000);
    // The unit stays dark: nothing more is to come for it.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await client.close();
    expect(client.events).toHaveLength(1);
    const [event] = client.events;
    expect(event?.errors).toBeUndefined();
    const change = event?.data?.equipmentStatusChanged;
    expect(change).toMatchObject({
      previous: 'UP',
      status: 'DOWN',
      equipment: {
        id: olt,
        serial: expected.serial,
        model: { name: expected.model.name },
        place: { __typename: 'NetworkSite', name: expected.place.name },
        operationalStatus: { status: 'DOWN' },
      },
    });
    expect(change.equipment.servedSubscriberCount).toBeGreaterThan(0);
    await passes(async () => expect(await metric(g, 'gateway_upstream_subscriptions_active')).toBe(0));
  }, 60_000);

  it('has 200 clients of one subscription share one upstream subscription and one execution', async () => {
    const { alarms } = await ok(
      g,
      `query($id: ID!) { alarms(first: 1, filter: { equipmentId: $id, causes: [UNIT_DOWN] }) { nodes { id } } }`,
      { id: olt },
    );
    alarmId = alarms.nodes[0].id;
    const token = await g.token('NOC_ENGINEER');
    const clients = await Promise.all(
      Array.from({ length: 200 }, () => subscribe(g.url, token, ALARMS, { id: olt })),
    );
    await passes(async () => expect(await metric(g, 'gateway_subscriptions_active')).toBe(200), 20_000);
    expect(await metric(g, 'gateway_subscription_executions_active')).toBe(1);
    expect(await metric(g, 'gateway_upstream_subscriptions_active')).toBe(1);
    expect(await metric(g, 'gateway_upstream_connections_open')).toBe(1);
    const executed = await metric(g, 'gateway_subscription_events_total');
    await ok(g, `mutation($i: AlarmActionInput!) { acknowledgeAlarm(input: $i) { userErrors { code } } }`, {
      i: { alarmId, comment: 'seen' },
    });
    await passes(async () => expect(clients.every((c) => c.events.length === 1)).toBe(true), 20_000);
    const payloads = new Set(clients.map((c) => JSON.stringify(c.events[0])));
    expect(payloads.size).toBe(1);
    expect(clients[0]?.events[0]?.data?.alarmChanged).toEqual({
      change: 'ACKNOWLEDGED',
      alarm: {
        id: alarmId,
        acknowledged: true,
        equipment: { serial: expected.serial, model: expected.model },
      },
    });
    // One event, executed once for the 200.
    expect((await metric(g, 'gateway_subscription_events_total')) - executed).toBe(1);
    await Promise.all(clients.map((c) => c.close()));
    await passes(async () => {
      expect(await metric(g, 'gateway_subscriptions_active')).toBe(0);
      expect(await metric(g, 'gateway_upstream_subscriptions_active')).toBe(0);
      expect(await metric(g, 'gateway_upstream_connections_open')).toBe(0);
    });
  }, 60_000);

  it('refuses a connection without a token, a subscription deeper than the limit, a role without the scope', async () => {
    const anonymous = await wsOperation(g.url, { query: ALARMS });
    expect(anonymous).toMatchObject({ connected: false, closeCode: 4403 });
    const deep = `subscription { alarmChanged { alarm { equipment { model { category { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } } } } }`;
    const tooDeep = await wsOperation(
      g.url,
      { query: deep },
      { authorization: `Bearer ${await g.token('NOC_ENGINEER')}` },
    );
    expect(tooDeep.errors.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_DEEP']);
    const partner = await wsOperation(
      g.url,
      { query: ALARMS, variables: { id: olt } },
      { authorization: `Bearer ${await g.token('PARTNER')}` },
    );
    const codes = [...partner.errors, ...partner.results.flatMap((r) => r.errors ?? [])].map(
      (e) => e.extensions?.code,
    );
    expect(codes).toContain('FORBIDDEN');
    expect(await metric(g, 'gateway_upstream_subscriptions_active')).toBe(0);
  });

  it('serves queries and mutations on the socket as over HTTP', async () => {
    const token = `Bearer ${await g.token('NOC_ENGINEER')}`;
    const query = `query($id: ID!) { equipment(id: $id) { serial model { name } } }`;
    const overSocket = await wsOperation(g.url, { query, variables: { id: olt } }, { authorization: token });
    const overHttp = await g.request(query, { role: 'NOC_ENGINEER', variables: { id: olt } });
    expect(overSocket.results).toEqual([overHttp.body]);
    const mutation = `mutation($i: AlarmActionInput!) { unacknowledgeAlarm(input: $i) { alarm { acknowledged } userErrors { code } } }`;
    const unack = await wsOperation(
      g.url,
      { query: mutation, variables: { i: { alarmId, comment: 'not yet' } } },
      { authorization: token },
    );
    expect(unack.results[0]?.data?.unacknowledgeAlarm).toEqual({
      alarm: { acknowledged: false },
      userErrors: [],
    });
    const refused = await wsOperation(
      g.url,
      { query: '{ catalogItems(first: 1000) { totalCount } }' },
      { authorization: token },
    );
    const refusedHttp = await g.request('{ catalogItems(first: 1000) { totalCount } }', {
      role: 'NOC_ENGINEER',
    });
    expect(refused.errors.map((e) => e.extensions?.code)).toEqual(
      refusedHttp.body.errors?.map((e) => e.extensions?.code),
    );
  });
});
