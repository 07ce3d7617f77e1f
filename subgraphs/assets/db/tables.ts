import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  check,
  date,
  doublePrecision,
  index,
  inet,
  integer,
  jsonb,
  numeric,
  pgSchema,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { auditTable } from '../../shared/audit.ts';
import { createdAt, moment, updatedAt } from '../../shared/columns.ts';
import { idempotencyTable } from '../../shared/idempotency.ts';
import { inboxTable } from '../../shared/inbox.ts';

export const assetsSchema = pgSchema('assets');

/** A place network equipment stands. */
export const sites = assetsSchema.table(
  'sites',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    address: text('address'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('sites_code_uniq').on(sql`upper(${t.code})`)],
);

export type SiteRow = typeof sites.$inferSelect;

/**
 * A unit of equipment. Exactly one place: `place_kind` WAREHOUSE (a warehouse location's id), PREMISES (a
 * subscriber's premises, with the subscriber) or SITE (a network site). Serial unique per model (upper
 * case); MACs as `AA:BB:CC:DD:EE:FF` in an array with a GIN index; the management IP as `inet`.
 */
export const equipment = assetsSchema.table(
  'equipment',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    serial: text('serial').notNull(),
    inventoryNumber: text('inventory_number').notNull(),
    modelId: uuid('model_id').notNull(),
    role: text('role').notNull(),
    status: text('status').notNull(),
    placeKind: text('place_kind').notNull(),
    placeId: uuid('place_id'),
    subscriberId: uuid('subscriber_id'),
    macs: text('macs').array().notNull().default(sql`'{}'`),
    managementIp: inet('management_ip'),
    firmware: text('firmware'),
    purchaseDate: date('purchase_date', { mode: 'string' }),
    warrantyUntil: date('warranty_until', { mode: 'string' }),
    cost: numeric('cost', { precision: 14, scale: 2 }),
    attributes: jsonb('attributes'),
    /**
     * When the last warehouse document applied to it moved it (epoch µs, the event's `movedAt`): an older
     * document's event arriving later changes nothing.
     */
    movedAt: bigint('moved_at', { mode: 'number' }),
    /**
     * The units above it, nearest first, up to the top of its tree (empty without an uplink). Kept by the
     * links table's triggers (`assets.refresh_ancestors`, drizzle/assets/0005): every link connected,
     * disconnected or changed rewrites the chain of the downstream unit and of every unit below it, in the
     * statement that changed the link; no verb writes it. Whom a unit serves and whether a link would close
     * a loop are read from it instead of walking the links.
     */
    ancestors: uuid('ancestors').array().notNull().default(sql`'{}'`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('equipment_model_serial_uniq').on(t.modelId, t.serial),
    uniqueIndex('equipment_inventory_number_uniq').on(t.inventoryNumber),
    index('equipment_serial_idx').on(t.serial),
    index('equipment_serial_prefix_idx').on(sql`${t.serial} text_pattern_ops`),
    // The database's collation (C.UTF-8) is not C to PostgreSQL 15, so only a pattern index serves `like 'X%'`.
    index('equipment_inventory_number_prefix_idx').on(sql`${t.inventoryNumber} text_pattern_ops`),
    index('equipment_macs_idx').using('gin', t.macs),
    // A search by MAC reads a unit's first and second MAC through these, as 48-bit numbers (exactly, or a
    // range for its first bytes), and any further ones through the count: PostgreSQL estimates a range of
    // numbers closely from their histogram, where for an array element, a tsvector prefix or a text
    // prefix it guesses, up to hundreds of times off, and then walks the newest-first index past most
    // units to fill a page of 20. The MACs are normalized (`AA:BB:CC:DD:EE:FF`), so the cast never fails;
    // queries.ts writes the same expression (`macNumber`).
    index('equipment_first_mac_idx').on(sql`(('x' || replace(${t.macs}[1], ':', ''))::bit(48)::bigint)`),
    index('equipment_second_mac_idx').on(sql`(('x' || replace(${t.macs}[2], ':', ''))::bit(48)::bigint)`),
    index('equipment_mac_count_idx').on(sql`cardinality(${t.macs})`),
    index('equipment_ip_idx').on(t.managementIp),
    index('equipment_place_idx').on(t.placeKind, t.placeId),
    index('equipment_subscriber_idx').on(t.subscriberId),
    index('equipment_model_idx').on(t.modelId, t.createdAt),
    index('equipment_created_idx').on(t.createdAt, t.id),
    // The subscribers a unit serves: the units installed at a subscriber's premises, by every unit above
    // them. `ancestors @> array[<unit>]` is one read of this index for the count and for a page alike
    // (queries.ts writes the same predicate, `SERVES`, so the planner can prove it implies the index's).
    index('equipment_served_ancestors_idx')
      .using('gin', t.ancestors)
      .where(
        sql`${t.placeKind} = 'PREMISES' and ${t.status} = 'INSTALLED' and ${t.subscriberId} is not null`,
      ),
    check('equipment_role_check', sql`${t.role} in ('CPE', 'ACCESS', 'AGGREGATION', 'CORE', 'PASSIVE')`),
    check(
      'equipment_status_check',
      sql`${t.status} in ('IN_STOCK', 'RESERVED', 'INSTALLED', 'IN_REPAIR', 'DECOMMISSIONED', 'WRITTEN_OFF', 'LOST')`,
    ),
    check('equipment_place_check', sql`${t.placeKind} in ('WAREHOUSE', 'PREMISES', 'SITE')`),
  ],
);

