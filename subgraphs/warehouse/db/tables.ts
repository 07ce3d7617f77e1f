import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
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
import { inboxTable } from '../../shared/inbox.ts';

export const warehouseSchema = pgSchema('warehouse');

/**
 * A place stock can be in. Warehouses (`CENTRAL`, `REGIONAL`, `VAN` — a technician's mobile stock) hold
 * balances; the system locations `SUPPLIER`, `CUSTOMER`, `IN_TRANSIT` and `LOSS` (one of each, made by
 * the first migration) are where stock comes from and goes to, so every move has two ends. Of the
 * system locations only `IN_TRANSIT` keeps balances: what the others hold is not ours to count.
 */
export const locations = warehouseSchema.table(
  'locations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    address: text('address'),
    responsiblePerson: text('responsible_person'),
    /** A van's technician (an id of the support module's `Technician`). */
    technicianId: text('technician_id'),
    archived: boolean('archived').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('locations_code_uniq').on(sql`lower(${t.code})`),
    check(
      'locations_kind_check',
      sql`${t.kind} in ('CENTRAL', 'REGIONAL', 'VAN', 'SUPPLIER', 'CUSTOMER', 'IN_TRANSIT', 'LOSS')`,
    ),
    check('locations_van_technician_check', sql`${t.kind} <> 'VAN' or ${t.technicianId} is not null`),
  ],
);

/**
 * What the warehouse knows of a catalog item: the fields posting needs, copied from `catalog.item.changed`
 * events and filled through the gateway at start-up. Posting reads only this table, never the catalog.
 */
export const catalogItems = warehouseSchema.table(
  'catalog_items',
  {
    id: uuid('id').primaryKey(),
    sku: text('sku').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    /** Equipment whose every unit carries a serial number: quantities are whole and serials follow them. */
    trackedBySerial: boolean('tracked_by_serial').notNull().default(false),
    unitCode: text('unit_code').notNull(),
    unitSymbol: text('unit_symbol').notNull(),
    categoryId: uuid('category_id'),
    /** The category and its ancestors' ids, for filtering balances by a category subtree. */
    categoryPath: text('category_path').array().notNull().default(sql`'{}'::text[]`),
    status: text('status').notNull(),
    syncedAt: moment('synced_at').notNull().defaultNow(),
  },
  (t) => [index('catalog_items_category_path_idx').using('gin', t.categoryPath)],
);

/**
 * A warehouse document: what moved, from where to where, and why. Drafts are edited freely; posting
 * writes its moves and balances in one transaction and freezes it; a posted document is never changed
 * — `reverseStockDocument` posts its mirror and marks it REVERSED. Numbers run per type and year.
 */
export const documents = warehouseSchema.table(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    type: text('type').notNull(),
    status: text('status').notNull().default('DRAFT'),
    number: text('number').notNull(),
    documentDate: text('document_date').notNull(),
    /** Where the stock leaves (ISSUE, TRANSFER, WRITE_OFF, outgoing ADJUSTMENT lines). */
    sourceId: uuid('source_id'),
    /** Where the stock arrives (RECEIPT, TRANSFER, RETURN, incoming ADJUSTMENT lines). */
    destinationId: uuid('destination_id'),
    /** A transfer that waits in IN_TRANSIT until the receiving side confirms it. */
    viaTransit: boolean('via_transit').notNull().default(false),
    /** When a transfer through IN_TRANSIT was received; null while it is on its way. */
    receivedAt: moment('received_at'),
    supplierReference: text('supplier_reference'),
    /** ISSUE: SUBSCRIBER, FIELD_TASK or INTERNAL_USE. */
    purpose: text('purpose'),
    reason: text('reason'),
    subscriberId: text('subscriber_id'),
    fieldTaskId: text('field_task_id'),
    orderId: text('order_id'),
    comment: text('comment'),
    /** The document this one reverses, or the one that reversed it. */
    reversalOfId: uuid('reversal_of_id'),
    reversedById: uuid('reversed_by_id'),
    authorId: text('author_id').notNull(),
    postedAt: moment('posted_at'),
    postedBy: text('posted_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('documents_number_uniq').on(t.number),
    index('documents_type_status_date_idx').on(t.type, t.status, t.documentDate),
    index('documents_source_idx').on(t.sourceId),
    index('documents_destination_idx').on(t.destinationId),
    check(
      'documents_type_check',
      sql`${t.type} in ('RECEIPT', 'ISSUE', 'TRANSFER', 'WRITE_OFF', 'RETURN', 'ADJUSTMENT')`,
    ),
    check('documents_status_check', sql`${t.status} in ('DRAFT', 'POSTED', 'REVERSED')`),
  ],
);

/** One line of a document: an item, a quantity, the serials of a serial-tracked item, a unit cost. */
export const documentLines = warehouseSchema.table(
  'document_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    itemId: uuid('item_id').notNull(),
    quantity: numeric('quantity', { precision: 18, scale: 3 }).notNull(),
    serials: text('serials').array().notNull().default(sql`'{}'::text[]`),
    /** RECEIPT: the price paid per unit; elsewhere what the move took out at, once posted. */
    unitCost: numeric('unit_cost', { precision: 18, scale: 4 }),
    /** RETURN: NEW, USED or FAULTY. */
    condition: text('condition'),
    /** ADJUSTMENT: IN (surplus found) or OUT (shortage). */
    direction: text('direction'),
  },
  (t) => [
    uniqueIndex('document_lines_position_uniq').on(t.documentId, t.position),
    check('document_lines_quantity_check', sql`${t.quantity} > 0`),
  ],
);

