import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { DomainError, type UserError } from '../../shared/errors.ts';
import { type PromotionRow, promotions } from '../db/tables.ts';
import { CatalogEvent } from '../events.ts';
import { uuid } from './fields.ts';
import { defineVerb, recordChange } from './kit.ts';
import { lockPromotion } from './locks.ts';
import { checkValue, checkWindow, promotionFields } from './promotion-inputs.ts';

export const updatePromotionInput = z.object({
  id: uuid,
  ...promotionFields,
  name: promotionFields.name.optional(),
  value: promotionFields.value.optional(),
});

/**
 * Changes a promotion's terms; kind and scope are fixed once created (create another instead), and it
 * is switched on and off by `activatePromotion` and `deactivatePromotion`.
 */
export const updatePromotion = defineVerb({
  name: 'updatePromotion',
  input: updatePromotionInput,
  run: async (ctx, input, tx): Promise<PromotionRow> => {
    const before = await lockPromotion(tx, input.id);
    const keep = <T>(next: T | undefined, prev: T) => (next === undefined ? prev : next);
    const validFrom = keep(input.validFrom, before.validFrom);
    const validTo = keep(input.validTo, before.validTo);
    const errors = [
      input.value ? checkValue(before.kind, input.value) : null,
      checkWindow(validFrom, validTo),
    ].filter((e): e is UserError => e !== null);
    if (errors.length) throw new DomainError(errors);
    const [after] = await tx.db
      .update(promotions)
      .set({
        name: input.name ?? before.name,
        description: keep(input.description, before.description),
        value: input.value ?? before.value,
        validFrom: validFrom ?? null,
        validTo: validTo ?? null,
        minQuantity: keep(input.minQuantity, before.minQuantity),
        promoCode: keep(input.promoCode, before.promoCode),
        stacking: input.stacking ?? before.stacking,
        priority: input.priority ?? before.priority,
        updatedAt: new Date(),
      })
      .where(eq(promotions.id, before.id))
      .returning();
    await recordChange(
      ctx,
      tx,
      { entityType: 'Promotion', entityId: before.id, action: 'update', before, after },
      { name: CatalogEvent.PRICE_CHANGED, payload: { promotionId: before.id, change: 'promotion.updated' } },
    );
    return after as PromotionRow;
  },
});
