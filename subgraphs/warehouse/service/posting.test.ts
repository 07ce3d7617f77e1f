import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useServiceHarness } from '../../../test/helpers.ts';
import { toPayload } from '../../shared/errors.ts';
import { warehouse } from '../index.ts';
import { knownItem, serialItem, useKeeperPool } from '../test-factories.ts';
import { createDocument } from './create-document.ts';
import { postDocument } from './post-document.ts';
import { receiveTransfer } from './receive-transfer.ts';
import { expireReservations, releaseReservation, reserveStock } from './reservations.ts';
import { reverseDocument } from './reverse-document.ts';
import { updateDocument } from './update-document.ts';
import { createWarehouse } from './warehouses.ts';

const h = useServiceHarness(warehouse);
const { keeper, pool: database } = useKeeperPool(h, 24);

async function newWarehouse(kind: 'CENTRAL' | 'REGIONAL' | 'VAN' = 'CENTRAL', technicianId?: string) {
  const row = await createWarehouse(keeper(), {
    kind,
    code: `W-${randomUUID().slice(0, 8)}`,
    name: `Склад ${kind}`,
    ...(technicianId ? { technicianId } : {}),
  });
  return row.id;
}

async function posted(input: Record<string, unknown>) {
  const doc = await createDocument(keeper(), input);
  return postDocument(keeper(), { id: doc.id });
}

async function balance(warehouseId: string, itemId: string) {
  const [row] = await database().sql<{ on_hand: string; reserved: string; value: string }[]>`
    select on_hand::text, reserved::text, value::text from warehouse.balances
    where location_id = ${warehouseId} and item_id = ${itemId}`;
  return row
    ? { onHand: Number(row.on_hand), reserved: Number(row.reserved), value: Number(row.value) }
    : null;
}

async function ledgerConsistent() {
  const res = await h.execute(
    '{ stockLedgerCheck { consistent differences { ledgerOnHand balanceOnHand } serialDifferences { serial } } }',
  );
  return res.data?.stockLedgerCheck;
}

