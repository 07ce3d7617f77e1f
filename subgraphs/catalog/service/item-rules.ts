import { eq } from 'drizzle-orm';
import type { Tx } from '../../shared/db.ts';
import { DomainError, ErrorCode, userError } from '../../shared/errors.ts';
import { CatalogErrorCode, ITEM_TRANSITIONS, type ItemStatus } from '../db/enums.ts';
import { type CategoryRow, categories } from '../db/tables.ts';

/** The category an item goes into: it must exist and not be archived. */
export async function activeCategory(tx: Tx, id: string, field: string[]): Promise<CategoryRow> {
  const [row] = await tx.db.select().from(categories).where(eq(categories.id, id)).for('share');
  if (!row) throw new DomainError(userError(ErrorCode.NOT_FOUND, 'No such category', field));
  if (row.status === 'ARCHIVED') {
    throw new DomainError(userError(CatalogErrorCode.CATEGORY_ARCHIVED, 'The category is archived', field));
  }
  return row;
}

export function checkTransition(from: ItemStatus, to: ItemStatus): void {
  if (from === to || ITEM_TRANSITIONS[from].includes(to)) return;
  throw new DomainError(
    userError(CatalogErrorCode.INVALID_TRANSITION, `An item cannot go from ${from} to ${to}`, [
      'input',
      'status',
    ]),
  );
}
