/**
 * The one way stock changes: moves written to the append-only ledger with the balances they change, in
 * the caller's transaction. Balance rows are locked in key order (no deadlock between two documents
 * touching the same items), availability is checked under the lock (two clerks posting the same stock
 * cannot both take it), and a serial moves only from where it is.
 */

import { type Fragment, inOneStatement, type Tx } from '../../shared/db.ts';
import { DomainError, type UserError, userError } from '../../shared/errors.ts';
import {
  formatQuantity,
  formatValue,
  type Milli,
  quantity as parseQuantity,
  value as parseValue,
  type Value,
  valueAtCost,
} from '../domain/decimal.ts';
import { holdsBalance, isWarehouse, type LocationKind } from '../domain/documents.ts';
import { WarehouseErrorCode as E } from '../domain/errors.ts';
import { publishStockLevels, type StockLevel, type StockLevelCause } from './live.ts';

/** A move to write: `value` fixed (a receipt at its cost, a reversal as it went) or taken at average cost. */
export interface LedgerMove {
  itemId: string;
  fromId: string;
  toId: string;
  quantity: Milli;
  /** The value it moves with; null: the source's moving-average cost (or 0 from outside). */
  value: Value | null;
  serials: readonly string[];
  lineId: string | null;
  /** Where a refusal of this move points, e.g. `['lines', 2, 'quantity']`. */
  field: (string | number)[];
  /** An issue for an order or a field task: its reservations of this item at the source are consumed. */
  consumes?: { forType: 'ORDER' | 'FIELD_TASK'; forId: string } | null;
}

export interface WrittenMove {
  itemId: string;
  fromId: string;
  toId: string;
  quantity: Milli;
  value: Value;
  serials: readonly string[];
  lineId: string | null;
}

interface Balance {
  onHand: Milli;
  reserved: Milli;
  value: Value;
  changed: boolean;
  /** What was available when the row was locked, before this change. */
  availableBefore: Milli;
  minimum: Milli | null;
}

const keyOf = (locationId: string, itemId: string) => `${locationId}|${itemId}`;

/**
 * Writes `moves` for document `documentId` and changes the balances they touch; throws a DomainError
 * (nothing written, the transaction rolls back) when a source lacks the available quantity or a serial
 * is not where the move takes it from. `kinds` gives each location's kind; `names` how to name a
 * location and an item in an error. The warehouses' changed levels are published as `cause`, sent with
 * the writes.
 */
export async function writeMoves(
  tx: Tx,
  documentId: string,
  moves: readonly LedgerMove[],
  kinds: ReadonlyMap<string, LocationKind>,
  describe: { location(id: string): string; item(id: string): string },
  cause: StockLevelCause,
): Promise<WrittenMove[]> {
  const prepared = await prepareMoves(tx, documentId, moves, kinds, describe);
  await Promise.all([
    prepared.writes.length ? inOneStatement(tx, prepared.writes) : null,
    publishStockLevels(tx, prepared.levels, { cause, documentId }),
  ]);
  return prepared.moves;
}

/**
 * `writeMoves` up to its last statement: the balance rows locked and checked, serials moved, and the
 * moves with the value each takes; the balances and the moves themselves come back as parts of one
 * statement (`inOneStatement`) for the caller to send with the rest of its change (the document posted,
 * its audit row and its event), while the balance rows are locked: the fewer round trips under the
 * lock, the more documents post each second on the same items. `levels` are the warehouses' balances
 * before and after, for the caller to publish (`publishStockLevels`) with that statement.
 */
