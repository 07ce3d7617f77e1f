import {
  type AnyColumn,
  and,
  asc,
  count,
  eq,
  getTableColumns,
  ilike,
  inArray,
  isNull,
  type SQL,
  sql,
} from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { anyId, type Db, likeContains, preparedOnce } from '../../shared/db.ts';
import {
  type Connection,
  type KeysetOrder,
  keysetCondition,
  keysetOrderBy,
  type PageArgs,
  parsePageArgs,
  tablePage,
  type Window,
} from '../../shared/pagination.ts';
import { requireUuid } from '../../shared/validation.ts';
import { barcodes, type CategoryRow, categories, type ItemRow, items, searchWords } from './tables.ts';

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

/** The full-text query a search compiled to (see `compileSearch`); null matches everything. */
export type SearchQuery = string | null;

/** The tsquery a search compiled to, as SQL. */
const tsquery = (q: string): SQL => sql`to_tsquery('simple', ${q})`;

/** Search rank: how well an item's words match (cast to float8 so keyset cursors compare it exactly). */
const searchRank = (q: string): SQL => sql`ts_rank(${items}.search_vector, ${tsquery(q)})::float8`;

/** Words of a search as the index splits them: letters and digits, lower case, at most eight. */
export function searchWordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
}

/**
 * Compiles a search into a full-text query: every word must match (AND), each as a prefix (`кабел` finds
 * `кабель`) or as one of the three known words closest to it by trigram similarity (`термнал` finds
 * `терминал`). One statement for the corrections, then the search itself is an indexed full-text match.
 */
export async function compileSearch(db: Db, text: string | null | undefined): Promise<SearchQuery> {
  const words = searchWordsOf(text ?? '');
  if (!words.length) return null;
  const long = words.filter((w) => w.length >= 3);
  const corrections = long.length
    ? await preparedOnce(db, 'search_corrections', (d) =>
        d
          .select({ query: sql<string>`q.w`, word: sql<string>`s.word` })
          .from(sql`unnest(${sql.placeholder('words')}::text[]) as q(w)`)
          .innerJoinLateral(
            sql`(select word from ${searchWords} where word % q.w order by word <-> q.w limit 3) s`,
            sql`true`,
          )
          .prepare('search_corrections'),
      ).execute({ words: long })
    : [];
  return words
    .map((w) => {
      const alternatives = new Set([
        `${w}:*`,
        ...corrections.filter((c) => c.query === w).map((c) => c.word),
      ]);
      return `(${[...alternatives].join(' | ')})`;
    })
    .join(' & ');
}

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
    key: (row) => [sortValue(value(row)), row.id],
  };
}

export async function listCategories(
  db: Db,
  args: PageArgs,
  filter: CategoryFilter = {},
  orderBy?: OrderBy<'NAME' | 'CREATED_AT'> | null,
): Promise<Connection<CategoryRow>> {
  parsePageArgs(args); // refuse bad paging before any statement
  requireUuid(filter.parentId, ['filter', 'parentId']);
  requireUuid(filter.subtreeOf, ['filter', 'subtreeOf']);
  const order = categoryOrder(orderBy);
  const subtree = filter.subtreeOf ? await subtreeIdsOf(db, filter.subtreeOf) : null;
  const where = and(
    filter.parentId ? eq(categories.parentId, filter.parentId) : undefined,
    filter.rootsOnly ? isNull(categories.parentId) : undefined,
    subtree ? anyId(categories.id, filter.excludeSelf ? subtree.slice(1) : subtree) : undefined,
    filter.search ? ilike(categories.name, likeContains(filter.search)) : undefined,
    filter.status ? eq(categories.status, filter.status) : undefined,
  );
  return tablePage(db, categories, { args, order, where });
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
    search ? sql`${items}.search_vector @@ ${tsquery(search)}` : undefined,
    barcode
      ? inArray(items.id, sql`(select b.item_id from ${barcodes} b where b.code = ${barcode})`)
      : undefined,
    filter.characteristics && Object.keys(filter.characteristics).length
      ? sql`${items.characteristics} @> ${JSON.stringify(filter.characteristics)}::jsonb`
      : undefined,
  );
}

/**
 * Ids of a category and all its descendants, the category first (walking `parent_id` down its index);
 * empty when unknown. A list then filters by the ids, so the planner sees how many there are.
 */
export async function subtreeIdsOf(db: Db, id: string): Promise<string[]> {
  const rows = await db.execute<{ id: string }>(sql`
    with recursive sub as (
      select id, 0 as depth from ${categories} where id = ${id}
      union all
      select c.id, sub.depth + 1 from ${categories} c join sub on c.parent_id = sub.id
    ) select id from sub order by depth`);
  return rows.map((r) => r.id);
}

export async function listItems(
  db: Db,
  args: PageArgs,
  filter: ItemFilter = {},
  orderBy?: OrderBy<ItemOrderField> | null,
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
  });
}

export async function categoriesByIds(db: Db, ids: readonly string[]): Promise<CategoryRow[]> {
  return preparedOnce(db, 'categories_by_ids', (d) =>
    d
      .select()
      .from(categories)
      .where(anyId(categories.id, sql.placeholder('ids')))
      .prepare('categories_by_ids'),
  ).execute({ ids: [...ids] });
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

export async function childrenOf(db: Db, parentIds: readonly string[]): Promise<CategoryRow[]> {
  return db
    .select()
    .from(categories)
    .where(anyId(categories.parentId, parentIds))
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

/** Every category, for resolving and printing name paths (a catalog has thousands, not millions). */
export async function allCategories(db: Db): Promise<CategoryRow[]> {
  return db.select().from(categories);
}

/** Items matching a filter, by SKU: for exports. */
export async function itemsForExport(db: Db, filter: ItemFilter, limit: number): Promise<ItemRow[]> {
  const where = itemWhere(await resolveItemFilter(db, filter));
  return db.select().from(items).where(where).orderBy(asc(items.sku)).limit(limit);
}

export async function itemsBySkus(db: Db, skus: readonly string[]): Promise<Map<string, ItemRow>> {
  if (!skus.length) return new Map();
  const rows = await db
    .select()
    .from(items)
    .where(
      inArray(
        sql`lower(${items.sku})`,
        skus.map((s) => s.toLowerCase()),
      ),
    );
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
