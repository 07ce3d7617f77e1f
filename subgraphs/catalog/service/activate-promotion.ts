import { z } from 'zod';
import { uuid } from './fields.ts';
import { defineVerb } from './kit.ts';
import { switchPromotion } from './promotion-status.ts';

export const activatePromotionInput = z.object({ id: uuid });

/** Lets a promotion apply again (within its window). Activating an active one changes nothing. */
export const activatePromotion = defineVerb({
  name: 'activatePromotion',
  input: activatePromotionInput,
  run: (ctx, input, tx) => switchPromotion(ctx, tx, input.id, true),
});
