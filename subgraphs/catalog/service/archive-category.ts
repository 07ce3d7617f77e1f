import { and, eq, inArray, like, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { DomainError, userError } from '../../shared/errors.ts';
import { type CategoryRow, categories, items } from '../db/tables.ts';
import { CatalogErrorCode } from '../domain/errors.ts';
import { CatalogEvent } from '../events.ts';
import { uuid } from './fields.ts';
import { defineVerb, recordChange } from './kit.ts';
import { lockCategory, lockTreeShape } from './locks.ts';

export const archiveCategoryInput = z.object({ id: uuid });

/**
 * Archives a category and its whole subtree. Refused while any item of the subtree is ACTIVE (discontinue
 * or move those first); no new item can go into an archived category. Archiving an archived subtree
 * again changes nothing and answers the category as it is.
 */
export const archiveCategory = defineVerb({
  name: 'archiveCatalogCategory',
  input: archiveCategoryInput,
  run: async (ctx, input, tx): Promise<CategoryRow> => {
    await lockTreeShape(tx);
    const before = await lockCategory(tx, input.id, ['input', 'id']);
    const subtree = tx.db
      .select({ id: categories.id })
      .from(categories)
      .where(like(categories.path, `${before.path}%`));
    const [active] = await tx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(items)
      .where(and(inArray(items.categoryId, subtree), eq(items.status, 'ACTIVE')));
    if (active && active.n > 0) {
      throw new DomainError(
        userError(
          CatalogErrorCode.CATEGORY_NOT_EMPTY,
          `${active.n} active item(s) are in this category or below; discontinue or move them first`,
          ['input', 'id'],
        ),
      );
    }
    // Only what is not archived yet changes: archiving again writes nothing and answers the row as stored.
    const changed = await tx.db
      .update(categories)
      .set({ status: 'ARCHIVED', updatedAt: new Date() })
      .where(and(like(categories.path, `${before.path}%`), ne(categories.status, 'ARCHIVED')))
      .returning();
    if (!changed.length) return before;
    const after = changed.find((c) => c.id === before.id) ?? before;
    await recordChange(
      ctx,
      tx,
      { entityType: 'CatalogCategory', entityId: before.id, action: 'archive', before, after },
      { name: CatalogEvent.CATEGORY_CHANGED, payload: { id: before.id, change: 'archived' } },
    );
    return after;
  },
});
