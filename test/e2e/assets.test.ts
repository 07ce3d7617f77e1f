import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CPE, demoEquipmentId, demoOltOf } from '../../subgraphs/assets/seed.ts';
import { demoId } from '../../subgraphs/shared/ids.ts';
import { eventually, type GraphHarness, useGraph } from '../helpers.ts';

/**
 * Assets as users reach it: through the gateway over every module's demo data (`seed: true`): the demo
 * network's topology and whom it serves, units following the warehouse's documents (receipt, issue to a
 * subscriber, reversal), lookups by any code, and bad input refused with a code, writing nothing.
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

const UNIT = `id serial inventoryNumber status placeKind role model { sku }
  place { __typename ... on Warehouse { code } ... on NetworkSite { code } ... on Premises { id } }
  subscriber { id }`;

describe('assets through the gateway', () => {
  const g = useGraph({ seed: true });
  let central: string;
  let ontModel: string;

  beforeAll(async () => {
    const data = await ok(
      g,
      `{ warehouses(filter: { kind: CENTRAL }) { id } catalogItemBySku(sku: "ONT-HG8245H") { id } }`,
      {},
      'ADMIN',
    );
    central = data.warehouses[0].id;
    ontModel = data.catalogItemBySku.id;
    // The warehouse's demo stock (receipts, transfers, issues) posts once the catalog is known; assets
    // follows each document. Wait until the demo's issues to subscribers 1…3 are installed.
    const installed = await eventually(async () => {
      const d = await ok(g, `query($id: ID!) { subscriber(id: $id) { equipment { status } } }`, {
        id: demoId('subscriber', 1),
      });
      return d.subscriber.equipment.some((e: any) => e.status === 'INSTALLED');
    }, 100_000);
    expect(
      installed,
      JSON.stringify(
        g
          .logs()
          .filter((l) => Number(l.level) >= 40)
          .slice(-5),
      ),
    ).toBe(true);
  });

  it('walks the demo network: upstream to the core, and whom an OLT serves', async () => {
    const data = await ok(
      g,
      `query($ont: ID!, $olt: ID!) {
        ont: equipment(id: $ont) { ${UNIT} upstreamPath { role place { ... on NetworkSite { code } } } }
        olt: equipment(id: $olt) { role servedSubscriberCount servedSubscribers { id } downstream(first: 5) { totalCount } } }`,
      { ont: demoEquipmentId('ont-9'), olt: demoEquipmentId('olt-prm-1') },
    );
    expect(data.ont).toMatchObject({
      status: 'INSTALLED',
      placeKind: 'PREMISES',
      role: 'CPE',
      place: { __typename: 'Premises', id: demoId('premises', 9) },
      subscriber: { id: demoId('subscriber', 9) },
    });
    expect(data.ont.upstreamPath.map((u: any) => u.role)).toEqual(['ACCESS', 'AGGREGATION', 'CORE']);
    const expected: string[] = [];
    for (let n = DEMO_CPE.first; n <= DEMO_CPE.last; n++) {
      if (demoOltOf(n) === 'olt-prm-1') expected.push(demoId('subscriber', n));
    }
    expect(data.olt.servedSubscribers.map((s: any) => s.id).sort()).toEqual(expected.sort());
    expect(data.olt.servedSubscriberCount).toBe(expected.length);
    expect(data.olt.downstream.totalCount).toBe(expected.length);
  });

  it('follows a receipt, an issue to a subscriber and its reversal, once each', async () => {
    const keeper = 'WAREHOUSE_KEEPER';
    const serial = `HWTC${randomUUID().slice(0, 8).toUpperCase()}`;
    const post = async (input: Record<string, unknown>) => {
      const made = await ok(
        g,
        `mutation($input: CreateStockDocumentInput!) { createStockDocument(input: $input) { document { id } userErrors { code } } }`,
        { input },
        keeper,
      );
      expect(made.createStockDocument.userErrors).toEqual([]);
      const id = made.createStockDocument.document.id;
      const posted = await ok(
        g,
        `mutation($id: ID!) { postStockDocument(input: { id: $id }) { document { status } userErrors { code } } }`,
        { id },
        keeper,
      );
      expect(posted.postStockDocument.userErrors).toEqual([]);
      return id as string;
    };
    const unit = async () =>
      (
        await ok(
          g,
          `query($code: String!) { equipmentByCode(code: $code) { ${UNIT} history { change reason } } }`,
          { code: serial },
        )
      ).equipmentByCode;
    await post({
      type: 'RECEIPT',
      destinationId: central,
      lines: [{ itemId: ontModel, quantity: '1', serials: [serial], unitCost: '3100.00' }],
    });
    const received = await eventually(async () => (await unit())?.status === 'IN_STOCK' && (await unit()));
    expect(received).toMatchObject({
      serial,
      status: 'IN_STOCK',
      placeKind: 'WAREHOUSE',
      place: { __typename: 'Warehouse', code: 'MSK-CENTRAL' },
    });

    const subscriber = demoId('subscriber', 250);
    const issue = await post({
      type: 'ISSUE',
      sourceId: central,
      purpose: 'SUBSCRIBER',
      subscriberId: subscriber,
      lines: [{ itemId: ontModel, quantity: '1', serials: [serial] }],
    });
    const installed = await eventually(async () =>
      (await unit())?.status === 'INSTALLED' ? await unit() : null,
    );
    expect(installed).toMatchObject({
      status: 'INSTALLED',
      placeKind: 'PREMISES',
      place: { __typename: 'Premises', id: demoId('premises', 250) },
      subscriber: { id: subscriber },
    });
    const reversed = await ok(
      g,
      `mutation($id: ID!) { reverseStockDocument(input: { id: $id }) { userErrors { code } } }`,
      { id: issue },
      keeper,
    );
    expect(reversed.reverseStockDocument.userErrors).toEqual([]);
    const back = await eventually(async () => ((await unit())?.status === 'IN_STOCK' ? await unit() : null));
    expect(back).toMatchObject({
      status: 'IN_STOCK',
      placeKind: 'WAREHOUSE',
      subscriber: null,
      place: { code: 'MSK-CENTRAL' },
    });
    // Each document changed the unit once: created, then issued (status and place), then brought back.
    expect(back.history.map((h: any) => h.change)).toEqual(['PLACE', 'STATUS', 'PLACE', 'STATUS', 'CREATED']);
  });

  it('finds a unit by its QR, inventory number, MAC in any notation, serial, and IP or MAC prefix', async () => {
    const olt = (
      await ok(
        g,
        `query($id: ID!) { equipment(id: $id) { inventoryNumber macs managementIp labelPayload { code128 qr } } }`,
        {
          id: demoEquipmentId('olt-prm-1'),
        },
      )
    ).equipment;
    expect(olt.labelPayload).toEqual({ code128: olt.inventoryNumber, qr: `oss:eq:${olt.inventoryNumber}` });
    const mac = olt.macs[0] as string;
    const cisco = mac
      .replaceAll(':', '')
      .toLowerCase()
      .replace(/(.{4})(?=.)/g, '$1.');
    for (const code of [
      olt.labelPayload.qr,
      `https://oss.example/eq/${olt.inventoryNumber}`,
      olt.inventoryNumber,
      cisco,
      mac.replaceAll(':', '-'),
      'demo-olt-prm-1',
    ]) {
      const found = await ok(g, `query($code: String!) { equipmentByCode(code: $code) { id } }`, { code });
      expect(found.equipmentByCode?.id, code).toBe(demoEquipmentId('olt-prm-1'));
    }
    const byIp = await ok(g, `query($s: String) { equipmentList(filter: { search: $s }) { nodes { id } } }`, {
      s: olt.managementIp,
    });
    expect(byIp.equipmentList.nodes.map((n: any) => n.id)).toEqual([demoEquipmentId('olt-prm-1')]);
    for (const [prefix, count] of [
      ['10.0.1.', 4],
      ['10.0.1', 4],
      ['10.0.1.1', 1],
      ['10.0', 9],
    ] as const) {
      const sub = await ok(g, `query($s: String) { equipmentList(filter: { search: $s }) { totalCount } }`, {
        s: prefix,
      });
      expect(sub.equipmentList.totalCount, prefix).toBe(count);
    }
    const byPrefix = await ok(
      g,
      `query($s: String) { equipmentList(first: 100, filter: { search: $s, roles: [CPE] }) { totalCount } }`,
      {
        s: 'e0:24:7f',
      },
    );
    expect(byPrefix.equipmentList.totalCount).toBe(DEMO_CPE.last - DEMO_CPE.first + 1);
  });

  it('refuses bad input with a code and a path, writing nothing', async () => {
    const count = async () => (await ok(g, `{ equipmentList { totalCount } }`)).equipmentList.totalCount;
    const before = await count();
    const site = (await ok(g, `{ networkSites { id code } }`)).networkSites.find(
      (s: any) => s.code === 'SPB-PRM-POP1',
    ).id;
    const REGISTER = `mutation($input: RegisterEquipmentInput!) { registerEquipment(input: $input) {
      equipment { id ports { id name } } userErrors { code field } } }`;
    const register = async (input: Record<string, unknown>) =>
      (
        await ok(g, REGISTER, {
          input: { modelId: ontModel, role: 'ACCESS', placeKind: 'SITE', placeId: site, ...input },
        })
      ).registerEquipment;
    const codes = async (input: Record<string, unknown>) =>
      (await register(input)).userErrors.map((e: any) => `${e.code}@${e.field.join('.')}`);
    expect(await codes({ serial: 'BAD-MAC', macs: ['00:1A:2B:3C:4D'] })).toEqual([
      'INVALID_MAC@input.macs.0',
    ]);
    expect(await codes({ serial: 'BAD-IP', managementIp: '10.0.0.256' })).toEqual([
      'INVALID_IP@input.managementIp',
    ]);
    expect(
      await codes({
        serial: 'DEMO-OLT-PRM-1',
        modelId: (await ok(g, `{ catalogItemBySku(sku: "OLT-MA5800X7") { id } }`)).catalogItemBySku.id,
      }),
    ).toEqual(['DUPLICATE_SERIAL@input.serial']);
    expect(await count()).toBe(before);

    const a = await register({
      serial: `A-${randomUUID().slice(0, 6)}`,
      ports: [
        { name: 'up', index: 0, type: 'SFP' },
        { name: 'p1', index: 1, type: 'SFP' },
      ],
    });
    const b = await register({
      serial: `B-${randomUUID().slice(0, 6)}`,
      ports: [
        { name: 'up', index: 0, type: 'SFP' },
        { name: 'p1', index: 1, type: 'SFP' },
      ],
    });
    const [aUp, aDown] = a.equipment.ports.map((p: any) => p.id);
    const [bUp, bDown] = b.equipment.ports.map((p: any) => p.id);
    const CONNECT = `mutation($u: ID!, $d: ID!) { connectLink(input: { upstreamPortId: $u, downstreamPortId: $d }) { link { id } userErrors { code field } } }`;
    const connect = async (u: string, d: string) => (await ok(g, CONNECT, { u, d })).connectLink;
    expect((await connect(aDown, aUp)).userErrors).toEqual([
      { code: 'SELF_LINK', field: ['input', 'downstreamPortId'] },
    ]);
    expect((await connect(aDown, bUp)).userErrors).toEqual([]); // b hangs on a
    expect((await connect(bDown, aUp)).userErrors).toEqual([
      { code: 'LINK_LOOP', field: ['input', 'upstreamPortId'] },
    ]);
    expect((await connect(aDown, bDown)).userErrors[0].code).toBe('PORT_BUSY');

    // A unit the warehouse holds is installed only once it is issued.
    const inStock = await eventually(
      async () =>
        (
          await ok(
            g,
            `query($w: ID!) { equipmentList(first: 1, filter: { warehouseId: $w, statuses: [IN_STOCK] }) { nodes { id } } }`,
            { w: central },
          )
        ).equipmentList.nodes[0],
    );
    const install = await ok(
      g,
      `mutation($id: ID!, $s: ID!) { installEquipment(input: { id: $id, siteId: $s }) { equipment { status } userErrors { code field } } }`,
      { id: inStock.id, s: site },
    );
    expect(install.installEquipment.userErrors).toEqual([{ code: 'NOT_ISSUED', field: ['input', 'id'] }]);
    // INSTALLED → DECOMMISSIONED → WRITTEN_OFF, which is final.
    const status = await ok(
      g,
      `mutation($id: ID!) {
        a: changeEquipmentStatus(input: { id: $id, status: IN_STOCK }) { userErrors { code field } }
        b: changeEquipmentStatus(input: { id: $id, status: DECOMMISSIONED }) { equipment { status } }
        c: changeEquipmentStatus(input: { id: $id, status: WRITTEN_OFF }) { equipment { status } }
        d: changeEquipmentStatus(input: { id: $id, status: IN_STOCK }) { equipment { status } userErrors { code } } }`,
      { id: b.equipment.id },
    );
    expect(status.a.userErrors).toEqual([{ code: 'TRANSITION_NOT_ALLOWED', field: ['input', 'status'] }]);
    expect([status.b.equipment.status, status.c.equipment.status]).toEqual(['DECOMMISSIONED', 'WRITTEN_OFF']);
    expect(status.d).toEqual({ equipment: null, userErrors: [{ code: 'TRANSITION_NOT_ALLOWED' }] });
  });

  it('registers units from CSV with every row error reported, and nothing written in ALL_OR_NOTHING', async () => {
    const serial = () => `CSV-${randomUUID().slice(0, 8)}`;
    const good = serial();
    const csv = [
      'serial,model_sku,role,site_code,management_ip,macs',
      `${good},SW-S2326TP,ACCESS,SPB-CORE,10.9.0.1,00:1a:2b:99:00:01`,
      `${serial()},NO-SUCH-SKU,ACCESS,SPB-CORE,,`,
      `${serial()},ONT-HG8245H,ACCESS,NOWHERE,300.1.1.1,zz`,
      `${good},SW-S2326TP,ACCESS,SPB-CORE,,`,
    ].join('\n');
    const IMPORT = `mutation($input: EquipmentCsvImportInput!) { importEquipmentCsv(input: $input) {
      registered skipped errors { line column code } userErrors { code } } }`;
    const all = await ok(g, IMPORT, { input: { csv } });
    expect(all.importEquipmentCsv.registered).toBe(0);
    expect(all.importEquipmentCsv.errors.map((e: any) => `${e.line}:${e.column}:${e.code}`)).toEqual([
      '3:model_sku:NOT_FOUND',
      '4:management_ip:INVALID_IP',
      '4:macs:INVALID_MAC',
      '5:serial:DUPLICATE_SERIAL',
    ]);
    const none = await ok(g, `query($c: String!) { equipmentByCode(code: $c) { id } }`, { c: good });
    expect(none.equipmentByCode).toBeNull();
    const some = await ok(g, IMPORT, { input: { csv, mode: 'VALID_ROWS_ONLY' } });
    expect(some.importEquipmentCsv.registered).toBe(1);
    const made = await ok(
      g,
      `query($c: String!) { equipmentByCode(code: $c) { status place { ... on NetworkSite { code } } macs } }`,
      { c: good },
    );
    expect(made.equipmentByCode).toEqual({
      status: 'INSTALLED',
      place: { code: 'SPB-CORE' },
      macs: ['00:1A:2B:99:00:01'],
    });
  });

  it('registers units from a CSV naming more models than one request to the graph may ask about', async () => {
    // Every equipment model of the demo catalog by SKU, one by id, a material and an unknown SKU: 15 models
    // to look up, more than the gateway's 10 root fields a request.
    const skus = [
      'ONT-HG8245H',
      'ONT-F670L',
      'ONT-HG8310M',
      'RTR-AX53',
      'RTR-KN1010',
      'OLT-MA5800X7',
      'OLT-C320',
      'SW-S2326TP',
      'SW-SNR2985',
      'SW-MES3324F',
      'SW-DES3200-28',
      'SFP-GPON-CPLUS',
    ];
    const run = randomUUID().slice(0, 8).toUpperCase();
    const serial = (i: number) => `CSVM-${run}-${String(i).padStart(2, '0')}`;
    const csv = [
      'serial,model_sku,model_id,role,site_code',
      ...skus.map((sku, i) => `${serial(i)},${sku},,ACCESS,SPB-CORE`),
      `${serial(12)},,${ontModel},CPE,SPB-CORE`,
      `${serial(13)},CBL-FTTH-1,,PASSIVE,SPB-CORE`,
      `${serial(14)},NO-SUCH-SKU-${run},,ACCESS,SPB-CORE`,
    ].join('\n');
    const { importEquipmentCsv } = await ok(
      g,
      `mutation($input: EquipmentCsvImportInput!) { importEquipmentCsv(input: $input) {
        registered skipped errors { line column code } userErrors { code } } }`,
      { input: { csv, mode: 'VALID_ROWS_ONLY' } },
    );
    expect(importEquipmentCsv).toEqual({
      registered: 13,
      skipped: 2,
      errors: [
        { line: 15, column: 'model_sku', code: 'NOT_EQUIPMENT_MODEL' },
        { line: 16, column: 'model_sku', code: 'NOT_FOUND' },
      ],
      userErrors: [],
    });
    const { equipmentList } = await ok(
      g,
      `query($s: String!) { equipmentList(first: 20, filter: { search: $s }) { nodes { serial model { sku } } } }`,
      { s: `CSVM-${run}` },
    );
    expect(equipmentList.nodes.map((n: any) => `${n.serial} ${n.model.sku}`).sort()).toEqual(
      [...skus, 'ONT-HG8245H'].map((sku, i) => `${serial(i)} ${sku}`),
    );
  });

  it('reconciles units with the warehouse: agreement is an empty report, a difference is listed', async () => {
    const RECONCILE = `{ equipmentReconciliation { checked differences { serial problem equipment { id } } } }`;
    // Events arrive in any order and assets catches up: the two agree once every document is applied.
    let last: unknown = null;
    const agreed = await eventually(async () => {
      const r = await ok(g, RECONCILE);
      last = r.equipmentReconciliation.differences;
      return r.equipmentReconciliation.differences.length === 0 ? r : null;
    }, 90_000);
    expect(agreed?.equipmentReconciliation.checked, JSON.stringify(last)).toBeGreaterThan(0);
    const unit = (
      await ok(
        g,
        `query($w: ID!) { equipmentList(first: 1, filter: { warehouseId: $w, statuses: [IN_STOCK] }) { nodes { id serial } } }`,
        {
          w: central,
        },
      )
    ).equipmentList.nodes[0];
    await ok(
      g,
      `mutation($id: ID!) { changeEquipmentStatus(input: { id: $id, status: LOST, reason: "не нашли" }) { userErrors { code } } }`,
      {
        id: unit.id,
      },
    );
    const after = await ok(g, RECONCILE);
    expect(after.equipmentReconciliation.differences).toEqual([
      { serial: unit.serial, problem: expect.stringContaining('LOST'), equipment: { id: unit.id } },
    ]);
  }, 120_000);

  it('gives an event scoped to units the subscribers they serve, and follows the topology under it', async () => {
    const olt = demoEquipmentId('olt-vbg-1');
    const served = (
      await ok(g, `query($id: ID!) { equipment(id: $id) { servedSubscribers { id } } }`, { id: olt })
    ).equipment.servedSubscribers
      .map((s: any) => s.id)
      .sort();
    expect(served.length).toBeGreaterThan(10);
    const EVENT = `query($id: ID!) { companyEvent(id: $id) { scope { servedAt } affectedSubscribers(first: 100) { totalCount nodes { id } } } }`;
    const created = await ok(
      g,
      `mutation($input: CreateCompanyEventInput!) { createCompanyEvent(input: $input) { event { id } userErrors { code } } }`,
      {
        input: {
          type: 'OUTAGE',
          title: 'Отказ OLT-VBG-1',
          startsAt: new Date(Date.now() - 60_000).toISOString(),
          endsAt: new Date(Date.now() + 3_600_000).toISOString(),
          scope: { kind: 'EQUIPMENT', equipmentIds: [olt] },
        },
      },
      'CUSTOMER_CARE',
    );
    const id = created.createCompanyEvent.event.id;
    const event = (await ok(g, EVENT, { id }, 'CUSTOMER_CARE')).companyEvent;
    expect(event.scope.servedAt).not.toBeNull();
    expect(event.affectedSubscribers.nodes.map((n: any) => n.id).sort()).toEqual(served);
    const someone = served[0];
    const active = await ok(
      g,
      `query($s: ID!) { subscriber(id: $s) { activeEvents { id } } }`,
      { s: someone },
      'CUSTOMER_CARE',
    );
    expect(active.subscriber.activeEvents.map((e: any) => e.id)).toContain(id);

    // A new ONT at demo subscriber 260's premises, hung on the OLT: the event touches them too, soon.
    const newcomer = demoId('subscriber', 260);
    const ont = await ok(
      g,
      `mutation($input: RegisterEquipmentInput!) { registerEquipment(input: $input) { equipment { id ports { id } } userErrors { code field } } }`,
      {
        input: {
          serial: `ONT-${randomUUID().slice(0, 8)}`,
          modelId: ontModel,
          role: 'CPE',
          placeKind: 'PREMISES',
          placeId: demoId('premises', 260),
          ports: [{ name: 'PON', index: 0, type: 'GPON' }],
        },
      },
    );
    expect(ont.registerEquipment.userErrors).toEqual([]);
    const free = (
      await ok(g, `query($id: ID!) { equipment(id: $id) { ports { id link { id } } } }`, { id: olt })
    ).equipment.ports.find((p: any, i: number) => i > 0 && !p.link);
    const linked = await ok(
      g,
      `mutation($u: ID!, $d: ID!) { connectLink(input: { upstreamPortId: $u, downstreamPortId: $d }) { userErrors { code } } }`,
      { u: free.id, d: ont.registerEquipment.equipment.ports[0].id },
    );
    expect(linked.connectLink.userErrors).toEqual([]);
    const grown = await eventually(async () => {
      const e = (await ok(g, EVENT, { id }, 'CUSTOMER_CARE')).companyEvent;
      return e.affectedSubscribers.nodes.some((n: any) => n.id === newcomer) ? e : null;
    });
    expect(grown?.affectedSubscribers.totalCount).toBe(served.length + 1);
  });

  it('gives an event scoped to more units than one request may name the subscribers of them all', async () => {
    const numbers = Array.from({ length: 23 }, (_, i) => DEMO_CPE.first + i);
    const created = await ok(
      g,
      `mutation($input: CreateCompanyEventInput!) { createCompanyEvent(input: $input) { event { id } userErrors { code } } }`,
      {
        input: {
          type: 'PLANNED_WORK',
          title: 'Замена ONT в подъезде',
          startsAt: new Date(Date.now() + 3_600_000).toISOString(),
          endsAt: new Date(Date.now() + 7_200_000).toISOString(),
          scope: { kind: 'EQUIPMENT', equipmentIds: numbers.map((n) => demoEquipmentId(`ont-${n}`)) },
        },
      },
      'CUSTOMER_CARE',
    );
    expect(created.createCompanyEvent.userErrors).toEqual([]);
    const { companyEvent } = await ok(
      g,
      `query($id: ID!) { companyEvent(id: $id) { scope { servedAt } affectedSubscribers(first: 100) { nodes { id } } } }`,
      { id: created.createCompanyEvent.event.id },
      'CUSTOMER_CARE',
    );
    expect(companyEvent.scope.servedAt).not.toBeNull();
    expect(companyEvent.affectedSubscribers.nodes.map((n: any) => n.id).sort()).toEqual(
      numbers.map((n) => demoId('subscriber', n)).sort(),
    );
  });
});
