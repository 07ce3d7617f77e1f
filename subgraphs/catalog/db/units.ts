import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../shared/db.ts';
import { type UnitRow, units } from './tables.ts';

/** Every unit of measure, by code (a few dozen rows), optionally of one kind. */
export async function listUnits(db: Db, kind?: string | null): Promise<UnitRow[]> {
  return db
    .select()
    .from(units)
    .where(kind ? eq(units.kind, kind) : undefined)
    .orderBy(asc(units.code));
}
