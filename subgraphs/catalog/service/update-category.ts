import { and, eq, like, sql } from 'drizzle-orm';
import { z } from 'zod';
import { DomainError, ErrorCode, isUniqueViolation, userError } from '../../shared/errors.ts';
import { type CategoryRow, categories } from '../db/tables.ts';
import { CatalogErrorCode } from '../domain/errors.ts';
import { CatalogEvent } from '../events.ts';
import { name, optionalText, uuid } from './fields.ts';
import { defineVerb, recordChange } from './kit.ts';
import { lockCategory, lockTreeShape } from './locks.ts';

export const updateCategoryInput = z
  .object({
    id: uuid,
    name: name.optional(),
    description: optionalText(4000),
    parentId: uuid.nullish(),
    moveToRoot: z.boolean().nullish(),
  })
  .refine((v) => !(v.parentId && v.moveToRoot), {
    message: 'Give `parentId` or `moveToRoot`, not both',
    path: ['moveToRoot'],
  });

/**
 * Renames, re-describes or moves a category. A move carries the whole subtree: every descendant's path
 * and depth are rewritten in one statement. A category never moves under itself or its own descendant
 * (CATEGORY_CYCLE). Archiving and restoring are verbs of their own.
 */
export const updateCategory = defineVerb({
  name: 'updateCatalogCategory',
  input: updateCategoryInput,
  run: async (ctx, input, tx): Promise<CategoryRow> => {
    const moving = Boolean(input.parentId || input.moveToRoot);
    if (moving) await lockTreeShape(tx);
    const before = await lockCategory(tx, input.id, ['input', 'id']);
    let path = before.path;
    let depth = before.depth;
    let parentId = before.parentId;
    if (moving && (input.moveToRoot ? before.parentId !== null : input.parentId !== before.parentId)) {
      const parent = input.parentId ? await lockCategory(tx, input.parentId, ['input', 'parentId']) : null;
      if (parent?.path.startsWith(before.path)) {
        throw new DomainError(
          userError(
            CatalogErrorCode.CATEGORY_CYCLE,
            'A category cannot move under itself or one of its descendants',
            ['input', 'parentId'],
          ),
        );
      }
      if (parent?.status === 'ARCHIVED') {
        throw new DomainError(
          userError(CatalogErrorCode.CATEGORY_ARCHIVED, 'The new parent category is archived', [
            'input',
            'parentId',
          ]),
        );
      }
      parentId = parent?.id ?? null;
      path = `${parent?.path ?? '/'}${before.id}/`;
      depth = parent ? parent.depth + 1 : 0;
      await tx.db
        .update(categories)
        .set({
          path: sql`${path} || substr(${categories.path}, ${before.path.length + 1})`,
          depth: sql`${categories.depth} + ${depth - before.depth}`,
        })
        .where(and(like(categories.path, `${before.path}%`), sql`${categories.id} <> ${before.id}`));
    }
    try {
      const [after] = await tx.db
        .update(categories)
        .set({
          name: input.name ?? before.name,
          description: input.description === undefined ? before.description : input.description,
          parentId,
          path,
          depth,
          updatedAt: new Date(),
        })
        .where(eq(categories.id, before.id))
        .returning();
      const moved = parentId !== before.parentId;
      await recordChange(
        ctx,
        tx,
        {
          entityType: 'CatalogCategory',
          entityId: before.id,
          action: moved ? 'move' : 'update',
          before,
          after,
        },
        {
          name: CatalogEvent.CATEGORY_CHANGED,
          payload: { id: before.id, change: moved ? 'moved' : 'updated' },
        },
      );
      return after as CategoryRow;
    } catch (error) {
      if (isUniqueViolation(error, 'categories_parent_name_uniq')) {
        throw new DomainError(
          userError(ErrorCode.DUPLICATE, 'A sibling category already has this name', ['input', 'name']),
        );
      }
      throw error;
    }
  },
});