export type EquipmentRow = typeof equipment.$inferSelect;

export const ports = assetsSchema.table(
  'ports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    equipmentId: uuid('equipment_id')
      .notNull()
      .references(() => equipment.id),
    name: text('name').notNull(),
    index: integer('index').notNull(),
    type: text('type').notNull(),
    speed: integer('speed'),
  },
  (t) => [
    uniqueIndex('ports_equipment_name_uniq').on(t.equipmentId, t.name),
    uniqueIndex('ports_equipment_index_uniq').on(t.equipmentId, t.index),
  ],
);

export type PortRow = typeof ports.$inferSelect;

/**
 * A link from a downstream unit's port up to an upstream unit's port. Each port holds one link (unique on
 * both port columns); the units are kept on the row so the topology walks by index, and a unit has at
 * most one link up (its uplink), which keeps the topology a tree the recursive queries walk.
 */
export const links = assetsSchema.table(
  'links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    upstreamPortId: uuid('upstream_port_id')
      .notNull()
      .references(() => ports.id),
    downstreamPortId: uuid('downstream_port_id')
      .notNull()
      .references(() => ports.id),
    upstreamId: uuid('upstream_id')
      .notNull()
      .references(() => equipment.id),
    downstreamId: uuid('downstream_id')
      .notNull()
      .references(() => equipment.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('links_upstream_port_uniq').on(t.upstreamPortId),
    uniqueIndex('links_downstream_port_uniq').on(t.downstreamPortId),
    uniqueIndex('links_downstream_uniq').on(t.downstreamId),
    // With the downstream unit: the topology walks read the links index-only.
    index('links_upstream_downstream_idx').on(t.upstreamId, t.downstreamId),
    check('links_not_self_check', sql`${t.upstreamId} <> ${t.downstreamId}`),
  ],
);

export type LinkRow = typeof links.$inferSelect;

/** Every change of a unit, with who, when and why (append-only). */
export const history = assetsSchema.table(
  'history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    equipmentId: uuid('equipment_id')
      .notNull()
      .references(() => equipment.id),
    at: moment('at').notNull().defaultNow(),
    by: text('by').notNull(),
    change: text('change').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    reason: text('reason'),
    documentId: uuid('document_id'),
  },
  (t) => [index('history_equipment_idx').on(t.equipmentId, t.id)],
);

export type HistoryRow = typeof history.$inferSelect;

export const auditLog = auditTable(assetsSchema);
export const idempotencyKeys = idempotencyTable(assetsSchema);
export const inbox = inboxTable(assetsSchema);
