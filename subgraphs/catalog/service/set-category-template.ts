import { eq, like } from 'drizzle-orm';
import { anyId, withTransaction } from '../../shared/db.ts';
import { DomainError } from '../../shared/errors.ts';
import { parseInput } from '../../shared/validation.ts';
import type { CatalogContext } from '../context.ts';
import { CatalogEvent } from '../db/enums.ts';
import { type CategoryRow, categories } from '../db/tables.ts';
import { templateConflicts, validateTemplate } from './characteristics.ts';
import { setTemplateInput } from './inputs.ts';
import { pathIds } from './item-rules.ts';
import { recordChange } from './record-change.ts';
import { lockCategory } from './tree.ts';

/**
 * Replaces a category's own characteristic definitions. A key inherited from an ancestor may be redefined
 * only with the same type, and the new definitions must not conflict with any descendant's. Values
 * already stored on items are checked again when those items are next changed.
 */
export async function setCategoryTemplate(ctx: CatalogContext, rawInput: unknown): Promise<CategoryRow> {
  const input = parseInput(setTemplateInput, rawInput);
  return withTransaction(ctx, async (tx) => {
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
  });
}
