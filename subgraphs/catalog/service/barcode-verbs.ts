import { and, eq, sql } from 'drizzle-orm';
import { type Tx, withTransaction } from '../../shared/db.ts';
import { DomainError, ErrorCode, isUniqueViolation, userError } from '../../shared/errors.ts';
import { parseInput } from '../../shared/validation.ts';
import type { CatalogContext } from '../context.ts';
import { CatalogEvent } from '../db/enums.ts';
import { barcodes, type ItemRow, items } from '../db/tables.ts';
import { internalBarcode } from './barcodes.ts';
import { addBarcodeInput, removeBarcodeInput } from './inputs.ts';
import { checkBarcodes, duplicateBarcodeError } from './item-rules.ts';
import { recordChange } from './record-change.ts';

async function lockItem(tx: Tx, id: string) {
  const [item] = await tx.db.select().from(items).where(eq(items.id, id)).for('update');
  if (!item) throw new DomainError(userError(ErrorCode.NOT_FOUND, 'No such item', ['input', 'itemId']));
  return item;
}

/**
 * Adds a barcode to an item. Without a code, the next internal Code 128 (`CAT000000001`, …) is assigned
 * from a sequence, so two clerks never get the same one.
 */
export async function addBarcode(ctx: CatalogContext, rawInput: unknown): Promise<ItemRow> {
  const input = parseInput(addBarcodeInput, rawInput);
  return withTransaction(ctx, async (tx) => {
    const item = await lockItem(tx, input.itemId);
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
    // Adding a code the item already has changes nothing (a retried scan).
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
      {
        entityType: 'CatalogItem',
        entityId: item.id,
        action: 'barcode.add',
        after: clean,
      },
      { name: CatalogEvent.ITEM_CHANGED, payload: { id: item.id, change: 'barcode' } },
    );
    return item;
  });
}

export async function removeBarcode(ctx: CatalogContext, rawInput: unknown): Promise<ItemRow> {
  const input = parseInput(removeBarcodeInput, rawInput);
  return withTransaction(ctx, async (tx) => {
    const [barcode] = await tx.db.delete(barcodes).where(eq(barcodes.id, input.barcodeId)).returning();
    if (!barcode)
      throw new DomainError(userError(ErrorCode.NOT_FOUND, 'No such barcode', ['input', 'barcodeId']));
    const item = await lockItem(tx, barcode.itemId);
    await recordChange(
      ctx,
      tx,
      {
        entityType: 'CatalogItem',
        entityId: item.id,
        action: 'barcode.remove',
        before: barcode,
      },
      { name: CatalogEvent.ITEM_CHANGED, payload: { id: item.id, change: 'barcode' } },
    );
    return item;
  });
}
