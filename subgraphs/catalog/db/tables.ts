import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  pgSchema,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { auditTable } from '../../shared/audit.ts';
import { idempotencyTable } from '../../shared/idempotency.ts';

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
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date', precision: 3 })
      .notNull()
      .defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date', precision: 3 })
      .notNull()
      .defaultNow(),
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
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date', precision: 3 })
      .notNull()
      .defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date', precision: 3 })
      .notNull()
      .defaultNow(),
  },
  (t) => [
    uniqueIndex('items_sku_uniq').on(sql`lower(${t.sku})`),
    index('items_category_id_idx').on(t.categoryId, t.name, t.id),
    index('items_name_idx').on(t.name, t.id),
    check('items_kind_check', sql`${t.kind} in ('EQUIPMENT_MODEL', 'MATERIAL', 'GOODS', 'SERVICE')`),
    check('items_status_check', sql`${t.status} in ('DRAFT', 'ACTIVE', 'DISCONTINUED')`),
  ],
);

export const auditLog = auditTable(catalogSchema);
export const idempotencyKeys = idempotencyTable(catalogSchema);

export type CategoryRow = typeof categories.$inferSelect;
export type ItemRow = typeof items.$inferSelect;
