import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  actorFor,
  passes,
  type Subscriber,
  subscribe,
  useServiceHarness,
  wsOperation,
} from '../../../test/helpers.ts';
import { signInternalToken } from '../../shared/auth.ts';
import { withTransaction } from '../../shared/db.ts';
import { toPayload } from '../../shared/errors.ts';
import { LIVE_PAYLOAD_MAX_BYTES, type LiveSubscription } from '../../shared/live.ts';
import type { Role } from '../../shared/roles.ts';
import { type RunningSubgraph, startSubgraphServer } from '../../shared/server.ts';
import { warehouse } from '../index.ts';
import { knownItem, useKeeperPool } from '../test-factories.ts';
import { createDocument } from './create-document.ts';
import { LiveChannel, type StockLevelsEvent } from './live.ts';
import { postDocument } from './post-document.ts';
import { receiveTransfer } from './receive-transfer.ts';
import { expireReservations, releaseReservation, reserveStock } from './reservations.ts';
import { reverseDocument } from './reverse-document.ts';
import { setMinimum } from './settings.ts';
import { createWarehouse } from './warehouses.ts';

/**
 * `stockLevelChanged` as the gateway reaches it: the warehouse subgraph's own server, graphql-ws with an
 * internal token, events published by verbs on another pool (another replica, as far as NOTIFY goes).
 */

const SECRET = 'warehouse-live-test-internal-secret-0123456789abcdef';

const LEVELS = `subscription($filter: StockLevelChangeFilter) {
  stockLevelChanged(filter: $filter) {
    previousAvailable available minimum belowMinimum crossed cause at
    document { number }
    reservation { id }
    balance { id onHand reserved available minimum sku warehouse { id } item { id } }
  }
}`;

interface Level {
  previousAvailable: string;
  available: string;
  minimum: string | null;
  belowMinimum: boolean;
  crossed: 'BELOW' | 'RECOVERED' | null;
  cause: string;
  at: string;
  document: { number: string } | null;
  reservation: { id: string } | null;
  balance: {
    id: string;
    onHand: string;
    reserved: string;
    available: string;
    minimum: string | null;
    sku: string;
    warehouse: { id: string };
    item: { id: string };
  };
}

const h = useServiceHarness(warehouse);
const { keeper } = useKeeperPool(h, 8);
let server: RunningSubgraph;
let sentinel: LiveSubscription<StockLevelsEvent>;
const open: Subscriber[] = [];

const subscribers = () => h.database.live.subscriberCount(LiveChannel.STOCK_LEVELS);

beforeAll(async () => {
  server = await startSubgraphServer({
    module: warehouse,
    database: h.database,
    events: h.events,
    logger: pino({ level: 'silent' }),
    internalSecret: SECRET,
    port: 0,
    development: true,
  });
  // The channel listens before any test subscribes, so a subscription counted by the hub receives every
  // event committed from then on (its own LISTEN would be in force only a round trip later).
  sentinel = await h.database.live.subscribe(LiveChannel.STOCK_LEVELS);
});

/** The notifications the sentinel holds, taken out of its buffer. */
async function notifications(): Promise<StockLevelsEvent[]> {
  const taken: StockLevelsEvent[] = [];
  while (sentinel.pending > 0) {
    const next = await sentinel.next();
    if (!next.done) taken.push(next.value);
  }
  return taken;
}

afterEach(async () => {
  await notifications();
  await Promise.all(open.splice(0).map((s) => s.close()));
  await passes(async () => expect(subscribers()).toBe(1), 10_000);
});

afterAll(async () => {
  await sentinel?.return();
  await server?.close();
});

/** A client of the subgraph subscribed to `stockLevelChanged(filter)`, once the hub counts it. */
async function watch(filter: Record<string, unknown> | null, role: Role = 'WAREHOUSE_KEEPER') {
  const before = subscribers();
  const token = await signInternalToken(actorFor(role), SECRET);
  const s = await subscribe(server.url, token, LEVELS, { filter });
  open.push(s);
  await passes(async () => expect(subscribers()).toBe(before + 1), 10_000);
  return s;
}

