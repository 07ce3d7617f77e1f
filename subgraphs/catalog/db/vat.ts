import { and, desc, gt, isNull, lte, or, sql } from 'drizzle-orm';
import { anyId, type Db, preparedOnce } from '../../shared/db.ts';
import { type VatRateRow, vatRates } from './tables.ts';

/** The VAT of each item holding on `day` (YYYY-MM-DD), one statement for many items. */
export async function vatRatesOn(db: Db, itemIds: readonly string[], day: string): Promise<VatRateRow[]> {
  return preparedOnce(db, 'vat_rates_on', (d) => {
    const on = sql`${sql.placeholder('day')}::date`;
    return d
      .select()
      .from(vatRates)
      .where(
        and(
          anyId(vatRates.itemId, sql.placeholder('ids')),
          lte(vatRates.validFrom, on),
          or(isNull(vatRates.validTo), gt(vatRates.validTo, on)),
        ),
      )
      .prepare('vat_rates_on');
  }).execute({ ids: [...itemIds], day });
}

/** Every VAT window of many items, newest first. */
export async function vatHistories(db: Db, itemIds: readonly string[]): Promise<VatRateRow[]> {
  return db.select().from(vatRates).where(anyId(vatRates.itemId, itemIds)).orderBy(desc(vatRates.validFrom));
}
