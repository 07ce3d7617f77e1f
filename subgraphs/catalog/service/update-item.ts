import { eq } from 'drizzle-orm';
import { withTransaction } from '../../shared/db.ts';
import { DomainError, ErrorCode, isUniqueViolation, userError } from '../../shared/errors.ts';
import { parseInput } from '../../shared/validation.ts';
import type { CatalogContext } from '../context.ts';
import { CatalogErrorCode, CatalogEvent, type ItemKind, type ItemStatus } from '../db/enums.ts';
import { type ItemRow, items } from '../db/tables.ts';
import { updateItemInput } from './inputs.ts';
import { activeCategory, checkCharacteristics, checkServiceType, checkTransition } from './item-rules.ts';
import { recordChange } from './record-change.ts';

/**
 * Changes an item's fields; status follows DRAFT → ACTIVE → DISCONTINUED; characteristics are re-checked
 * against the (possibly new) category's template.
 */
export async function updateItem(ctx: CatalogContext, rawInput: unknown): Promise<ItemRow> {
  const input = parseInput(updateItemInput, rawInput);
  return withTransaction(ctx, async (tx) => {
    const [before] = await tx.db.select().from(items).where(eq(items.id, input.id)).for('update');
    if (!before) throw new DomainError(userError(ErrorCode.NOT_FOUND, 'No such item', ['input', 'id']));
    const category = await activeCategory(tx, input.categoryId ?? before.categoryId, ['input', 'categoryId']);
    if (input.status) checkTransition(before.status as ItemStatus, input.status);
    const serviceType =
      input.serviceType === undefined
        ? before.serviceType
        : checkServiceType(before.kind as ItemKind, input.serviceType);
    // Moving to another category re-checks the values kept against the new template too.
    const characteristics =
      input.characteristics || input.categoryId
        ? await checkCharacteristics(tx.db, category, input.characteristics ?? before.characteristics)
        : before.characteristics;
    const keep = <T>(next: T | undefined, prev: T) => (next === undefined ? prev : next);
    try {
      const [row] = await tx.db
        .update(items)
        .set({
          sku: input.sku ?? before.sku,
          name: input.name ?? before.name,
          description: keep(input.description, before.description),
          categoryId: input.categoryId ?? before.categoryId,
          unit: input.unit ?? before.unit,
          manufacturer: keep(input.manufacturer, before.manufacturer),
          vendorPartNumber: keep(input.vendorPartNumber, before.vendorPartNumber),
          characteristics,
          serviceType,
          attachments: input.attachments ?? before.attachments,
          status: input.status ?? before.status,
          updatedAt: new Date(),
        })
        .where(eq(items.id, before.id))
        .returning();
      const after = row as ItemRow;
      await recordChange(
        ctx,
        tx,
        {
          entityType: 'CatalogItem',
          entityId: after.id,
          action: 'update',
          before,
          after,
        },
        { name: CatalogEvent.ITEM_CHANGED, payload: { id: after.id, change: 'updated' } },
      );
      return after;
    } catch (error) {
      if (isUniqueViolation(error, 'items_sku_uniq')) {
        throw new DomainError(
          userError(CatalogErrorCode.DUPLICATE_SKU, `SKU "${input.sku}" is already in the catalog`, [
            'input',
            'sku',
          ]),
        );
      }
      throw error;
    }
  });
}
