import { and, eq, getTableColumns, gt, ilike, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { anyId, type Db, likeContains, preparedOnce } from '../../shared/db.ts';
import {
  type Connection,
  cursorValue,
  type KeysetOrder,
  type PageArgs,
  tablePage,
} from '../../shared/pagination.ts';
import { categories, items, type PromotionRow, promotions } from './tables.ts';

export interface PromotionFilter {
  active?: boolean | null;
  validAt?: Date | null;
  search?: string | null;
}

const order: KeysetOrder<PromotionRow> = {
  column: promotions.createdAt,
  id: promotions.id,
  descending: true,
  cursor: 'timestamp',
  key: (row) => [cursorValue(row.createdAt), row.id],
};

export async function listPromotions(
  db: Db,
  args: PageArgs,
  filter: PromotionFilter = {},
  withCount = false,
): Promise<Connection<PromotionRow>> {
  const where: SQL | undefined = and(
    filter.active == null ? undefined : eq(promotions.active, filter.active),
    filter.validAt
      ? and(
          or(isNull(promotions.validFrom), lte(promotions.validFrom, filter.validAt)),
          or(isNull(promotions.validTo), gt(promotions.validTo, filter.validAt)),
        )
      : undefined,
    filter.search ? ilike(promotions.name, likeContains(filter.search)) : undefined,
  );
  return tablePage(db, promotions, { args, order, where, withCount });
}

export async function promotionsByIds(db: Db, ids: readonly string[]): Promise<PromotionRow[]> {
  return db.select().from(promotions).where(anyId(promotions.id, ids));
}

/**
 * Every promotion that could touch these items: scoped to everything, to one of the items, or to a
 * category on one of the items' paths. Inactive and out-of-window ones are included so a quote can say
 * why they did not apply. One statement, needing only the item ids.
 */
export async function candidatePromotions(db: Db, itemIds: readonly string[]): Promise<PromotionRow[]> {
  return preparedOnce(db, 'candidate_promotions', (d) => {
    const ids = sql.placeholder('ids');
    return d
      .select()
      .from(promotions)
      .where(
        or(
          eq(promotions.scopeType, 'ALL'),
          sql`${promotions.scopeItemId} = any(${ids}::uuid[])`,
          sql`${promotions.scopeCategoryId} in (
            select unnest(string_to_array(trim(both '/' from c.path), '/'))::uuid
            from ${categories} c join ${items} i on i.category_id = c.id
            where i.id = any(${ids}::uuid[]))`,
        ),
      )
      .prepare('candidate_promotions');
  }).execute({ ids: [...itemIds] });
}

/** A promotion with the names of what it is scoped to, for a quote to say where it applies. */
export type ScopedPromotion = PromotionRow & {
  scopeItemSku: string | null;
  scopeCategoryName: string | null;
};

/**
 * Every promotion holding a promo code (compared as the quote compares it: trimmed, any letter case),
 * whatever its scope, state or window, with the SKU or category name of its scope. One statement.
 */
export async function promotionsByCode(db: Db, code: string): Promise<ScopedPromotion[]> {
  const scopeItem = alias(items, 'scope_item');
  const scopeCategory = alias(categories, 'scope_category');
  return db
    .select({
      ...getTableColumns(promotions),
      scopeItemSku: scopeItem.sku,
      scopeCategoryName: scopeCategory.name,
    })
    .from(promotions)
    .leftJoin(scopeItem, eq(scopeItem.id, promotions.scopeItemId))
    .leftJoin(scopeCategory, eq(scopeCategory.id, promotions.scopeCategoryId))
    .where(sql`lower(trim(${promotions.promoCode})) = lower(trim(${code}))`);
}
