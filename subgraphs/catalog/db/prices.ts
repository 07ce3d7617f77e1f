import { and, desc, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import { anyId, type Db, preparedOnce } from '../../shared/db.ts';
import { type PriceRow, prices } from './tables.ts';

/** The price of each item holding at `at` in `currency` (one statement for many items). */
export async function pricesAt(
  db: Db,
  itemIds: readonly string[],
  currency: string,
  at: Date,
): Promise<PriceRow[]> {
  return preparedOnce(db, 'prices_at', (d) => {
    const moment = sql`${sql.placeholder('at')}::timestamptz`;
    return d
      .select()
      .from(prices)
      .where(
        and(
          anyId(prices.itemId, sql.placeholder('ids')),
          eq(prices.currency, sql.placeholder('currency')),
          lte(prices.validFrom, moment),
          or(isNull(prices.validTo), gt(prices.validTo, moment)),
        ),
      )
      .prepare('prices_at');
  }).execute({ ids: [...itemIds], currency, at: at.toISOString() });
}

/** Every price of many items, newest window first. */
export async function priceHistories(
  db: Db,
  itemIds: readonly string[],
  currency: string | null,
): Promise<PriceRow[]> {
  return db
    .select()
    .from(prices)
    .where(and(anyId(prices.itemId, itemIds), currency ? eq(prices.currency, currency) : sql`true`))
    .orderBy(desc(prices.validFrom));
}