export async function prepareMoves(
  tx: Tx,
  documentId: string,
  moves: readonly LedgerMove[],
  kinds: ReadonlyMap<string, LocationKind>,
  describe: { location(id: string): string; item(id: string): string },
): Promise<{ moves: WrittenMove[]; writes: Fragment[]; levels: StockLevel[] }> {
  const kindOf = (id: string) => kinds.get(id) as LocationKind;
  const keys = new Map<string, [string, string]>();
  for (const m of moves) {
    if (holdsBalance(kindOf(m.fromId))) keys.set(keyOf(m.fromId, m.itemId), [m.fromId, m.itemId]);
    if (holdsBalance(kindOf(m.toId))) keys.set(keyOf(m.toId, m.itemId), [m.toId, m.itemId]);
  }
  const sorted = [...keys.values()].sort(([a, b], [c, d]) => (a === c ? (b < d ? -1 : 1) : a < c ? -1 : 1));
  const locationIds = sorted.map(([l]) => l);
  const itemIds = sorted.map(([, i]) => i);
  const balances = new Map<string, Balance>();
  if (sorted.length) {
    // One statement makes the rows that do not exist yet and locks every row, in key order (the rows of
    // a multi-row INSERT are taken in the order given): ON CONFLICT DO UPDATE locks an existing row and
    // answers its latest committed figures, whoever wrote them while we waited.
    const rows = await tx.sql<
      {
        location_id: string;
        item_id: string;
        on_hand: string;
        reserved: string;
        value: string;
        minimum: string | null;
      }[]
    >`
      insert into warehouse.balances (location_id, item_id)
      select * from unnest(${locationIds}::uuid[], ${itemIds}::uuid[])
      on conflict (location_id, item_id) do update set location_id = excluded.location_id
      returning location_id, item_id, on_hand::text, reserved::text, value::text, minimum::text`;
    for (const r of rows) {
      const onHand = parseQuantity(r.on_hand);
      const reserved = parseQuantity(r.reserved);
      balances.set(keyOf(r.location_id, r.item_id), {
        onHand,
        reserved,
        value: parseValue(r.value),
        changed: false,
        availableBefore: onHand - reserved,
        minimum: r.minimum === null ? null : parseQuantity(r.minimum),
      });
    }
    const heldAny = [...balances.values()].some((b) => b.reserved > 0n);
    if (heldAny) await releaseExpired(tx, locationIds, itemIds, balances);
    await consumeReservations(tx, moves, balances);
  }

  const errors: UserError[] = [];
  const written: WrittenMove[] = [];
  for (const m of moves) {
    let moved = m.value ?? 0n;
    if (holdsBalance(kindOf(m.fromId))) {
      const from = balances.get(keyOf(m.fromId, m.itemId)) as Balance;
      const available = from.onHand - from.reserved;
      if (available < m.quantity) {
        errors.push(
          userError(
            E.INSUFFICIENT_STOCK,
            `${describe.location(m.fromId)} has ${formatQuantity(available < 0n ? 0n : available)} of ${describe.item(m.itemId)} available, ${formatQuantity(m.quantity)} asked`,
            m.field,
          ),
        );
        continue;
      }
      const left = from.onHand - m.quantity;
      // What leaves at moving-average cost; the last unit takes what value is left, so none is stranded.
      moved =
        left === 0n
          ? from.value
          : m.value !== null
            ? m.value < from.value
              ? m.value
              : from.value
            : (from.value * m.quantity + from.onHand / 2n) / from.onHand;
      from.onHand = left;
      from.value -= moved;
      from.changed = true;
    }
    if (holdsBalance(kindOf(m.toId))) {
      const to = balances.get(keyOf(m.toId, m.itemId)) as Balance;
      // From outside without a cost (a return): at the destination's own average, so it does not move.
      if (m.value === null && !holdsBalance(kindOf(m.fromId)) && to.onHand > 0n) {
        moved = (to.value * m.quantity + to.onHand / 2n) / to.onHand;
      }
      to.onHand += m.quantity;
      to.value += moved;
      to.changed = true;
    }
    written.push({ ...m, value: moved });
  }
  if (errors.length) throw new DomainError(errors);

  await moveSerials(tx, moves, kinds, describe);

  const changed = [...balances.entries()].filter(([, b]) => b.changed);
  const writes: Fragment[] = [];
  if (changed.length) {
    writes.push(tx.sql`
      update warehouse.balances b
      set on_hand = v.on_hand, reserved = v.reserved, value = v.value, updated_at = now()
      from unnest(
        ${changed.map(([k]) => k.split('|')[0] as string)}::uuid[],
        ${changed.map(([k]) => k.split('|')[1] as string)}::uuid[],
        ${changed.map(([, b]) => formatQuantity(b.onHand))}::text[]::numeric[],
        ${changed.map(([, b]) => formatQuantity(b.reserved))}::text[]::numeric[],
        ${changed.map(([, b]) => formatValue(b.value))}::text[]::numeric[]
      ) as v(location_id, item_id, on_hand, reserved, value)
      where b.location_id = v.location_id and b.item_id = v.item_id`);
  }
  if (written.length) {
    writes.push(tx.sql`
      insert into warehouse.moves (document_id, line_id, item_id, from_id, to_id, quantity, value, serials)
      select ${documentId}::uuid, v.line_id, v.item_id, v.from_id, v.to_id, v.quantity, v.value,
        coalesce(array(select jsonb_array_elements_text(v.serials)), '{}')
      from unnest(
        ${written.map((m) => m.lineId)}::uuid[],
        ${written.map((m) => m.itemId)}::uuid[],
        ${written.map((m) => m.fromId)}::uuid[],
        ${written.map((m) => m.toId)}::uuid[],
        ${written.map((m) => formatQuantity(m.quantity))}::text[]::numeric[],
        ${written.map((m) => formatValue(m.value))}::text[]::numeric[],
        ${written.map((m) => JSON.stringify(m.serials))}::text[]::jsonb[]
      ) as v(line_id, item_id, from_id, to_id, quantity, value, serials)`);
  }
  const levels: StockLevel[] = [];
  for (const [k, b] of changed) {
    const [warehouseId, itemId] = k.split('|') as [string, string];
    if (!isWarehouse(kindOf(warehouseId))) continue;
    levels.push({
      warehouseId,
      itemId,
      before: { available: b.availableBefore, minimum: b.minimum },
      after: { available: b.onHand - b.reserved, minimum: b.minimum },
    });
  }
  return { moves: written, writes, levels };
}

