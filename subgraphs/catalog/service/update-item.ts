import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { DomainError, isUniqueViolation, userError } from '../../shared/errors.ts';
import { type ItemRow, items } from '../db/tables.ts';
import { CatalogErrorCode } from '../domain/errors.ts';
import { checkServiceType, cleanKeywords, type EquipmentFields, equipmentFields } from '../domain/items.ts';
import type { ItemKind } from '../domain/values.ts';
import { CatalogEvent } from '../events.ts';
import { name, sku, uuid } from './fields.ts';
import {
  activeCategory,
  checkCharacteristics,
  checkSysObjectId,
  checkUnit,
  duplicateSysObjectIdError,
} from './item-checks.ts';
import {
  attachments,
  characteristics,
  description,
  equipmentInput,
  keywords,
  manufacturer,
  serviceType,
  unitCode,
  vendorPartNumber,
} from './item-inputs.ts';
import { defineVerb, recordChange } from './kit.ts';
import { lockItem } from './locks.ts';

export const updateItemInput = z.object({
  id: uuid,
  sku: sku.optional(),
  name: name.optional(),
  description,
  categoryId: uuid.optional(),
  unitCode: unitCode.optional(),
  manufacturer,
  vendorPartNumber,
  characteristics: characteristics.nullish(),
  serviceType,
  attachments: attachments.nullish(),
  /** Replaces the keywords. */
  keywords: keywords.nullish(),
  ...equipmentInput,
});

/**
 * Changes an item's fields; characteristics are re-checked against the (possibly new) category's
 * template, a new unit must be a known OKEI code, equipment fields are for equipment models only. Its
 * status changes only through `activateCatalogItem` and `discontinueCatalogItem`; its kind never changes.
 */
export const updateItem = defineVerb({
  name: 'updateCatalogItem',
  input: updateItemInput,
  run: async (ctx, input, tx): Promise<ItemRow> => {
    const before = await lockItem(tx, input.id);
    const category = await activeCategory(tx, input.categoryId ?? before.categoryId, ['input', 'categoryId']);
    const service =
      input.serviceType === undefined
        ? before.serviceType
        : checkServiceType(before.kind as ItemKind, input.serviceType);
    // Moving to another category re-checks the values kept against the new template too.
    const values =
      input.characteristics || input.categoryId
        ? await checkCharacteristics(tx.db, category, input.characteristics ?? before.characteristics)
        : before.characteristics;
    const equipment = equipmentFields(before.kind as ItemKind, input, before as EquipmentFields);
    const unit = input.unitCode
      ? (await checkUnit(tx.db, input.unitCode, ['input', 'unitCode'])).code
      : before.unitCode;
    await checkSysObjectId(tx.db, equipment.snmpSysObjectId, before.id);
    const keep = <T>(next: T | undefined, prev: T) => (next === undefined ? prev : next);
    try {
      const [row] = await tx.db
        .update(items)
        .set({
          sku: input.sku ?? before.sku,
          name: input.name ?? before.name,
          description: keep(input.description, before.description),
          categoryId: input.categoryId ?? before.categoryId,
          unitCode: unit,
          manufacturer: keep(input.manufacturer, before.manufacturer),
          vendorPartNumber: keep(input.vendorPartNumber, before.vendorPartNumber),
          characteristics: values,
          serviceType: service,
          attachments: input.attachments ?? before.attachments,
          keywords: input.keywords ? cleanKeywords(input.keywords) : before.keywords,
          ...equipment,
          updatedAt: new Date(),
        })
        .where(eq(items.id, before.id))
        .returning();
      const after = row as ItemRow;
      await recordChange(
        ctx,
        tx,
        { entityType: 'CatalogItem', entityId: after.id, action: 'update', before, after },
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
      if (isUniqueViolation(error, 'items_snmp_sys_object_id_uniq')) {
        throw duplicateSysObjectIdError(equipment.snmpSysObjectId ?? '');
      }
      throw error;
    }
  },
});
