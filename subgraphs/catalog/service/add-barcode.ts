import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { isUniqueViolation } from '../../shared/errors.ts';
import { barcodes, type ItemRow } from '../db/tables.ts';
import { internalBarcode } from '../domain/barcodes.ts';
import { BARCODE_TYPES } from '../domain/values.ts';
import { CatalogEvent } from '../events.ts';
import { idempotencyKey, uuid } from './fields.ts';
import { checkBarcodes, duplicateBarcodeError } from './item-checks.ts';
import { defineVerb, recordChange } from './kit.ts';
import { lockItem } from './locks.ts';

export const addBarcodeInput = z.object({
  itemId: uuid,
  type: z.enum(BARCODE_TYPES).nullish(),
  code: z.string().min(1).max(64).nullish(),
  idempotencyKey,
});

/** One barcode: its errors are reported on `input.code`, not on a list position. */
const onCode = () => ['input', 'code'];

/**
 * Adds a barcode to an item. Without a code, the next internal Code 128 (`CAT000000001`, …) is assigned
 * from a sequence, so two clerks never get the same one; a request retried with its idempotency key
 * replays the first answer instead of assigning another. A code another item or any packaging carries is
 * refused; adding a code the item already has changes nothing (a retried scan).
 */
export const addBarcode = defineVerb({
  name: 'addCatalogItemBarcode',
  input: addBarcodeInput,
  idempotent: true,
  run: async (ctx, input, tx): Promise<ItemRow> => {
    const item = await lockItem(tx, input.itemId, ['input', 'itemId']);
    let code = input.code;
    if (!code) {
      const [next] = await tx.db.execute<{ n: string }>(
        sql`select nextval('catalog.internal_barcode_seq') as n`,
      );
      code = internalBarcode(Number(next?.n));
    }
    const { added } = await checkBarcodes(
      tx.db,
      [{ type: input.type ?? null, code }],
      { itemId: item.id },
      onCode,
    );
    const [clean] = added;
    if (!clean) return item; // the item has the code already
    try {
      await tx.db.insert(barcodes).values({ itemId: item.id, type: clean.type, code: clean.code });
    } catch (error) {
      // Another item took the code after the check: the unique index decides.
      if (isUniqueViolation(error, 'barcodes_code_uniq')) throw duplicateBarcodeError(error, [clean], onCode);
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
