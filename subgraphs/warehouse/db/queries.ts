/** The warehouse's reads: lists (keyset pages) and the batched lookups its loaders make. */
import { type AnyColumn, and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { anyId, type Db } from '../../shared/db.ts';
import {
  type Connection,
  type KeysetOrder,
  keysetPage,
  type PageArgs,
  tablePage,
} from '../../shared/pagination.ts';
import {
  type BalanceRow,
  balances,
  catalogItems,
  type DocumentRow,
  documentLines,
  documents,
  type LocationRow,
  locations,
  type MoveRow,
  moves,
  type ReservationRow,
  reservations,
  serials,
} from './tables.ts';

export const WAREHOUSE_KINDS = ['CENTRAL', 'REGIONAL', 'VAN'] as const;

/** What a caller may see: everything, or (a technician) their own van only. */
export interface Visibility {
  /** Set for a caller holding `warehouse:van` only. */
  technicianId: string | null;
}

const ownVans = (v: Visibility): SQL | undefined =>
  v.technicianId
    ? sql`${locations.kind} = 'VAN' and ${locations.technicianId} = ${v.technicianId}`
    : undefined;

export interface WarehouseFilter {
  kind?: string | null;
  technicianId?: string | null;
  archived?: boolean | null;
}

export function listWarehouses(db: Db, filter: WarehouseFilter, v: Visibility): Promise<LocationRow[]> {
  return db
    .select()
    .from(locations)
    .where(
      and(
        inArray(locations.kind, [...WAREHOUSE_KINDS]),
        filter.kind ? eq(locations.kind, filter.kind) : undefined,
        filter.technicianId ? eq(locations.technicianId, filter.technicianId) : undefined,
        filter.archived ? undefined : eq(locations.archived, false),
        ownVans(v),
      ),
    )
    .orderBy(locations.code);
}

export const locationsByIds = (db: Db, ids: readonly string[]) =>
  db.select().from(locations).where(anyId(locations.id, ids));

/** Balance rows by (location, item). */
export const balancesByKeys = (db: Db, keys: readonly { locationId: string; itemId: string }[]) =>
  db
    .select()
    .from(balances)
    .where(
      sql`(${balances.locationId}, ${balances.itemId}) in (select * from unnest(${sql.param(keys.map((k) => k.locationId))}::uuid[], ${sql.param(keys.map((k) => k.itemId))}::uuid[]))`,
    );

export interface BalanceFilter {
  warehouseId?: string | null;
  itemId?: string | null;
  categoryId?: string | null;
  nonZero?: boolean | null;
}

/** One row of a balance list: the balance with the item's SKU, name and unit as the warehouse knows them. */
export type BalanceListRow = BalanceRow & { sku: string; name: string; unit: string; code: string };

const balanceColumns = {
  locationId: balances.locationId,
  itemId: balances.itemId,
  onHand: balances.onHand,
  reserved: balances.reserved,
  value: balances.value,
  minimum: balances.minimum,
  updatedAt: balances.updatedAt,
  sku: sql<string>`coalesce(${catalogItems.sku}, '')`.as('sku'),
  name: sql<string>`coalesce(${catalogItems.name}, '')`.as('name'),
  unit: sql<string>`coalesce(${catalogItems.unitSymbol}, '')`.as('unit'),
  code: locations.code,
};

function balanceWhere(filter: BalanceFilter, v: Visibility): SQL | undefined {
  return and(
    inArray(locations.kind, [...WAREHOUSE_KINDS]),
    filter.warehouseId ? eq(balances.locationId, filter.warehouseId) : undefined,
    filter.itemId ? eq(balances.itemId, filter.itemId) : undefined,
    filter.categoryId ? sql`${catalogItems.categoryPath} @> array[${filter.categoryId}]::text[]` : undefined,
    filter.nonZero === false ? undefined : sql`${balances.onHand} > 0`,
    ownVans(v),
  );
}

/** Balances in warehouse code, then SKU order; one statement for the page. */
export function listBalances(
  db: Db,
  args: PageArgs,
  filter: BalanceFilter,
  v: Visibility,
): Promise<Connection<BalanceListRow>> {
  const orderKey = sql`(${locations.code} || ' ' || coalesce(${catalogItems.sku}, ''))`;
  const from = () =>
    db
      .select(balanceColumns)
      .from(balances)
      .innerJoin(locations, eq(locations.id, balances.locationId))
      .leftJoin(catalogItems, eq(catalogItems.id, balances.itemId));
  return keysetPage<BalanceListRow>({
    args,
    order: {
      column: orderKey,
      id: balances.itemId,
      descending: false,
      cursor: 'text',
      key: (r) => [`${r.code} ${r.sku}`, r.itemId],
    },
    where: balanceWhere(filter, v),
    read: async (where, orderBy, limit) =>
      (await from()
        .where(where)
        .orderBy(...orderBy)
        .limit(limit)) as BalanceListRow[],
    count: async (where) => {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(balances)
        .innerJoin(locations, eq(locations.id, balances.locationId))
        .leftJoin(catalogItems, eq(catalogItems.id, balances.itemId))
        .where(where);
      return row?.n ?? 0;
    },
  });
}

/** The balances of items at warehouses (not at IN_TRANSIT), non-zero, for `CatalogItem.stock`. */
export function balancesOfItems(db: Db, itemIds: readonly string[]): Promise<BalanceListRow[]> {
  return db
    .select(balanceColumns)
    .from(balances)
    .innerJoin(locations, eq(locations.id, balances.locationId))
    .leftJoin(catalogItems, eq(catalogItems.id, balances.itemId))
    .where(
      and(
        anyId(balances.itemId, itemIds),
        inArray(locations.kind, [...WAREHOUSE_KINDS]),
        sql`${balances.onHand} > 0`,
      ),
    )
    .orderBy(locations.code) as Promise<BalanceListRow[]>;
}

/** Items whose available quantity at a warehouse is below its minimum. */
export function belowMinimum(db: Db, warehouseId: string | null): Promise<BalanceListRow[]> {
  return db
    .select(balanceColumns)
    .from(balances)
    .innerJoin(locations, eq(locations.id, balances.locationId))
    .leftJoin(catalogItems, eq(catalogItems.id, balances.itemId))
    .where(
      and(
        sql`${balances.minimum} is not null and ${balances.onHand} - ${balances.reserved} < ${balances.minimum}`,
        warehouseId ? eq(balances.locationId, warehouseId) : undefined,
      ),
    )
    .orderBy(locations.code, sql`sku`)
    .limit(1000) as Promise<BalanceListRow[]>;
}

/** The value each warehouse holds. */
export function valueByWarehouse(
  db: Db,
  ids?: readonly string[],
): Promise<{ locationId: string; value: string }[]> {
  return db
    .select({ locationId: balances.locationId, value: sql<string>`sum(${balances.value})::text` })
    .from(balances)
    .innerJoin(locations, eq(locations.id, balances.locationId))
    .where(
      and(inArray(locations.kind, [...WAREHOUSE_KINDS]), ids ? anyId(balances.locationId, ids) : undefined),
    )
    .groupBy(balances.locationId);
}

export interface DocumentFilter {
  type?: string | null;
  status?: string | null;
  warehouseId?: string | null;
  from?: string | null;
  to?: string | null;
  subscriberId?: string | null;
  fieldTaskId?: string | null;
  orderId?: string | null;
  search?: string | null;
}

export function listDocuments(
  db: Db,
  args: PageArgs,
  filter: DocumentFilter,
  vanIds: readonly string[] | null,
): Promise<Connection<DocumentRow>> {
  const like = filter.search ? `${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  return tablePage<DocumentRow>(db, documents, {
    args,
    order: newestFirst(documents),
    where: and(
      filter.type ? eq(documents.type, filter.type) : undefined,
      filter.status ? eq(documents.status, filter.status) : undefined,
      filter.warehouseId
        ? sql`(${documents.sourceId} = ${filter.warehouseId} or ${documents.destinationId} = ${filter.warehouseId})`
        : undefined,
      filter.from ? sql`${documents.documentDate} >= ${filter.from}` : undefined,
      filter.to ? sql`${documents.documentDate} <= ${filter.to}` : undefined,
      filter.subscriberId ? eq(documents.subscriberId, filter.subscriberId) : undefined,
      filter.fieldTaskId ? eq(documents.fieldTaskId, filter.fieldTaskId) : undefined,
      filter.orderId ? eq(documents.orderId, filter.orderId) : undefined,
      like
        ? sql`(${documents.number} ilike ${like} or ${documents.supplierReference} ilike ${like})`
        : undefined,
      vanIds
        ? sql`(${documents.sourceId} = any(${sql.param([...vanIds])}::uuid[]) or ${documents.destinationId} = any(${sql.param([...vanIds])}::uuid[]))`
        : undefined,
    ),
  });
}

/** Newest first by creation, the id breaking ties: the order of documents and reservations. */
function newestFirst<Row extends { createdAt: Date; id: string }>(table: {
  createdAt: AnyColumn;
  id: AnyColumn;
}): KeysetOrder<Row> {
  return {
    column: table.createdAt,
    id: table.id,
    descending: true,
    cursor: 'timestamp',
    key: (r) => [r.createdAt, r.id],
  };
}

/** A document by its number, as printed (case-insensitive: numbers are stored upper case). */
export async function documentByNumber(db: Db, number: string): Promise<DocumentRow | null> {
  const [row] = await db.select().from(documents).where(eq(documents.number, number.trim().toUpperCase()));
  return row ?? null;
}

export const documentsByIds = (db: Db, ids: readonly string[]) =>
  db.select().from(documents).where(anyId(documents.id, ids));

export const linesOfDocuments = (db: Db, ids: readonly string[]) =>
  db.select().from(documentLines).where(anyId(documentLines.documentId, ids)).orderBy(documentLines.position);

export const movesOfDocuments = (db: Db, ids: readonly string[]) =>
  db.select().from(moves).where(anyId(moves.documentId, ids)).orderBy(moves.seq);

export interface MoveFilter {
  itemId: string;
  serial?: string | null;
  warehouseId?: string | null;
}

export function listMoves(db: Db, args: PageArgs, filter: MoveFilter): Promise<Connection<MoveRow>> {
  return tablePage<MoveRow>(db, moves, {
    args,
    order: {
      column: moves.at,
      id: moves.id,
      descending: true,
      cursor: 'timestamp',
      key: (r) => [r.at, r.id],
    },
    where: and(
      eq(moves.itemId, filter.itemId),
      filter.serial
        ? sql`${moves.serials} @> array[${filter.serial.trim().toUpperCase()}]::text[]`
        : undefined,
      filter.warehouseId
        ? sql`(${moves.fromId} = ${filter.warehouseId} or ${moves.toId} = ${filter.warehouseId})`
        : undefined,
    ),
  });
}

export async function serialAt(db: Db, itemId: string, serial: string) {
  const [row] = await db
    .select()
    .from(serials)
    .where(and(eq(serials.itemId, itemId), eq(serials.serial, serial.trim().toUpperCase())));
  return row ?? null;
}

export interface SerialFilter {
  itemId?: string | null;
  locationId?: string | null;
}

/** Every serial and where it is, in serial order (the item's id breaking ties). */
export function listSerials(
  db: Db,
  args: PageArgs,
  filter: SerialFilter,
  withCount: boolean,
): Promise<Connection<typeof serials.$inferSelect>> {
  return tablePage(db, serials, {
    args,
    order: {
      column: serials.serial,
      id: serials.itemId,
      descending: false,
      cursor: 'text',
      key: (r: typeof serials.$inferSelect) => [r.serial, r.itemId],
    },
    where: and(
      filter.itemId ? eq(serials.itemId, filter.itemId) : undefined,
      filter.locationId ? eq(serials.locationId, filter.locationId) : undefined,
    ),
    withCount,
  });
}

export interface ReservationFilter {
  warehouseId?: string | null;
  itemId?: string | null;
  forType?: string | null;
  forId?: string | null;
  status?: string | null;
}

export function listReservations(
  db: Db,
  args: PageArgs,
  filter: ReservationFilter,
): Promise<Connection<ReservationRow>> {
  return tablePage<ReservationRow>(db, reservations, {
    args,
    order: newestFirst(reservations),
    where: and(
      filter.warehouseId ? eq(reservations.locationId, filter.warehouseId) : undefined,
      filter.itemId ? eq(reservations.itemId, filter.itemId) : undefined,
      filter.forType ? eq(reservations.forType, filter.forType) : undefined,
      filter.forId ? eq(reservations.forId, filter.forId) : undefined,
      filter.status
        ? filter.status === 'EXPIRED'
          ? sql`(${reservations.status} = 'EXPIRED' or (${reservations.status} = 'ACTIVE' and ${reservations.expiresAt} <= now()))`
          : filter.status === 'ACTIVE'
            ? sql`${reservations.status} = 'ACTIVE' and ${reservations.expiresAt} > now()`
            : eq(reservations.status, filter.status)
        : undefined,
    ),
  });
}

export const reservationsByIds = (db: Db, ids: readonly string[]) =>
  db.select().from(reservations).where(anyId(reservations.id, ids));

/**
 * Balances against the ledger: every (location, item) that keeps a balance, with on hand and value as
 * stored and as the sum of moves in and out; only differing rows are returned, with the counts compared.
 */
export async function ledgerCheck(db: Db) {
  const differences = await db.execute<{
    location_id: string;
    item_id: string;
    balance_on_hand: string;
    ledger_on_hand: string;
    balance_value: string;
    ledger_value: string;
  }>(sql`
    with ledger as (
      select location_id, item_id, sum(q) as on_hand, sum(v) as value from (
        select to_id as location_id, item_id, quantity as q, value as v from warehouse.moves
        union all
        select from_id, item_id, -quantity, -value from warehouse.moves
      ) m
      join warehouse.locations l on l.id = m.location_id
      where l.kind not in ('SUPPLIER', 'CUSTOMER', 'LOSS')
      group by location_id, item_id
    )
    select coalesce(b.location_id, l.location_id) as location_id, coalesce(b.item_id, l.item_id) as item_id,
      coalesce(b.on_hand, 0)::text as balance_on_hand, coalesce(l.on_hand, 0)::text as ledger_on_hand,
      coalesce(b.value, 0)::text as balance_value, coalesce(l.value, 0)::text as ledger_value
    from warehouse.balances b
    full join ledger l on l.location_id = b.location_id and l.item_id = b.item_id
    where coalesce(b.on_hand, 0) <> coalesce(l.on_hand, 0) or coalesce(b.value, 0) <> coalesce(l.value, 0)
    limit 100`);
  const serialDifferences = await db.execute<{
    item_id: string;
    serial: string;
    recorded_at: string | null;
    ledger_at: string | null;
  }>(sql`
    with last as (
      select distinct on (m.item_id, s.serial) m.item_id, s.serial, m.to_id
      from warehouse.moves m, unnest(m.serials) as s(serial)
      order by m.item_id, s.serial, m.seq desc
    )
    select coalesce(r.item_id, l.item_id) as item_id, coalesce(r.serial, l.serial) as serial,
      r.location_id as recorded_at, l.to_id as ledger_at
    from warehouse.serials r
    full join last l on l.item_id = r.item_id and l.serial = r.serial
    where r.location_id is distinct from l.to_id
    limit 100`);
  const [counts] = await db.execute<{ balances: number; moves: number }>(
    sql`select (select count(*)::int from warehouse.balances) as balances, (select count(*)::int from warehouse.moves) as moves`,
  );
  return {
    differences: [...differences],
    serialDifferences: [...serialDifferences],
    counts: counts ?? { balances: 0, moves: 0 },
  };
}
