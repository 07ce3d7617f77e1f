import { z } from 'zod';
import { uuid } from './fields.ts';
import { defineVerb } from './kit.ts';
import { switchPromotion } from './promotion-status.ts';

export const deactivatePromotionInput = z.object({ id: uuid });

/** Stops a promotion from applying; quotes list it as INACTIVE. */
export const deactivatePromotion = defineVerb({
  name: 'deactivatePromotion',
  input: deactivatePromotionInput,
  run: (ctx, input, tx) => switchPromotion(ctx, tx, input.id, false),
});
