import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { DomainError, ErrorCode, isUniqueViolation, type UserError, userError } from '../../shared/errors.ts';
import { type ItemRow, packagings } from '../db/tables.ts';
import type { BarcodeField, CleanBarcode } from '../domain/barcodes.ts';
import { CatalogErrorCode } from '../domain/errors.ts';
import { PACKAGINGS_MAX } from '../domain/values.ts';
import { CatalogEvent } from '../events.ts';
import { positiveQuantity, uuid } from './fields.ts';
import { checkBarcodes, duplicateBarcodeError } from './item-checks.ts';
import { defineVerb, recordChange } from './kit.ts';
import { lockItem } from './locks.ts';

export const setPackagingsInput = z.object({
  itemId: uuid,
  packagings: z
    .array(
      z.object({
        name: z.string().trim().min(1, 'A packaging has a name').max(100, 'At most 100 characters'),
        barcode: z.string().trim().min(1).max(64).nullish(),
        quantity: positiveQuantity,
      }),
    )
    .max(PACKAGINGS_MAX, `At most ${PACKAGINGS_MAX} packagings`),
});

/**
 * Replaces an item's packagings (a 1,000 m drum, a pack of 100): each holds `quantity` of the item's own
 * unit, names are unique per item, a package barcode is a valid EAN-13 or Code 128 that no item and no
 * other packaging carries. A service has none. An empty list removes them all.
 */
export const setPackagings = defineVerb({
  name: 'setCatalogItemPackagings',
  input: setPackagingsInput,
  run: async (ctx, input, tx): Promise<ItemRow> => {
    const item = await lockItem(tx, input.itemId, ['input', 'itemId']);
    if (item.kind === 'SERVICE' && input.packagings.length) {
      throw new DomainError(
        userError(ErrorCode.VALIDATION, 'A service has no packagings', ['input', 'packagings']),
      );
    }
    const errors: UserError[] = [];
    const names = new Map<string, number>();
    input.packagings.forEach((p, i) => {
      const key = p.name.toLowerCase();
      if (names.has(key)) {
        errors.push(
          userError(CatalogErrorCode.DUPLICATE_PACKAGING, `"${p.name}" is given twice`, [
            'input',
            'packagings',
            i,
            'name',
          ]),
        );
      }
      names.set(key, i);
    });
    // Codes are checked in the order of the packagings that carry one; errors point at the packaging.
    const withCode = input.packagings.flatMap((p, i) => (p.barcode ? [{ i, code: p.barcode }] : []));
    const onPackaging: BarcodeField = (n) => ['input', 'packagings', withCode[n]?.i ?? 0, 'barcode'];
    let codes: CleanBarcode[] = [];
    try {
      ({ clean: codes } = await checkBarcodes(
        tx.db,
        withCode.map((c) => ({ code: c.code })),
        { itemId: item.id, packaging: true },
        onPackaging,
      ));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      errors.push(...error.errors);
    }
    if (errors.length) throw new DomainError(errors);
    const before = await tx.db.select().from(packagings).where(eq(packagings.itemId, item.id));
    await tx.db.delete(packagings).where(eq(packagings.itemId, item.id));
    let after: (typeof packagings.$inferSelect)[] = [];
    if (input.packagings.length) {
      try {
        after = await tx.db
          .insert(packagings)
          .values(
            input.packagings.map((p) => ({
              itemId: item.id,
              name: p.name,
              barcode: p.barcode?.trim() || null,
              quantity: p.quantity,
            })),
          )
          .returning();
      } catch (error) {
        // Another item's packaging took a code after the check: the unique index decides.
        if (isUniqueViolation(error, 'packagings_barcode_uniq')) {
          throw duplicateBarcodeError(error, codes, onPackaging);
        }
        throw error;
      }
    }
    await recordChange(
      ctx,
      tx,
      { entityType: 'CatalogItem', entityId: item.id, action: 'packagings.set', before, after },
      { name: CatalogEvent.ITEM_CHANGED, payload: { id: item.id, change: 'packagings' } },
    );
    return item;
  },
});
