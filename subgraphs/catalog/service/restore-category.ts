import { and, eq, like } from 'drizzle-orm';
import { z } from 'zod';
import { DomainError, userError } from '../../shared/errors.ts';
import { type CategoryRow, categories } from '../db/tables.ts';
import { CatalogErrorCode } from '../domain/errors.ts';
import { CatalogEvent } from '../events.ts';
import { uuid } from './fields.ts';
import { defineVerb, recordChange } from './kit.ts';
import { lockCategory, lockTreeShape } from './locks.ts';

export const restoreCategoryInput = z.object({ id: uuid });

/**
 * Brings an archived category back with its whole subtree. Refused while its parent is archived (restore
 * from the top down). Restoring a category that is not archived changes nothing and answers it as it is.
 */
export const restoreCategory = defineVerb({
  name: 'restoreCatalogCategory',
  input: restoreCategoryInput,
  run: async (ctx, input, tx): Promise<CategoryRow> => {
    await lockTreeShape(tx);
    const before = await lockCategory(tx, input.id, ['input', 'id']);
    // Restored already (a retried request): nothing to do, the category as it is is the answer.
    if (before.status !== 'ARCHIVED') return before;
    if (before.parentId) {
      const [parent] = await tx.db.select().from(categories).where(eq(categories.id, before.parentId));
      if (parent?.status === 'ARCHIVED') {
        throw new DomainError(
          userError(CatalogErrorCode.CATEGORY_ARCHIVED, 'The parent category is archived; restore it first', [
            'input',
            'id',
          ]),
        );
      }
    }
    const changed = await tx.db
      .update(categories)
      .set({ status: 'ACTIVE', updatedAt: new Date() })
      .where(and(like(categories.path, `${before.path}%`), eq(categories.status, 'ARCHIVED')))
      .returning();
    const after = changed.find((c) => c.id === before.id) ?? before;
    await recordChange(
      ctx,
      tx,
      { entityType: 'CatalogCategory', entityId: before.id, action: 'restore', before, after },
      { name: CatalogEvent.CATEGORY_CHANGED, payload: { id: before.id, change: 'restored' } },
    );
    return after;
  },
});
