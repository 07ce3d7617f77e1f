import { and, asc, count, eq, getTableColumns, ilike, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../shared/db.ts';
import {
  type Connection,
  type KeysetOrder,
  keysetCondition,
  keysetOrderBy,
  lazyCount,
  type PageArgs,
  parsePageArgs,
  toConnection,
  type Window,
} from '../../shared/pagination.ts';
import { barcodes, type CategoryRow, categories, type ItemRow, items } from './tables.ts';

export interface OrderBy<F extends string> {
  field: F;
  direction: 'ASC' | 'DESC';
}

export interface CategoryFilter {
  parentId?: string | null;
  rootsOnly?: boolean | null;
  subtreeOf?: string | null;
  /** With `subtreeOf`: leave the category itself out. */
  excludeSelf?: boolean | null;
  search?: string | null;
  status?: string | null;
}

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

const sortValue = (v: unknown) => (v instanceof Date ? v.toISOString() : v);
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function categoryOrder(orderBy?: OrderBy<'NAME' | 'CREATED_AT'> | null): KeysetOrder<CategoryRow> {
  const byCreated = orderBy?.field === 'CREATED_AT';
  return {
    column: byCreated ? categories.createdAt : categories.name,
    id: categories.id,
    descending: orderBy?.direction === 'DESC',
    key: (row) => [sortValue(byCreated ? row.createdAt : row.name), row.id],
  };
}

export type ItemOrderField = 'RELEVANCE' | 'NAME' | 'SKU' | 'CREATED_AT' | 'UPDATED_AT';

/**
 * How well an item matches a search: the best trigram word similarity of the text within its name or
 * SKU (0..1). Cast to float8 so keyset cursors compare it exactly.
 */
const searchScore = (q: string): SQL =>
  sql`greatest(word_similarity(${q}, ${items.name}), word_similarity(${q}, ${items.sku}))::float8`;

export function itemOrder(
  orderBy?: OrderBy<ItemOrderField> | null,
  search?: string | null,
): KeysetOrder<ListedItem> {
  if (search && (!orderBy || orderBy.field === 'RELEVANCE')) {
    // Best match first whatever the direction; ties by id.
    return { column: searchScore(search), id: items.id, descending: true, key: (row) => [row.score ?? 0, row.id] };
  }
  const field = orderBy?.field === 'RELEVANCE' || !orderBy ? 'NAME' : orderBy.field;
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
    key: (row) => [sortValue(value(row)), row.id],
  };
}

/** `path LIKE '<prefix>%'` of the category `id`: the category and everything under it. */
const subtreeOf = (id: string): SQL =>
  sql`${categories.path} like (select c.path from ${categories} c where c.id = ${id}) || '%'`;

export async function listCategories(
  db: Db,
  args: PageArgs,
  filter: CategoryFilter = {},
  orderBy?: OrderBy<'NAME' | 'CREATED_AT'> | null,
): Promise<Connection<CategoryRow>> {
  const window = parsePageArgs(args);
  const order = categoryOrder(orderBy);
  const where = and(
    filter.parentId ? eq(categories.parentId, filter.parentId) : undefined,
    filter.rootsOnly ? isNull(categories.parentId) : undefined,
    filter.subtreeOf ? subtreeOf(filter.subtreeOf) : undefined,
    filter.subtreeOf && filter.excludeSelf ? sql`${categories.id} <> ${filter.subtreeOf}` : undefined,
    filter.search ? ilike(categories.name, `%${escapeLike(filter.search)}%`) : undefined,
    filter.status ? eq(categories.status, filter.status) : undefined,
  );
  const rows = await db
    .select()
    .from(categories)
    .where(and(where, keysetCondition(order, window)))
    .orderBy(...keysetOrderBy(order, window))
    .limit(window.limit + 1);
  return toConnection(
    rows,
    window,
    order,
    lazyCount(async () => (await db.select({ n: count() }).from(categories).where(where))[0]?.n ?? 0),
  );
}

export function itemWhere(filter: ItemFilter): SQL | undefined {
  const search = filter.search?.trim();
  const barcode = filter.barcode?.trim();
  return and(
    filter.categoryId ? inArray(items.categoryId, subtreeIds(filter.categoryId)) : undefined,
    filter.kind ? eq(items.kind, filter.kind) : undefined,
    filter.status ? eq(items.status, filter.status) : undefined,
    // `<%` (word similarity above pg_trgm.word_similarity_threshold) tolerates typos and finds a word
    // inside a long name; ILIKE keeps exact fragments such as part numbers. Both use the trigram indexes.
    search
      ? or(
          sql`${search} <% ${items.name}`,
          sql`${search} <% ${items.sku}`,
          ilike(items.name, `%${escapeLike(search)}%`),
          ilike(items.sku, `%${escapeLike(search)}%`),
        )
      : undefined,
    barcode
      ? inArray(items.id, sql`(select b.item_id from ${barcodes} b where b.code = ${barcode})`)
      : undefined,
    filter.characteristics && Object.keys(filter.characteristics).length
      ? sql`${items.characteristics} @> ${JSON.stringify(filter.characteristics)}::jsonb`
      : undefined,
  );
}

