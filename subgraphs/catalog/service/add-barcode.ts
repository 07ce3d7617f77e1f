import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { DomainError, isUniqueViolation } from '../../shared/errors.ts';
import { barcodes, type ItemRow } from '../db/tables.ts';
import { internalBarcode } from '../domain/barcodes.ts';
import { BARCODE_TYPES } from '../domain/values.ts';
import { CatalogEvent } from '../events.ts';
import { uuid } from './fields.ts';
import { checkBarcodes, duplicateBarcodeError } from './item-checks.ts';
import { defineVerb, recordChange } from './kit.ts';
import { lockItem } from './locks.ts';

export const addBarcodeInput = z.object({
  itemId: uuid,
  type: z.enum(BARCODE_TYPES).nullish(),
  code: z.string().min(1).max(64).nullish(),
});

/**
 * Adds a barcode to an item. Without a code, the next internal Code 128 (`CAT000000001`, …) is assigned
 * from a sequence, so two clerks never get the same one. Adding a code the item already has changes
 * nothing (a retried scan).
 */
export const addBarcode = defineVerb({
  name: 'addCatalogItemBarcode',
  input: addBarcodeInput,
  run: async (ctx, input, tx): Promise<ItemRow> => {
    const item = await lockItem(tx, input.itemId, ['input', 'itemId']);
    let code = input.code;
    if (!code) {
      const [next] = await tx.db.execute<{ n: string }>(
        sql`select nextval('catalog.internal_barcode_seq') as n`,
      );
      code = internalBarcode(Number(next?.n));
    }
    const [clean] = await checkBarcodes(tx.db, [{ type: input.type ?? null, code }], item.id).catch(
      (error) => {
        // One barcode: report on `input.code`, not on a list position.
        if (error instanceof DomainError) {
          throw new DomainError(error.errors.map((e) => ({ ...e, field: ['input', 'code'] })));
        }
        throw error;
      },
    );
    if (!clean) return item;
    const [own] = await tx.db
      .select({ id: barcodes.id })
      .from(barcodes)
      .where(and(eq(barcodes.code, clean.code), eq(barcodes.itemId, item.id)));
    if (own) return item;
    try {
      await tx.db.insert(barcodes).values({ itemId: item.id, type: clean.type, code: clean.code });
    } catch (error) {
      // Another item took the code after the check: the unique index decides.
      if (isUniqueViolation(error, 'barcodes_code_uniq')) {
        throw duplicateBarcodeError(error, [clean], () => ['input', 'code']);
      }
      throw error;
    }
    await recordChange(
      ctx,
      tx,
      { entityType: 'CatalogItem', entityId: item.id, action: 'barcode.add', after: clean },
      { name: CatalogEvent.ITEM_CHANGED, payload: { id: item.id, change: 'barcode' } },
    );
    return item;
  },
});