/** The first `n` events `s` received, once it has (any error fails the test). */
async function received(s: Subscriber, n: number): Promise<Level[]> {
  return passes(async () => {
    for (const e of s.events) expect(e.errors, JSON.stringify(e.errors)).toBeUndefined();
    expect(s.events.length).toBeGreaterThanOrEqual(n);
    return s.events.slice(0, n).map((e) => e.data?.stockLevelChanged as Level);
  }, 10_000);
}

/** `(warehouse, item, cause, crossed)` of each event, for comparing streams. */
const brief = (events: Level[], names: Record<string, string>) =>
  events.map(
    (e) =>
      `${names[e.balance.warehouse.id]}/${names[e.balance.item.id]} ${e.cause}${e.crossed ? ` ${e.crossed}` : ''}`,
  );

async function newWarehouse() {
  const row = await createWarehouse(keeper(), {
    kind: 'CENTRAL',
    code: `W-${randomUUID().slice(0, 8)}`,
    name: 'Склад',
  });
  return row.id;
}

async function posted(input: Record<string, unknown>) {
  const doc = await createDocument(keeper(), input);
  return postDocument(keeper(), { id: doc.id });
}

const receipt = (w: string, lines: [string, string][]) =>
  posted({
    type: 'RECEIPT',
    destinationId: w,
    lines: lines.map(([itemId, quantity]) => ({ itemId, quantity, unitCost: '1.00' })),
  });

const issue = (w: string, lines: [string, string][], extra: Record<string, unknown> = {}) =>
  posted({
    type: 'ISSUE',
    sourceId: w,
    purpose: 'INTERNAL_USE',
    lines: lines.map(([itemId, quantity]) => ({ itemId, quantity })),
    ...extra,
  });

const minimum = (warehouseId: string, itemId: string, value: string | null) =>
  setMinimum(keeper(), { warehouseId, itemId, minimum: value });

/** A warehouse holding 10 of a new item with a minimum of 5. */
async function stocked() {
  const w = await newWarehouse();
  const item = await knownItem(h.database);
  await receipt(w, [[item, '10']]);
  await minimum(w, item, '5');
  return { w, item };
}

