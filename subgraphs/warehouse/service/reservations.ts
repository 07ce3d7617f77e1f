import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Database, withTransaction } from '../../shared/db.ts';
import { DomainError, ErrorCode, userError } from '../../shared/errors.ts';
import { balances, reservations } from '../db/tables.ts';
import { formatQuantity, isWhole, quantity as parseQuantity, units } from '../domain/decimal.ts';
import { isSerialTracked, normalizeSerial } from '../domain/documents.ts';
import { WarehouseErrorCode as E } from '../domain/errors.ts';
import { allLocations, itemFacts, locationName } from './documents.ts';
import { externalId, idempotencyKey, quantityText, uuid } from './fields.ts';
import { defineVerb, recordChange } from './kit.ts';
import { publishStockLevels } from './live.ts';

const WEEK_MS = 7 * 86_400_000;

export const reserveInput = z.object({
  warehouseId: uuid,
  itemId: uuid,
  quantity: quantityText.nullish(),
  serials: z.array(z.string().trim().min(1).max(100)).max(1_000).nullish(),
  forType: z.enum(['ORDER', 'FIELD_TASK']),
  forId: externalId,
  expiresAt: z.coerce.date().nullish(),
  idempotencyKey,
});

/**
 * Holds a quantity of an item at a warehouse, or specific units of a serial-tracked one, for an order or
 * a field task: what is held is not available to anyone else until it expires, is released, or the
 * issue for the same order or task consumes it. Checked under the balance's row lock.
 */
