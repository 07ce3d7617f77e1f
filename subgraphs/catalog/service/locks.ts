import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../shared/db.ts';
import { DomainError, ErrorCode, userError } from '../../shared/errors.ts';
import {
  type CategoryRow,
  categories,
  type ItemRow,
  items,
  type PromotionRow,
  promotions,
} from '../db/tables.ts';

/** Reads a category for update (row lock), or fails with NOT_FOUND on `field`. */
export async function lockCategory(tx: Tx, id: string, field: (string | number)[]): Promise<CategoryRow> {
  const [row] = await tx.db.select().from(categories).where(eq(categories.id, id)).for('update');
  if (!row) throw new DomainError(userError(ErrorCode.NOT_FOUND, 'No such category', field));
  return row;
}

/**
 * Serialises changes to the shape of the tree. Two concurrent moves (A under B, B under A) would each
 * pass the cycle check on their own snapshot; one transaction-scoped lock makes them take turns.
 */
export async function lockTreeShape(tx: Tx): Promise<void> {
  await tx.db.execute(sql`select pg_advisory_xact_lock(hashtext('catalog:category-tree'))`);
}

/** Reads an item for update (row lock), or fails with NOT_FOUND on `field`. */
export async function lockItem(
  tx: Tx,
  id: string,
  field: (string | number)[] = ['input', 'id'],
): Promise<ItemRow> {
  const [row] = await tx.db.select().from(items).where(eq(items.id, id)).for('update');
  if (!row) throw new DomainError(userError(ErrorCode.NOT_FOUND, 'No such item', field));
  return row;
}

/** Reads a promotion for update (row lock), or fails with NOT_FOUND on `input.id`. */
export async function lockPromotion(tx: Tx, id: string): Promise<PromotionRow> {
  const [row] = await tx.db.select().from(promotions).where(eq(promotions.id, id)).for('update');
  if (!row) throw new DomainError(userError(ErrorCode.NOT_FOUND, 'No such promotion', ['input', 'id']));
  return row;
}
