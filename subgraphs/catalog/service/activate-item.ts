import { z } from 'zod';
import { changeItemStatus } from './change-item-status.ts';
import { uuid } from './fields.ts';
import { defineVerb } from './kit.ts';

export const activateItemInput = z.object({ id: uuid });

/** Puts a draft or discontinued item on sale (ACTIVE). Activating an active item changes nothing. */
export const activateItem = defineVerb({
  name: 'activateCatalogItem',
  input: activateItemInput,
  run: (ctx, input, tx) => changeItemStatus(ctx, tx, input.id, 'ACTIVE', 'activated'),
});
