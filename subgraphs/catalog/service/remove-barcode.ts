import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { DomainError, ErrorCode, userError } from '../../shared/errors.ts';
import { barcodes, type ItemRow } from '../db/tables.ts';
import { CatalogEvent } from '../events.ts';
import { uuid } from './fields.ts';
import { defineVerb, recordChange } from './kit.ts';
import { lockItem } from './locks.ts';

export const removeBarcodeInput = z.object({ barcodeId: uuid });

/** Takes a barcode off its item; the code is free for another item afterwards. */
export const removeBarcode = defineVerb({
  name: 'removeCatalogItemBarcode',
  input: removeBarcodeInput,
  run: async (ctx, input, tx): Promise<ItemRow> => {
    const [barcode] = await tx.db.delete(barcodes).where(eq(barcodes.id, input.barcodeId)).returning();
    if (!barcode)
      throw new DomainError(userError(ErrorCode.NOT_FOUND, 'No such barcode', ['input', 'barcodeId']));
    const item = await lockItem(tx, barcode.itemId, ['input', 'barcodeId']);
    await recordChange(
      ctx,
      tx,
      { entityType: 'CatalogItem', entityId: item.id, action: 'barcode.remove', before: barcode },
      { name: CatalogEvent.ITEM_CHANGED, payload: { id: item.id, change: 'barcode' } },
    );
    return item;
  },
});