/** Reservations past their expiry stop holding stock: marked EXPIRED, their quantity and serials freed. */
async function releaseExpired(
  tx: Tx,
  locationIds: string[],
  itemIds: string[],
  balances: Map<string, Balance>,
): Promise<void> {
  const expired = await tx.sql<{ id: string; location_id: string; item_id: string; remaining: string }[]>`
    update warehouse.reservations r
    set status = 'EXPIRED', updated_at = now()
    from unnest(${locationIds}::uuid[], ${itemIds}::uuid[]) as k(location_id, item_id)
    where r.status = 'ACTIVE' and r.expires_at <= now()
      and r.location_id = k.location_id and r.item_id = k.item_id
    returning r.id, r.location_id, r.item_id, r.remaining`;
  if (!expired.length) return;
  for (const r of expired) {
    const b = balances.get(keyOf(r.location_id, r.item_id)) as Balance;
    b.reserved -= parseQuantity(r.remaining);
    b.changed = true;
  }
  await tx.sql`
    update warehouse.serials set reservation_id = null
    where reservation_id = any(${expired.map((r) => r.id)}::uuid[])`;
}

/**
 * An issue for an order or a field task takes what was reserved for it first: the reservations of the
 * same item at the same warehouse, oldest first, are consumed up to the quantity issued, and what they
 * held stops counting as reserved.
 */
async function consumeReservations(
  tx: Tx,
  moves: readonly LedgerMove[],
  balances: Map<string, Balance>,
): Promise<void> {
  const consuming = moves.filter((m) => m.consumes);
  if (!consuming.length) return;
  const { forType, forId } = (consuming[0] as LedgerMove).consumes as { forType: string; forId: string };
  const rows = await tx.sql<{ id: string; location_id: string; item_id: string; remaining: string }[]>`
    select id, location_id, item_id, remaining from warehouse.reservations
    where status = 'ACTIVE' and expires_at > now() and for_type = ${forType} and for_id = ${forId}
      and item_id = any(${consuming.map((m) => m.itemId)}::uuid[])
    order by created_at, id
    for update`;
  if (!rows.length) return;
  const wanted = new Map<string, Milli>();
  for (const m of consuming) {
    const k = keyOf(m.fromId, m.itemId);
    wanted.set(k, (wanted.get(k) ?? 0n) + m.quantity);
  }
  const updates: { id: string; remaining: Milli }[] = [];
  for (const r of rows) {
    const k = keyOf(r.location_id, r.item_id);
    const want = wanted.get(k) ?? 0n;
    if (want <= 0n) continue;
    const remaining = parseQuantity(r.remaining);
    const taken = remaining < want ? remaining : want;
    wanted.set(k, want - taken);
    const b = balances.get(k);
    if (!b) continue;
    b.reserved -= taken;
    b.changed = true;
    updates.push({ id: r.id, remaining: remaining - taken });
  }
  if (!updates.length) return;
  await tx.sql`
    update warehouse.reservations r
    set remaining = v.remaining,
        status = case when v.remaining = 0 then 'CONSUMED' else r.status end,
        updated_at = now()
    from unnest(${updates.map((u) => u.id)}::uuid[], ${updates.map((u) => formatQuantity(u.remaining))}::text[]::numeric[])
      as v(id, remaining)
    where r.id = v.id`;
  await tx.sql`
    update warehouse.serials set reservation_id = null
    where reservation_id = any(${updates.filter((u) => u.remaining === 0n).map((u) => u.id)}::uuid[])`;
}

