import DataLoader from 'dataloader';
import { auditTrailLoader } from '../../shared/audit.ts';
import { anyId } from '../../shared/db.ts';
import { entityLoader, groupLoader } from '../../shared/loaders.ts';
import type { PageArgs } from '../../shared/pagination.ts';
import type { ReadScope } from '../../shared/subgraph.ts';
import { isUuid } from '../../shared/validation.ts';
import {
  type BalanceFilter,
  balancesByKeys,
  balancesOfItems,
  belowMinimum,
  type DocumentFilter,
  documentByNumber,
  documentsByIds,
  ledgerCheck,
  linesOfDocuments,
  listBalances,
  listDocuments,
  listMoves,
  listReservations,
  listSerials,
  listWarehouses,
  locationsByIds,
  type MoveFilter,
  movesOfDocuments,
  type ReservationFilter,
  reservationsByIds,
  type SerialFilter,
  serialAt,
  type Visibility,
  valueByWarehouse,
  type WarehouseFilter,
} from './queries.ts';
import { auditLog, type BalanceRow, catalogItems } from './tables.ts';

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
    /** A balance by `<location id>:<item id>` (`StockBalance.id`); null when there is none. */
    balance: new DataLoader<string, BalanceRow | null>(async (keys) => {
      const wanted = keys.flatMap((k) => {
        const [locationId = '', itemId = ''] = k.split(':');
        return isUuid(locationId) && isUuid(itemId) ? [{ locationId, itemId }] : [];
      });
      const rows = wanted.length ? await balancesByKeys(scope.db, wanted) : [];
      const byKey = new Map(rows.map((r) => [`${r.locationId}:${r.itemId}`, r]));
      return keys.map((k) => byKey.get(k) ?? null);
    }),
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
    /** Lists (one statement for a page) and reports, reading through the operation's scope. */
    lists: {
      warehouses: (filter: WarehouseFilter, v: Visibility) => listWarehouses(scope.db, filter, v),
      balances: (args: PageArgs, filter: BalanceFilter, v: Visibility) =>
        listBalances(scope.db, args, filter, v),
      documents: (args: PageArgs, filter: DocumentFilter, vans: readonly string[] | null) =>
        listDocuments(scope.db, args, filter, vans),
      moves: (args: PageArgs, filter: MoveFilter) => listMoves(scope.db, args, filter),
      reservations: (args: PageArgs, filter: ReservationFilter) => listReservations(scope.db, args, filter),
      belowMinimum: (warehouseId: string | null) => belowMinimum(scope.db, warehouseId),
      valuation: () => valueByWarehouse(scope.db),
      ledgerCheck: () => ledgerCheck(scope.db),
      serial: (itemId: string, serial: string) => serialAt(scope.db, itemId, serial),
      serials: (args: PageArgs, filter: SerialFilter, withCount: boolean) =>
        listSerials(scope.db, args, filter, withCount),
      documentByNumber: (number: string) => documentByNumber(scope.db, number),
    },
    documentTrail: auditTrailLoader(scope, auditLog, 'StockDocument'),
  };
}

export type WarehouseLoaders = ReturnType<typeof createWarehouseLoaders>;
