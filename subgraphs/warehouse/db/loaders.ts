import DataLoader from 'dataloader';
import { auditTrailLoader } from '../../shared/audit.ts';
import { anyId } from '../../shared/db.ts';
import { entityLoader, groupLoader } from '../../shared/loaders.ts';
import type { ReadScope } from '../../shared/subgraph.ts';
import {
  balancesOfItems,
  documentsByIds,
  linesOfDocuments,
  locationsByIds,
  movesOfDocuments,
  reservationsByIds,
  valueByWarehouse,
} from './queries.ts';
import { auditLog, catalogItems } from './tables.ts';

/** Everything the warehouse reads for one operation, batched across the operation's fields. */
export function createWarehouseLoaders(scope: ReadScope) {
  return {
    location: entityLoader((ids) => locationsByIds(scope.db, ids)),
    document: entityLoader((ids) => documentsByIds(scope.db, ids)),
    reservation: entityLoader((ids) => reservationsByIds(scope.db, ids)),
    item: entityLoader((ids) => scope.db.select().from(catalogItems).where(anyId(catalogItems.id, ids))),
    linesOfDocument: groupLoader(
      (ids) => linesOfDocuments(scope.db, ids),
      (l) => l.documentId,
    ),
    movesOfDocument: groupLoader(
      (ids) => movesOfDocuments(scope.db, ids),
      (m) => m.documentId,
    ),
    stockOfItem: groupLoader(
      (ids) => balancesOfItems(scope.db, ids),
      (b) => b.itemId,
    ),
    valueOfWarehouse: new DataLoader<string, string>(async (ids) => {
      const rows = await valueByWarehouse(scope.db, ids);
      const byId = new Map(rows.map((r) => [r.locationId, r.value]));
      return ids.map((id) => byId.get(id) ?? '0');
    }),
    warehouseTrail: auditTrailLoader(scope, auditLog, 'Warehouse'),
    documentTrail: auditTrailLoader(scope, auditLog, 'StockDocument'),
  };
}

export type WarehouseLoaders = ReturnType<typeof createWarehouseLoaders>;
