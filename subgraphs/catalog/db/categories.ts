import { and, eq, getTableColumns, ilike, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { anyId, type Db, likeContains, preparedOnce } from '../../shared/db.ts';
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
import { type CategoryRow, categories } from './tables.ts';

export interface OrderBy<F extends string> {
  field: F;
  direction: 'ASC' | 'DESC';
}

export interface CategoryFilter {
  parentId?: string | null;
  rootsOnly?: boolean | null;
  subtreeOf?: string | null;
  search?: string | null;
  status?: string | null;
}

export function categoryOrder(orderBy?: OrderBy<'NAME' | 'CREATED_AT'> | null): KeysetOrder<CategoryRow> {
  const byCreated = orderBy?.field === 'CREATED_AT';
  return {
    column: byCreated ? categories.createdAt : categories.name,
    id: categories.id,
    descending: orderBy?.direction === 'DESC',
    cursor: byCreated ? 'timestamp' : 'text',
    key: (row) => [cursorValue(byCreated ? row.createdAt : row.name), row.id],
  };
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

export async function listCategories(
  db: Db,
  args: PageArgs,
  filter: CategoryFilter = {},
  orderBy?: OrderBy<'NAME' | 'CREATED_AT'> | null,
  withCount = false,
): Promise<Connection<CategoryRow>> {
  parsePageArgs(args); // refuse bad paging before any statement
  requireUuid(filter.parentId, ['filter', 'parentId']);
  requireUuid(filter.subtreeOf, ['filter', 'subtreeOf']);
  const subtree = filter.subtreeOf ? await subtreeIdsOf(db, filter.subtreeOf) : null;
  const where = and(
    filter.parentId ? eq(categories.parentId, filter.parentId) : undefined,
    filter.rootsOnly ? isNull(categories.parentId) : undefined,
    subtree ? anyId(categories.id, subtree) : undefined,
    filter.search ? ilike(categories.name, likeContains(filter.search)) : undefined,
    filter.status ? eq(categories.status, filter.status) : undefined,
  );
  return tablePage(db, categories, { args, order: categoryOrder(orderBy), where, withCount });
}

/**
 * The categories of `ids` and every category on their paths from the root, in one statement: whoever
 * asks for a category usually asks for its breadcrumbs or inherited template next, and the ancestors of
 * a page of items are a handful of rows shared by all of them.
 */
export async function categoriesWithAncestors(db: Db, ids: readonly string[]): Promise<CategoryRow[]> {
  return preparedOnce(db, 'categories_with_ancestors', (d) => {
    const asked = d
      .select({ path: categories.path })
      .from(categories)
      .where(anyId(categories.id, sql.placeholder('ids')));
    return d
      .select()
      .from(categories)
      .where(
        sql`${categories.id} = any(array(select unnest(string_to_array(trim(both '/' from a.path), '/'))::uuid from (${asked}) a))`,
      )
      .prepare('categories_with_ancestors');
  }).execute({ ids: [...ids] });
}

export async function childrenOf(db: Db, parentIds: readonly string[]): Promise<CategoryRow[]> {
  return db
    .select()
    .from(categories)
    .where(anyId(categories.parentId, parentIds))
    .orderBy(categories.name, categories.id);
}

/** A category row with the category it was asked for (a page of descendants of that one). */
export type OwnedCategory = CategoryRow & { ownerId: string };

/** One page of descendants (not the category itself) for each of many categories, in one statement. */
export async function descendantPages(
  db: Db,
  ownerIds: readonly string[],
  window: Window,
  order: KeysetOrder<CategoryRow>,
): Promise<OwnedCategory[]> {
  const owner = alias(categories, 'owner');
  const ranked = db
    .select({
      ...getTableColumns(categories),
      ownerId: sql<string>`${owner.id}`.as('owner_id'),
      rank: sql<number>`row_number() over (partition by ${owner.id} order by ${sql.join(keysetOrderBy(order, window), sql`, `)})`.as(
        'rank',
      ),
    })
    .from(categories)
    .innerJoin(owner, sql`${categories.path} like ${owner.path} || '%' and ${categories.id} <> ${owner.id}`)
    .where(and(anyId(owner.id, ownerIds), keysetCondition(order, window)))
    .as('ranked');
  const { rank, ...row } = ranked._.selectedFields;
  return db
    .select(row)
    .from(ranked)
    .where(sql`${rank} <= ${window.limit + 1}`)
    .orderBy(row.ownerId, rank) as unknown as Promise<OwnedCategory[]>;
}

/** How many descendants each of many categories has, in one statement. */
export async function descendantCounts(db: Db, ownerIds: readonly string[]): Promise<Map<string, number>> {
  const owner = alias(categories, 'owner');
  const rows = await db
    .select({ ownerId: owner.id, n: sql<number>`count(${categories.id})::int` })
    .from(owner)
    .innerJoin(
      categories,
      sql`${categories.path} like ${owner.path} || '%' and ${categories.id} <> ${owner.id}`,
    )
    .where(anyId(owner.id, ownerIds))
    .groupBy(owner.id);
  return new Map(rows.map((r) => [r.ownerId, r.n]));
}

/** Every category, for resolving and printing name paths (a catalog has thousands, not millions). */
export async function allCategories(db: Db): Promise<CategoryRow[]> {
  return db.select().from(categories);
}
