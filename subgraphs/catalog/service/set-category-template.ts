import { eq, like } from 'drizzle-orm';
import { z } from 'zod';
import { anyId } from '../../shared/db.ts';
import { DomainError } from '../../shared/errors.ts';
import { type CategoryRow, categories } from '../db/tables.ts';
import { templateConflicts, validateTemplate } from '../domain/characteristics.ts';
import { pathIds } from '../domain/items.ts';
import { CatalogEvent } from '../events.ts';
import { uuid } from './fields.ts';
import { defineVerb, recordChange } from './kit.ts';
import { lockCategory } from './locks.ts';

export const setTemplateInput = z.object({
  categoryId: uuid,
  characteristics: z.array(z.unknown()).max(100, 'At most 100 characteristics'),
});

/**
 * Replaces a category's own characteristic definitions. A key inherited from an ancestor may be redefined
 * only with the same type, and the new definitions must not conflict with any descendant's. Values
 * already stored on items are checked again when those items are next changed.
 */
export const setCategoryTemplate = defineVerb({
  name: 'setCatalogCategoryTemplate',
  input: setTemplateInput,
  run: async (ctx, input, tx): Promise<CategoryRow> => {
    const before = await lockCategory(tx, input.categoryId, ['input', 'categoryId']);
    const { defs, errors } = validateTemplate(input.characteristics, ['input', 'characteristics']);
    if (errors.length) throw new DomainError(errors);
    const ancestorIds = pathIds(before).slice(0, -1);
    const ancestors = ancestorIds.length
      ? await tx.db.select().from(categories).where(anyId(categories.id, ancestorIds))
      : [];
    const byId = new Map(ancestors.map((a) => [a.id, a]));
    const chain = [...ancestorIds.map((id) => byId.get(id)?.template ?? []), defs];
    const descendants = await tx.db
      .select()
      .from(categories)
      .where(like(categories.path, `${before.path}_%`));
    const conflicts = [
      ...templateConflicts(chain, ['input', 'characteristics']),
      ...descendants.flatMap((d) => templateConflicts([...chain, d.template], ['input', 'characteristics'])),
    ];
    if (conflicts.length) throw new DomainError(conflicts);
    const [after] = await tx.db
      .update(categories)
      .set({ template: defs, updatedAt: new Date() })
      .where(eq(categories.id, before.id))
      .returning();
    await recordChange(
      ctx,
      tx,
      {
        entityType: 'CatalogCategory',
        entityId: before.id,
        action: 'template',
        before: { template: before.template },
        after: { template: defs },
      },
      { name: CatalogEvent.CATEGORY_CHANGED, payload: { id: before.id, change: 'template' } },
    );
    return after as CategoryRow;
  },
});
