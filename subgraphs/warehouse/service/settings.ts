import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { DomainError, userError } from '../../shared/errors.ts';
import { balances, prefixes } from '../db/tables.ts';
import { quantity } from '../domain/decimal.ts';
import { type DocumentType, PREFIX } from '../domain/documents.ts';
import { WarehouseErrorCode as E } from '../domain/errors.ts';
import { allLocations, itemFacts } from './documents.ts';
import { documentType, quantityText, uuid } from './fields.ts';
import { defineVerb, recordChange } from './kit.ts';
import { publishStockLevels } from './live.ts';

export const setMinimumInput = z.object({ warehouseId: uuid, itemId: uuid, minimum: quantityText.nullish() });

/**
 * The level below which an item is short at a warehouse (`stockBelowMinimum`); null clears it. The
 * balance row is made if missing and locked first, so the minimum it replaces is the one subscribers
 * were last told of.
 */
export const setMinimum = defineVerb({
  name: 'setStockMinimum',
  input: setMinimumInput,
  async run(ctx, input, tx) {
    const all = await allLocations(tx);
    if (!['CENTRAL', 'REGIONAL', 'VAN'].includes(all.get(input.warehouseId)?.kind ?? '')) {
      throw new DomainError(
        userError(E.UNKNOWN_WAREHOUSE, `No warehouse ${input.warehouseId}`, ['input', 'warehouseId']),
      );
    }
    if (!(await itemFacts(tx, [input.itemId])).has(input.itemId)) {
      throw new DomainError(
        userError(E.UNKNOWN_ITEM, `No catalog item ${input.itemId}`, ['input', 'itemId']),
      );
    }
    if (input.minimum != null) {
      let q = -1n;
      try {
        q = quantity(input.minimum);
      } catch {}
      if (q < 0n)
        throw new DomainError(
          userError(E.INVALID_QUANTITY, 'A minimum is zero or more', ['input', 'minimum']),
        );
    }
    const [held] = await tx.sql<{ on_hand: string; reserved: string; minimum: string | null }[]>`
      insert into warehouse.balances (location_id, item_id) values (${input.warehouseId}, ${input.itemId})
      on conflict (location_id, item_id) do update set location_id = excluded.location_id
      returning on_hand::text, reserved::text, minimum::text`;
    const [row] = await tx.db
      .update(balances)
      .set({ minimum: input.minimum ?? null, updatedAt: new Date() })
      .where(and(eq(balances.locationId, input.warehouseId), eq(balances.itemId, input.itemId)))
      .returning();
    if (!held || !row) throw new Error('the balance row is missing');
    const available = quantity(held.on_hand) - quantity(held.reserved);
    await publishStockLevels(
      tx,
      [
        {
          warehouseId: row.locationId,
          itemId: row.itemId,
          before: { available, minimum: held.minimum === null ? null : quantity(held.minimum) },
          after: { available, minimum: row.minimum === null ? null : quantity(row.minimum) },
        },
      ],
      { cause: 'MINIMUM_SET' },
    );
    await recordChange(ctx, tx, {
      entityType: 'Warehouse',
      entityId: input.warehouseId,
      action: 'set-minimum',
      before: null,
      after: { itemId: input.itemId, minimum: input.minimum ?? null },
    });
    return row;
  },
});

export const setPrefixInput = z.object({ type: documentType, prefix: z.string().trim() });

/** The prefix new numbers of a type get; numbers given already stay as they are. */
export const setPrefix = defineVerb({
  name: 'setStockDocumentPrefix',
  input: setPrefixInput,
  async run(ctx, input, tx) {
    if (!PREFIX.test(input.prefix)) {
      throw new DomainError(
        userError(E.INVALID_PREFIX, 'A prefix is 1–10 capital Latin letters or digits', ['input', 'prefix']),
      );
    }
    const [row] = await tx.db
      .insert(prefixes)
      .values(input)
      .onConflictDoUpdate({ target: prefixes.type, set: { prefix: sql`excluded.prefix` } })
      .returning();
    await recordChange(ctx, tx, {
      entityType: 'StockDocumentPrefix',
      entityId: '00000000-0000-0000-0000-000000000000',
      action: 'set',
      before: null,
      after: row,
    });
    return row as { type: DocumentType; prefix: string };
  },
});