describe('stockLevelChanged', () => {
  it('sends one event when a posted issue takes an item below its minimum, crossed BELOW', async () => {
    const { w, item } = await stocked();
    const other = await knownItem(h.database);
    const s = await watch({ warehouseIds: [w] });

    const doc = await issue(w, [[item, '6']]);
    await receipt(w, [[other, '1']]);

    const [fell, marker] = await received(s, 2);
    expect(fell).toEqual({
      previousAvailable: '10',
      available: '4',
      minimum: '5',
      belowMinimum: true,
      crossed: 'BELOW',
      cause: 'POSTED',
      at: expect.any(String),
      document: { number: doc.number },
      reservation: null,
      balance: {
        id: `${w}:${item}`,
        onHand: '4',
        reserved: '0',
        available: '4',
        minimum: '5',
        sku: `SKU-${item.slice(0, 8)}`,
        warehouse: { id: w },
        item: { id: item },
      },
    });
    expect(Number.isNaN(Date.parse(fell?.at ?? ''))).toBe(false);
    // The receipt after it is the next event: the issue sent exactly one.
    expect(marker).toMatchObject({ balance: { item: { id: other } }, crossed: null, belowMinimum: false });
    expect(s.events).toHaveLength(2);
  });

  it('sends nothing for a refused document, nor for a posting whose transaction rolls back', async () => {
    const { w, item } = await stocked();
    const s = await watch({ warehouseIds: [w] });

    const refused = await toPayload('document', () => issue(w, [[item, '11']]));
    expect(refused.userErrors.map((e) => e.code)).toEqual(['INSUFFICIENT_STOCK']);
    const draft = await createDocument(keeper(), {
      type: 'ISSUE',
      sourceId: w,
      purpose: 'INTERNAL_USE',
      lines: [{ itemId: item, quantity: '6' }],
    });
    const ctx = keeper();
    await expect(
      withTransaction(ctx, async (tx) => {
        await postDocument(ctx.inTransaction(tx), { id: draft.id });
        throw new Error('the unit of work fails after the post');
      }),
    ).rejects.toThrow('the unit of work fails');

    await minimum(w, item, '6');
    const [only] = await received(s, 1);
    expect(only).toMatchObject({
      cause: 'MINIMUM_SET',
      previousAvailable: '10',
      available: '10',
      minimum: '6',
      crossed: null,
    });
    expect(s.events).toHaveLength(1);
  });

  it('sends RECOVERED when a receipt brings the item back to its minimum', async () => {
    const { w, item } = await stocked();
    await issue(w, [[item, '6']]);
    const s = await watch({ itemIds: [item] });

    await receipt(w, [[item, '1']]);
    await receipt(w, [[item, '3']]);

    const [still, back] = await received(s, 2);
    expect(still).toMatchObject({ previousAvailable: '4', available: '5', belowMinimum: false });
    expect(still?.crossed).toBe('RECOVERED');
    expect(back).toMatchObject({
      previousAvailable: '5',
      available: '8',
      minimum: '5',
      belowMinimum: false,
      crossed: null,
      cause: 'POSTED',
    });
  });

  it('keeps to its filter: warehouses, items, and falls below the minimum only', async () => {
    const [w1, w2] = [await newWarehouse(), await newWarehouse()];
    const [i1, i2] = [await knownItem(h.database), await knownItem(h.database)];
    const names = { [w1]: 'w1', [w2]: 'w2', [i1]: 'i1', [i2]: 'i2' };
    const byWarehouse = await watch({ warehouseIds: [w1] });
    const byItem = await watch({ itemIds: [i2] });
    const falls = await watch({ warehouseIds: [w1, w2], belowMinimumOnly: true });
    const one = await watch({ warehouseIds: [w1], itemIds: [i1] });

    await receipt(w1, [
      [i1, '10'],
      [i2, '10'],
    ]);
    await receipt(w2, [
      [i1, '10'],
      [i2, '10'],
    ]);
    await minimum(w2, i2, '20');
    await minimum(w1, i1, '5');
    // Last, one document every subscription hears of: nothing can follow what each receives of it.
    await issue(w1, [
      [i1, '6'],
      [i2, '1'],
    ]);

    const sorted = (list: string[]) => [...list].sort();
    expect(sorted(brief(await received(byWarehouse, 5), names))).toEqual(
      sorted(['w1/i1 POSTED', 'w1/i2 POSTED', 'w1/i1 MINIMUM_SET', 'w1/i1 POSTED BELOW', 'w1/i2 POSTED']),
    );
    expect(brief(await received(byItem, 4), names)).toEqual([
      'w1/i2 POSTED',
      'w2/i2 POSTED',
      'w2/i2 MINIMUM_SET BELOW',
      'w1/i2 POSTED',
    ]);
    expect(brief(await received(falls, 2), names)).toEqual(['w2/i2 MINIMUM_SET BELOW', 'w1/i1 POSTED BELOW']);
    expect(brief(await received(one, 3), names)).toEqual([
      'w1/i1 POSTED',
      'w1/i1 MINIMUM_SET',
      'w1/i1 POSTED BELOW',
    ]);
    expect([byWarehouse, byItem, falls, one].map((s) => s.events.length)).toEqual([5, 4, 2, 3]);
  });

  it('follows reservations, their release and expiry, reversals, minimums and transfers', async () => {
    const { w, item } = await stocked();
    const w2 = await newWarehouse();
    const names = { [w]: 'w', [w2]: 'w2', [item]: 'i' };
    const s = await watch({ warehouseIds: [w, w2] });
    const order = randomUUID();

    const held = await reserveStock(keeper(), {
      warehouseId: w,
      itemId: item,
      quantity: '6',
      forType: 'ORDER',
      forId: order,
    });
    await releaseReservation(keeper(), { id: held.id });
    const lapsing = await reserveStock(keeper(), {
      warehouseId: w,
      itemId: item,
      quantity: '6',
      forType: 'ORDER',
      forId: order,
    });
    await h.database.sql`
      update warehouse.reservations set expires_at = now() - interval '1 second' where id = ${lapsing.id}`;
    expect(await expireReservations(h.database)).toBe(1);
    const out = await issue(w, [[item, '6']]);
    const mirror = await reverseDocument(keeper(), { id: out.id });
    await minimum(w, item, '12');
    await minimum(w, item, null);
    // Through IN_TRANSIT, which is no warehouse: an event where it leaves, one where it is received.
    const transfer = await posted({
      type: 'TRANSFER',
      sourceId: w,
      destinationId: w2,
      viaTransit: true,
      lines: [{ itemId: item, quantity: '2' }],
    });
    await receiveTransfer(keeper(), { id: transfer.id });
    // An issue for the order takes what was reserved for it: on hand and reserved fall together, what
    // is available does not, so the reservation sends an event and the issue none.
    await reserveStock(keeper(), {
      warehouseId: w,
      itemId: item,
      quantity: '2',
      forType: 'ORDER',
      forId: order,
    });
    await issue(w, [[item, '2']], { orderId: order });
    await minimum(w, item, '1');

    const events = await received(s, 12);
    expect(brief(events, names)).toEqual([
      'w/i RESERVED BELOW',
      'w/i RELEASED RECOVERED',
      'w/i RESERVED BELOW',
      'w/i EXPIRED RECOVERED',
      'w/i POSTED BELOW',
      'w/i REVERSED RECOVERED',
      'w/i MINIMUM_SET BELOW',
      'w/i MINIMUM_SET RECOVERED',
      'w/i POSTED',
      'w2/i RECEIVED',
      'w/i RESERVED',
      'w/i MINIMUM_SET',
    ]);
    expect(events.map((e) => [e.previousAvailable, e.available, e.minimum])).toEqual([
      ['10', '4', '5'],
      ['4', '10', '5'],
      ['10', '4', '5'],
      ['4', '10', '5'],
      ['10', '4', '5'],
      ['4', '10', '5'],
      ['10', '10', '12'],
      ['10', '10', null],
      ['10', '8', null],
      ['0', '2', null],
      ['8', '6', null],
      ['6', '6', '1'],
    ]);
    expect(events.map((e) => e.reservation?.id ?? null)).toEqual([
      held.id,
      held.id,
      lapsing.id,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      expect.any(String),
      null,
    ]);
    expect(events[5]?.document?.number).toBe(mirror.number);
    expect(events[9]?.document?.number).toBe(transfer.number);
    expect(s.events).toHaveLength(12);
  });

  it('sends an event for every line of a long document, over as many notifications as it takes', async () => {
    const w = await newWarehouse();
    const items = await Promise.all(Array.from({ length: 80 }, () => knownItem(h.database)));
    const s = await watch({ warehouseIds: [w] });

    await notifications();

    const doc = await receipt(
      w,
      items.map((i) => [i, '3']),
    );

    const events = await received(s, items.length);
    expect(new Set(events.map((e) => e.balance.item.id))).toEqual(new Set(items));
    expect(events.every((e) => e.previousAvailable === '0' && e.available === '3')).toBe(true);
    expect(events.every((e) => e.document?.number === doc.number)).toBe(true);
    const sent = await notifications();
    expect(sent.length).toBeGreaterThan(1);
    expect(sent.every((n) => n.documentId === doc.id)).toBe(true);
    expect(sent.flatMap((n) => n.levels)).toHaveLength(items.length);
    expect(Math.max(...sent.map((n) => Buffer.byteLength(JSON.stringify(n))))).toBeLessThanOrEqual(
      LIVE_PAYLOAD_MAX_BYTES,
    );
  });

  it('refuses a caller without the warehouse read scope', async () => {
    const token = await signInternalToken(actorFor('TECHNICIAN'), SECRET);
    const outcome = await wsOperation(
      server.url,
      { query: LEVELS, variables: { filter: null } },
      { authorization: `Bearer ${token}` },
    );
    // graphql-ws answers a subscription refused before its stream opens with one result and completes.
    expect(outcome.connected).toBe(true);
    expect(outcome.results.map((r) => r.data ?? null)).toEqual([null]);
    expect([...outcome.errors, ...outcome.results.flatMap((r) => r.errors ?? [])]).toEqual([
      expect.objectContaining({
        message: '`Subscription.stockLevelChanged` requires the scope warehouse:read',
        extensions: expect.objectContaining({ code: 'FORBIDDEN' }),
      }),
    ]);
    expect(subscribers()).toBe(1);
  });
});
