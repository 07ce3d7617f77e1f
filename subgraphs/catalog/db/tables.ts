import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgSchema,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { auditTable } from '../../shared/audit.ts';
import { createdAt, moment, updatedAt } from '../../shared/columns.ts';
import { idempotencyTable } from '../../shared/idempotency.ts';
import type { CharacteristicDef } from '../domain/characteristics.ts';

export const catalogSchema = pgSchema('catalog');

/**
 * A unit of measure by its OKEI code (ОК 015-94): '796' «шт», '006' «м», '166' «кг», '362' «мес»… The
 * common codes are seeded by the migration `move_units_to_okei_codes`; items refer to one by code (a
 * foreign key). The Russian symbol is unique, so a CSV file may name a unit by it.
 */
export const units = catalogSchema.table(
  'units',
  {
    /** Three digits, leading zeros kept. */
    code: text('code').primaryKey(),
    /** Full Russian name, e.g. «Погонный метр». */
    name: text('name').notNull(),
    /** Russian conventional symbol, e.g. «пог. м». */
    symbol: text('symbol').notNull(),
    /** International symbol where OKEI gives one, e.g. "m", "kg", "pc". */
    internationalSymbol: text('international_symbol'),
    kind: text('kind').notNull(),
  },
  (t) => [
    uniqueIndex('units_symbol_uniq').on(sql`lower(${t.symbol})`),
    check('units_code_check', sql`${t.code} ~ '^[0-9]{3}$'`),
    check('units_kind_check', sql`${t.kind} in ('COUNT', 'LENGTH', 'MASS', 'VOLUME', 'TIME', 'SERVICE')`),
  ],
);

/**
 * A node of the one catalog tree. `path` is the materialised chain of ids from the root,
 * `/<root id>/…/<own id>/`, so a subtree is one indexed prefix scan; moving a category rewrites the
 * paths of its subtree in the same statement. A category is never under its own descendant.
 */
