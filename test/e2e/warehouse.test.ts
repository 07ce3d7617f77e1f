import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { signDevToken } from '../../gateway/auth.ts';
import { LiveChannel } from '../../subgraphs/warehouse/service/live.ts';
import { eventually, type GraphHarness, passes, subscribe, useGraph } from '../helpers.ts';

/**
 * The warehouse as its users reach it: through the gateway, over the demo catalog and the demo stock
 * (`seed: true`): the read model of the catalog filled and kept true through the graph, documents
 * posted by a keeper, stock on the catalog's items, and a technician confined to their van.
 */

const CREATE = `mutation($input: CreateStockDocumentInput!) {
  createStockDocument(input: $input) { document { id number status } userErrors { code field } } }`;
const POST = `mutation($input: PostStockDocumentInput!) {
  postStockDocument(input: $input) { document { id status } userErrors { code field } } }`;
const STOCK = `query($id: ID!) {
  catalogItem(id: $id) { name stock { warehouse { code } onHand } stockTotals { onHand } } }`;
const FALLS = `subscription($w: [ID!], $i: [ID!]) {
  stockLevelChanged(filter: { warehouseIds: $w, itemIds: $i, belowMinimumOnly: true }) {
    previousAvailable available minimum belowMinimum crossed cause
    document { number }
    balance { sku available warehouse { code } item { name } }
  } }`;

/** Creates and posts a document as `token`'s caller; the posted document, or the first refusal's code. */
async function createAndPost(g: GraphHarness, token: string, input: Record<string, unknown>) {
  const created = await g.request(CREATE, { token, variables: { input } });
  expect(created.body.errors).toBeUndefined();
  const { document, userErrors } = created.body.data?.createStockDocument ?? {};
  if (userErrors.length) return { code: userErrors[0].code as string, document: null };
  const posted = await g.request(POST, {
    token,
    variables: { input: { id: document.id, idempotencyKey: randomUUID() } },
  });
  expect(posted.body.errors).toBeUndefined();
  const result = posted.body.data?.postStockDocument;
  return { code: (result.userErrors[0]?.code as string) ?? null, document: result.document };
}

