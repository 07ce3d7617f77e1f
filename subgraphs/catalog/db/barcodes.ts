import { asc, eq } from 'drizzle-orm';
import { anyId, type Db } from '../../shared/db.ts';
import { type BarcodeRow, barcodes } from './tables.ts';

export async function barcodesOfItems(db: Db, itemIds: readonly string[]): Promise<BarcodeRow[]> {
  return (
    db
      .select()
      .from(barcodes)
      .where(anyId(barcodes.itemId, itemIds))
      // Barcodes added together share a timestamp; by code, the order (and so an export) is the same in any database.
      .orderBy(asc(barcodes.createdAt), asc(barcodes.code))
  );
}

export async function barcodeByCode(db: Db, code: string): Promise<BarcodeRow | null> {
  const [row] = await db.select().from(barcodes).where(eq(barcodes.code, code)).limit(1);
  return row ?? null;
}
