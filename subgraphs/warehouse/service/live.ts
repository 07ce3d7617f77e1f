/**
 * The live events of the warehouse, on PostgreSQL NOTIFY (`shared/live.ts`): published in the transaction
 * of the change, so every replica of the subgraph sees each committed change of stock, and nothing
 * rolled back (a refused document, a unit of work that fails after the post).
 */
import type { Tx } from '../../shared/db.ts';
import { LIVE_PAYLOAD_MAX_BYTES, type LiveSubscription, publishLive } from '../../shared/live.ts';
import { formatQuantity, type Milli } from '../domain/decimal.ts';
import { isBelowMinimum, type MinimumCrossing, minimumCrossing } from '../domain/minimum.ts';

export const LiveChannel = {
  STOCK_LEVELS: 'warehouse_stock_levels',
} as const;

/** What changed a level (`StockLevelChangeCause` in the schema). */
export type StockLevelCause =
  | 'POSTED'
  | 'REVERSED'
  | 'RECEIVED'
  | 'RESERVED'
  | 'RELEASED'
  | 'EXPIRED'
  | 'MINIMUM_SET';

/** What is available of an item at a warehouse, and its minimum. */
export interface Level {
  available: Milli;
  minimum: Milli | null;
}

/** A (warehouse, item) before and after a change, as the verb making the change knows it. */
export interface StockLevel {
  warehouseId: string;
  itemId: string;
  before: Level;
  after: Level;
}

/** One (warehouse, item) of a notification. */
export interface StockLevelNote {
  warehouseId: string;
  itemId: string;
  previousAvailable: string;
  available: string;
  minimum: string | null;
  belowMinimum: boolean;
  crossed: MinimumCrossing | null;
}

/**
 * A notification on `warehouse_stock_levels`: the levels one transaction changed, with what changed them
 * (one transaction may send several when its levels do not fit in one).
 */
export interface StockLevelsEvent {
  cause: StockLevelCause;
  documentId: string | null;
  reservationId: string | null;
  /** ISO time of the change. */
  at: string;
  levels: StockLevelNote[];
}

/** One (warehouse, item) whose level changed: what a `stockLevelChanged` subscriber receives. */
export type StockLevelChangeEvent = StockLevelNote & Omit<StockLevelsEvent, 'levels'>;

/**
 * Publishes, in `tx`, each (warehouse, item) whose available quantity or minimum `levels` changed (the
 * others are left out), with the side of its minimum it is on and whether it has just crossed it. Every
 * change of a balance passes through here: posting, reversing and receiving documents (`ledger.ts`),
 * reservations made, released and expired, minimums set. Resolves at once when nothing changed.
 */
export async function publishStockLevels(
  tx: Tx,
  levels: readonly StockLevel[],
  source: { cause: StockLevelCause; documentId?: string | null; reservationId?: string | null },
): Promise<void> {
  const notes: StockLevelNote[] = [];
  for (const l of levels) {
    if (l.before.available === l.after.available && l.before.minimum === l.after.minimum) continue;
    notes.push({
      warehouseId: l.warehouseId,
      itemId: l.itemId,
      previousAvailable: formatQuantity(l.before.available),
      available: formatQuantity(l.after.available),
      minimum: l.after.minimum === null ? null : formatQuantity(l.after.minimum),
      belowMinimum: isBelowMinimum(l.after.available, l.after.minimum),
      crossed: minimumCrossing(l.before, l.after),
    });
  }
  if (!notes.length) return;
  const head = {
    cause: source.cause,
    documentId: source.documentId ?? null,
    reservationId: source.reservationId ?? null,
    at: new Date().toISOString(),
  };
  // Sent together (one round trip whatever their number), in order: NOTIFY keeps a transaction's order.
  await Promise.all(
    packed(head, notes).map((batch) => publishLive(tx, LiveChannel.STOCK_LEVELS, { ...head, levels: batch })),
  );
}

/** `notes` in as few batches as NOTIFY's payload limit allows, each with `head`, in order. */
function packed(head: object, notes: readonly StockLevelNote[]): StockLevelNote[][] {
  const empty = Buffer.byteLength(JSON.stringify({ ...head, levels: [] }));
  const batches: StockLevelNote[][] = [];
  let batch: StockLevelNote[] = [];
  let bytes = empty;
  for (const note of notes) {
    const size = Buffer.byteLength(JSON.stringify(note)) + 1;
    if (batch.length && bytes + size > LIVE_PAYLOAD_MAX_BYTES) {
      batches.push(batch);
      batch = [];
      bytes = empty;
    }
    batch.push(note);
    bytes += size;
  }
  if (batch.length) batches.push(batch);
  return batches;
}

/** `stockLevelChanged`'s filter (`StockLevelChangeFilter`). */
export interface StockLevelFilter {
  warehouseIds?: readonly string[] | null;
  itemIds?: readonly string[] | null;
  belowMinimumOnly?: boolean | null;
}

/**
 * Whether a level passes a subscription's filter; an empty or missing list keeps every id. Ids compare as
 * PostgreSQL prints UUIDs, in lower case.
 */
export function levelMatcher(filter: StockLevelFilter | null | undefined): (note: StockLevelNote) => boolean {
  const ids = (list: readonly string[] | null | undefined) =>
    list?.length ? new Set(list.map((id) => id.toLowerCase())) : null;
  const warehouses = ids(filter?.warehouseIds);
  const items = ids(filter?.itemIds);
  const fallsOnly = filter?.belowMinimumOnly === true;
  return (note) =>
    (!warehouses || warehouses.has(note.warehouseId)) &&
    (!items || items.has(note.itemId)) &&
    (!fallsOnly || note.crossed === 'BELOW');
}

/**
 * One event per (warehouse, item) of the notifications `source` receives, those `matches` keeps, in
 * order. Not an async generator: a generator's `return()` waits for the `next()` it is suspended in, so
 * a client leaving a quiet channel would keep its LISTEN until the next notification.
 */
export function eachLevel(
  source: LiveSubscription<StockLevelsEvent>,
  matches: (note: StockLevelNote) => boolean,
): AsyncIterableIterator<StockLevelChangeEvent> {
  const ready: StockLevelChangeEvent[] = [];
  const done = { value: undefined, done: true } as const;
  const iterator: AsyncIterableIterator<StockLevelChangeEvent> = {
    async next() {
      while (!ready.length) {
        const received = await source.next();
        if (received.done) return done;
        const { levels, ...head } = received.value;
        for (const note of levels) if (matches(note)) ready.push({ ...note, ...head });
      }
      return { value: ready.shift() as StockLevelChangeEvent, done: false };
    },
    async return() {
      ready.length = 0;
      await source.return();
      return done;
    },
    async throw(error?: unknown) {
      ready.length = 0;
      await source.return();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