describe('posting stock documents', () => {
  it('receives at cost, issues at moving-average cost, and the ledger equals the balances', async () => {
    const w = await newWarehouse();
    const cable = await knownItem(h.database);
    await posted({
      type: 'RECEIPT',
      destinationId: w,
      lines: [{ itemId: cable, quantity: '100', unitCost: '10.00' }],
    });
    await posted({
      type: 'RECEIPT',
      destinationId: w,
      lines: [{ itemId: cable, quantity: '100', unitCost: '20.00' }],
    });
    expect(await balance(w, cable)).toEqual({ onHand: 200, reserved: 0, value: 3000 });
    const issue = await posted({
      type: 'ISSUE',
      sourceId: w,
      purpose: 'INTERNAL_USE',
      lines: [{ itemId: cable, quantity: '50.5' }],
    });
    expect(await balance(w, cable)).toEqual({ onHand: 149.5, reserved: 0, value: 2242.5 });
    const res = await h.execute(
      'query($id: ID!) { stockDocument(id: $id) { status total lines { unitCost cost } } }',
      { id: issue.id },
    );
    expect(res.data?.stockDocument).toEqual({
      status: 'POSTED',
      total: '757.50',
      lines: [{ unitCost: '15.00', cost: '757.50' }],
    });
    expect(await ledgerConsistent()).toEqual({ consistent: true, differences: [], serialDifferences: [] });
  });

  it('tells consumers the value each move went with, posted and reversed', async () => {
    const w = await newWarehouse();
    const cable = await knownItem(h.database);
    await posted({
      type: 'RECEIPT',
      destinationId: w,
      lines: [{ itemId: cable, quantity: '100', unitCost: '10.00' }],
    });
    await posted({
      type: 'RECEIPT',
      destinationId: w,
      lines: [{ itemId: cable, quantity: '100', unitCost: '20.00' }],
    });
    const issue = await posted({
      type: 'ISSUE',
      sourceId: w,
      purpose: 'INTERNAL_USE',
      lines: [{ itemId: cable, quantity: '50.5' }],
    });
    const event = async (name: string, id: string) => {
      const [job] = await database().sql<{ data: { lines: unknown[] } }[]>`
        select data from pgboss.job where name = ${name} and data->>'id' = ${id}`;
      return job?.data.lines;
    };
    const [customer] = await database().sql<{ id: string }[]>`
      select id from warehouse.locations where kind = 'CUSTOMER'`;
    expect(await event('warehouse.document.posted', issue.id)).toEqual([
      {
        itemId: cable,
        quantity: '50.5',
        serials: [],
        fromId: w,
        toId: customer?.id,
        value: '757.5000',
        condition: null,
      },
    ]);
    const movedAt = async (name: string, id: string) => {
      const [job] = await database().sql<{ at: string }[]>`
        select data->>'movedAt' as at from pgboss.job where name = ${name} and data->>'id' = ${id}`;
      return Number(job?.at);
    };
    const mirror = await reverseDocument(keeper(), { id: issue.id });
    // The reversal moved the stock after the issue did: its event says so, in whatever order they arrive.
    expect(await movedAt('warehouse.document.reversed', mirror.id)).toBeGreaterThan(
      await movedAt('warehouse.document.posted', issue.id),
    );
    expect(await event('warehouse.document.reversed', mirror.id)).toEqual([
      {
        itemId: cable,
        quantity: '50.5',
        serials: [],
        fromId: customer?.id,
        toId: w,
        value: '757.5000',
        condition: null,
      },
    ]);
  });

  it('tells consumers what assets needs: the condition of each returned line, and what a received transfer brought in', async () => {
    const w = await newWarehouse();
    const far = await newWarehouse();
    const ont = await serialItem(h.database);
    const lines = async (name: string, id: string) => {
      const [job] = await database().sql<{ data: { lines: Record<string, unknown>[] } }[]>`
        select data from pgboss.job where name = ${name} and data->>'id' = ${id}`;
      return job?.data.lines.map(({ serials, toId, condition }) => ({ serials, toId, condition }));
    };
    await posted({
      type: 'RECEIPT',
      destinationId: w,
      lines: [{ itemId: ont, quantity: '1', unitCost: '100.00', serials: ['RET-1'] }],
    });
    const ret = await posted({
      type: 'RETURN',
      destinationId: w,
      subscriberId: 'subscriber-7',
      lines: [
        { itemId: ont, quantity: '1', serials: ['RET-2'], condition: 'FAULTY' },
        { itemId: ont, quantity: '1', serials: ['RET-3'], condition: 'USED' },
      ],
    });
    expect(await lines('warehouse.document.posted', ret.id)).toEqual([
      { serials: ['RET-2'], toId: w, condition: 'FAULTY' },
      { serials: ['RET-3'], toId: w, condition: 'USED' },
    ]);
    const t = await posted({
      type: 'TRANSFER',
      sourceId: w,
      destinationId: far,
      viaTransit: true,
      lines: [{ itemId: ont, quantity: '1', serials: ['RET-1'] }],
    });
    await receiveTransfer(keeper(), { id: t.id });
    expect(await lines('warehouse.transfer.received', t.id)).toEqual([
      { serials: ['RET-1'], toId: far, condition: null },
    ]);
  });

  it('drafts a 5-line issue in 4 statements and posts it in 7 (two pairs sent together), begin and commit included', async () => {
    const w = await newWarehouse();
    const items = await Promise.all(Array.from({ length: 5 }, () => knownItem(h.database)));
    await posted({
      type: 'RECEIPT',
      destinationId: w,
      lines: items.map((itemId) => ({ itemId, quantity: '10', unitCost: '1.00' })),
    });
    const counted = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
      const before = database().stats.statements;
      const result = await work();
      return [result, database().stats.statements - before];
    };
    const [draft, drafting] = await counted(() =>
      createDocument(keeper(), {
        type: 'ISSUE',
        sourceId: w,
        purpose: 'INTERNAL_USE',
        lines: items.map((itemId) => ({ itemId, quantity: '1' })),
      }),
    );
    const [, posting] = await counted(() => postDocument(keeper(), { id: draft.id }));
    // Posting's seventh is the NOTIFY of the levels it changed, sent with its last statement.
    expect({ drafting, posting }).toEqual({ drafting: 4, posting: 7 });
  });

  it('answers and audits a draft and its posting as stored', async () => {
    const w = await newWarehouse();
    const item = await knownItem(h.database, { kind: 'GOODS' });
    const input = {
      type: 'RECEIPT',
      destinationId: w,
      supplierReference: 'INV-7',
      lines: [{ itemId: item, quantity: '4', unitCost: '2.50' }],
    };
    const draft = await createDocument(keeper(), input);
    expect(draft).toMatchObject({
      status: 'DRAFT',
      type: 'RECEIPT',
      destinationId: w,
      authorId: keeper().actor.id,
    });
    expect(draft.number).toMatch(/^RC-\d{4}-\d{6}$/);
    expect(draft.createdAt).toBeInstanceOf(Date);
    const done = await postDocument(keeper(), { id: draft.id });
    expect(done).toMatchObject({
      id: draft.id,
      number: draft.number,
      status: 'POSTED',
      postedBy: keeper().actor.id,
    });
    expect(done.postedAt).toBeInstanceOf(Date);
    expect(done.updatedAt).toBeInstanceOf(Date);
    const trail = await database().sql<{ action: string; before: unknown; after: unknown }[]>`
      select action, before, after from warehouse.audit_log
      where entity_type = 'StockDocument' and entity_id = ${draft.id} order by id`;
    const asJson = (row: object) => JSON.parse(JSON.stringify(row));
    expect(trail).toEqual([
      { action: 'create', before: null, after: { ...asJson(draft), lines: input.lines } },
      { action: 'post', before: asJson(draft), after: { status: 'POSTED' } },
    ]);
  });

  it('posts exactly 10 of 50 concurrent issues of 1 unit against 10 on hand; the rest are INSUFFICIENT_STOCK', async () => {
    const w = await newWarehouse();
    const item = await knownItem(h.database, { kind: 'GOODS' });
    await posted({
      type: 'RECEIPT',
      destinationId: w,
      lines: [{ itemId: item, quantity: '10', unitCost: '5.00' }],
    });
    const drafts = await Promise.all(
      Array.from({ length: 50 }, () =>
        createDocument(keeper(), {
          type: 'ISSUE',
          sourceId: w,
          purpose: 'INTERNAL_USE',
          lines: [{ itemId: item, quantity: '1' }],
        }),
      ),
    );
    const outcomes = await Promise.all(
      drafts.map((d) => toPayload('document', () => postDocument(keeper(), { id: d.id }))),
    );
    const codes = outcomes.map((o) => o.userErrors[0]?.code ?? 'POSTED');
    expect(codes.filter((c) => c === 'POSTED')).toHaveLength(10);
    expect(codes.filter((c) => c === 'INSUFFICIENT_STOCK')).toHaveLength(40);
    expect(await balance(w, item)).toEqual({ onHand: 0, reserved: 0, value: 0 });
    expect((await ledgerConsistent())?.consistent).toBe(true);
  });

  it('conserves totals over random transfers between 5 warehouses from many connections', async () => {
    const ws = await Promise.all(Array.from({ length: 5 }, () => newWarehouse('REGIONAL')));
    const items = await Promise.all(
      Array.from({ length: 3 }, () => knownItem(h.database, { kind: 'GOODS' })),
    );
    for (const w of ws) {
      await posted({
        type: 'RECEIPT',
        destinationId: w,
        lines: items.map((itemId) => ({ itemId, quantity: '200', unitCost: '3.00' })),
      });
    }
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const transfers = Array.from({ length: 1000 }, () => {
      const from = random(5);
      const to = (from + 1 + random(4)) % 5;
      return { from: ws[from]!, to: ws[to]!, item: items[random(3)]!, quantity: String(1 + random(40)) };
    });
    let next = 0;
    const outcomes: string[] = [];
    await Promise.all(
      Array.from({ length: 12 }, async () => {
        while (next < transfers.length) {
          const t = transfers[next++]!;
          const r = await toPayload('document', () =>
            posted({
              type: 'TRANSFER',
              sourceId: t.from,
              destinationId: t.to,
              lines: [{ itemId: t.item, quantity: t.quantity }],
            }),
          );
          outcomes.push(r.userErrors[0]?.code ?? 'POSTED');
        }
      }),
    );
    expect(new Set(outcomes)).toEqual(
      new Set(outcomes.filter((o) => o === 'POSTED' || o === 'INSUFFICIENT_STOCK')),
    );
    expect(outcomes.filter((o) => o === 'POSTED').length).toBeGreaterThan(500);
    const [totals] = await database().sql<{ on_hand: string; value: string }[]>`
      select sum(on_hand)::text as on_hand, sum(value)::text as value from warehouse.balances
      where location_id = any(${ws}::uuid[])`;
    expect(Number(totals?.on_hand)).toBe(5 * 3 * 200);
    expect(Number(totals?.value)).toBe(5 * 3 * 200 * 3);
    expect((await ledgerConsistent())?.consistent).toBe(true);
  }, 120_000);

  it('refuses a serial received twice and a serial issued from where it is not', async () => {
    const a = await newWarehouse();
    const b = await newWarehouse();
    const ont = await serialItem(h.database);
    await posted({
      type: 'RECEIPT',
      destinationId: a,
      lines: [{ itemId: ont, quantity: '2', unitCost: '3500.00', serials: ['sn-001', 'SN-002'] }],
    });
    const again = await toPayload('document', () =>
      posted({
        type: 'RECEIPT',
        destinationId: b,
        lines: [{ itemId: ont, quantity: '1', unitCost: '3500.00', serials: ['SN-001'] }],
      }),
    );
    expect(again.userErrors).toEqual([
      expect.objectContaining({ code: 'DUPLICATE_SERIAL', field: ['lines', '0', 'serials', '0'] }),
    ]);
    await posted({
      type: 'RECEIPT',
      destinationId: b,
      lines: [{ itemId: ont, quantity: '1', unitCost: '3500.00', serials: ['SN-003'] }],
    });
    const elsewhere = await toPayload('document', () =>
      posted({
        type: 'ISSUE',
        sourceId: b,
        purpose: 'SUBSCRIBER',
        lines: [{ itemId: ont, quantity: '1', serials: ['SN-002'] }],
      }),
    );
    expect(elsewhere.userErrors).toEqual([
      expect.objectContaining({ code: 'SERIAL_NOT_HERE', field: ['lines', '0', 'serials', '0'] }),
    ]);
    const issued = await posted({
      type: 'ISSUE',
      sourceId: a,
      purpose: 'SUBSCRIBER',
      subscriberId: 'sub-1',
      lines: [{ itemId: ont, quantity: '1', serials: ['SN-002'] }],
    });
    expect(issued.status).toBe('POSTED');
    const where = await h.execute(
      'query($i: ID!) { stockSerial(itemId: $i, serial: "sn-002") { location { kind } } }',
      { i: ont },
    );
    expect(where.data?.stockSerial).toEqual({ location: { kind: 'CUSTOMER' } });
    expect(await ledgerConsistent()).toEqual({ consistent: true, differences: [], serialDifferences: [] });
  });

  it('restores balances exactly on reversal, and refuses to reverse twice', async () => {
    const w = await newWarehouse();
    const item = await knownItem(h.database);
    const receipt = await posted({
      type: 'RECEIPT',
      destinationId: w,
      lines: [{ itemId: item, quantity: '30', unitCost: '7.77' }],
    });
    const issue = await posted({
      type: 'ISSUE',
      sourceId: w,
      purpose: 'INTERNAL_USE',
      lines: [{ itemId: item, quantity: '12.345' }],
    });
    const before = await balance(w, item);
    const mirror = await reverseDocument(keeper(), { id: issue.id });
    expect(mirror).toMatchObject({ status: 'POSTED', reversalOfId: issue.id });
    expect(await balance(w, item)).toEqual({ onHand: 30, reserved: 0, value: 233.1 });
    expect(before?.onHand).toBeCloseTo(17.655, 3);
    const twice = await toPayload('document', () => reverseDocument(keeper(), { id: issue.id }));
    expect(twice.userErrors.map((e) => e.code)).toEqual(['ALREADY_REVERSED']);
    const ofMirror = await toPayload('document', () => reverseDocument(keeper(), { id: mirror.id }));
    expect(ofMirror.userErrors.map((e) => e.code)).toEqual(['REVERSAL_NOT_REVERSIBLE']);
    await reverseDocument(keeper(), { id: receipt.id });
    expect(await balance(w, item)).toEqual({ onHand: 0, reserved: 0, value: 0 });
    expect((await ledgerConsistent())?.consistent).toBe(true);
  });

  it('holds a transfer in transit until the destination receives it', async () => {
    const a = await newWarehouse();
    const b = await newWarehouse();
    const item = await knownItem(h.database, { kind: 'GOODS' });
    await posted({
      type: 'RECEIPT',
      destinationId: a,
      lines: [{ itemId: item, quantity: '5', unitCost: '100.00' }],
    });
    const t = await posted({
      type: 'TRANSFER',
      sourceId: a,
      destinationId: b,
      viaTransit: true,
      lines: [{ itemId: item, quantity: '5' }],
    });
    expect(await balance(b, item)).toBeNull();
    expect(await balance(a, item)).toEqual({ onHand: 0, reserved: 0, value: 0 });
    await receiveTransfer(keeper(), { id: t.id });
    expect(await balance(b, item)).toEqual({ onHand: 5, reserved: 0, value: 500 });
    const again = await toPayload('document', () => receiveTransfer(keeper(), { id: t.id }));
    expect(again.userErrors.map((e) => e.code)).toEqual(['NOT_IN_TRANSIT']);
    expect((await ledgerConsistent())?.consistent).toBe(true);
  });

  it('keeps reserved stock from others, and an issue for the same task consumes its reservation', async () => {
    const w = await newWarehouse();
    const item = await knownItem(h.database, { kind: 'GOODS' });
    await posted({
      type: 'RECEIPT',
      destinationId: w,
      lines: [{ itemId: item, quantity: '10', unitCost: '1.00' }],
    });
    const r = await reserveStock(keeper(), {
      warehouseId: w,
      itemId: item,
      quantity: '8',
      forType: 'FIELD_TASK',
      forId: 'task-1',
    });
    const other = await toPayload('document', () =>
      posted({
        type: 'ISSUE',
        sourceId: w,
        purpose: 'INTERNAL_USE',
        lines: [{ itemId: item, quantity: '3' }],
      }),
    );
    expect(other.userErrors.map((e) => e.code)).toEqual(['INSUFFICIENT_STOCK']);
    await posted({
      type: 'ISSUE',
      sourceId: w,
      purpose: 'FIELD_TASK',
      fieldTaskId: 'task-1',
      lines: [{ itemId: item, quantity: '8' }],
    });
    expect(await balance(w, item)).toEqual({ onHand: 2, reserved: 0, value: 2 });
    const released = await toPayload('reservation', () => releaseReservation(keeper(), { id: r.id }));
    expect(released.userErrors.map((e) => e.code)).toEqual(['RESERVATION_NOT_ACTIVE']);
  });

  it('refuses bad documents with a code and a field, and writes nothing', async () => {
    const w = await newWarehouse();
    const cable = await knownItem(h.database);
    const ont = await serialItem(h.database);
    const count = async () =>
      (await database().sql<{ n: number }[]>`select count(*)::int as n from warehouse.documents`)[0]?.n;
    const before = await count();
    const cases: [Record<string, unknown>, string, string[]][] = [
      [
        { type: 'RECEIPT', destinationId: w, lines: [{ itemId: cable, quantity: '0', unitCost: '1.00' }] },
        'INVALID_QUANTITY',
        ['input', 'lines', '0', 'quantity'],
      ],
      [
        { type: 'RECEIPT', destinationId: w, lines: [{ itemId: cable, quantity: '-2', unitCost: '1.00' }] },
        'INVALID_QUANTITY',
        ['input', 'lines', '0', 'quantity'],
      ],
      [
        {
          type: 'RECEIPT',
          destinationId: w,
          lines: [{ itemId: ont, quantity: '1.5', unitCost: '1.00', serials: ['A'] }],
        },
        'FRACTIONAL_QUANTITY',
        ['input', 'lines', '0', 'quantity'],
      ],
      [
        {
          type: 'RECEIPT',
          destinationId: w,
          lines: [{ itemId: ont, quantity: '2', unitCost: '1.00', serials: ['A'] }],
        },
        'SERIAL_COUNT_MISMATCH',
        ['input', 'lines', '0', 'serials'],
      ],
      [
        {
          type: 'RECEIPT',
          destinationId: w,
          lines: [{ itemId: randomUUID(), quantity: '1', unitCost: '1.00' }],
        },
        'UNKNOWN_ITEM',
        ['input', 'lines', '0', 'itemId'],
      ],
      [
        {
          type: 'RECEIPT',
          destinationId: randomUUID(),
          lines: [{ itemId: cable, quantity: '1', unitCost: '1.00' }],
        },
        'UNKNOWN_WAREHOUSE',
        ['input', 'destinationId'],
      ],
      [
        { type: 'TRANSFER', sourceId: w, destinationId: w, lines: [{ itemId: cable, quantity: '1' }] },
        'SAME_WAREHOUSE',
        ['input', 'destinationId'],
      ],
      [
        { type: 'RECEIPT', destinationId: w, lines: [{ itemId: cable, quantity: '1' }] },
        'UNIT_COST_REQUIRED',
        ['input', 'lines', '0', 'unitCost'],
      ],
    ];
    for (const [input, code, field] of cases) {
      const r = await toPayload('document', () => createDocument(keeper(), input));
      expect(r.userErrors, JSON.stringify(input)).toEqual([expect.objectContaining({ code, field })]);
    }
    expect(await count()).toBe(before);
    const doc = await posted({
      type: 'RECEIPT',
      destinationId: w,
      lines: [{ itemId: cable, quantity: '1', unitCost: '1.00' }],
    });
    const again = await toPayload('document', () => postDocument(keeper(), { id: doc.id }));
    expect(again.userErrors.map((e) => e.code)).toEqual(['NOT_A_DRAFT']);
    const edit = await toPayload('document', () => updateDocument(keeper(), { id: doc.id, comment: 'x' }));
    expect(edit.userErrors.map((e) => e.code)).toEqual(['NOT_A_DRAFT']);
  });

  it('replays a post retried with the same idempotency key', async () => {
    const w = await newWarehouse();
    const item = await knownItem(h.database, { kind: 'GOODS' });
    const doc = await createDocument(keeper(), {
      type: 'RECEIPT',
      destinationId: w,
      lines: [{ itemId: item, quantity: '4', unitCost: '2.00' }],
    });
    const key = randomUUID();
    const [first, second] = await Promise.all([
      postDocument(keeper(), { id: doc.id, idempotencyKey: key }),
      postDocument(keeper(), { id: doc.id, idempotencyKey: key }),
    ]);
    expect(second.id).toBe(first.id);
    expect(await balance(w, item)).toEqual({ onHand: 4, reserved: 0, value: 8 });
  });

  it('sweeps a reservation past its expiry: stock available again, serials free, status EXPIRED', async () => {
    const w = await newWarehouse();
    const ont = await serialItem(h.database);
    await posted({
      type: 'RECEIPT',
      destinationId: w,
      lines: [{ itemId: ont, quantity: '2', unitCost: '100.00', serials: ['EXP-1', 'EXP-2'] }],
    });
    const r = await reserveStock(keeper(), {
      warehouseId: w,
      itemId: ont,
      serials: ['EXP-1'],
      forType: 'ORDER',
      forId: 'order-exp',
    });
    expect(await balance(w, ont)).toMatchObject({ onHand: 2, reserved: 1 });
    await database()
      .sql`update warehouse.reservations set expires_at = now() - interval '1 second' where id = ${r.id}`;
    expect(await expireReservations(database())).toBeGreaterThanOrEqual(1);
    expect(await balance(w, ont)).toMatchObject({ onHand: 2, reserved: 0 });
    const [serial] = await database().sql<{ reservation_id: string | null }[]>`
      select reservation_id from warehouse.serials where item_id = ${ont} and serial = 'EXP-1'`;
    expect(serial?.reservation_id).toBeNull();
    const [row] = await database().sql<
      { status: string }[]
    >`select status from warehouse.reservations where id = ${r.id}`;
    expect(row?.status).toBe('EXPIRED');
    expect(await expireReservations(database())).toBe(0);
  });

  it('finds a document by its number as scanned, whatever else mentions the number', async () => {
    const w = await newWarehouse();
    const item = await knownItem(h.database, { kind: 'GOODS' });
    const first = await createDocument(keeper(), {
      type: 'RECEIPT',
      destinationId: w,
      lines: [{ itemId: item, quantity: '1', unitCost: '1.00' }],
    });
    // A later document whose supplier reference starts with the first one's number.
    await createDocument(keeper(), {
      type: 'RECEIPT',
      destinationId: w,
      supplierReference: `${first.number}-A`,
      lines: [{ itemId: item, quantity: '1', unitCost: '1.00' }],
    });
    const res = await h.execute('query($n: String!) { stockDocumentByNumber(number: $n) { id number } }', {
      n: first.number.toLowerCase(),
    });
    expect(res.data?.stockDocumentByNumber).toEqual({ id: first.id, number: first.number });
  });
});
