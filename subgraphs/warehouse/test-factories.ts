import { randomUUID } from 'node:crypto';
import type { Database } from '../shared/db.ts';
import { catalogItems } from './db/tables.ts';

/** A catalog item as the warehouse's read model holds it (the catalog's own tables are not involved). */
export async function knownItem(
  database: Database,
  overrides: Partial<typeof catalogItems.$inferInsert> = {},
): Promise<string> {
  const id = overrides.id ?? randomUUID();
  await database.db.insert(catalogItems).values({
    id,
    sku: `SKU-${id.slice(0, 8)}`,
    name: 'Кабель оптический 4 волокна',
    kind: 'MATERIAL',
    trackedBySerial: false,
    unitCode: '006',
    unitSymbol: 'м',
    status: 'ACTIVE',
    ...overrides,
  });
  return id;
}

export const serialItem = (database: Database, overrides: Partial<typeof catalogItems.$inferInsert> = {}) =>
  knownItem(database, {
    name: 'Терминал ONT Huawei HG8245H',
    kind: 'EQUIPMENT_MODEL',
    trackedBySerial: true,
    unitCode: '796',
    unitSymbol: 'шт',
    ...overrides,
  });
