import { z } from 'zod';
import { changeItemStatus } from './change-item-status.ts';
import { uuid } from './fields.ts';
import { defineVerb } from './kit.ts';

export const discontinueItemInput = z.object({ id: uuid });

/** Takes an item off sale (DISCONTINUED); it stays in the catalog and may be activated again. */
export const discontinueItem = defineVerb({
  name: 'discontinueCatalogItem',
  input: discontinueItemInput,
  run: (ctx, input, tx) => changeItemStatus(ctx, tx, input.id, 'DISCONTINUED', 'discontinued'),
});
