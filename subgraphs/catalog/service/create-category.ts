import { randomUUID } from 'node:crypto';
import { withTransaction } from '../../shared/db.ts';
import { DomainError, ErrorCode, isUniqueViolation, userError } from '../../shared/errors.ts';
import { idempotent } from '../../shared/idempotency.ts';
import { parseInput } from '../../shared/validation.ts';
import type { CatalogContext } from '../context.ts';
import { CatalogErrorCode, CatalogEvent } from '../db/enums.ts';
import { type CategoryRow, categories, idempotencyKeys } from '../db/tables.ts';
import { createCategoryInput } from './inputs.ts';
import { recordChange } from './record-change.ts';
import { lockCategory, lockTreeShape } from './tree.ts';

/**
 * Creates a category, a root or under an active parent. Names are unique among siblings
 * (case-insensitive).
 */
export async function createCategory(ctx: CatalogContext, rawInput: unknown): Promise<CategoryRow> {
  const input = parseInput(createCategoryInput, rawInput);
  const { idempotencyKey, ...data } = input;
  return withTransaction(ctx, async (tx) => {
    const { value } = await idempotent(
      tx,
      idempotencyKeys,
      { actorId: ctx.actor.id, operation: 'createCatalogCategory', key: idempotencyKey, input: data },
      async () => {
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
            {
              entityType: 'CatalogCategory',
              entityId: id,
              action: 'create',
              after: row,
            },
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
    );
    return value;
  });
}
