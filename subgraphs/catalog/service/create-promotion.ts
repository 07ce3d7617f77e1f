import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '../../shared/db.ts';
import { DomainError, ErrorCode, type UserError, userError } from '../../shared/errors.ts';
import { categories, items, type PromotionRow, promotions } from '../db/tables.ts';
import { PROMOTION_KINDS, PROMOTION_SCOPES } from '../domain/values.ts';
import { CatalogEvent } from '../events.ts';
import { currency, idempotencyKey, uuid } from './fields.ts';
import { defineVerb, recordChange } from './kit.ts';
import { checkValue, checkWindow, promotionFields } from './promotion-inputs.ts';

export const createPromotionInput = z.object({
  ...promotionFields,
  kind: z.enum(PROMOTION_KINDS),
  currency: currency.nullish(),
  scopeType: z.enum(PROMOTION_SCOPES),
  scopeItemId: uuid.nullish(),
  scopeCategoryId: uuid.nullish(),
  active: z.boolean().nullish(),
  idempotencyKey,
});

async function exists(tx: Tx, table: typeof items | typeof categories, id: string): Promise<boolean> {
  const [row] = await tx.db.select({ id: table.id }).from(table).where(eq(table.id, id));
  return Boolean(row);
}

/** Creates a promotion; its scope must name an existing item or category, a fixed amount a currency. */
export const createPromotion = defineVerb({
  name: 'createPromotion',
  input: createPromotionInput,
  idempotent: true,
  run: async (ctx, data, tx): Promise<PromotionRow> => {
    const errors = [checkValue(data.kind, data.value), checkWindow(data.validFrom, data.validTo)].filter(
      (e): e is UserError => e !== null,
    );
    if (data.kind === 'FIXED_AMOUNT' && !data.currency) {
      errors.push(userError(ErrorCode.VALIDATION, 'A fixed amount needs a currency', ['input', 'currency']));
    }
    if (data.scopeType === 'ITEM' && !(data.scopeItemId && (await exists(tx, items, data.scopeItemId)))) {
      errors.push(
        userError(ErrorCode.NOT_FOUND, 'An ITEM promotion needs an existing item', ['input', 'scopeItemId']),
      );
    }
    if (
      data.scopeType === 'CATEGORY' &&
      !(data.scopeCategoryId && (await exists(tx, categories, data.scopeCategoryId)))
    ) {
      errors.push(
        userError(ErrorCode.NOT_FOUND, 'A CATEGORY promotion needs an existing category', [
          'input',
          'scopeCategoryId',
        ]),
      );
    }
    if (errors.length) throw new DomainError(errors);
    const [row] = await tx.db
      .insert(promotions)
      .values({
        name: data.name,
        description: data.description ?? null,
        kind: data.kind,
        value: data.value,
        currency: data.kind === 'FIXED_AMOUNT' ? (data.currency ?? null) : null,
        scopeType: data.scopeType,
        scopeItemId: data.scopeType === 'ITEM' ? (data.scopeItemId ?? null) : null,
        scopeCategoryId: data.scopeType === 'CATEGORY' ? (data.scopeCategoryId ?? null) : null,
        validFrom: data.validFrom ?? null,
        validTo: data.validTo ?? null,
        minQuantity: data.minQuantity ?? null,
        promoCode: data.promoCode ?? null,
        active: data.active ?? true,
        stacking: data.stacking ?? 'EXCLUSIVE',
        priority: data.priority ?? 0,
      })
      .returning();
    const promotion = row as PromotionRow;
    await recordChange(
      ctx,
      tx,
      { entityType: 'Promotion', entityId: promotion.id, action: 'create', after: promotion },
      {
        name: CatalogEvent.PRICE_CHANGED,
        payload: { promotionId: promotion.id, change: 'promotion.created' },
      },
    );
    return promotion;
  },
});
