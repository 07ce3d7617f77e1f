import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { DomainError, ErrorCode, pgErrorCode, userError } from '../../shared/errors.ts';
import { type VatRateRow, vatRates } from '../db/tables.ts';
import { CatalogErrorCode } from '../domain/errors.ts';
import { placePrice } from '../domain/prices.ts';
import { VAT_RATES } from '../domain/values.ts';
import { CatalogEvent } from '../events.ts';
import { idempotencyKey, isoDate, uuid } from './fields.ts';
import { defineVerb, recordChange } from './kit.ts';
import { lockItem } from './locks.ts';

export const setItemVatInput = z.object({
  itemId: uuid,
  /** Percent, one of `VAT_RATES`; or `exempt`. */
  rate: z.number().int('A VAT rate is a whole percent').nullish(),
  exempt: z.boolean().nullish(),
  validFrom: isoDate.nullish(),
  idempotencyKey,
});

export interface SetItemVatResult {
  vat: VatRateRow;
  itemId: string;
}

const today = () => new Date().toISOString().slice(0, 10);
const asMoment = (day: string) => new Date(`${day}T00:00:00Z`);

/**
 * Sets an item's VAT from `validFrom` (a day, default today in UTC, never earlier): a rate in percent
 * (0, 5, 7, 10, 20 or 22) or exempt («без НДС»), never both. The open window that started earlier ends
 * where the new one starts; a later window is an overlap (VAT_OVERLAP; the exclusion constraint settles
 * races). The item row is locked, so VAT and price changes of one item take turns.
 */
export const setItemVat = defineVerb({
  name: 'setCatalogItemVat',
  input: setItemVatInput,
  idempotent: true,
  run: async (ctx, data, tx): Promise<SetItemVatResult> => {
    const exempt = data.exempt === true;
    const rate = data.rate ?? null;
    if (exempt && rate !== null) {
      throw new DomainError(
        userError(ErrorCode.VALIDATION, 'An exempt item has no VAT rate: give one or the other', [
          'input',
          'exempt',
        ]),
      );
    }
    if (!exempt && rate === null) {
      throw new DomainError(
        userError(ErrorCode.VALIDATION, `Give a rate (${VAT_RATES.join(', ')}) or exempt: true`, [
          'input',
          'rate',
        ]),
      );
    }
    if (rate !== null && !(VAT_RATES as readonly number[]).includes(rate)) {
      throw new DomainError(
        userError(
          CatalogErrorCode.INVALID_VAT_RATE,
          `${rate} % is not a VAT rate; the rates are ${VAT_RATES.join(', ')} %`,
          ['input', 'rate'],
        ),
      );
    }
    const validFrom = data.validFrom ?? today();
    if (validFrom < today()) {
      throw new DomainError(
        userError(CatalogErrorCode.VAT_IN_PAST, 'VAT cannot change in the past', ['input', 'validFrom']),
      );
    }
    const item = await lockItem(tx, data.itemId, ['input', 'itemId']);
    const existing = await tx.db.select().from(vatRates).where(eq(vatRates.itemId, item.id));
    const windows = existing.map((row) => ({
      id: row.id,
      row,
      validFrom: asMoment(row.validFrom),
      validTo: row.validTo ? asMoment(row.validTo) : null,
    }));
    const { closes, overlap } = placePrice(windows, asMoment(validFrom), null);
    if (overlap) {
      throw new DomainError(
        userError(
          CatalogErrorCode.VAT_OVERLAP,
          `The item's VAT is already set from ${overlap.row.validFrom}${overlap.row.validTo ? ` to ${overlap.row.validTo}` : ''}`,
          ['input', 'validFrom'],
        ),
      );
    }
    try {
      if (closes) {
        await tx.db
          .update(vatRates)
          .set({ validTo: validFrom })
          .where(and(eq(vatRates.id, closes.id), eq(vatRates.itemId, item.id)));
      }
      const [row] = await tx.db
        .insert(vatRates)
        .values({ itemId: item.id, rate, exempt, validFrom, validTo: null })
        .returning();
      const vat = row as VatRateRow;
      await recordChange(
        ctx,
        tx,
        {
          entityType: 'CatalogItem',
          entityId: item.id,
          action: 'vat.set',
          before: closes?.row ?? null,
          after: vat,
        },
        { name: CatalogEvent.ITEM_CHANGED, payload: { id: item.id, change: 'vat' } },
      );
      return { vat, itemId: item.id };
    } catch (error) {
      // 23P01: exclusion_violation — another window appeared despite the lock (a raw write).
      if (pgErrorCode(error, '23P01', 'vat_rates_no_overlap_excl')) {
        throw new DomainError(
          userError(CatalogErrorCode.VAT_OVERLAP, 'Another VAT window of the item holds then', [
            'input',
            'validFrom',
          ]),
        );
      }
      throw error;
    }
  },
});