export const reserveStock = defineVerb({
  name: 'reserveStock',
  input: reserveInput,
  idempotent: true,
  async run(ctx, input, tx) {
    const all = await allLocations(tx);
    const warehouse = all.get(input.warehouseId);
    if (!warehouse || !['CENTRAL', 'REGIONAL', 'VAN'].includes(warehouse.kind)) {
      throw new DomainError(
        userError(E.UNKNOWN_WAREHOUSE, `No warehouse ${input.warehouseId}`, ['input', 'warehouseId']),
      );
    }
    const item = (await itemFacts(tx, [input.itemId])).get(input.itemId);
    if (!item)
      throw new DomainError(
        userError(E.UNKNOWN_ITEM, `No catalog item ${input.itemId}`, ['input', 'itemId']),
      );
    const serials = (input.serials ?? []).map(normalizeSerial);
    let q: bigint;
    try {
      q = input.quantity != null ? parseQuantity(input.quantity) : BigInt(serials.length) * 1000n;
    } catch {
      throw new DomainError(userError(E.INVALID_QUANTITY, 'Not a quantity', ['input', 'quantity']));
    }
    if (q <= 0n)
      throw new DomainError(
        userError(E.INVALID_QUANTITY, 'A quantity is more than zero', ['input', 'quantity']),
      );
    if (isSerialTracked(item)) {
      if (!isWhole(q))
        throw new DomainError(
          userError(E.FRACTIONAL_QUANTITY, `${item.sku} is counted in whole units`, ['input', 'quantity']),
        );
      if (serials.length && serials.length !== units(q)) {
        throw new DomainError(
          userError(E.SERIAL_COUNT_MISMATCH, `${units(q)} units, ${serials.length} serials`, [
            'input',
            'serials',
          ]),
        );
      }
    } else if (serials.length) {
      throw new DomainError(
        userError(E.SERIALS_NOT_TRACKED, `${item.sku} has no serial numbers`, ['input', 'serials']),
      );
    }
    const expiresAt = input.expiresAt ?? new Date(Date.now() + WEEK_MS);
    if (expiresAt.getTime() <= Date.now()) {
      throw new DomainError(
        userError(ErrorCode.VALIDATION, 'A reservation expires in the future', ['input', 'expiresAt']),
      );
    }
    await tx.sql`
      insert into warehouse.balances (location_id, item_id) values (${input.warehouseId}, ${input.itemId})
      on conflict do nothing`;
    const [balance] = await tx.sql<{ on_hand: string; reserved: string; minimum: string | null }[]>`
      select on_hand::text, reserved::text, minimum::text from warehouse.balances
      where location_id = ${input.warehouseId} and item_id = ${input.itemId} for update`;
    // What expired no longer holds anything.
    const [freed] = await tx.sql<{ total: string | null }[]>`
      with expired as (
        update warehouse.reservations set status = 'EXPIRED', updated_at = now()
        where status = 'ACTIVE' and expires_at <= now()
          and location_id = ${input.warehouseId} and item_id = ${input.itemId}
        returning id, remaining
      ), cleared as (
        update warehouse.serials set reservation_id = null
        where reservation_id in (select id from expired)
      )
      select sum(remaining)::text as total from expired`;
    const onHand = parseQuantity(balance?.on_hand ?? '0');
    const reserved = parseQuantity(balance?.reserved ?? '0') - parseQuantity(freed?.total ?? '0');
    const available = onHand - reserved;
    if (available < q) {
      throw new DomainError(
        userError(
          E.INSUFFICIENT_STOCK,
          `${locationName(all)(input.warehouseId)} has ${formatQuantity(available)} of ${item.sku} available, ${formatQuantity(q)} asked`,
          ['input', 'quantity'],
        ),
      );
    }
    const [row] = await tx.db
      .insert(reservations)
      .values({
        locationId: input.warehouseId,
        itemId: input.itemId,
        quantity: formatQuantity(q),
        remaining: formatQuantity(q),
        serials,
        forType: input.forType,
        forId: input.forId,
        expiresAt,
        createdBy: ctx.actor.id,
      })
      .returning();
    if (!row) throw new Error('insert returned no reservation');
    if (serials.length) {
      const held = await tx.sql<{ serial: string }[]>`
        update warehouse.serials set reservation_id = ${row.id}, updated_at = now()
        where item_id = ${input.itemId} and location_id = ${input.warehouseId}
          and serial = any(${serials}::text[]) and reservation_id is null
        returning serial`;
      const got = new Set(held.map((h) => h.serial));
      const missing = serials.findIndex((s) => !got.has(s));
      if (missing >= 0) {
        throw new DomainError(
          userError(
            E.SERIAL_NOT_HERE,
            `Serial ${serials[missing]} is not free at ${locationName(all)(input.warehouseId)}`,
            ['input', 'serials', missing],
          ),
        );
      }
    }
    await tx.db
      .update(balances)
      .set({ reserved: formatQuantity(reserved + q), updatedAt: new Date() })
      .where(sql`${balances.locationId} = ${input.warehouseId} and ${balances.itemId} = ${input.itemId}`);
    const minimum = balance?.minimum != null ? parseQuantity(balance.minimum) : null;
    await publishStockLevels(
      tx,
      [
        {
          warehouseId: row.locationId,
          itemId: row.itemId,
          // Before the reservation and the expiries it released.
          before: { available: onHand - parseQuantity(balance?.reserved ?? '0'), minimum },
          after: { available: available - q, minimum },
        },
      ],
      { cause: 'RESERVED', reservationId: row.id },
    );
    await recordChange(ctx, tx, {
      entityType: 'StockReservation',
      entityId: row.id,
      action: 'reserve',
      before: null,
      after: row,
    });
    return row;
  },
});

export const releaseInput = z.object({ id: uuid });

