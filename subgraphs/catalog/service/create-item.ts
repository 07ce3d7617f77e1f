import { z } from 'zod';
import { insertMany } from '../../shared/db.ts';
import { DomainError, isUniqueViolation, userError } from '../../shared/errors.ts';
import { barcodes, type ItemRow, items } from '../db/tables.ts';
import { CatalogErrorCode } from '../domain/errors.ts';
import { checkServiceType, cleanKeywords, equipmentFields, initialStatus } from '../domain/items.ts';
import { ITEM_KINDS, ITEM_STATUSES } from '../domain/values.ts';
import { CatalogEvent } from '../events.ts';
import { idempotencyKey, name, sku, uuid } from './fields.ts';
import {
  activeCategory,
  checkBarcodes,
  checkCharacteristics,
  checkSysObjectId,
  checkUnit,
  duplicateBarcodeError,
  duplicateSysObjectIdError,
} from './item-checks.ts';
import {
  attachments,
  barcodeInput,
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

export const createItemInput = z.object({
  /**
   * An id chosen by the caller instead of a random one: the demo catalog names its items by UUID v5 of
   * the SKU so examples can cite them. Not part of the GraphQL input.
   */
  id: uuid.optional(),
  sku,
  name,
  description,
  kind: z.enum(ITEM_KINDS),
  categoryId: uuid,
  unitCode,
  manufacturer,
  vendorPartNumber,
  characteristics: characteristics.nullish(),
  serviceType,
  barcodes: z.array(barcodeInput).max(20, 'At most 20 barcodes').nullish(),
  attachments: attachments.nullish(),
  keywords: keywords.nullish(),
  ...equipmentInput,
  /** Where its life starts: a draft, or active at once (`initialStatus`). Later changes are verbs of their own. */
  status: z.enum(ITEM_STATUSES).nullish(),
  idempotencyKey,
});

/**
 * Creates a catalog item in an active category, as a draft or active: its SKU is unique across the
 * catalog and no other item or packaging carries its barcodes, its unit is a known OKEI code, its
 * characteristics follow the category's template, a service says whether it is one-time or recurring,
 * and only an equipment model carries tracking, warranty, supply and a sysObjectID (unique across the
 * catalog).
 */
export const createItem = defineVerb({
  name: 'createCatalogItem',
  input: createItemInput,
  idempotent: true,
  run: async (ctx, data, tx): Promise<ItemRow> => {
    const status = initialStatus(data.status);
    const category = await activeCategory(tx, data.categoryId, ['input', 'categoryId']);
    const service = checkServiceType(data.kind, data.serviceType);
    const equipment = equipmentFields(data.kind, data, null);
    const unit = await checkUnit(tx.db, data.unitCode, ['input', 'unitCode']);
    const values = await checkCharacteristics(tx.db, category, data.characteristics);
    const { clean: codes } = await checkBarcodes(tx.db, data.barcodes ?? [], { itemId: null });
    await checkSysObjectId(tx.db, equipment.snmpSysObjectId, null);
    try {
      const [row] = await tx.db
        .insert(items)
        .values({
          ...(data.id ? { id: data.id } : {}),
          sku: data.sku,
          name: data.name,
          description: data.description ?? null,
          kind: data.kind,
          status,
          categoryId: data.categoryId,
          unitCode: unit.code,
          manufacturer: data.manufacturer ?? null,
          vendorPartNumber: data.vendorPartNumber ?? null,
          characteristics: values,
          serviceType: service,
          attachments: data.attachments ?? [],
          keywords: cleanKeywords(data.keywords ?? []),
          ...equipment,
        })
        .returning();
      const item = row as ItemRow;
      await insertMany(
        tx.db,
        barcodes,
        codes.map((b) => ({ itemId: item.id, type: b.type, code: b.code })),
      );
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
      if (isUniqueViolation(error, 'items_snmp_sys_object_id_uniq')) {
        throw duplicateSysObjectIdError(equipment.snmpSysObjectId ?? '');
      }
      throw error;
    }
  },
});
