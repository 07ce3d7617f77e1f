import { type AnyColumn, and, asc, count, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { anyId, type Db, preparedOnce } from '../../shared/db.ts';
import {
  type Connection,
  cursorValue,
  type KeysetOrder,
  keysetCondition,
  keysetOrderBy,
  type PageArgs,
  parsePageArgs,
  tablePage,
  type Window,
} from '../../shared/pagination.ts';
import { requireUuid } from '../../shared/validation.ts';
import { type OrderBy, subtreeIdsOf } from './categories.ts';
import { compileSearch, type SearchQuery, searchMatches, searchRank } from './search.ts';
import { barcodes, categories, certificateItems, type ItemRow, items } from './tables.ts';

export interface ItemFilter {
  categoryId?: string | null;
  kind?: string | null;
  status?: string | null;
  search?: string | null;
  barcode?: string | null;
  characteristics?: Record<string, unknown> | null;
}

/** An item row as a list returns it: with its search score when the list was searched. */
export type ListedItem = ItemRow & { score?: number };

export type ItemOrderField = 'RELEVANCE' | 'NAME' | 'SKU' | 'CREATED_AT' | 'UPDATED_AT';

export function itemOrder(
  orderBy?: OrderBy<ItemOrderField> | null,
  search?: SearchQuery,
): KeysetOrder<ListedItem> {
  // One word: every match holds it, ranks differ only by how often it repeats (a brand in both name and
  // manufacturer), which says nothing about relevance; name order reads the name index and stops at the
  // page instead of ranking thousands of matches. Two words or more: best match first.
  if (search && (!orderBy || orderBy.field === 'RELEVANCE') && search.includes(' & ')) {
    // Best match first whatever the direction; ties by id.
    return {
      column: searchRank(search),
      id: items.id,
      descending: true,
      cursor: 'number',
      key: (row) => [row.score ?? 0, row.id],
    };
  }
  const field = !orderBy || orderBy.field === 'RELEVANCE' ? 'NAME' : orderBy.field;
  const column = {
    NAME: items.name,
    SKU: items.sku,
    CREATED_AT: items.createdAt,
    UPDATED_AT: items.updatedAt,
  }[field];
  const value = (row: ItemRow) =>
    ({ NAME: row.name, SKU: row.sku, CREATED_AT: row.createdAt, UPDATED_AT: row.updatedAt })[field];
  return {
    column,
    id: items.id,
    descending: orderBy?.direction === 'DESC',
    cursor: field === 'CREATED_AT' || field === 'UPDATED_AT' ? 'timestamp' : 'text',
    key: (row) => [cursorValue(value(row)), row.id],
  };
}

/**
 * A list filter resolved to what SQL needs: the category subtree as ids (so the planner sees how many and
 * picks the category index for a small subtree, the name order for a large one) and the compiled search.
 */
export interface ResolvedItemFilter {
  filter: ItemFilter;
  subtree: string[] | null;
  search: SearchQuery;
}

export async function resolveItemFilter(db: Db, filter: ItemFilter): Promise<ResolvedItemFilter> {
  requireUuid(filter.categoryId, ['filter', 'categoryId']);
  const [subtree, search] = await Promise.all([
    filter.categoryId ? subtreeIdsOf(db, filter.categoryId) : null,
    compileSearch(db, filter.search),
  ]);
  return { filter, subtree, search };
}

export function itemWhere({ filter, subtree, search }: ResolvedItemFilter): SQL | undefined {
  const barcode = filter.barcode?.trim();
  return and(
    subtree ? anyId(items.categoryId, subtree) : undefined,
    filter.kind ? eq(items.kind, filter.kind) : undefined,
    filter.status ? eq(items.status, filter.status) : undefined,
    search ? searchMatches(search) : undefined,
    barcode
      ? inArray(items.id, sql`(select b.item_id from ${barcodes} b where b.code = ${barcode})`)
      : undefined,
    filter.characteristics && Object.keys(filter.characteristics).length
      ? sql`${items.characteristics} @> ${JSON.stringify(filter.characteristics)}::jsonb`
      : undefined,
  );
}

export async function listItems(
  db: Db,
  args: PageArgs,
  filter: ItemFilter = {},
  orderBy?: OrderBy<ItemOrderField> | null,
  withCount = false,
): Promise<Connection<ListedItem>> {
  parsePageArgs(args); // refuse bad paging before any statement
  const resolved = await resolveItemFilter(db, filter);
  const columns = {
    ...getTableColumns(items),
    ...(resolved.search ? { score: searchRank(resolved.search).mapWith(Number) } : {}),
  };
  return tablePage<ListedItem>(db, items, {
    args,
    order: itemOrder(orderBy, resolved.search),
    where: itemWhere(resolved),
    columns,
    withCount,
  });
}

export async function itemsByIds(db: Db, ids: readonly string[]): Promise<ItemRow[]> {
  return preparedOnce(db, 'items_by_ids', (d) =>
    d
      .select()
      .from(items)
      .where(anyId(items.id, sql.placeholder('ids')))
      .prepare('items_by_ids'),
  ).execute({ ids: [...ids] });
}

export async function itemBySku(db: Db, sku: string): Promise<ItemRow | null> {
  const [row] = await db.select().from(items).where(sql`lower(${items.sku}) = lower(${sku})`).limit(1);
  return row ?? null;
}

/** The equipment model whose devices answer this sysObjectID (canonical form); null when none. */
export async function itemBySysObjectId(db: Db, oid: string): Promise<ItemRow | null> {
  const [row] = await db.select().from(items).where(eq(items.snmpSysObjectId, oid)).limit(1);
  return row ?? null;
}

/** The owner of each row in a batched page: the category the caller asked about. */
export type OwnedItem = ItemRow & { ownerId: string };

/**
 * One page of items for each of many categories in a single statement (a window function per owner),
 * so a list of categories with their items costs the same whatever its length.
 */
export async function itemPagesByCategory(
  db: Db,
  ownerIds: readonly string[],
  window: Window,
  order: KeysetOrder<ItemRow>,
  includeDescendants: boolean,
): Promise<OwnedItem[]> {
  const owner = alias(categories, 'owner');
  const member = alias(categories, 'member');
  const ranked = (
    includeDescendants
      ? db
          .select(rankedColumns(owner.id, order, window))
          .from(items)
          .innerJoin(member, eq(member.id, items.categoryId))
          .innerJoin(owner, sql`${member.path} like ${owner.path} || '%'`)
      : db
          .select(rankedColumns(owner.id, order, window))
          .from(items)
          .innerJoin(owner, eq(owner.id, items.categoryId))
  )
    .where(and(anyId(owner.id, ownerIds), keysetCondition(order, window)))
    .as('ranked');
  const { rank, ...row } = ranked._.selectedFields;
  return db
    .select(row)
    .from(ranked)
    .where(sql`${rank} <= ${window.limit + 1}`)
    .orderBy(row.ownerId, rank) as unknown as Promise<OwnedItem[]>;
}

/** An item's columns, the category it was asked for, and its place in that category's page. */
function rankedColumns(ownerId: AnyColumn, order: KeysetOrder<ItemRow>, window: Window) {
  return {
    ...getTableColumns(items),
    ownerId: sql<string>`${ownerId}`.as('owner_id'),
    rank: sql<number>`row_number() over (partition by ${ownerId} order by ${sql.join(keysetOrderBy(order, window), sql`, `)})`.as(
      'rank',
    ),
  };
}

/** Item counts for many categories (each with its descendants, or not) in one statement. */
export async function itemCountsByCategory(
  db: Db,
  ownerIds: readonly string[],
  includeDescendants: boolean,
): Promise<Map<string, number>> {
  const owner = alias(categories, 'owner');
  const member = alias(categories, 'member');
  const rows = includeDescendants
    ? await db
        .select({ ownerId: owner.id, n: count(items.id) })
        .from(owner)
        .innerJoin(member, sql`${member.path} like ${owner.path} || '%'`)
        .innerJoin(items, eq(items.categoryId, member.id))
        .where(anyId(owner.id, ownerIds))
        .groupBy(owner.id)
    : await db
        .select({ ownerId: items.categoryId, n: count() })
        .from(items)
        .where(anyId(items.categoryId, ownerIds))
        .groupBy(items.categoryId);
  return new Map(rows.map((r) => [r.ownerId, r.n]));
}

/** Items matching a filter, by SKU: for exports. */
export async function itemsForExport(db: Db, filter: ItemFilter, limit: number): Promise<ItemRow[]> {
  const where = itemWhere(await resolveItemFilter(db, filter));
  return db.select().from(items).where(where).orderBy(asc(items.sku)).limit(limit);
}

/** Items by SKU (case-insensitive), keyed by the lower-cased SKU; `lock` takes their rows for update. */
export async function itemsBySkus(
  db: Db,
  skus: readonly string[],
  lock = false,
): Promise<Map<string, ItemRow>> {
  if (!skus.length) return new Map();
  const lower = [...new Set(skus.map((s) => s.toLowerCase()))];
  const query = db
    .select()
    .from(items)
    .where(sql`lower(${items.sku}) = any(${sql.param(lower)}::text[])`);
  const rows = lock ? await query.for('update') : await query;
  return new Map(rows.map((r) => [r.sku.toLowerCase(), r]));
}

/** Items with their category's path (root first), in one statement: what a quote needs of them. */
export async function itemsWithCategoryPath(
  db: Db,
  ids: readonly string[],
): Promise<(ItemRow & { categoryPath: string })[]> {
  return preparedOnce(db, 'items_with_category_path', (d) =>
    d
      .select({ ...getTableColumns(items), categoryPath: categories.path })
      .from(items)
      .innerJoin(categories, eq(categories.id, items.categoryId))
      .where(anyId(items.id, sql.placeholder('ids')))
      .prepare('items_with_category_path'),
  ).execute({ ids: [...ids] });
}

/** An item row with the certificate it was asked for. */
export type CoveredItem = ItemRow & { ownerId: string };

/** One page of the items each of many certificates covers, in one statement. */
export async function itemPagesByCertificate(
  db: Db,
  certificateIds: readonly string[],
  window: Window,
  order: KeysetOrder<ItemRow>,
): Promise<CoveredItem[]> {
  const ranked = db
    .select(rankedColumns(certificateItems.certificateId, order, window))
    .from(items)
    .innerJoin(certificateItems, eq(certificateItems.itemId, items.id))
    .where(and(anyId(certificateItems.certificateId, certificateIds), keysetCondition(order, window)))
    .as('ranked');
  const { rank, ...row } = ranked._.selectedFields;
  return db
    .select(row)
    .from(ranked)
    .where(sql`${rank} <= ${window.limit + 1}`)
    .orderBy(row.ownerId, rank) as unknown as Promise<CoveredItem[]>;
}

/** How many items each of many certificates covers. */
export async function itemCountsByCertificate(
  db: Db,
  certificateIds: readonly string[],
): Promise<Map<string, number>> {
  const rows = await db
    .select({ ownerId: certificateItems.certificateId, n: count() })
    .from(certificateItems)
    .where(anyId(certificateItems.certificateId, certificateIds))
    .groupBy(certificateItems.certificateId);
  return new Map(rows.map((r) => [r.ownerId, r.n]));
}