describe('the warehouse through the gateway', () => {
  const g = useGraph({ seed: true });
  const sqlOf = () => {
    const warehouse = g.graph.subgraphs.get('warehouse');
    if (!warehouse) throw new Error('no warehouse subgraph');
    return warehouse.database.sql;
  };
  let keeper: string;
  let central: string;
  let goods: { id: string; sku: string; name: string };

  beforeAll(async () => {
    keeper = await g.token('WAREHOUSE_KEEPER');
    const catalog = await g.request('{ catalogItems(first: 1) { totalCount } }');
    const expected = catalog.body.data?.catalogItems.totalCount as number;
    expect(expected).toBeGreaterThan(10);
    const known = await eventually(async () => {
      const [row] = await sqlOf()<{ n: number }[]>`select count(*)::int as n from warehouse.catalog_items`;
      return (row?.n ?? 0) >= expected ? (row?.n as number) : 0;
    });
    expect(known).toBe(expected);
    const [item] = await sqlOf()<{ id: string; sku: string; name: string }[]>`
      select id, sku, name from warehouse.catalog_items where kind = 'GOODS' order by sku limit 1`;
    goods = item as typeof goods;
    const res = await g.request('{ warehouses(filter: { kind: CENTRAL }) { id code } }', { token: keeper });
    central = res.body.data?.warehouses[0].id;
    // The demo stock follows the fill (two receipts, five transfers, three issues); wait for all of it
    // so the figures below start from a settled stock.
    const stocked = await eventually(async () => {
      const r = await g.request('{ stockDocuments(first: 1, filter: { status: POSTED }) { totalCount } }', {
        token: keeper,
      });
      return (r.body.data?.stockDocuments.totalCount ?? 0) >= 10;
    });
    expect(stocked).toBe(true);
  });

  it('fills the read model from the catalog and posts the demo stock consistently', async () => {
    const res = await g.request(
      '{ stockLedgerCheck { consistent } stockDocuments(first: 1, filter: { type: RECEIPT }) { totalCount } }',
      { token: keeper },
    );
    expect(res.body.data).toEqual({
      stockLedgerCheck: { consistent: true },
      stockDocuments: { totalCount: 2 },
    });
  });

  it('federates the stock a keeper receives onto the catalog item', async () => {
    const before = await g.request(STOCK, { token: keeper, variables: { id: goods.id } });
    const atCentral = (r: typeof before) =>
      Number(
        ((r.body.data?.catalogItem?.stock ?? []) as { warehouse: { code: string }; onHand: string }[]).find(
          (s) => s.warehouse.code === 'MSK-CENTRAL',
        )?.onHand ?? 0,
      );
    const total = Number(before.body.data?.catalogItem.stockTotals.onHand);
    const { code, document } = await createAndPost(g, keeper, {
      type: 'RECEIPT',
      destinationId: central,
      supplierReference: 'Накладная № 77',
      lines: [{ itemId: goods.id, quantity: '7', unitCost: '10.00' }],
    });
    expect(code).toBeNull();
    expect(document.status).toBe('POSTED');
    const after = await g.request(STOCK, { token: keeper, variables: { id: goods.id } });
    expect(after.body.errors).toBeUndefined();
    expect(after.body.data?.catalogItem.name).toBe(goods.name);
    expect(atCentral(after)).toBe(atCentral(before) + 7);
    expect(Number(after.body.data?.catalogItem.stockTotals.onHand)).toBe(total + 7);
  });

  it('confines a technician to their own van', async () => {
    // A technician's actor id is their token's subject; their van names it.
    const subject = `tech-e2e-${randomUUID().slice(0, 8)}`;
    const technician = await signDevToken({ role: 'TECHNICIAN', subject }, g.graph.config.jwt.secret);
    const made = await g.request(
      `mutation($input: CreateWarehouseInput!) { createWarehouse(input: $input) { warehouse { id code } userErrors { code } } }`,
      {
        token: keeper,
        variables: {
          input: {
            kind: 'VAN',
            code: `VAN-${subject}`,
            name: 'Автомобиль монтажника',
            technicianId: subject,
          },
        },
      },
    );
    const van = made.body.data?.createWarehouse.warehouse as { id: string; code: string };
    expect(van.code).toBe(`VAN-${subject}`);
    const stocked = await createAndPost(g, keeper, {
      type: 'TRANSFER',
      sourceId: central,
      destinationId: van.id,
      lines: [{ itemId: goods.id, quantity: '3' }],
    });
    expect(stocked.code).toBeNull();

    const seen = await g.request(
      '{ warehouses { code } stockBalances(first: 100) { nodes { warehouse { code } sku onHand } } }',
      { token: technician },
    );
    expect(seen.body.errors).toBeUndefined();
    expect(seen.body.data).toEqual({
      warehouses: [{ code: van.code }],
      stockBalances: { nodes: [{ warehouse: { code: van.code }, sku: goods.sku, onHand: '3' }] },
    });

    const issued = await createAndPost(g, technician, {
      type: 'ISSUE',
      sourceId: van.id,
      purpose: 'SUBSCRIBER',
      subscriberId: 'subscriber-e2e-1',
      lines: [{ itemId: goods.id, quantity: '1' }],
    });
    expect(issued).toEqual({ code: null, document: expect.objectContaining({ status: 'POSTED' }) });
    const fromCentral = await createAndPost(g, technician, {
      type: 'ISSUE',
      sourceId: central,
      purpose: 'SUBSCRIBER',
      subscriberId: 'subscriber-e2e-1',
      lines: [{ itemId: goods.id, quantity: '1' }],
    });
    expect(fromCentral).toEqual({ code: 'NOT_YOUR_VAN', document: null });
    const left = await g.request('{ stockBalances(first: 10) { nodes { onHand } } }', { token: technician });
    expect(left.body.data?.stockBalances.nodes).toEqual([{ onHand: '2' }]);
  });

  it('streams an item falling below its minimum to a subscriber through the gateway, named by the catalog', async () => {
    const hub = g.graph.subgraphs.get('warehouse')?.database.live;
    if (!hub) throw new Error('no warehouse subgraph');
    // The channel listens before the client subscribes, so the subscription is ready once the hub counts it.
    const sentinel = await hub.subscribe(LiveChannel.STOCK_LEVELS);
    try {
      const client = await subscribe(g.url, keeper, FALLS, { w: [central], i: [goods.id] });
      await passes(async () => expect(hub.subscriberCount(LiveChannel.STOCK_LEVELS)).toBe(2), 20_000);
      const balance = await g.request(
        'query($w: ID!, $i: ID!) { stockBalances(first: 1, filter: { warehouseId: $w, itemId: $i }) { nodes { available } } }',
        { token: keeper, variables: { w: central, i: goods.id } },
      );
      const available = Number(balance.body.data?.stockBalances.nodes[0].available);
      expect(available).toBeGreaterThan(1);
      const minimum = await g.request(
        'mutation($input: SetStockMinimumInput!) { setStockMinimum(input: $input) { userErrors { code } } }',
        {
          token: keeper,
          variables: { input: { warehouseId: central, itemId: goods.id, minimum: String(available) } },
        },
      );
      expect(minimum.body.data?.setStockMinimum.userErrors).toEqual([]);
      const issued = await createAndPost(g, keeper, {
        type: 'ISSUE',
        sourceId: central,
        purpose: 'INTERNAL_USE',
        lines: [{ itemId: goods.id, quantity: '1' }],
      });
      expect(issued.code).toBeNull();
      const [event] = await passes(async () => {
        expect(client.events.length).toBeGreaterThan(0);
        return client.events;
      }, 20_000);
      expect(event?.errors).toBeUndefined();
      expect(event?.data?.stockLevelChanged).toEqual({
        previousAvailable: String(available),
        available: String(available - 1),
        minimum: String(available),
        belowMinimum: true,
        crossed: 'BELOW',
        cause: 'POSTED',
        document: { number: expect.stringMatching(/-\d{4}-\d{6}$/) },
        balance: {
          sku: goods.sku,
          available: String(available - 1),
          warehouse: { code: 'MSK-CENTRAL' },
          item: { name: goods.name },
        },
      });
      expect(client.events).toHaveLength(1);
      await client.close();
      await passes(async () => expect(hub.subscriberCount(LiveChannel.STOCK_LEVELS)).toBe(1), 20_000);
    } finally {
      await sentinel.return();
    }
  });

  it('follows a rename in the catalog into its read model', async () => {
    const name = `Патч-корд SC/APC 3 м (переименован ${randomUUID().slice(0, 4)})`;
    const renamed = await g.request(
      `mutation($input: UpdateCatalogItemInput!) { updateCatalogItem(input: $input) { item { name } userErrors { code } } }`,
      { role: 'CATALOG_MANAGER', variables: { input: { id: goods.id, name } } },
    );
    expect(renamed.body.errors).toBeUndefined();
    expect(renamed.body.data?.updateCatalogItem.userErrors).toEqual([]);
    const seen = await eventually(async () => {
      const [row] = await sqlOf()<{ name: string }[]>`
        select name from warehouse.catalog_items where id = ${goods.id}`;
      return row?.name === name ? row.name : null;
    }, 20_000);
    expect(seen).toBe(name);
    const balance = await g.request(
      'query($w: ID!) { stockBalances(first: 100, filter: { warehouseId: $w }) { nodes { sku name } } }',
      { token: keeper, variables: { w: central } },
    );
    expect(balance.body.data?.stockBalances.nodes).toContainEqual({ sku: goods.sku, name });
  });
});
