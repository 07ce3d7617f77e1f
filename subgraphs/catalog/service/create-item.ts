import { withTransaction } from '../../shared/db.ts';
import { DomainError, isUniqueViolation, userError } from '../../shared/errors.ts';
import { idempotent } from '../../shared/idempotency.ts';
import { parseInput } from '../../shared/validation.ts';
import type { CatalogContext } from '../context.ts';
import { CatalogErrorCode, CatalogEvent } from '../db/enums.ts';
import { barcodes, type ItemRow, idempotencyKeys, items } from '../db/tables.ts';
import { createItemInput } from './inputs.ts';
import {
  activeCategory,
  checkBarcodes,
  checkCharacteristics,
  checkServiceType,
  duplicateBarcodeError,
} from './item-rules.ts';
import { recordChange } from './record-change.ts';

/**
 * Creates a catalog item in an active category: its SKU and barcodes are unique across the catalog, its
 * characteristics follow the category's template, a service says whether it is one-time or recurring.
 */
export async function createItem(ctx: CatalogContext, rawInput: unknown): Promise<ItemRow> {
  const { idempotencyKey, ...data } = parseInput(createItemInput, rawInput);
  return withTransaction(ctx, async (tx) => {
    const { value } = await idempotent(
      tx,
      idempotencyKeys,
      { actorId: ctx.actor.id, operation: 'createCatalogItem', key: idempotencyKey, input: data },
      async () => {
        const category = await activeCategory(tx, data.categoryId, ['input', 'categoryId']);
        const serviceType = checkServiceType(data.kind, data.serviceType);
        const characteristics = await checkCharacteristics(tx.db, category, data.characteristics);
        const codes = await checkBarcodes(tx.db, data.barcodes ?? [], null);
        try {
          const [row] = await tx.db
            .insert(items)
            .values({
              sku: data.sku,
              name: data.name,
              description: data.description ?? null,
              kind: data.kind,
              status: data.status ?? 'DRAFT',
              categoryId: data.categoryId,
              unit: data.unit,
              manufacturer: data.manufacturer ?? null,
              vendorPartNumber: data.vendorPartNumber ?? null,
              characteristics,
              serviceType,
              attachments: data.attachments ?? [],
            })
            .returning();
          const item = row as ItemRow;
          if (codes.length) {
            await tx.db
              .insert(barcodes)
              .values(codes.map((b) => ({ itemId: item.id, type: b.type, code: b.code })));
          }
          await recordChange(
            ctx,
            tx,
            {
              entityType: 'CatalogItem',
              entityId: item.id,
              action: 'create',
              after: { ...item, barcodes: codes },
            },
            { name: CatalogEvent.ITEM_CHANGED, payload: { id: item.id, change: 'created' } },
          );
          return item;
        } catch (error) {
          if (isUniqueViolation(error, 'items_sku_uniq')) {
            throw new DomainError(
              userError(CatalogErrorCode.DUPLICATE_SKU, `SKU "${data.sku}" is already in the catalog`, [
                'input',
                'sku',
              ]),
            );
          }
          if (isUniqueViolation(error, 'barcodes_code_uniq')) throw duplicateBarcodeError(error, codes);
          throw error;
        }
      },
    );
    return value;
  });
}
