import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import { anyText } from '../../shared/db.ts';
import { DomainError, ErrorCode, isUniqueViolation, type UserError, userError } from '../../shared/errors.ts';
import { barcodes, type ItemRow, packagings } from '../db/tables.ts';
import { cleanBarcodes } from '../domain/barcodes.ts';
import { CatalogErrorCode } from '../domain/errors.ts';
import { PACKAGINGS_MAX } from '../domain/values.ts';
import { CatalogEvent } from '../events.ts';
import { positiveQuantity, uuid } from './fields.ts';
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
    const withCode = input.packagings.flatMap((p, i) => (p.barcode ? [{ i, code: p.barcode }] : []));
    const { clean, errors: codeErrors } = cleanBarcodes(
      withCode.map((c) => ({ code: c.code })),
      ['input', 'packagings'],
    );
    // cleanBarcodes numbers its errors by position among the codes; point them at the packaging instead.
    for (const e of codeErrors) {
      const at = withCode[Number(e.field?.[2])]?.i ?? 0;
      errors.push({ ...e, field: ['input', 'packagings', String(at), 'barcode'] });
    }
    const codes = clean.map((c) => c.code);
    if (codes.length) {
      const onItems = await tx.db
        .select({ code: barcodes.code })
        .from(barcodes)
        .where(anyText(barcodes.code, codes));
      const onPackages = await tx.db
        .select({ code: packagings.barcode })
        .from(packagings)
        .where(and(anyText(packagings.barcode, codes), ne(packagings.itemId, item.id)));
      for (const { code } of [...onItems, ...onPackages]) {
        const at = withCode.find((c) => c.code.trim() === code)?.i ?? 0;
        errors.push(
          userError(CatalogErrorCode.DUPLICATE_BARCODE, `Barcode ${code} already identifies something else`, [
            'input',
            'packagings',
            at,
            'barcode',
          ]),
        );
      }
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
        if (isUniqueViolation(error, 'packagings_barcode_uniq')) {
          throw new DomainError(
            userError(
              CatalogErrorCode.DUPLICATE_BARCODE,
              'A package barcode was just taken by another item',
              ['input', 'packagings'],
            ),
          );
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
