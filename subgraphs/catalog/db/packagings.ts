import { asc } from 'drizzle-orm';
import { anyId, type Db } from '../../shared/db.ts';
import { type PackagingRow, packagings } from './tables.ts';

/** Packagings of many items, smallest first (a pack before a drum), then by name. */
export async function packagingsOfItems(db: Db, itemIds: readonly string[]): Promise<PackagingRow[]> {
  return db
    .select()
    .from(packagings)
    .where(anyId(packagings.itemId, itemIds))
    .orderBy(asc(packagings.quantity), asc(packagings.name));
}
