import { and, desc, eq, getTableColumns, gt, isNull, lte, or, sql } from 'drizzle-orm';
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

/** Every price of many items (in one currency, or all), newest window first. */
export async function priceHistories(
  db: Db,
  itemIds: readonly string[],
  currency: string | null,
): Promise<PriceRow[]> {
  return preparedOnce(db, 'price_histories', (d) =>
    d
      .select()
      .from(prices)
      .where(and(anyId(prices.itemId, sql.placeholder('ids')), inCurrency(sql.placeholder('currency'))))
      .orderBy(desc(prices.validFrom))
      .prepare('price_histories'),
  ).execute({ ids: [...itemIds], currency });
}

/** A price row of {@link pricesWithHistories}: `current` when it is its item's price of the moment asked. */
export type PriceReadRow = PriceRow & { current: boolean };

/**
 * {@link pricesAt} and {@link priceHistories} in one statement, for a page that asks for both: the rows
 * of either, newest window first, each marked `current` when it holds at `at` in `currency` for an item
 * of `currentIds`. The caller keeps a history row only when its item and currency were asked for.
 */
export async function pricesWithHistories(
  db: Db,
  current: { itemIds: readonly string[]; currency: string; at: Date },
  history: { itemIds: readonly string[]; currency: string | null },
): Promise<PriceReadRow[]> {
  return preparedOnce(db, 'prices_with_histories', (d) => {
    const moment = sql`${sql.placeholder('at')}::timestamptz`;
    const holds = and(
      anyId(prices.itemId, sql.placeholder('currentIds')),
      eq(prices.currency, sql.placeholder('currency')),
      lte(prices.validFrom, moment),
      or(isNull(prices.validTo), gt(prices.validTo, moment)),
    );
    return d
      .select({ ...getTableColumns(prices), current: sql<boolean>`coalesce(${holds}, false)` })
      .from(prices)
      .where(
        or(
          and(
            anyId(prices.itemId, sql.placeholder('historyIds')),
            inCurrency(sql.placeholder('historyCurrency')),
          ),
          holds,
        ),
      )
      .orderBy(desc(prices.validFrom))
      .prepare('prices_with_histories');
  }).execute({
    currentIds: [...current.itemIds],
    currency: current.currency,
    at: current.at.toISOString(),
    historyIds: [...history.itemIds],
    historyCurrency: history.currency,
  });
}

/** `currency = $c`, or every currency when the parameter is null (one statement text for both). */
const inCurrency = (currency: unknown) =>
  sql`(${currency}::text is null or ${prices.currency} = ${currency}::text)`;
