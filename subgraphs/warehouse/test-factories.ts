import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import { afterAll, beforeAll } from 'vitest';
import { actorFor, type ServiceHarness } from '../../test/helpers.ts';
import { createDatabase, type Database } from '../shared/db.ts';
import { contextFor } from '../shared/subgraph.ts';
import type { WarehouseContext } from './context.ts';
import type { WarehouseLoaders } from './db/loaders.ts';
import { catalogItems } from './db/tables.ts';
import { warehouse } from './index.ts';

/**
 * A pool of `max` connections to the harness's database (concurrency needs more than its four) and a
 * keeper's context on it, fresh for each call.
 */
export function useKeeperPool(h: ServiceHarness<WarehouseLoaders>, max: number) {
  const state = {} as { pool: Database };
  beforeAll(() => {
    state.pool = createDatabase({ url: h.url, max });
  });
  afterAll(() => state.pool.close());
  const keeper = (): WarehouseContext =>
    contextFor(warehouse, {
      actor: actorFor('WAREHOUSE_KEEPER'),
      requestId: randomUUID(),
      database: state.pool,
      events: h.events,
      logger: pino({ level: 'silent' }),
    });
  return { keeper, pool: () => state.pool };
}

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
