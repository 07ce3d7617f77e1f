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
 * `assets`), a bulk material, goods, or a service. The SKU is the human identifier, unique.
 *
 * Search reads a generated `search_vector` column (SKU, name, manufacturer and part number as words of
 * the 'simple' configuration, GIN-indexed). It lives only in the migration
 * `add_full_text_search`, so it never travels with the rows the code reads and writes.
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
    unit: text('unit').notNull(),
    manufacturer: text('manufacturer'),
    vendorPartNumber: text('vendor_part_number'),
    characteristics: jsonb('characteristics').$type<Record<string, unknown>>().notNull().default({}),
    /** For services: a one-time job (installation) or a recurring subscription (a tariff). */
    serviceType: text('service_type'),
    /** Images and documents by reference: `{ url, name, type }`. */
    attachments: jsonb('attachments').$type<Attachment[]>().notNull().default([]),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('items_sku_uniq').on(sql`lower(${t.sku})`),
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

export type CategoryRow = typeof categories.$inferSelect;
export type ItemRow = typeof items.$inferSelect;
export type BarcodeRow = typeof barcodes.$inferSelect;
export type PriceRow = typeof prices.$inferSelect;
export type PromotionRow = typeof promotions.$inferSelect;
export type CertificateRow = typeof certificates.$inferSelect;