/**
 * The stock ledger: one row per quantity of an item that moved from one location to another, with the
 * cost it moved at. Append-only (a trigger refuses UPDATE and DELETE); balances are the sum of moves.
 */
export const moves = warehouseSchema.table(
  'moves',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The order moves were written in, also within one transaction (where `at` is the same). */
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
    documentId: uuid('document_id').notNull(),
    lineId: uuid('line_id'),
    itemId: uuid('item_id').notNull(),
    fromId: uuid('from_id').notNull(),
    toId: uuid('to_id').notNull(),
    quantity: numeric('quantity', { precision: 18, scale: 3 }).notNull(),
    /** The value that moved (quantity × the cost it moved at), 4 decimals. */
    value: numeric('value', { precision: 22, scale: 4 }).notNull(),
    serials: text('serials').array().notNull().default(sql`'{}'::text[]`),
    at: moment('at').notNull().defaultNow(),
  },
  (t) => [
    index('moves_item_seq_idx').on(t.itemId, t.seq),
    index('moves_document_idx').on(t.documentId),
    index('moves_serials_idx').using('gin', t.serials),
    check('moves_quantity_check', sql`${t.quantity} > 0`),
    check('moves_ends_check', sql`${t.fromId} <> ${t.toId}`),
  ],
);

/**
 * What a location holds of an item, kept in the same transaction as the moves that change it: on hand,
 * reserved (never more than on hand), and the value of what is on hand (moving-average cost =
 * value / on hand). Never negative.
 */
export const balances = warehouseSchema.table(
  'balances',
  {
    locationId: uuid('location_id').notNull(),
    itemId: uuid('item_id').notNull(),
    onHand: numeric('on_hand', { precision: 18, scale: 3 }).notNull().default('0'),
    reserved: numeric('reserved', { precision: 18, scale: 3 }).notNull().default('0'),
    value: numeric('value', { precision: 22, scale: 4 }).notNull().default('0'),
    /** Below this the item is short at this warehouse; null: no minimum. */
    minimum: numeric('minimum', { precision: 18, scale: 3 }),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: 'balances_pk', columns: [t.locationId, t.itemId] }),
    index('balances_item_idx').on(t.itemId),
    check('balances_on_hand_check', sql`${t.onHand} >= 0`),
    check('balances_reserved_check', sql`${t.reserved} >= 0 and ${t.reserved} <= ${t.onHand}`),
    check('balances_value_check', sql`${t.value} >= 0`),
  ],
);

/** Where each serial-tracked unit is now: exactly one location at any time. */
export const serials = warehouseSchema.table(
  'serials',
  {
    itemId: uuid('item_id').notNull(),
    serial: text('serial').notNull(),
    locationId: uuid('location_id').notNull(),
    /** The active reservation holding this unit, if any. */
    reservationId: uuid('reservation_id'),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: 'serials_pk', columns: [t.itemId, t.serial] }),
    index('serials_location_idx').on(t.locationId, t.itemId),
  ],
);

/**
 * A quantity (or specific serials) of an item held at a warehouse for an order or a field task until it
 * expires, is released, or is consumed by the issue that takes it.
 */
export const reservations = warehouseSchema.table(
  'reservations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    locationId: uuid('location_id').notNull(),
    itemId: uuid('item_id').notNull(),
    quantity: numeric('quantity', { precision: 18, scale: 3 }).notNull(),
    /** What is still held: the quantity less what issues consumed. */
    remaining: numeric('remaining', { precision: 18, scale: 3 }).notNull(),
    serials: text('serials').array().notNull().default(sql`'{}'::text[]`),
    forType: text('for_type').notNull(),
    forId: text('for_id').notNull(),
    status: text('status').notNull().default('ACTIVE'),
    expiresAt: moment('expires_at').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('reservations_active_idx').on(t.locationId, t.itemId).where(sql`${t.status} = 'ACTIVE'`),
    index('reservations_for_idx').on(t.forType, t.forId),
    check('reservations_for_type_check', sql`${t.forType} in ('ORDER', 'FIELD_TASK')`),
    check('reservations_status_check', sql`${t.status} in ('ACTIVE', 'RELEASED', 'CONSUMED', 'EXPIRED')`),
    check(
      'reservations_quantity_check',
      sql`${t.quantity} > 0 and ${t.remaining} >= 0 and ${t.remaining} <= ${t.quantity}`,
    ),
  ],
);

/** The next number of each document type in each year, and the type's prefix (`RC-2026-000001`). */
export const numbering = warehouseSchema.table(
  'numbering',
  {
    type: text('type').notNull(),
    year: integer('year').notNull(),
    last: integer('last').notNull().default(0),
  },
  (t) => [primaryKey({ name: 'numbering_pk', columns: [t.type, t.year] })],
);

/** The prefix of each document type's numbers; configurable by an administrator. */
export const prefixes = warehouseSchema.table('prefixes', {
  type: text('type').primaryKey(),
  prefix: text('prefix').notNull(),
});

export const auditLog = auditTable(warehouseSchema);
export const idempotencyKeys = idempotencyTable(warehouseSchema);
export const inbox = inboxTable(warehouseSchema);

export type LocationRow = typeof locations.$inferSelect;
export type CatalogItemRow = typeof catalogItems.$inferSelect;
/** A catalog item as a reference the warehouse resolves fields on. */
export type CatalogItemRef = { id: string };
export type DocumentRow = typeof documents.$inferSelect;
export type DocumentLineRow = typeof documentLines.$inferSelect;
export type MoveRow = typeof moves.$inferSelect;
export type BalanceRow = typeof balances.$inferSelect;
export type SerialRow = typeof serials.$inferSelect;
export type ReservationRow = typeof reservations.$inferSelect;