/** Ids of a category and its descendants, as a sub-select. */
function subtreeIds(id: string): SQL {
  return sql`(select c.id from ${categories} c where c.path like (select p.path from ${categories} p where p.id = ${id}) || '%')`;
}

export async function listItems(
  db: Db,
  args: PageArgs,
  filter: ItemFilter = {},
  orderBy?: OrderBy<ItemOrderField> | null,
): Promise<Connection<ListedItem>> {
  const window = parsePageArgs(args);
  const search = filter.search?.trim() || null;
  const order = itemOrder(orderBy, search);
  const where = itemWhere(filter);
  const rows = await db
    .select({ ...getTableColumns(items), ...(search ? { score: searchScore(search).mapWith(Number) } : {}) })
    .from(items)
    .where(and(where, keysetCondition(order, window)))
    .orderBy(...keysetOrderBy(order, window))
    .limit(window.limit + 1);
  return toConnection(
    rows,
    window,
    order,
    lazyCount(async () => (await db.select({ n: count() }).from(items).where(where))[0]?.n ?? 0),
  );
}

export async function categoriesByIds(db: Db, ids: readonly string[]): Promise<CategoryRow[]> {
  return db
    .select()
    .from(categories)
    .where(inArray(categories.id, [...ids]));
}

export async function itemsByIds(db: Db, ids: readonly string[]): Promise<ItemRow[]> {
  return db
    .select()
    .from(items)
    .where(inArray(items.id, [...ids]));
}

export async function childrenOf(db: Db, parentIds: readonly string[]): Promise<CategoryRow[]> {
  return db
    .select()
    .from(categories)
    .where(inArray(categories.parentId, [...parentIds]))
    .orderBy(asc(categories.name), asc(categories.id));
}

export async function itemBySku(db: Db, sku: string): Promise<ItemRow | null> {
  const [row] = await db.select().from(items).where(sql`lower(${items.sku}) = lower(${sku})`).limit(1);
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
  const owner = sql`owner.id`;
  const membership = includeDescendants
    ? sql`join ${categories} member on member.id = ${items.categoryId} join ${categories} owner on member.path like owner.path || '%'`
    : sql`join ${categories} owner on owner.id = ${items.categoryId}`;
  const orderSql = sql.join(keysetOrderBy(order, window), sql`, `);
  const cursor = keysetCondition(order, window);
  const rows = await db.execute<Record<string, unknown>>(sql`
    select * from (
      select ${items}.*, ${owner} as owner_id, row_number() over (partition by ${owner} order by ${orderSql}) as rn
      from ${items} ${membership}
      where ${owner} in ${sql`(${sql.join(
        ownerIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`} ${cursor ? sql`and ${cursor}` : sql``}
    ) ranked where rn <= ${window.limit + 1}
    order by owner_id, rn`);
  return rows.map((r) => ({
    id: r.id as string,
    sku: r.sku as string,
    name: r.name as string,
    description: (r.description as string | null) ?? null,
    kind: r.kind as string,
    status: r.status as string,
    categoryId: r.category_id as string,
    unit: r.unit as string,
    manufacturer: (r.manufacturer as string | null) ?? null,
    vendorPartNumber: (r.vendor_part_number as string | null) ?? null,
    characteristics: (r.characteristics as Record<string, unknown>) ?? {},
    serviceType: (r.service_type as string | null) ?? null,
    attachments: (r.attachments as ItemRow['attachments']) ?? [],
    createdAt: new Date(r.created_at as string),
    updatedAt: new Date(r.updated_at as string),
    ownerId: r.owner_id as string,
  }));
}

/** Item counts for many categories in one statement. */
export async function itemCountsByCategory(
  db: Db,
  ownerIds: readonly string[],
  includeDescendants: boolean,
): Promise<Map<string, number>> {
  const rows = includeDescendants
    ? await db.execute<{ owner_id: string; n: string }>(sql`
        select owner.id as owner_id, count(${items.id}) as n
        from ${categories} owner
        join ${categories} member on member.path like owner.path || '%'
        join ${items} on ${items.categoryId} = member.id
        where owner.id in (${sql.join(
          ownerIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})
        group by owner.id`)
    : await db
        .select({ owner_id: items.categoryId, n: count() })
        .from(items)
        .where(inArray(items.categoryId, [...ownerIds]))
        .groupBy(items.categoryId);
  return new Map(rows.map((r) => [r.owner_id, Number(r.n)]));
}

/** Every category, for resolving and printing name paths (a catalog has thousands, not millions). */
export async function allCategories(db: Db): Promise<CategoryRow[]> {
  return db.select().from(categories);
}

/** Items matching a filter, by SKU: for exports. */
export async function itemsForExport(db: Db, filter: ItemFilter, limit: number): Promise<ItemRow[]> {
  return db.select().from(items).where(itemWhere(filter)).orderBy(asc(items.sku)).limit(limit);
}

export async function itemIdsBySkus(db: Db, skus: readonly string[]): Promise<Map<string, ItemRow>> {
  if (!skus.length) return new Map();
  const rows = await db
    .select()
    .from(items)
    .where(inArray(sql`lower(${items.sku})`, skus.map((s) => s.toLowerCase())));
  return new Map(rows.map((r) => [r.sku.toLowerCase(), r]));
}
