import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { DomainError, ErrorCode, pgErrorCode, userError } from '../../shared/errors.ts';
import { type PriceRow, prices } from '../db/tables.ts';
import { CatalogErrorCode } from '../domain/errors.ts';
import { placePrice } from '../domain/prices.ts';
import { RECURRING_PERIODS } from '../domain/values.ts';
import { CatalogEvent } from '../events.ts';
import { amount, currency, idempotencyKey, moment, uuid } from './fields.ts';
import { defineVerb, recordChange } from './kit.ts';
import { lockItem } from './locks.ts';

/** A price may start a little before "now" as the caller saw it (clock skew, slow networks). */
export const PAST_TOLERANCE_MS = 60_000;

export const setPriceInput = z
  .object({
    itemId: uuid,
    amount: amount(),
    currency: currency.default('RUB'),
    recurringPeriod: z.enum(RECURRING_PERIODS).nullish(),
    /** Default: true for roubles (retail prices include VAT), false for any other currency. */
    includesVat: z.boolean().nullish(),
    validFrom: moment.nullish(),
    validTo: moment.nullish(),
    idempotencyKey,
  })
  .refine((v) => !v.validTo || !v.validFrom || v.validTo > v.validFrom, {
    message: 'validTo must be after validFrom',
    path: ['validTo'],
  });

export interface SetPriceResult {
  price: PriceRow;
  itemId: string;
}

/** The exclusion constraint refused a window overlapping another of the item and currency (23P01). */
export const isPriceOverlap = (error: unknown) => pgErrorCode(error, '23P01', 'prices_no_overlap_excl');

/** Whether a price in `currency` includes VAT when the caller does not say: roubles do, others do not. */
export const includesVatByDefault = (currency: string) => currency === 'RUB';

/**
 * Sets a list price from `validFrom` (default now, never in the past), with or without VAT. An
 * open-ended price of the same currency that started earlier is closed where the new one starts; any
 * other overlap is refused (PRICE_OVERLAP on `validFrom` — also when the exclusion constraint meets a
 * window another writer stored after the check). The item row is locked so two managers setting a price
 * of the same item take turns.
 */
export const setPrice = defineVerb({
  name: 'setCatalogPrice',
  input: setPriceInput,
  idempotent: true,
  run: async (ctx, data, tx): Promise<SetPriceResult> => {
    const now = new Date();
    const validFrom = data.validFrom ?? now;
    if (validFrom.getTime() < now.getTime() - PAST_TOLERANCE_MS) {
      throw new DomainError(
        userError(CatalogErrorCode.PRICE_IN_PAST, 'A price cannot start in the past', ['input', 'validFrom']),
      );
    }
    const validTo = data.validTo ?? null;
    if (validTo && validTo <= validFrom) {
      throw new DomainError(
        userError(ErrorCode.VALIDATION, 'validTo must be after validFrom', ['input', 'validTo']),
      );
    }
    const item = await lockItem(tx, data.itemId, ['input', 'itemId']);
    const recurring = item.serviceType === 'RECURRING';
    if (data.recurringPeriod && !recurring) {
      throw new DomainError(
        userError(ErrorCode.VALIDATION, 'Only recurring services have a recurring period', [
          'input',
          'recurringPeriod',
        ]),
      );
    }
    const existing = await tx.db
      .select()
      .from(prices)
      .where(and(eq(prices.itemId, item.id), eq(prices.currency, data.currency)));
    const { closes, overlap } = placePrice(existing, validFrom, validTo);
    if (overlap) {
      throw new DomainError(
        userError(
          CatalogErrorCode.PRICE_OVERLAP,
          `Another ${data.currency} price holds from ${overlap.validFrom.toISOString()}${overlap.validTo ? ` to ${overlap.validTo.toISOString()}` : ''}`,
          ['input', 'validFrom'],
        ),
      );
    }
    let row: PriceRow;
    try {
      if (closes) await tx.db.update(prices).set({ validTo: validFrom }).where(eq(prices.id, closes.id));
      const [price] = await tx.db
        .insert(prices)
        .values({
          itemId: item.id,
          currency: data.currency,
          amount: data.amount,
          recurringPeriod: recurring ? (data.recurringPeriod ?? 'MONTH') : null,
          includesVat: data.includesVat ?? includesVatByDefault(data.currency),
          validFrom,
          validTo,
        })
        .returning();
      row = price as PriceRow;
    } catch (error) {
      // A writer that does not take the item's lock stored an overlapping window after the check: the
      // exclusion constraint decides, and the caller hears it as the check would have said it.
      if (isPriceOverlap(error)) {
        throw new DomainError(
          userError(
            CatalogErrorCode.PRICE_OVERLAP,
            `Another ${data.currency} price was just set over this window`,
            ['input', 'validFrom'],
          ),
        );
      }
      throw error;
    }
    await recordChange(
      ctx,
      tx,
      {
        entityType: 'CatalogItem',
        entityId: item.id,
        action: 'price.set',
        before: closes,
        after: row,
      },
      {
        name: CatalogEvent.PRICE_CHANGED,
        payload: {
          itemId: item.id,
          priceId: row.id,
          currency: data.currency,
          amount: data.amount,
          validFrom: validFrom.toISOString(),
        },
      },
    );
    return { price: row, itemId: item.id };
  },
});
