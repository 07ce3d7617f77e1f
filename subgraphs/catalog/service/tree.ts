import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../shared/db.ts';
import { DomainError, ErrorCode, userError } from '../../shared/errors.ts';
import { type CategoryRow, categories } from '../db/tables.ts';

/** Reads a category for update (row lock), or fails with NOT_FOUND on `field`. */
export async function lockCategory(tx: Tx, id: string, field: string[]): Promise<CategoryRow> {
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