export const categories = catalogSchema.table(
  'categories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    parentId: uuid('parent_id'),
    name: text('name').notNull(),
    description: text('description'),
    path: text('path').notNull(),
    depth: integer('depth').notNull(),
    status: text('status').notNull().default('ACTIVE'),
    /** This category's own characteristic definitions; subcategories inherit and may add to them. */
    template: jsonb('template').$type<CharacteristicDef[]>().notNull().default([]),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('categories_parent_name_uniq').on(
      sql`coalesce(${t.parentId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      sql`lower(${t.name})`,
    ),
    index('categories_path_idx').using('btree', sql`${t.path} text_pattern_ops`),
    index('categories_parent_id_idx').on(t.parentId, t.name),
    check('categories_status_check', sql`${t.status} in ('ACTIVE', 'ARCHIVED')`),
  ],
);

/**
 * Anything the operator sells, stocks or installs: an equipment model (its units are serial-tracked by
 * `assets`), a bulk material, goods, or a service. The SKU is the human identifier, unique. Its unit is
 * an OKEI code of `catalog.units`.
 *
 * An equipment model says how its units are tracked (by serial, by MAC), its warranty, whether it is sold
 * or rented, and the `sysObjectID` its devices answer over SNMP (unique, so monitoring and assets know a
 * device's model from it); other kinds carry none of these.
 *
 * Search reads a generated `search_vector` column (SKU, name, manufacturer, part number and keywords as
 * words of the 'simple' configuration, GIN-indexed). It lives only in the migration
 * `search_keywords_and_equipment`, so it never travels with the rows the code reads and writes.
 */
export const items = catalogSchema.table(
  'items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sku: text('sku').notNull(),
    name: text('name').notNull(),
    description: text('description'),
    kind: text('kind').notNull(),
    status: text('status').notNull().default('DRAFT'),
    categoryId: uuid('category_id').notNull(),
    /** OKEI code of the unit of measure. */
    unitCode: text('unit')
      .notNull()
      .references(() => units.code),
    manufacturer: text('manufacturer'),
    vendorPartNumber: text('vendor_part_number'),
    characteristics: jsonb('characteristics').$type<Record<string, unknown>>().notNull().default({}),
    /** For services: a one-time job (installation) or a recurring subscription (a tariff). */
    serviceType: text('service_type'),
    /** Images and documents by reference: `{ url, name, type }`. */
    attachments: jsonb('attachments').$type<Attachment[]>().notNull().default([]),
    /** Tags people search by, in either language ("switch", "коммутатор", "fibre"). */
    keywords: text('keywords').array().notNull().default(sql`'{}'::text[]`),
    /** Equipment models only (null otherwise): units carry a serial number. */
    trackedBySerial: boolean('tracked_by_serial'),
    /** Equipment models only (null otherwise): units are known by their MAC address. */
    trackedByMac: boolean('tracked_by_mac'),
    warrantyMonths: integer('warranty_months'),
    /** SALE, RENTAL or SALE_OR_RENTAL. */
    supply: text('supply'),
    /** The SNMP sysObjectID of the model, canonical dotted form without a leading dot. */
    snmpSysObjectId: text('snmp_sys_object_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('items_sku_uniq').on(sql`lower(${t.sku})`),
    uniqueIndex('items_snmp_sys_object_id_uniq').on(t.snmpSysObjectId),
    check('items_warranty_months_check', sql`${t.warrantyMonths} between 0 and 120`),
    check('items_supply_check', sql`${t.supply} in ('SALE', 'RENTAL', 'SALE_OR_RENTAL')`),
    check(
      'items_equipment_check',
      sql`(${t.kind} = 'EQUIPMENT_MODEL') = (${t.trackedBySerial} is not null and ${t.trackedByMac} is not null) and (${t.kind} = 'EQUIPMENT_MODEL' or (${t.warrantyMonths} is null and ${t.supply} is null and ${t.snmpSysObjectId} is null))`,
    ),
    index('items_category_id_idx').on(t.categoryId, t.name, t.id),
    index('items_name_idx').on(t.name, t.id),
    check('items_kind_check', sql`${t.kind} in ('EQUIPMENT_MODEL', 'MATERIAL', 'GOODS', 'SERVICE')`),
    check('items_status_check', sql`${t.status} in ('DRAFT', 'ACTIVE', 'DISCONTINUED')`),
    check(
      'items_service_type_check',
      sql`(${t.kind} = 'SERVICE') = (${t.serviceType} is not null) and coalesce(${t.serviceType}, 'ONE_TIME') in ('ONE_TIME', 'RECURRING')`,
    ),
    index('items_characteristics_idx').using('gin', sql`${t.characteristics} jsonb_path_ops`),
  ],
);

export interface Attachment {
  url: string;
  name: string;
  type: string;
}

/**
 * Every word that occurs in an item's search document, for correcting typos in a search: a query word is
 * replaced by the closest known words (trigram similarity), then matched exactly and fast through the
 * full-text index. Filled by a trigger on items; words are never removed (a stale word only fails to
 * match).
 */
export const searchWords = catalogSchema.table('search_words', { word: text('word').primaryKey() }, (t) => [
  index('search_words_word_trgm_idx').using('gist', sql`${t.word} gist_trgm_ops`),
]);

/**
 * A packaging of an item: a 1,000 m drum of cable, a pack of 100 connectors. `quantity` is how many of
 * the item's own unit one package holds, so «3 барабана» received is 3 × 1,000 = 3,000 m on hand. Names
 * are unique per item (case-insensitive); a package's barcode identifies one packaging.
 */
export const packagings = catalogSchema.table(
  'packagings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id').notNull(),
    name: text('name').notNull(),
    barcode: text('barcode'),
    quantity: numeric('quantity', { precision: 14, scale: 3 }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('packagings_item_name_uniq').on(t.itemId, sql`lower(${t.name})`),
    uniqueIndex('packagings_barcode_uniq').on(t.barcode),
    check('packagings_quantity_check', sql`${t.quantity} > 0`),
  ],
);

/**
 * The VAT (НДС) of an item for a window of days [valid_from, valid_to): a rate in percent, or exempt
 * («без НДС», rate null). Kept as history like prices: the windows of one item never overlap (an exclusion
 * constraint); a new rate closes the open one where it starts; none starts in the past.
 */
export const vatRates = catalogSchema.table(
  'vat_rates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id').notNull(),
    rate: integer('rate'),
    exempt: boolean('exempt').notNull().default(false),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    /** Exclusive: the first day the rate no longer holds. */
    validTo: date('valid_to', { mode: 'string' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('vat_rates_item_id_idx').on(t.itemId, t.validFrom),
    check(
      'vat_rates_rate_check',
      sql`(${t.exempt} and ${t.rate} is null) or (not ${t.exempt} and ${t.rate} between 0 and 99)`,
    ),
    check('vat_rates_window_check', sql`${t.validTo} is null or ${t.validTo} > ${t.validFrom}`),
  ],
);

/**
 * A barcode printed on or assigned to an item: EAN-13 from the manufacturer (check digit verified) or
 * an internal Code 128. A code identifies exactly one item across the catalog.
 */
export const barcodes = catalogSchema.table(
  'barcodes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id').notNull(),
    type: text('type').notNull(),
    code: text('code').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('barcodes_code_uniq').on(t.code),
    index('barcodes_item_id_idx').on(t.itemId),
    check('barcodes_type_check', sql`${t.type} in ('EAN13', 'CODE128')`),
  ],
);

/**
 * A list price of an item in one currency for a window of time [valid_from, valid_to). Windows of the
 * same item and currency never overlap (an exclusion constraint); the price at a moment is the one
 * whose window holds it. Prices are never edited: a new price closes the open one.
 */
export const prices = catalogSchema.table(
  'prices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id').notNull(),
    currency: text('currency').notNull(),
    amount: numeric('amount', { precision: 14, scale: 2 }).notNull(),
    /** For recurring services: the period the amount is charged for. */
    recurringPeriod: text('recurring_period'),
    /** Whether the amount includes VAT (retail prices in roubles do; a vendor's list in dollars does not). */
    includesVat: boolean('includes_vat').notNull().default(true),
    validFrom: moment('valid_from').notNull(),
    validTo: moment('valid_to'),
    createdAt: createdAt(),
  },
  (t) => [
    index('prices_item_id_idx').on(t.itemId, t.currency, t.validFrom),
    check('prices_amount_check', sql`${t.amount} >= 0`),
    check('prices_currency_check', sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check('prices_window_check', sql`${t.validTo} is null or ${t.validTo} > ${t.validFrom}`),
    check(
      'prices_recurring_period_check',
      sql`coalesce(${t.recurringPeriod}, 'MONTH') in ('MONTH', 'QUARTER', 'YEAR')`,
    ),
  ],
);

/**
 * A discount rule: a percentage or a fixed amount off each unit, for one item, a category with its
 * descendants, or everything, within a validity window, optionally from a minimum quantity or with a
 * promo code. Exclusive promotions compete (best of); stackable ones add up in priority order.
 */
export const promotions = catalogSchema.table(
  'promotions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    description: text('description'),
    kind: text('kind').notNull(),
    value: numeric('value', { precision: 14, scale: 2 }).notNull(),
    /** Currency of a fixed amount; null for percentages. */
    currency: text('currency'),
    scopeType: text('scope_type').notNull(),
    scopeItemId: uuid('scope_item_id'),
    scopeCategoryId: uuid('scope_category_id'),
    validFrom: moment('valid_from'),
    validTo: moment('valid_to'),
    minQuantity: numeric('min_quantity', { precision: 14, scale: 3 }),
    promoCode: text('promo_code'),
    active: boolean('active').notNull().default(true),
    stacking: text('stacking').notNull().default('EXCLUSIVE'),
    priority: integer('priority').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('promotions_scope_idx').on(t.scopeType, t.scopeItemId, t.scopeCategoryId),
    check('promotions_kind_check', sql`${t.kind} in ('PERCENTAGE', 'FIXED_AMOUNT')`),
    check('promotions_value_check', sql`${t.value} > 0 and (${t.kind} <> 'PERCENTAGE' or ${t.value} <= 100)`),
    check(
      'promotions_scope_check',
      sql`(${t.scopeType} = 'ITEM' and ${t.scopeItemId} is not null) or (${t.scopeType} = 'CATEGORY' and ${t.scopeCategoryId} is not null) or ${t.scopeType} = 'ALL'`,
    ),
    check('promotions_stacking_check', sql`${t.stacking} in ('EXCLUSIVE', 'STACKABLE')`),
    check(
      'promotions_window_check',
      sql`${t.validTo} is null or ${t.validFrom} is null or ${t.validTo} > ${t.validFrom}`,
    ),
  ],
);

/**
 * A certificate or declaration of conformity, a warranty or another document that covers some items
 * for a period. An item's valid certificates at a date are those whose period holds it.
 */
export const certificates = catalogSchema.table(
  'certificates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    type: text('type').notNull(),
    number: text('number').notNull(),
    issuer: text('issuer').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    documentUrl: text('document_url'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('certificates_type_number_uniq').on(t.type, t.number),
    index('certificates_valid_to_idx').on(t.validTo),
    check(
      'certificates_type_check',
      sql`${t.type} in ('CERTIFICATE_OF_CONFORMITY', 'DECLARATION_OF_CONFORMITY', 'WARRANTY', 'OTHER')`,
    ),
    check('certificates_window_check', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
  ],
);

/** Which items a certificate covers. */
export const certificateItems = catalogSchema.table(
  'certificate_items',
  {
    certificateId: uuid('certificate_id')
      .notNull()
      .references(() => certificates.id, { onDelete: 'cascade' }),
    itemId: uuid('item_id').notNull(),
  },
  (t) => [
    primaryKey({ name: 'certificate_items_pk', columns: [t.certificateId, t.itemId] }),
    index('certificate_items_item_id_idx').on(t.itemId),
  ],
);

/** Numbers internal Code 128 barcodes (`CAT000000001`, …) so concurrent clerks never collide. */
export const internalBarcodeSeq = catalogSchema.sequence('internal_barcode_seq', { startWith: 1 });

export const auditLog = auditTable(catalogSchema);
export const idempotencyKeys = idempotencyTable(catalogSchema);

export type UnitRow = typeof units.$inferSelect;
export type PackagingRow = typeof packagings.$inferSelect;
export type VatRateRow = typeof vatRates.$inferSelect;
export type CategoryRow = typeof categories.$inferSelect;
export type ItemRow = typeof items.$inferSelect;
export type BarcodeRow = typeof barcodes.$inferSelect;
export type PriceRow = typeof prices.$inferSelect;
export type PromotionRow = typeof promotions.$inferSelect;
export type CertificateRow = typeof certificates.$inferSelect;
