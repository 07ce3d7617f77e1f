import { eq, like } from 'drizzle-orm';
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
 * from the top down) or when it is not archived.
 */
export const restoreCategory = defineVerb({
  name: 'restoreCatalogCategory',
  input: restoreCategoryInput,
  run: async (ctx, input, tx): Promise<CategoryRow> => {
    await lockTreeShape(tx);
    const before = await lockCategory(tx, input.id, ['input', 'id']);
    if (before.status !== 'ARCHIVED') {
      throw new DomainError(
        userError(CatalogErrorCode.CATEGORY_NOT_ARCHIVED, 'The category is not archived', ['input', 'id']),
      );
    }
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
    await tx.db
      .update(categories)
      .set({ status: 'ACTIVE', updatedAt: new Date() })
      .where(like(categories.path, `${before.path}%`));
    const after = { ...before, status: 'ACTIVE' };
    await recordChange(
      ctx,
      tx,
      { entityType: 'CatalogCategory', entityId: before.id, action: 'restore', before, after },
      { name: CatalogEvent.CATEGORY_CHANGED, payload: { id: before.id, change: 'restored' } },
    );
    return after;
  },
});
