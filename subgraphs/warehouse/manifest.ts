import { type ModuleAccess, STAFF } from '../shared/roles.ts';

/**
 * What the rest of the project needs to know of the warehouse without loading it: its ports, who may read
 * and write it, and how codegen types its resolvers. Plain data.
 */
export const warehouseManifest = {
  name: 'warehouse',
  port: 4102,
  metricsPort: 9402,
  access: {
    // Technicians see and issue from their own van only (`warehouse:van`); every other role reads all.
    read: [...STAFF.filter((r) => r !== 'TECHNICIAN'), 'PARTNER'],
    write: ['WAREHOUSE_KEEPER'],
    extra: { van: ['TECHNICIAN'] },
  } satisfies ModuleAccess,
  /** Scopes of the warehouse's own service identity: it reads the catalog through the gateway. */
  serviceScopes: ['catalog:read'],
  resolverTypes: {
    contextType: '../context.ts#WarehouseContext',
    mappers: {
      Warehouse: '../db/tables.ts#LocationRow',
      StockLocation: '../db/tables.ts#LocationRow',
      StockDocument: '../db/tables.ts#DocumentRow',
      StockDocumentLine: '../db/tables.ts#DocumentLineRow',
      StockMove: '../db/tables.ts#MoveRow',
      StockBalance: '../db/tables.ts#BalanceRow',
      StockReservation: '../db/tables.ts#ReservationRow',
      StockSerial: '../db/tables.ts#SerialRow',
      AuditEntry: '../../shared/audit.ts#AuditRow',
      StockBalanceConnection: '../../shared/pagination.ts#Connection<BalanceRow>',
      StockDocumentConnection: '../../shared/pagination.ts#Connection<DocumentRow>',
      StockMoveConnection: '../../shared/pagination.ts#Connection<MoveRow>',
      StockReservationConnection: '../../shared/pagination.ts#Connection<ReservationRow>',
      StockSerialConnection: '../../shared/pagination.ts#Connection<SerialRow>',
      WarehousePayload: "../../shared/errors.ts#Payload<'warehouse', LocationRow>",
      StockDocumentPayload: "../../shared/errors.ts#Payload<'document', DocumentRow>",
      StockReservationPayload: "../../shared/errors.ts#Payload<'reservation', ReservationRow>",
      StockBalancePayload: "../../shared/errors.ts#Payload<'balance', BalanceRow>",
      CatalogItem: '../db/tables.ts#CatalogItemRef',
      StockLevelChange: '../service/live.ts#StockLevelChangeEvent',
    },
  },
} as const;