/** Gives back what a reservation still holds. Releasing one that no longer holds anything is refused. */
export const releaseReservation = defineVerb({
  name: 'releaseStockReservation',
  input: releaseInput,
  async run(ctx, input, tx) {
    const [before] = await tx.db
      .select()
      .from(reservations)
      .where(eq(reservations.id, input.id))
      .for('update');
    if (!before)
      throw new DomainError(userError(ErrorCode.NOT_FOUND, `No reservation ${input.id}`, ['input', 'id']));
    if (before.status !== 'ACTIVE') {
      throw new DomainError(
        userError(E.RESERVATION_NOT_ACTIVE, `The reservation is ${before.status.toLowerCase()}`, [
          'input',
          'id',
        ]),
      );
    }
    const [balance] = await tx.sql<{ on_hand: string; reserved: string; minimum: string | null }[]>`
      update warehouse.balances set reserved = reserved - ${before.remaining}::numeric, updated_at = now()
      where location_id = ${before.locationId} and item_id = ${before.itemId}
      returning on_hand::text, reserved::text, minimum::text`;
    if (!balance) throw new Error('the balance row is missing');
    await publishStockLevels(
      tx,
      [releasedLevel(before.locationId, before.itemId, balance, before.remaining)],
      {
        cause: 'RELEASED',
        reservationId: before.id,
      },
    );
    await tx.sql`update warehouse.serials set reservation_id = null where reservation_id = ${before.id}`;
    const [after] = await tx.db
      .update(reservations)
      .set({ status: 'RELEASED', updatedAt: new Date() })
      .where(eq(reservations.id, before.id))
      .returning();
    await recordChange(ctx, tx, {
      entityType: 'StockReservation',
      entityId: before.id,
      action: 'release',
      before,
      after,
    });
    return after!;
  },
});

/** A balance as an UPDATE that gave back `remaining` of its reserved quantity returns it, before and after. */
function releasedLevel(
  warehouseId: string,
  itemId: string,
  after: { on_hand: string; reserved: string; minimum: string | null },
  remaining: string,
) {
  const available = parseQuantity(after.on_hand) - parseQuantity(after.reserved);
  const minimum = after.minimum === null ? null : parseQuantity(after.minimum);
  return {
    warehouseId,
    itemId,
    before: { available: available - parseQuantity(remaining), minimum },
    after: { available, minimum },
  };
}

/**
 * Ends every reservation past its expiry: marked EXPIRED, its serials freed, what it still held no
 * longer reserved. The balance rows are locked first, in key order, as posting locks them, so the
 * sweep and a post never wait on each other in a circle. Returns how many expired.
 */
export async function expireReservations(database: Database): Promise<number> {
  return withTransaction({ database }, async (tx) => {
    await tx.sql`
      select 1 from warehouse.balances b
      where (b.location_id, b.item_id) in (
        select location_id, item_id from warehouse.reservations where status = 'ACTIVE' and expires_at <= now()
      )
      order by b.location_id, b.item_id
      for update`;
    const rows = await tx.sql<
      {
        n: number;
        location_id: string | null;
        item_id: string;
        on_hand: string;
        reserved: string;
        minimum: string | null;
        remaining: string;
      }[]
    >`
      with expired as (
        update warehouse.reservations set status = 'EXPIRED', updated_at = now()
        where status = 'ACTIVE' and expires_at <= now()
        returning id, location_id, item_id, remaining
      ), freed as (
        update warehouse.serials set reservation_id = null where reservation_id in (select id from expired)
      ), held as (
        select location_id, item_id, sum(remaining) as remaining from expired group by location_id, item_id
      ), released as (
        update warehouse.balances b set reserved = b.reserved - held.remaining, updated_at = now()
        from held where b.location_id = held.location_id and b.item_id = held.item_id
        returning b.location_id, b.item_id, b.on_hand, b.reserved, b.minimum, held.remaining
      )
      select c.n, r.location_id, r.item_id, r.on_hand::text, r.reserved::text, r.minimum::text,
        r.remaining::text
      from (select count(*)::int as n from expired) c left join released r on true`;
    const levels = rows.flatMap((r) =>
      r.location_id ? [releasedLevel(r.location_id, r.item_id, r, r.remaining)] : [],
    );
    await publishStockLevels(tx, levels, { cause: 'EXPIRED' });
    return rows[0]?.n ?? 0;
  });
}