/**
 * Each serial moves from where it is: a unit known to the warehouse must be at the move's source; one
 * it never saw may only come from outside (a supplier, a subscriber returning it). A unit another
 * order holds is not issued. A serial two writers receive at once meets the primary key.
 */
async function moveSerials(
  tx: Tx,
  moves: readonly LedgerMove[],
  kinds: ReadonlyMap<string, LocationKind>,
  describe: { location(id: string): string },
): Promise<void> {
  const wanted = moves.flatMap((m) => m.serials.map((serial, j) => ({ m, serial, j })));
  if (!wanted.length) return;
  const found = await tx.sql<
    {
      item_id: string;
      serial: string;
      location_id: string;
      reservation_id: string | null;
      for_type: string | null;
      for_id: string | null;
    }[]
  >`
    select s.item_id, s.serial, s.location_id, s.reservation_id, r.for_type, r.for_id
    from warehouse.serials s
    join unnest(${wanted.map((w) => w.m.itemId)}::uuid[], ${wanted.map((w) => w.serial)}::text[]) as k(item_id, serial)
      on s.item_id = k.item_id and s.serial = k.serial
    left join warehouse.reservations r on r.id = s.reservation_id
    for update of s`;
  const known = new Map(found.map((f) => [`${f.item_id}|${f.serial}`, f]));
  const errors: UserError[] = [];
  const fresh: { itemId: string; serial: string; to: string }[] = [];
  const moved: { itemId: string; serial: string; to: string }[] = [];
  for (const { m, serial, j } of wanted) {
    const at = [...m.field.slice(0, -1), 'serials', j];
    const current = known.get(`${m.itemId}|${serial}`);
    const fromOutside = !holdsBalance(kinds.get(m.fromId) as LocationKind);
    if (!current) {
      if (!fromOutside) {
        errors.push(
          userError(E.SERIAL_NOT_HERE, `Serial ${serial} is not at ${describe.location(m.fromId)}`, at),
        );
      } else fresh.push({ itemId: m.itemId, serial, to: m.toId });
      continue;
    }
    if (current.location_id !== m.fromId) {
      const where = holdsBalance(kinds.get(current.location_id) as LocationKind)
        ? `it is at ${describe.location(current.location_id)}`
        : 'it has left the warehouse';
      errors.push(
        userError(
          fromOutside ? E.DUPLICATE_SERIAL : E.SERIAL_NOT_HERE,
          `Serial ${serial} cannot come from ${describe.location(m.fromId)}: ${where}`,
          at,
        ),
      );
      continue;
    }
    if (
      current.reservation_id &&
      !(m.consumes && current.for_type === m.consumes.forType && current.for_id === m.consumes.forId)
    ) {
      errors.push(userError(E.SERIAL_RESERVED, `Serial ${serial} is reserved for another order or task`, at));
      continue;
    }
    moved.push({ itemId: m.itemId, serial, to: m.toId });
  }
  if (errors.length) throw new DomainError(errors);
  if (fresh.length) {
    try {
      await tx.sql`
        insert into warehouse.serials (item_id, serial, location_id)
        select * from unnest(${fresh.map((f) => f.itemId)}::uuid[], ${fresh.map((f) => f.serial)}::text[], ${fresh.map((f) => f.to)}::uuid[])`;
    } catch (error) {
      // Another document received the same new unit between our check and our insert.
      if ((error as { code?: string }).code !== '23505') throw error;
      const serial = /\(item_id, serial\)=\([^,]+, (.*)\)/.exec(
        (error as { detail?: string }).detail ?? '',
      )?.[1];
      throw new DomainError(
        userError(
          E.DUPLICATE_SERIAL,
          `Serial ${serial ?? ''} was received by another document just now`.trim(),
          null,
        ),
      );
    }
  }
  if (moved.length) {
    await tx.sql`
      update warehouse.serials s set location_id = v.location_id, reservation_id = null, updated_at = now()
      from unnest(${moved.map((f) => f.itemId)}::uuid[], ${moved.map((f) => f.serial)}::text[], ${moved.map((f) => f.to)}::uuid[])
        as v(item_id, serial, location_id)
      where s.item_id = v.item_id and s.serial = v.serial`;
  }
}

/** Value of `q` at a unit cost given as money text. */
export const valueAt = (q: Milli, unitCost: string): Value => valueAtCost(q, parseValue(unitCost));
