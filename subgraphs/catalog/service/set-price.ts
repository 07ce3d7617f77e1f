import { and, eq, gt, isNull, lt, or } from 'drizzle-orm';
import { withTransaction } from '../../shared/db.ts';
import { DomainError, ErrorCode, userError } from '../../shared/errors.ts';
import { idempotent } from '../../shared/idempotency.ts';
import { parseInput } from '../../shared/validation.ts';
import type { CatalogContext } from '../context.ts';
import { CatalogErrorCode, CatalogEvent } from '../db/enums.ts';
import { idempotencyKeys, items, type PriceRow, prices } from '../db/tables.ts';
import { setPriceInput } from './inputs.ts';
import { recordChange } from './record-change.ts';

/** A price may start a little before "now" as the caller saw it (clock skew, slow networks). */
const PAST_TOLERANCE_MS = 60_000;

export interface SetPriceResult {
  price: PriceRow;
  itemId: string;
}

/**
 * Sets a list price from `validFrom` (default now, never in the past). Prices are history: an open-ended
 * price of the same currency that started earlier is closed where the new one starts; any other overlap
 * is refused (PRICE_OVERLAP; the exclusion constraint settles races). The item row is locked so two
 * managers setting a price of the same item take turns.
 */
export async function setPrice(
  ctx: CatalogContext,
  rawInput: unknown,
  now = new Date(),
): Promise<SetPriceResult> {
  const { idempotencyKey, ...data } = parseInput(setPriceInput, rawInput);
  const validFrom = data.validFrom ?? now;
  if (validFrom.getTime() < now.getTime() - PAST_TOLERANCE_MS) {
    throw new DomainError(
      userError(CatalogErrorCode.PRICE_IN_PAST, 'A price cannot start in the past', ['input', 'validFrom']),
    );
  }
  if (data.validTo && data.validTo <= validFrom) {
    throw new DomainError(
      userError(ErrorCode.VALIDATION, 'validTo must be after validFrom', ['input', 'validTo']),
    );
  }
  return withTransaction(ctx, async (tx) => {
    const { value } = await idempotent(
      tx,
      idempotencyKeys,
      {
        actorId: ctx.actor.id,
        operation: 'setCatalogPrice',
        key: idempotencyKey,
        input: { ...data, validFrom },
      },
      async () => {
        const [item] = await tx.db.select().from(items).where(eq(items.id, data.itemId)).for('update');
        if (!item) throw new DomainError(userError(ErrorCode.NOT_FOUND, 'No such item', ['input', 'itemId']));
        const recurring = item.serviceType === 'RECURRING';
        if (data.recurringPeriod && !recurring) {
          throw new DomainError(
            userError(ErrorCode.VALIDATION, 'Only recurring services have a recurring period', [
              'input',
              'recurringPeriod',
            ]),
          );
        }
        const sameCurrency = and(eq(prices.itemId, item.id), eq(prices.currency, data.currency));
        // The open-ended price that started before this one ends where this one starts.
        const [closed] = await tx.db
          .update(prices)
          .set({ validTo: validFrom })
          .where(and(sameCurrency, isNull(prices.validTo), lt(prices.validFrom, validFrom)))
          .returning();
        const validTo = data.validTo ?? null;
        const [overlap] = await tx.db
          .select()
          .from(prices)
          .where(
            and(
              sameCurrency,
              or(isNull(prices.validTo), gt(prices.validTo, validFrom)),
              validTo ? lt(prices.validFrom, validTo) : undefined,
            ),
          )
          .limit(1);
        if (overlap) {
          throw new DomainError(
            userError(
              CatalogErrorCode.PRICE_OVERLAP,
              `Another ${data.currency} price holds from ${overlap.validFrom.toISOString()}${overlap.validTo ? ` to ${overlap.validTo.toISOString()}` : ''}`,
              ['input', 'validFrom'],
            ),
          );
        }
        const [price] = await tx.db
          .insert(prices)
          .values({
            itemId: item.id,
            currency: data.currency,
            amount: data.amount,
            recurringPeriod: recurring ? (data.recurringPeriod ?? 'MONTH') : null,
            validFrom,
            validTo,
          })
          .returning();
        await recordChange(
          ctx,
          tx,
          {
            entityType: 'CatalogItem',
            entityId: item.id,
            action: 'price.set',
            before: closed ?? null,
            after: price,
          },
          {
            name: CatalogEvent.PRICE_CHANGED,
            payload: {
              itemId: item.id,
              priceId: price?.id,
              currency: data.currency,
              amount: data.amount,
              validFrom: validFrom.toISOString(),
            },
          },
        );
        return { price: price as PriceRow, itemId: item.id };
      },
    );
    return value;
  });
}
