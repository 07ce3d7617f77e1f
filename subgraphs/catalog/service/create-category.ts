import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { DomainError, ErrorCode, isUniqueViolation, userError } from '../../shared/errors.ts';
import { type CategoryRow, categories } from '../db/tables.ts';
import { CatalogErrorCode } from '../domain/errors.ts';
import { CatalogEvent } from '../events.ts';
import { idempotencyKey, name, optionalText, uuid } from './fields.ts';
import { defineVerb, recordChange } from './kit.ts';
import { lockCategory, lockTreeShape } from './locks.ts';

export const createCategoryInput = z.object({
  name,
  description: optionalText(4000),
  parentId: uuid.nullish(),
  idempotencyKey,
});

/**
 * Creates a category, a root or under an active parent. Names are unique among siblings
 * (case-insensitive).
 */
export const createCategory = defineVerb({
  name: 'createCatalogCategory',
  input: createCategoryInput,
  idempotent: true,
  run: async (ctx, data, tx): Promise<CategoryRow> => {
    await lockTreeShape(tx);
    const parent = data.parentId ? await lockCategory(tx, data.parentId, ['input', 'parentId']) : null;
    if (parent?.status === 'ARCHIVED') {
      throw new DomainError(
        userError(CatalogErrorCode.CATEGORY_ARCHIVED, 'The parent category is archived', [
          'input',
          'parentId',
        ]),
      );
    }
    const id = randomUUID();
    try {
      const [row] = await tx.db
        .insert(categories)
        .values({
          id,
          name: data.name,
          description: data.description ?? null,
          parentId: parent?.id ?? null,
          path: `${parent?.path ?? '/'}${id}/`,
          depth: parent ? parent.depth + 1 : 0,
        })
        .returning();
      await recordChange(
        ctx,
        tx,
        { entityType: 'CatalogCategory', entityId: id, action: 'create', after: row },
        { name: CatalogEvent.CATEGORY_CHANGED, payload: { id, change: 'created' } },
      );
      return row as CategoryRow;
    } catch (error) {
      if (isUniqueViolation(error, 'categories_parent_name_uniq')) {
        throw new DomainError(
          userError(ErrorCode.DUPLICATE, `A sibling category is already named "${data.name}"`, [
            'input',
            'name',
          ]),
        );
      }
      throw error;
    }
  },
});
